/**
 * write (edge): files, one by one as render makes them → a staging folder
 * beside the output folder → search index → one rename swaps it in. The
 * old site stays whole until the new one is complete; an interrupted swap is
 * finished by the next build. With a spare folder (WriteOptions.spareDir),
 * the site replaced is kept there, and the next build stages into it
 * (src/write/spare.ts) instead of making every folder and file again.
 */
import { createHash } from 'node:crypto'
import { closeSync, constants, fstatSync, linkSync, lstatSync, openSync, readdirSync, statSync, unlinkSync, writeSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { lstat, mkdir, rename, rm, stat, readdir } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ResourceLimits } from 'node:worker_threads'
import type { OutputFile } from '../types.ts'
import { acquireLock } from './lock.ts'
import { undoOnInterrupt } from '../util/interrupt.ts'
import { indexSearch, stopSearch } from './search.ts'
import { folderMaker, prune, pruneSearch, pruneSearchFolder, readySearchFolder, removeEntry, sameFile } from './spare.ts'
import type { SpareRecord } from './spare.ts'

export type { SpareRecord } from './spare.ts'

export interface WriteOptions {
  /** Build the Pagefind index into `pagefind/`. */
  search: boolean
  /** The pages the index reads, a glob under the site folder (default: every HTML page). */
  searchGlob?: string
  /**
   * What the previous build wrote (its `manifest`): a file whose content hash
   * is unchanged, and which is still exactly as written in the output folder
   * (same inode, size and mtime), is hard-linked into the staging folder
   * instead of written. The search index is kept too when no page changed.
   */
  previous?: WriteManifest | null
  /** Stage files on a thread of their own (createThreadedStager), beside render. */
  thread?: boolean
  /**
   * Keep the writer thread small (a lean build): render waits once the
   * writer is 8 Mi characters behind instead of 32, and the thread's young
   * generation is capped at 8 MB. About 40 MB less at 40,000 dumps.
   */
  smallWriter?: boolean
  /**
   * Keep the site this build replaces in this folder (on the output
   * folder's file system), and stage into the one kept by the last build
   * when the previous manifest describes it. Without it, the replaced site
   * is removed after the swap.
   */
  spareDir?: string
}

