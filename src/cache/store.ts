/**
 * The cache on disk: `.chronique/cache/manifest.bin` (what the last build wrote), written whole
 * (temporary file + rename) and checked on load (magic, version, sha-256 of
 * the payload). A cache that cannot be read, or reads wrong, is dropped with
 * a warning: the build then writes every file, as with `--no-cache`.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { removeLeftovers } from '../write/leftovers.ts'

const MAGIC = 'chronique-cache'
/** Bump when the shape of what is cached changes: an old file is then ignored, not trusted. */
export const CACHE_VERSION = 2

export interface CacheLoad<T> {
  value: T | null
  /** Why the cache on disk was not used (absent is not a warning). */
  warning: string | null
}

/** `<base>/cache`, refusing anything that is not inside `base` (the `.chronique` folder). */
export function resolveCacheDir(base: string): string {
  const root = resolve(base)
  const dir = join(root, 'cache')
  const rel = relative(root, dir)
  if (rel.startsWith('..') || rel.includes(`..${sep}`)) throw new Error(`Refused cache folder ${dir}: expected it inside ${root}`)
  return dir
}

export async function loadCache<T>(dir: string, name: string): Promise<CacheLoad<T>> {
  const path = join(dir, name)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { value: null, warning: null }
    return { value: null, warning: `Cannot read the build cache ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; building without it` }
  }
  const bad = (why: string): CacheLoad<T> => ({ value: null, warning: `Ignored the build cache ${path}: ${why}; building without it (it is rewritten)` })
  const header = `${MAGIC} ${CACHE_VERSION} `
  if (bytes.length < header.length + 65 || bytes.subarray(0, header.length).toString('latin1') !== header) return bad('found an unknown header, expected a Chronique cache of this version')
  const sum = bytes.subarray(header.length, header.length + 64).toString('latin1')
  const payload = bytes.subarray(header.length + 65)
  if (createHash('sha256').update(payload).digest('hex') !== sum) return bad('its checksum does not match its contents (truncated or corrupt)')
  try {
    return { value: deserialize(payload) as T, warning: null }
  } catch (error) {
    return bad(`cannot decode it (${(error as Error).message})`)
  }
}

/** A cache file half saved; its group: the id of the process saving it. */
const LEFTOVER = /^[^/]+\.tmp-(\d+)$/

export async function saveCache(dir: string, name: string, value: unknown): Promise<void> {
  await mkdir(dir, { recursive: true })
  const payload = serialize(value)
  const sum = createHash('sha256').update(payload).digest('hex')
  const path = join(dir, name)
  const temporary = `${path}.tmp-${process.pid}`
  // One left by a build killed while saving.
  removeLeftovers(dir, LEFTOVER)
  try {
    await writeFile(temporary, Buffer.concat([Buffer.from(`${MAGIC} ${CACHE_VERSION} ${sum}\n`, 'latin1'), payload]))
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
