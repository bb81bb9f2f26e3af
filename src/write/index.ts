/**
 * write (edge): files, one by one as render makes them → a staging folder
 * beside the output folder → search index → one rename swaps it in. The
 * old site stays whole until the new one is complete; an interrupted swap is
 * finished by the next build.
 */
import { createHash } from 'node:crypto'
import { closeSync, fstatSync, linkSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs'
import { mkdir, rename, rm, stat, readdir } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ResourceLimits } from 'node:worker_threads'
import type { OutputFile } from '../types.ts'
import { acquireLock } from './lock.ts'
import { indexSearch } from './search.ts'

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

/** What a Stager wrote into a staging folder. */
export interface StagedFiles {
  files: Record<string, ManifestEntry>
  bytes: number
  /** Files written (the rest were linked from the current site). */
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
 */
export function createStager(staging: string, outDir: string, previous: WriteManifest | null): Stager {
  const made = new Set<string>([staging])
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
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        made.add(dir)
      }
      const before = previous?.files[file.path]
      if (before && before.hash === hash && linkUnchanged(join(outDir, file.path), target, before)) {
        staged.files[file.path] = before
      } else {
        staged.changed++
        if (file.path.endsWith('.html')) staged.pagesChanged = true
        staged.files[file.path] = writeAndStat(target, data, hash)
      }
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
  maxPending = WRITER_MAX_PENDING,
  resourceLimits?: ResourceLimits,
  stallMs = WRITER_STALL_MS,
): Stager & { backlog(): number } {
  // progress[0]: pendingSize of the files the writer has staged so far (sent: of the files handed over); progress[1]: 1 once the writer stopped.
  const progress = new Int32Array(new SharedArrayBuffer(8))
  let sent = 0
  const worker = new Worker(new URL('./write-worker.js', import.meta.url), { workerData: { staging, outDir, previous, progress } satisfies WriterInit, ...(resourceLimits ? { resourceLimits } : {}) })
  let settled = false
  const result = new Promise<StagedFiles>((resolve, reject) => {
    worker.once('message', (reply: WriterReply) => {
      settled = true
      if (reply.type === 'staged') resolve(reply.staged)
      else reject(new Error(reply.error))
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
  /** Shared with the main thread: [0] the writer adds each staged file's pendingSize; [1] it sets 1 when it stops on a failure. */
  progress: Int32Array
}

/** A file for the writer thread (`null` ends the stream). */
export interface WriterFile {
  path: string
  data: string | Uint8Array
}

export type WriterReply = { type: 'staged'; staged: StagedFiles } | { type: 'failed'; error: string }

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
  const stager = !options.thread
    ? createStager(staging, outDir, previous)
    : options.smallWriter
      ? createThreadedStager(staging, outDir, previous, SMALL_WRITER_MAX_PENDING, SMALL_WRITER_LIMITS)
      : createThreadedStager(staging, outDir, previous)
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
      stager.add(file)
      addMs += performance.now() - start
    },
    async finish() {
      try {
        const staged = await stager.done()
        manifest.files = sortedRecord(staged.files)
        const paths = Object.keys(manifest.files)
        // A page removed since the last build changes the search index as much as a page changed.
        const htmlCount = paths.filter((path) => path.endsWith('.html')).length
        const oldPages = previous === null ? -1 : Object.keys(previous.files).filter((path) => path.endsWith('.html')).length
        const pagesChanged = previous === null || oldPages !== htmlCount || staged.pagesChanged
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
            searchPages = await indexSearch(staging, options.searchGlob)
            manifest.search = await statTree(staging, join(staging, 'pagefind'))
          }
          searchMs = performance.now() - start
        }
        await swapIn(staging, outDir)
        return { outDir, files: paths.length, bytes: staged.bytes, searchMs, searchPages, changed: staged.changed, searchReused, manifest }
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
        await stager.cancel()
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
