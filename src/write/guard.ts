/**
 * The output folder must be a folder of its own. A build replaces it whole
 * (src/write/index.ts: staged beside it, then swapped in; the site it
 * replaced is removed or kept as the spare), so an output folder that is, or
 * holds, the seeds, the templates, the config file or the folder the
 * command runs in would take them away with it; one inside the seeds or the
 * templates would be read back as input by the next build.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { isInside } from '../util/paths.ts'

/** A path the output folder must keep clear of, and how the user knows it (`the seeds folder seeds/`). */
export interface KeptPath {
  path: string
  name: string
  /** An output folder inside it is refused too (folders read as input); false for the working folder and the config file. */
  noneInside: boolean
  /** An output folder may hold it (the build's own report folder, which it writes again after the swap). */
  mayHold?: boolean
}

/** Why `outDir` cannot be the output folder (null when it can). Paths are compared after symbolic links are resolved. */
export function findOutputClash(outDir: string, kept: readonly KeptPath[]): string | null {
  const out = realPath(outDir)
  for (const { path, name, noneInside, mayHold } of kept) {
    const other = realPath(path)
    if (other === out) return `is ${name}`
    if (isWithin(other, out) && !mayHold) return `holds ${name}`
    if (noneInside && isWithin(out, other)) return `is inside ${name}`
  }
  return null
}

/** `path` is strictly inside `dir`. */
function isWithin(path: string, dir: string): boolean {
  return path !== dir && isInside(path, dir)
}

/** The real path of `path`, or of its nearest existing parent joined with the rest (an output folder not made yet). */
function realPath(path: string): string {
  const absolute = resolve(path)
  try {
    return realpathSync(absolute)
  } catch {
    const parent = dirname(absolute)
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute))
  }
}

/** What stands at `outDir` that a build must not replace: null when nothing is there, or a folder whose top entries are all `allowed`. */
export type ForeignContent = { kind: 'not-a-folder' } | { kind: 'foreign'; names: string[] }

/**
 * Check an existing output folder before a build replaces it: it must be a
 * folder, and hold only what a site has at its top (`allowed`, from
 * SITE_TOP_LEVEL) and the litter of file browsers. Anything else (a `.git`
 * of a deploy branch, the user's own files, a folder given by mistake) was
 * not made by Chronique and would be deleted with it. Up to 3 names are given.
 */
export function findForeignContent(outDir: string, allowed: ReadonlySet<string>): ForeignContent | null {
  let stats
  try {
    stats = lstatSync(outDir, { throwIfNoEntry: false })
  } catch {
    return null // a file where a parent folder should be (ENOTDIR): writing says why
  }
  if (stats === undefined) return null
  if (!stats.isDirectory()) return { kind: 'not-a-folder' }
  const names = readdirSync(outDir)
    .filter((name) => !allowed.has(name) && !LITTER.has(name))
    .sort()
  return names.length === 0 ? null : { kind: 'foreign', names: names.slice(0, 3) }
}

/** Files that file browsers leave in any folder they show. */
const LITTER: ReadonlySet<string> = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini'])
