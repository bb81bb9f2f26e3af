/**
 * The spare site: the previous build's output folder, kept (instead of
 * removed) after the swap and brought up to date as the next build's staging
 * folder. Removing a site of thousands of files and making a new one costs
 * more than the files themselves on ext4: for a minute or more after many
 * deletions, every new file or folder is slow to make (BENCHMARKS.md, ninth
 * round). A recycled staging folder keeps its folders and every file that is
 * still right, and Pagefind skips the index files it finds already there.
 *
 * Nothing in the spare is trusted unless it is still exactly as written
 * (same inode, size and mtime as the manifest that recorded it), and
 * whatever the new site does not have is removed before the swap, so the
 * swapped-in folder is the one a clean build makes (tests/write/spare).
 */
import { gunzipSync } from 'node:zlib'
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { join } from 'node:path'
import type { ManifestEntry } from './index.ts'

/** The spare's files as the manifest of the build that wrote them recorded them. */
export interface SpareRecord {
  /** Where the spare is kept (absolute). */
  dir: string
  files: Record<string, ManifestEntry>
  /** Its search index (path → stat), null when it had none. */
  search: Record<string, ManifestEntry> | null
}

/** A file on disk is the one a manifest entry recorded (never changed since, not replaced). */
export function sameFile(stats: Stats, entry: ManifestEntry): boolean {
  return stats.isFile() && stats.ino === entry.ino && stats.size === entry.size && stats.mtimeMs === entry.mtimeMs
}

/** Remove whatever is at `path` (a file, a link or a whole folder). */
export function removeEntry(path: string, stats: Stats): void {
  if (stats.isDirectory()) rmSync(path, { recursive: true, force: true })
  else unlinkSync(path)
}

/**
 * Make each folder once, under `root`: `recycled`, the folder is a recycled
 * site, where a file may stand where a folder must be (removed).
 */
export function folderMaker(root: string, recycled: boolean): { make(dir: string): void; made: Set<string> } {
  const made = new Set<string>([root])
  return {
    made,
    make(dir) {
      if (made.has(dir)) return
      if (recycled) makeFolder(root, dir)
      else mkdirSync(dir, { recursive: true })
      made.add(dir)
    },
  }
}

/**
 * Make folder `dir` (and its parents) under `root`, removing any file of a
 * recycled folder that stands where one of them must be.
 */
function makeFolder(root: string, dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    return
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw error
  }
  const parts = dir.slice(root.length + 1).split('/')
  let path = root
  for (const part of parts) {
    path = join(path, part)
    const stats = lstatSync(path, { throwIfNoEntry: false })
    if (stats && !stats.isDirectory()) unlinkSync(path)
  }
  mkdirSync(dir, { recursive: true })
}

/**
 * Remove from the tree under `root` every file whose path (relative, with
 * `/`, after `prefix`) `keep` does not hold, and every folder that holds none
 * of them. `skip`: top-level names left alone.
 */