/** Every file of a written site: path → content hash and the stat it had when written. */
export interface WriteManifest {
  outDir: string
  files: Record<string, ManifestEntry>
  /** Files of the search index (path → stat only); null when none was built. */
  search: Record<string, ManifestEntry> | null
  /** The site kept in the spare folder (the one this site replaced), if any. */
  spare?: SpareRecord | null
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
  /** Files not as the previous site had them (written, or kept from the recycled spare); the rest were linked or kept as they were. */
  changed: number
  /** The staging folder was the spare site of the last build, brought up to date. */
  recycled: boolean
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

/** What a Stager wrote into a staging folder. */
export interface StagedFiles {
  files: Record<string, ManifestEntry>
  bytes: number
  /** Files not as the current site has them (written, or kept from a recycled spare). */
  changed: number
  /** Some HTML page was written (new or changed). */
  pagesChanged: boolean
}

export interface Stager {
  add(file: OutputFile): void
  /** Everything added is on disk: what was staged. */
  done(): Promise<StagedFiles>
  /** Stop without finishing (the staging folder is about to be removed). */
  cancel(): Promise<void>
}

/**
 * Files into a staging folder: each one hashed, then hard-linked from the
 * current site when the previous manifest says it is unchanged there, else
 * written. Synchronous: a page costs one open/write/fstat/close, with no
 * promise per file.
 *
 * `spare`: the staging folder is a recycled site, whose files were as these
 * entries say when it was live. A file still as recorded, with the content
 * wanted, stays. A file that only this folder has (one link) and that must
 * be written is written over in place: no inode freed and another made,
 * which is what makes ext4 slow after many deletions. Anything else at that
 * path is removed first: it may be a hard link to the live site's file.
 */
export function createStager(staging: string, outDir: string, previous: WriteManifest | null, spare: Record<string, ManifestEntry> | null = null): Stager {
  const folders = folderMaker(staging, spare !== null)
  const staged: StagedFiles = { files: {}, bytes: 0, changed: 0, pagesChanged: false }
  return {
    done: async () => staged,
    cancel: async () => {},
    add(file) {
      assertSafePath(file.path)
      if (Object.hasOwn(staged.files, file.path)) throw new Error(`Two files would be written to \`${file.path}\``)
      const data = typeof file.contents === 'string' ? Buffer.from(file.contents, 'utf8') : file.contents
      staged.bytes += data.byteLength
      const hash = createHash('sha1').update(data).digest('hex')
      const target = join(staging, file.path)
      const dir = dirname(target)
      // A file of the recycled folder, of one link, is at this path: written over rather than made again.
      let writable = false
      if (spare) {
        const there = lstatQuiet(target)
        if (there) {
          const old = spare[file.path]
          if (old !== undefined && old.hash === hash && sameFile(there, old)) {
            staged.files[file.path] = old
            // Right here, but not what the live site has (a change undone): a change all the same, for the search index too.
            if (previous?.files[file.path]?.hash !== hash) {
              staged.changed++
              if (file.path.endsWith('.html')) staged.pagesChanged = true
            }
            return
          }
          folders.made.add(dir)
          if (there.isFile() && there.nlink === 1) writable = true
          else removeEntry(target, there)
        }
      }
      folders.make(dir)
      const before = previous?.files[file.path]
      if (before && before.hash === hash) {
        if (writable) {
          unlinkSync(target)
          writable = false
        }
        if (linkUnchanged(join(outDir, file.path), target, before)) {
          staged.files[file.path] = before
          return
        }
      }
      staged.changed++
      if (file.path.endsWith('.html')) staged.pagesChanged = true
      staged.files[file.path] = writeAndStat(target, data, hash, writable)
    },
  }
}

/**
 * A Stager on a thread of its own (write-worker.ts): `add` hands the page
 * over (its characters copied; an asset's bytes transferred); encoding,
 * hashing, linking and writing happen on the other core while render goes on
 * making pages.
 */
export function createThreadedStager(
  staging: string,
  outDir: string,
  previous: WriteManifest | null,
  spare: Record<string, ManifestEntry> | null,
  maxPending = WRITER_MAX_PENDING,
  resourceLimits?: ResourceLimits,
  stallMs = WRITER_STALL_MS,
): Stager & { backlog(): number } {
  // progress[0]: pendingSize of the files the writer has staged so far (sent: of the files handed over); progress[1]: 1 once the writer stopped.
  const progress = new Int32Array(new SharedArrayBuffer(8))
  let sent = 0
  const worker = new Worker(new URL('./write-worker.js', import.meta.url), { workerData: { staging, outDir, previous, spare, progress } satisfies WriterInit, ...(resourceLimits ? { resourceLimits } : {}) })
  let settled = false
  const result = new Promise<StagedFiles>((resolve, reject) => {
    worker.once('message', (reply: WriterReply) => {
      settled = true
      if (reply.type === 'staged') resolve(reply.staged)
      // The system error's code crosses too (ENOSPC, EACCES…): the build says those as a write failure, not a bug.
      else reject(Object.assign(new Error(reply.error), reply.code === null ? {} : { code: reply.code }))
    })
    worker.once('error', (error) => {
      settled = true
      reject(error)
    })
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The writer thread stopped (exit code ${code})`))
    })
  })
  // Awaited in done(); a failure before that must not count as unhandled.
  result.catch(() => {})
  const paths = new Set<string>()
  // Set once the writer made no progress for stallMs while render waited: render no longer waits for it.
  let stalled = false
  return {
    add(file) {
      // Checked here too, so that a bad path throws at the page that has it.
      assertSafePath(file.path)
      if (paths.has(file.path)) throw new Error(`Two files would be written to \`${file.path}\``)
      paths.add(file.path)
      // Backpressure: while the writer is more than maxPending behind (a slow disk), wait for it, so that pages do not pile up in memory.
      let since = -1
      for (let staged = Atomics.load(progress, 0); !stalled && sent - staged > maxPending && Atomics.load(progress, 1) === 0; ) {
        Atomics.wait(progress, 0, staged, Math.min(1000, stallMs))
        const now = Atomics.load(progress, 0)
        if (now !== staged) since = -1
        else if (since === -1) since = performance.now()
        // A writer that died outside its own code (out of memory) never says so here, and this thread cannot hear of it
        // while it waits: after stallMs without a file staged, stop waiting; done() then gives the writer's failure.
        else if (performance.now() - since >= stallMs) stalled = true
        staged = now
      }
      sent += pendingSize(file.contents)
      if (typeof file.contents === 'string') {
        // A page crosses as a string (a copy of its characters, cheaper than encoding it here): the writer encodes it.
        worker.postMessage({ path: file.path, data: file.contents } satisfies WriterFile)
      } else {
        // Bytes of its own (a template's asset is copied), so that transferring them detaches nothing else.
        const data = new Uint8Array(file.contents)
        worker.postMessage({ path: file.path, data } satisfies WriterFile, [data.buffer])
      }
    },
    backlog: () => sent - Atomics.load(progress, 0),
    async done() {
      worker.postMessage(null)
      try {
        return await result
      } finally {
        await worker.terminate()
      }
    },
    async cancel() {
      await worker.terminate()
    },
  }
}

