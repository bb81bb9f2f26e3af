/**
 * write (edge): OutputFile[] → a staging folder beside the output folder →
 * search index → one rename swaps it in. The old site stays whole until the
 * new one is complete; an interrupted swap is finished by the next build.
 */
import { createHash } from 'node:crypto'
import { closeSync, fstatSync, linkSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs'
import { mkdir, rename, rm, stat, readdir } from 'node:fs/promises'
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

/**
 * A site being written: files go into the staging folder as they come
 * (`add`, synchronous: render hands each page over and forgets it, so no
 * build holds the whole site in memory), then `finish` indexes and swaps the
 * staging folder in, or `abort` removes it and leaves the old site as it was.
 */
export interface SiteWriter {
  add(file: OutputFile): void
  finish(): Promise<WriteResult>
  abort(): Promise<void>
  /** Milliseconds spent in `add` so far (hashing, linking, writing). */
  readonly addMs: number
}

/** Take the output folder's lock and open a staging folder beside it. */
export async function openSite(outDir: string, options: WriteOptions): Promise<SiteWriter> {
  outDir = resolve(outDir)
  const release = await acquireLock(`${outDir}.lock`)
  const staging = `${outDir}.staging-${process.pid}`
  try {
    await finishInterruptedSwap(outDir)
    await rm(staging, { recursive: true, force: true })
    await mkdir(staging, { recursive: true })
  } catch (error) {
    await release()
    throw error
  }
  const previous = options.previous?.outDir === outDir ? options.previous : null
  const manifest: WriteManifest = { outDir, files: {}, search: null }
  const made = new Set<string>([staging])
  const paths = new Set<string>()
  let bytes = 0
  let changed = 0
  let pagesChanged = false
  let htmlCount = 0
  let addMs = 0
  let closed = false

  const close = async () => {
    closed = true
    await release()
  }
  return {
    get addMs() {
      return addMs
    },
    add(file) {
      const start = performance.now()
      if (closed) throw new Error('Cannot add a file to a site already finished')
      assertSafePath(file.path)
      if (paths.has(file.path)) throw new Error(`Two files would be written to \`${file.path}\``)
      paths.add(file.path)
      const data = typeof file.contents === 'string' ? Buffer.from(file.contents, 'utf8') : file.contents
      bytes += data.byteLength
      const isPage = file.path.endsWith('.html')
      if (isPage) htmlCount++
      const hash = createHash('sha1').update(data).digest('hex')
      const target = join(staging, file.path)
      const dir = dirname(target)
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        made.add(dir)
      }
      const before = previous?.files[file.path]
      if (before && before.hash === hash && linkUnchanged(join(outDir, file.path), target, before)) {
        manifest.files[file.path] = before
      } else {
        changed++
        if (isPage) pagesChanged = true
        manifest.files[file.path] = writeAndStat(target, data, hash)
      }
      addMs += performance.now() - start
    },
    async finish() {
      try {
        // A page removed since the last build changes the search index as much as a page changed.
        const oldPages = previous === null ? -1 : Object.keys(previous.files).filter((path) => path.endsWith('.html')).length
        if (previous === null || oldPages !== htmlCount) pagesChanged = true
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
        manifest.files = sortedRecord(manifest.files)
        return { outDir, files: paths.size, bytes, searchMs, searchPages, changed, searchReused, manifest }
      } catch (error) {
        await rm(staging, { recursive: true, force: true }).catch(() => {})
        throw error
      } finally {
        await close()
      }
    },
    async abort() {
      if (closed) return
      try {
        await rm(staging, { recursive: true, force: true })
      } finally {
        await close()
      }
    },
  }
}

/** Write a whole list of files as one site (tests, API users): openSite, add each, finish. */
export async function writeSite(files: readonly OutputFile[], outDir: string, options: WriteOptions): Promise<WriteResult> {
  // Every path is checked before anything is staged: a bad one leaves no trace.
  for (const file of files) assertSafePath(file.path)
  const site = await openSite(outDir, options)
  try {
    for (const file of files) site.add(file)
  } catch (error) {
    await site.abort()
    throw error
  }
  return site.finish()
}

/** Write `data` to `target` (a new file) and return its manifest entry. */
function writeAndStat(target: string, data: Uint8Array, hash: string): ManifestEntry {
  const fd = openSync(target, 'wx')
  try {
    let offset = 0
    while (offset < data.byteLength) offset += writeSync(fd, data, offset, data.byteLength - offset)
    const stats = fstatSync(fd)
    return { hash, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }
  } finally {
    closeSync(fd)
  }
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {}
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as T
  return sorted
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
function linkUnchanged(from: string, to: string, entry: ManifestEntry): boolean {
  const stats = statSync(from, { throwIfNoEntry: false })
  if (!stats?.isFile() || stats.size !== entry.size || stats.mtimeMs !== entry.mtimeMs || stats.ino !== entry.ino) return false
  try {
    linkSync(from, to)
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
  for (const path of paths) {
    if (!linkUnchanged(join(outDir, path), join(staging, path), section[path] as ManifestEntry)) {
      ok = false
      break
    }
  }
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
