/**
 * write (edge): OutputFile[] → a staging folder beside the output folder →
 * search index → one rename swaps it in. The old site stays whole until the
 * new one is complete; an interrupted swap is finished by the next build.
 */
import { mkdir, rename, rm, writeFile, stat, readdir } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { OutputFile } from '../types.ts'
import { acquireLock } from './lock.ts'
import { indexSearch } from './search.ts'

export interface WriteOptions {
  /** Build the Pagefind index into `pagefind/`. */
  search: boolean
}

export interface WriteResult {
  outDir: string
  files: number
  bytes: number
  searchMs: number | null
  searchPages: number | null
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
    const dirs = new Set<string>()
    for (const file of files) dirs.add(dirname(join(staging, file.path)))
    for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true })
    await eachLimit(files, 16, async (file) => {
      const data = typeof file.contents === 'string' ? Buffer.from(file.contents, 'utf8') : file.contents
      bytes += data.byteLength
      await writeFile(join(staging, file.path), data)
    })
    let searchMs: number | null = null
    let searchPages: number | null = null
    if (options.search) {
      const start = performance.now()
      searchPages = await indexSearch(staging)
      searchMs = performance.now() - start
    }
    await swapIn(staging, outDir)
    return { outDir, files: files.length, bytes, searchMs, searchPages }
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