/**
 * How long render waits for a writer thread that stages nothing before it
 * stops waiting (see createThreadedStager). No disk takes this long for one
 * page; a writer killed for lack of memory would otherwise hang the build.
 */
export const WRITER_STALL_MS = 30_000

/** How far render may run ahead of the writer thread before it waits, in pendingSize units (32 Mi characters). */
export const WRITER_MAX_PENDING = (32 * 2 ** 20) / 64
/** The same for a small writer (WriteOptions.smallWriter): 8 Mi characters. */
const SMALL_WRITER_MAX_PENDING = (8 * 2 ** 20) / 64
const SMALL_WRITER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8 }

/** What a file counts for in the writer's backlog: its characters (bytes for an asset) / 64, so that a whole site's count fits an Int32. */
export function pendingSize(contents: string | Uint8Array): number {
  return Math.ceil((typeof contents === 'string' ? contents.length : contents.byteLength) / 64)
}

/** What the writer thread is given. */
export interface WriterInit {
  staging: string
  outDir: string
  previous: WriteManifest | null
  /** The recycled staging folder's files (createStager), null for a new one. */
  spare: Record<string, ManifestEntry> | null
  /** Shared with the main thread: [0] the writer adds each staged file's pendingSize; [1] it sets 1 when it stops on a failure. */
  progress: Int32Array
}

/** A file for the writer thread (`null` ends the stream). */
export interface WriterFile {
  path: string
  data: string | Uint8Array
}

export type WriterReply = { type: 'staged'; staged: StagedFiles } | { type: 'failed'; code: string | null; error: string }