export function prune(root: string, keep: (path: string) => boolean, skip: ReadonlySet<string> = new Set(), prefix = ''): void {
  const walk = (dir: string, prefix: string, top: boolean): boolean => {
    let kept = false
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`
      if (top && skip.has(entry.name)) {
        kept = true
        continue
      }
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (walk(path, rel, false)) kept = true
        else rmSync(path, { recursive: true, force: true })
      } else if (keep(rel)) kept = true
      else unlinkSync(path)
    }
    return kept
  }
  walk(root, prefix, true)
}

/** prune for the search index only: `staging/pagefind`, its paths given to `keep` as the site's (`pagefind/…`). */
export function pruneSearch(staging: string, keep: (path: string) => boolean): void {
  const dir = join(staging, 'pagefind')
  if (lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) prune(dir, keep, new Set(), 'pagefind')
}

/**
 * Pagefind's content-named files: it does not write one that exists
 * already (pagefind/src/output/mod.rs, `WriteBehavior::Immutable`). Every
 * other file of its bundle it truncates and writes again in place.
 */
const HASHED = /^pagefind\/(?:pagefind\.[^/]+\.pf_meta|fragment\/[^/]+\.pf_fragment|index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter)$/

export function isHashedSearchFile(path: string): boolean {
  return HASHED.test(path)
}

/** The name part of a content-named file (`fragment/fr_012bfc7.pf_fragment` → `fr_012bfc7`). */
function hashOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return name.startsWith('pagefind.') ? name.slice('pagefind.'.length, name.lastIndexOf('.')) : name.slice(0, name.lastIndexOf('.'))
}

/**
 * Ready a recycled `pagefind/` for Pagefind: keep only content-named files
 * that are as recorded (in the spare's index or, linked in, the live one's),
 * so that Pagefind skips exactly the files that are right; every other file
 * goes, above all those it would write in place (they may be hard links to
 * the live site's). `link(path)` links a live file in and says whether it could.
 */
export function readySearchFolder(staging: string, recorded: (path: string) => ManifestEntry | undefined, live: Record<string, ManifestEntry> | null, link: (path: string, entry: ManifestEntry) => boolean): void {
  const dir = join(staging, 'pagefind')
  const present = new Set<string>()
  const stats = lstatSync(dir, { throwIfNoEntry: false })
  if (stats && !stats.isDirectory()) unlinkSync(dir)
  else if (stats) {
    pruneSearch(staging, (path) => {
      if (!isHashedSearchFile(path)) return false
      const entry = recorded(path)
      const file = entry && lstatSync(join(staging, path), { throwIfNoEntry: false })
      if (!file || !sameFile(file, entry)) return false
      present.add(path)
      return true
    })
  }
  for (const [path, entry] of Object.entries(live ?? {})) {
    if (isHashedSearchFile(path) && !present.has(path)) link(path, entry)
  }
}

/**
 * After Pagefind wrote into a recycled `pagefind/`: remove the content-named
 * files the new index does not name. The names are read from the index's
 * metadata (`pagefind.<hash>.pf_meta`: gzip, then `pagefind_dcd`, then CBOR),
 * by taking each CBOR text string that starts with the language's prefix.
 * Returns false when the bundle is not as expected (then the caller builds
 * the index again in an empty folder).
 */
export function pruneSearchFolder(staging: string): boolean {
  const dir = join(staging, 'pagefind')
  let meta: string
  let pages: number
  try {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: unknown; page_count?: unknown }> }
    const languages = Object.values(entry.languages ?? {})
    if (languages.length !== 1 || typeof languages[0]?.hash !== 'string' || typeof languages[0].page_count !== 'number') return false
    meta = languages[0].hash
    pages = languages[0].page_count
  } catch {
    return false
  }
  const prefix = meta.slice(0, meta.indexOf('_') + 1)
  if (prefix === '') return false
  let names: Set<string>
  try {
    names = cborTexts(gunzipSync(readFileSync(join(dir, `pagefind.${meta}.pf_meta`))), prefix)
  } catch {
    return false
  }
  let fragments = 0
  pruneSearch(staging, (path) => {
    if (!isHashedSearchFile(path)) return true
    const hash = hashOf(path)
    if (path.startsWith('pagefind/pagefind.')) return hash === meta
    if (path.startsWith('pagefind/fragment/') && names.has(hash)) fragments++
    return names.has(hash)
  })
  // Every page has its fragment, named in the metadata: anything else means the format is not the one read here.
  return fragments === pages
}

/** The CBOR text strings of `bytes` that start with `prefix` (found by their headers: lengths below 256). */
function cborTexts(bytes: Buffer, prefix: string): Set<string> {
  const found = new Set<string>()
  const start = bytes.indexOf('pagefind_dcd', 0, 'latin1')
  if (start !== 0) throw new Error('not a Pagefind metadata file')
  const head = Buffer.from(prefix, 'latin1')
  for (let at = bytes.indexOf(head, 1); at !== -1; at = bytes.indexOf(head, at + 1)) {
    const short = bytes[at - 1] ?? 0
    let length = -1
    if (short >= 0x60 && short <= 0x77) length = short - 0x60
    else if (bytes[at - 2] === 0x78) length = short
    if (length >= head.length && at + length <= bytes.length) found.add(bytes.toString('latin1', at, at + length))
  }
  return found
}
