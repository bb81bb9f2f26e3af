/**
 * ingest (edge): the seeds folder → VFiles with `data.source` set.
 * `toSourceFile` is the pure part (bytes → VFile) that tests use directly.
 */
import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { VFile } from 'vfile'
import { fromBytes } from './decode.ts'
import { splitFrontMatter } from './front-matter.ts'

/**
 * Largest file read. A dump is one article page (the samples are 8 KiB);
 * larger files are refused with a message naming the limit, before they
 * are read, so one stray file cannot exhaust the build's memory.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024

export interface IngestResult {
  /** Files that can go on through the pipeline. */
  files: VFile[]
  /** Files that cannot (bad bytes, bad front matter, skipped): their messages say why. */
  rejected: VFile[]
}

/** Bytes of one seed → a VFile ready for `parseDump` (pure). */
export function toSourceFile(path: string, bytes: Uint8Array): VFile {
  const file = new VFile({ path })
  const kind = /\.(md|markdown)$/i.test(path) ? 'markdown' : 'dump'
  const hash = createHash('sha256').update(bytes).digest('hex')
  if (bytes.length > MAX_FILE_BYTES) {
    tooLarge(file, bytes.length)
    file.data.source = { kind, matter: {}, body: '', hash }
    return file
  }
  let text = fromBytes(bytes, file)
  if (text === null) {
    file.value = ''
    file.data.source = { kind, matter: {}, body: '', hash }
    return file
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
  file.value = text
  const split = splitFrontMatter(text, file)
  file.data.source = { kind, matter: split.matter, body: split.body, hash }
  if (split.ok && split.body.trim() === '' && !(kind === 'markdown' && split.matter.title)) {
    const message = file.message(
      text.trim() === '' ? 'Found an empty file, expected a dump: a title line, then paragraphs' : 'Found only front matter, expected text after it',
      { ruleId: 'empty-file', source: 'chronique', place: { line: 1, column: 1 } },
    )
    message.fatal = true
  }
  return file
}

/**
 * Read every `*.txt` and `*.md` in `dir` and its subfolders (an archive
 * sorted by year or by site), sorted by name in each folder, a subfolder's
 * files at its name's place, so the build does not depend on directory
 * order. Names starting with `.` (`.git`, editors' files) are passed over;
 * symbolic links are never followed. Paths on the VFiles are relative to
 * `cwd`.
 *
 * The reads are synchronous: a dump is a few KiB, so each asynchronous
 * `lstat` / `readFile` spent far longer waiting for its round trip through
 * the thread pool (four file-system calls per file) than reading, and the
 * build has nothing else to do meanwhile. It stays `async` (errors still
 * reject the promise) so callers do not change.
 */
export interface IngestOptions {
  /**
   * Called with each file that goes on through the pipeline, as soon as it
   * is read: the lean build (src/lean.ts) learns each dump's words there,
   * then lets its text go (releaseSource) and reads it again later
   * (reloadSource).
   */
  onFile?: (file: VFile) => void
}

export async function ingestSeeds(dir: string, cwd: string = process.cwd(), options: IngestOptions = {}): Promise<IngestResult> {
  const files: VFile[] = []
  const rejected: VFile[] = []
  visitSeeds(dir, (full, name, stats) => {
    const path = relative(cwd, full) || name
    const skipped = (reason: string, ruleId: string) => {
      const file = new VFile({ path })
      file.message(reason, { ruleId, source: 'chronique' })
      rejected.push(file)
    }
    if (stats.isSymbolicLink()) {
      skipped('Skipped a symbolic link, expected a regular file (links are not followed, so nothing outside the seeds folder is read)', 'skip-symlink')
      return
    }
    if (!stats.isFile()) {
      skipped('Skipped a special file, expected a regular file', 'skip-special')
      return
    }
    if (!SEED_NAME.test(name)) {
      skipped('Skipped a file that is not `.txt` or `.md`, expected a dump (`.txt`) or an article (`.md`)', 'skip-extension')
      return
    }
    if (stats.size > MAX_FILE_BYTES) {
      const file = new VFile({ path })
      tooLarge(file, stats.size)
      rejected.push(file)
      return
    }
    const file = toSourceFile(path, readFileSync(full))
    if (file.messages.some((message) => message.fatal)) rejected.push(file)
    else {
      files.push(file)
      options.onFile?.(file)
    }
  })
  return { files, rejected }
}

/** The names of the files a build reads: dumps (`.txt`) and articles (`.md`). */
export const SEED_NAME = /\.(txt|md|markdown)$/i

/** Every entry of the seeds folder that is not a folder, in the order ingestSeeds reads them (see there), with its lstat. */
export function visitSeeds(dir: string, visit: (full: string, name: string, stats: Stats) => void): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue
    const full = join(dir, name)
    const stats = lstatSync(full)
    if (stats.isDirectory()) visitSeeds(full, visit)
    else visit(full, name, stats)
  }
}

/** Let a file's text go (its path, messages, front matter and hash stay): reloadSource reads it again. */
export function releaseSource(file: VFile): void {
  file.value = ''
  if (file.data.source) file.data.source = { ...file.data.source, body: '' }
}

/**
 * Read a released file again, from `cwd` as ingestSeeds read it. False, with
 * an error on the file, when it cannot be read or its bytes are no longer
 * the ones the build started from (the build learnt from those).
 */
export function reloadSource(file: VFile, cwd: string): boolean {
  const fail = (reason: string) => {
    const message = file.message(reason, { ruleId: 'changed-during-build', source: 'chronique', place: { line: 1, column: 1 } })
    message.fatal = true
    return false
  }
  let bytes: Uint8Array
  try {
    bytes = readFileSync(resolve(cwd, file.path))
  } catch (error) {
    return fail(`Could not read this file again during the build (${(error as NodeJS.ErrnoException).code ?? String(error)}), expected it unchanged until the build ends; build again`)
  }
  const fresh = toSourceFile(file.path, bytes)
  if (fresh.data.source?.hash !== file.data.source?.hash) {
    return fail('Found this file changed during the build, expected it unchanged until the build ends; build again')
  }
  file.value = fresh.value
  file.data.source = fresh.data.source
  return true
}

function tooLarge(file: VFile, size: number): void {
  const limit = `${MAX_FILE_BYTES / 1024 / 1024} MiB`
  const message = file.message(`Found a file of ${(size / 1024 / 1024).toFixed(1)} MiB, expected at most ${limit} per dump (one article page); split it or remove it`, {
    ruleId: 'file-too-large', source: 'chronique', place: { line: 1, column: 1 },
  })
  message.fatal = true
}