/** Take the output folder's lock and open a staging folder beside it. */
export async function openSite(outDir: string, options: WriteOptions): Promise<SiteWriter> {
  outDir = resolve(outDir)
  const release = await acquireLock(`${outDir}.lock`)
  const staging = `${outDir}.staging-${process.pid}`
  const previous = options.previous?.outDir === outDir ? options.previous : null
  const spareDir = options.spareDir === undefined ? null : resolve(options.spareDir)
  let recycled: SpareRecord | null = null
  // Ctrl-C from the lock on (before the staging folder exists): the staging folder goes (or back to the spare
  // folder), the lock is released. Once the site is open, its abort does that.
  let site: SiteWriter | null = null
  const forgetUndo = undoOnInterrupt(async () => {
    if (site) return site.abort()
    await dropStaging(staging, recycled ? spareDir : null)
    await release()
  })
  try {
    await finishInterruptedSwap(outDir)
    await rm(staging, { recursive: true, force: true })
    recycled = await takeSpare(spareDir, previous?.spare ?? null, staging)
    if (!recycled) await mkdir(staging, { recursive: true })
  } catch (error) {
    forgetUndo()
    await release()
    throw error
  }
  const manifest: WriteManifest = { outDir, files: {}, search: null }
  const spareFiles = recycled?.files ?? null
  const stager = !options.thread
    ? createStager(staging, outDir, previous, spareFiles)
    : options.smallWriter
      ? createThreadedStager(staging, outDir, previous, spareFiles, SMALL_WRITER_MAX_PENDING, SMALL_WRITER_LIMITS)
      : createThreadedStager(staging, outDir, previous, spareFiles)
  let addMs = 0
  let closed = false
  // Set by abort; finish then stops before the swap.
  let aborted = false
  // The swap under way: an abort waits for it and undoes nothing (the output folder holds the new site, whole).
  let swapping: Promise<boolean> | null = null
  let finishing: Promise<WriteResult> | null = null

  const close = async () => {
    closed = true
    forgetUndo()
    await release()
  }
  site = {
    get addMs() {
      return addMs
    },
    add(file) {
      const start = performance.now()
      if (closed || aborted) throw new Error('Cannot add a file to a site already finished')
      stager.add(file)
      addMs += performance.now() - start
    },
    finish() {
      finishing = finishSite()
      return finishing
    },
    async abort() {
      if (closed || aborted) return
      aborted = true
      if (swapping) {
        // Too late to undo: the build ends as it would have (the lock released).
        await finishing?.catch(() => {})
        return
      }
      try {
        await stager.cancel()
        // Pagefind may be writing the index into the staging folder: it would make it again after its removal.
        if (finishing && options.search) await stopSearch()
        await dropStaging(staging, recycled ? spareDir : null)
      } finally {
        await close()
      }
    },
  }
  async function finishSite(): Promise<WriteResult> {
    try {
      const staged = await stager.done()
      manifest.files = sortedRecord(staged.files)
      const paths = Object.keys(manifest.files)
      // A recycled folder loses what the new site does not have before Pagefind reads its pages (and its index, when none is made).
      if (recycled) prune(staging, (path) => Object.hasOwn(staged.files, path), options.search ? new Set(['pagefind']) : new Set())
      // A page removed since the last build changes the search index as much as a page changed.
      const htmlCount = paths.filter((path) => path.endsWith('.html')).length
      const oldPages = previous === null ? -1 : Object.keys(previous.files).filter((path) => path.endsWith('.html')).length
      const pagesChanged = previous === null || oldPages !== htmlCount || staged.pagesChanged
      let searchMs: number | null = null
      let searchPages: number | null = null
      let searchReused = false
      if (options.search) {
        const start = performance.now()
        if (!pagesChanged && previous?.search && (await linkAll(outDir, staging, previous.search, recycled?.search ?? null))) {
          searchReused = true
          manifest.search = previous.search
        } else {
          searchPages = await writeSearch(staging, outDir, options.searchGlob, recycled, previous?.search ?? null)
          manifest.search = statTree(staging, join(staging, 'pagefind'))
        }
        searchMs = performance.now() - start
      }
      if (aborted) throw new Error('The build was stopped before the new site was put in place')
      // The site replaced is described by the previous manifest: kept as the next build's spare.
      swapping = swapIn(staging, outDir, previous ? spareDir : null)
      const kept = await swapping
      manifest.spare = kept && previous && spareDir ? { dir: spareDir, files: previous.files, search: previous.search } : null
      return { outDir, files: paths.length, bytes: staged.bytes, searchMs, searchPages, changed: staged.changed, recycled: recycled !== null, searchReused, manifest }
    } catch (error) {
      await dropStaging(staging, recycled ? spareDir : null)
      throw error
    } finally {
      await close()
    }
  }
  return site
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

/** Write `data` to `target` (a new file, or `over` an existing one of a single link) and return its manifest entry. */
function writeAndStat(target: string, data: Uint8Array, hash: string, over = false): ManifestEntry {
  const fd = openSync(target, over ? OVERWRITE : 'wx')
  try {
    let offset = 0
    while (offset < data.byteLength) offset += writeSync(fd, data, offset, data.byteLength - offset)
    const stats = fstatSync(fd)
    return { hash, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }
  } finally {
    closeSync(fd)
  }
}

/** Write over a file, never through a symbolic link. */
const OVERWRITE = constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW

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
 * `out` → `out.old-PID`, staging → `out`, then the old one → `keepAs` (true)
 * or removed. If the process dies between the two renames,
 * `finishInterruptedSwap` puts the newest complete site back at `out` on the
 * next run.
 */
async function swapIn(staging: string, outDir: string, keepAs: string | null): Promise<boolean> {
  const old = `${outDir}.old-${process.pid}`
  const hadOld = await exists(outDir)
  if (hadOld) await rename(outDir, old)
  await rename(staging, outDir)
  if (!hadOld) return false
  if (keepAs) {
    try {
      // A spare that was not recycled (its manifest was lost) is of no use any more.
      await rm(keepAs, { recursive: true, force: true })
      await mkdir(dirname(keepAs), { recursive: true })
      await rename(old, keepAs)
      return true
    } catch {
      // Another file system, or no room: removed as without a spare folder.
    }
  }
  await rm(old, { recursive: true, force: true })
  return false
}

/**
 * Move the spare site (described by `record`) to `staging`: the recycled
 * staging folder, or null when there is none to recycle.
 */
async function takeSpare(spareDir: string | null, record: SpareRecord | null, staging: string): Promise<SpareRecord | null> {
  if (spareDir === null || record === null || record.dir !== spareDir) return null
  try {
    if (!(await lstat(spareDir)).isDirectory()) return null
    await rename(spareDir, staging)
    return record
  } catch {
    return null
  }
}

/**
 * A staging folder given up (failure, template error): a recycled one goes
 * back to the spare folder (the next build trusts only what is still as
 * recorded in it), a new one is removed.
 */
async function dropStaging(staging: string, spareDir: string | null): Promise<void> {
  if (spareDir !== null && !(await exists(spareDir))) {
    try {
      await rename(staging, spareDir)
      return
    } catch {
      // removed below
    }
  }
  await rm(staging, { recursive: true, force: true }).catch(() => {})
}

/**
 * Build the search index into `staging/pagefind`. In a recycled folder,
 * Pagefind finds the content-named files of the last two indexes that are
 * still right and does not write them again; what the new index does not
 * name is removed after. When the bundle is not as expected, the index is
 * made again in an empty folder.
 */
async function writeSearch(staging: string, outDir: string, glob: string | undefined, recycled: SpareRecord | null, live: Record<string, ManifestEntry> | null): Promise<number> {
  const folder = join(staging, 'pagefind')
  if (recycled) {
    const folders = folderMaker(staging, true)
    readySearchFolder(staging, (path) => recycled.search?.[path], live, (path, entry) => {
      folders.make(dirname(join(staging, path)))
      return linkUnchanged(join(outDir, path), join(staging, path), entry)
    })
    const pages = await indexSearch(staging, glob)
    if (pruneSearchFolder(staging)) return pages
  }
  await rm(folder, { recursive: true, force: true })
  return indexSearch(staging, glob)
}

/** lstat, or undefined when nothing is there (or a file stands where a folder of the path should be). */
function lstatQuiet(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined
    throw error
  }
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

/**
 * Link every file of a manifest section from the current site; false (and
 * nothing half-linked) when one is missing or changed. `spare`: the staging
 * folder is recycled, and a file of it that is the live one already stays;
 * what the section does not name is removed.
 */
async function linkAll(outDir: string, staging: string, section: Record<string, ManifestEntry>, spare: Record<string, ManifestEntry> | null): Promise<boolean> {
  const paths = Object.keys(section)
  for (const path of paths) assertSafePath(path)
  let ok = true
  const folders = folderMaker(staging, spare !== null)
  for (const path of paths) {
    const target = join(staging, path)
    const entry = section[path] as ManifestEntry
    if (spare) {
      const there = lstatQuiet(target)
      const old = spare[path]
      if (there && old !== undefined && sameFile(there, old) && old.ino === entry.ino) continue
      if (there) removeEntry(target, there)
    }
    folders.make(dirname(target))
    if (!linkUnchanged(join(outDir, path), target, entry)) {
      ok = false
      break
    }
  }
  if (!ok) await rm(join(staging, 'pagefind'), { recursive: true, force: true })
  else if (spare) pruneSearch(staging, (path) => Object.hasOwn(section, path))
  return ok
}

/** Every file under `dir`, by path relative to `root`, with its stat. Synchronous: a 4,000-dump site's `pagefind/` (6,013 files) in 70–85 ms, against 270–560 ms with a promise per file (3 runs each, same folder). */
function statTree(root: string, dir: string): Record<string, ManifestEntry> {
  const found: Record<string, ManifestEntry> = {}
  let names: string[] = []
  try {
    names = readdirSync(dir, { recursive: true }).map(String).sort()
  } catch {
    return found
  }
  for (const name of names) {
    const stats = statSync(join(dir, name))
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
