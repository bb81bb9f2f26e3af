/**
 * write (edge): OutputFile[] → a staging folder beside the output folder →
 * search index → one rename swaps it in. The old site stays whole until the
 * new one is complete; an interrupted swap is finished by the next build.
 */
import { createHash } from 'node:crypto'
import { link, mkdir, rename, rm, writeFile, stat, readdir } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import type { OutputFile } from '../types.ts'
import { acquireLock } from './lock.ts'
import { indexSearch } from './search.ts'

export interface WriteOptions {
  /** Build the Pagefind index into `pagefind/`. */
  search: boolean
  /**
   * What the previous build wrote (its `manifest`): a file whose content hash
   * is unchanged, and which is still exactly as written in the output folder
   * (same inode, size and mtime), is hard-linked into the staging folder
   * instead of written. The search index is kept too when no page changed.
   */
  previous?: WriteManifest | null
}

/** Every file of a written site: path → content hash and the stat it had when written. */
export interface WriteManifest {
  outDir: string
  files: Record<string, ManifestEntry>
  /** Files of the search index (path → stat only); null when none was built. */
  search: Record<string, ManifestEntry> | null
}

export interface ManifestEntry {
  hash: string
  size: number
  mtimeMs: number
  ino: number
}

export interface WriteResult {
  outDir: string
  files: number
  bytes: number
  searchMs: number | null
  searchPages: number | null
  /** Files written (changed or new), the rest were linked from the previous site. */
  changed: number
  /** True when the previous search index was kept (no page changed). */
  searchReused: boolean
  manifest: WriteManifest
}

export async function writeSite(files: readonly OutputFile[], outDir: string, options: WriteOptions): Promise<WriteResult> {
  outDir = resolve(outDir)
  for (const file of files) assertSafePath(file.path)
  const release = await acquireLock(`${outDir}.lock`)
  try {
    await finishInterruptedSwap(outDir)
    const staging = `${outDir}.staging-${process.pid}`
    await rm(staging, { recursive: true, force: true })
    await mkdir(staging, { recursive: true })
    let bytes = 0
    let changed = 0
    const previous = options.previous?.outDir === outDir ? options.previous : null
    const manifest: WriteManifest = { outDir, files: {}, search: null }
    const dirs = new Set<string>()
    for (const file of files) dirs.add(dirname(join(staging, file.path)))
    for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true })
    const html = (path: string) => path.endsWith('.html')
    const newPages = new Set(files.map((file) => file.path).filter(html))
    const oldPages = Object.keys(previous?.files ?? {}).filter(html)
    let pagesChanged = previous === null || oldPages.length !== newPages.size || oldPages.some((path) => !newPages.has(path))
    await eachLimit(files, 16, async (file) => {
      const data = typeof file.contents === 'string' ? Buffer.from(file.contents, 'utf8') : file.contents
      bytes += data.byteLength
      const hash = createHash('sha1').update(data).digest('hex')
      const target = join(staging, file.path)
      const before = previous?.files[file.path]
      if (before && before.hash === hash && (await linkUnchanged(join(outDir, file.path), target, before))) {
        manifest.files[file.path] = before
        return
      }
      changed++
      if (html(file.path)) pagesChanged = true
      await writeFile(target, data)
      const stats = await stat(target)
      manifest.files[file.path] = { hash, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }
    })
    let searchMs: number | null = null
    let searchPages: number | null = null
    let searchReused = false
    if (options.search) {
      const start = performance.now()
      if (!pagesChanged && previous?.search && (await linkAll(outDir, staging, previous.search))) {
        searchReused = true
        manifest.search = previous.search
      } else {
        await rm(join(staging, 'pagefind'), { recursive: true, force: true })
        searchPages = await indexSearch(staging)
        manifest.search = await statTree(staging, join(staging, 'pagefind'))
      }
      searchMs = performance.now() - start
    }
    await swapIn(staging, outDir)
    return { outDir, files: files.length, bytes, searchMs, searchPages, changed, searchReused, manifest }
  } finally {
    await release()
  }
}

/** Refuse any output path that could land outside the output folder. */
export function assertSafePath(path: string): void {
  const bad =
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    path.includes('\0') ||
    /^[a-zA-Z]:/.test(path) ||
    path.split('/').some((part) => part === '..' || part === '.' || part === '')
  if (bad) throw new Error(`Refused to write output path ${JSON.stringify(path)}: expected a relative path inside the output folder`)
}

/**
 * `out` → `out.old-PID`, staging → `out`, then remove the old one. If the
 * process dies between the two renames, `finishInterruptedSwap` puts the
 * newest complete site back at `out` on the next run.
 */
async function swapIn(staging: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`
  const hadOld = await exists(outDir)
  if (hadOld) await rename(outDir, old)
  await rename(staging, outDir)
  if (hadOld) await rm(old, { recursive: true, force: true })
}

/**
 * Clean up after a build that was killed: staging folders are incomplete
 * (removed); an `out.old-*` with no `out` is the last complete site (restored);
 * an `out.old-*` beside a complete `out` is garbage (removed).
 */
export async function finishInterruptedSwap(outDir: string): Promise<void> {
  const parent = dirname(outDir)
  const name = basename(outDir)
  let entries: string[] = []
  try {
    entries = await readdir(parent)
  } catch {
    return
  }
  const olds = entries.filter((entry) => entry.startsWith(`${name}.old-`)).sort()
  for (const entry of entries.filter((entry) => entry.startsWith(`${name}.staging-`))) {
    await rm(join(parent, entry), { recursive: true, force: true })
  }
  if (!(await exists(outDir)) && olds.length > 0) {
    await rename(join(parent, olds.pop() as string), outDir)
  }
  for (const entry of olds) await rm(join(parent, entry), { recursive: true, force: true })
}

/** Hard-link `from` (a file of the current site) to `to` when it is still as the manifest says; false otherwise. */
async function linkUnchanged(from: string, to: string, entry: ManifestEntry): Promise<boolean> {
  const stats = await stat(from).catch(() => null)
  if (!stats?.isFile() || stats.size !== entry.size || stats.mtimeMs !== entry.mtimeMs || stats.ino !== entry.ino) return false
  try {
    await link(from, to)
    return true
  } catch {
    return false
  }
}

/** Link every file of a manifest section from the current site; false (and nothing half-linked) when one is missing or changed. */
async function linkAll(outDir: string, staging: string, section: Record<string, ManifestEntry>): Promise<boolean> {
  const paths = Object.keys(section)
  for (const path of paths) assertSafePath(path)
  for (const dir of new Set(paths.map((path) => dirname(join(staging, path))))) await mkdir(dir, { recursive: true })
  let ok = true
  await eachLimit(paths, 16, async (path) => {
    if (ok && !(await linkUnchanged(join(outDir, path), join(staging, path), section[path] as ManifestEntry))) ok = false
  })
  if (!ok) await rm(join(staging, 'pagefind'), { recursive: true, force: true })
  return ok
}

async function statTree(root: string, dir: string): Promise<Record<string, ManifestEntry>> {
  const found: Record<string, ManifestEntry> = {}
  const names = (await readdir(dir, { recursive: true }).catch(() => [])).map(String).sort()
  for (const name of names) {
    const stats = await stat(join(dir, name))
    if (stats.isFile()) found[relative(root, join(dir, name)).split(sep).join('/')] = { hash: '', size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }
  }
  return found
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

async function eachLimit<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await run(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}


