/**
 * URL slugs, unique across the archive and independent of record order.
 *
 * An article's slug is its front-matter `slug`, else `toSlug(title)`
 * (French-aware: `é`→`e`, `œ`→`oe`). When several articles want the same
 * slug, one keeps it: the one with a front-matter slug, else the first
 * published (oldest date, undated last), else the smallest id. The others get
 * `<slug>-<id>` (a suffix computed from their own id, so it never depends on
 * which other articles exist) and a `slug-collision` warning. Adding a dump
 * therefore changes no existing URL unless it brings an older namesake.
 */
import type { VFile } from 'vfile'
import type { DateInfo, Provenance } from '../types.ts'
import { toSlug } from '../util/text.ts'
import { compareOldestFirst } from './dates.ts'
import { compareCodeUnits } from './ids.ts'
import { reportAt, toPlaceText } from './messages.ts'

export interface SlugCandidate {
  id: string
  title: string
  /** Front-matter slug, if an editor set one. */
  slug: string | null
  date: DateInfo | null
  origin: Provenance | null
}

/** Article id → unique slug. */
export function toSlugPaths(candidates: readonly SlugCandidate[], files: ReadonlyMap<string, VFile>): Map<string, string> {
  const groups = new Map<string, SlugCandidate[]>()
  for (const candidate of candidates) {
    const base = candidate.slug ?? toSlug(candidate.title)
    const group = groups.get(base)
    if (group) group.push(candidate)
    else groups.set(base, [candidate])
  }
  const taken = new Set(groups.keys())
  const slugs = new Map<string, string>()
  for (const base of [...groups.keys()].sort(compareCodeUnits)) {
    const [owner, ...others] = (groups.get(base) ?? []).sort(compareClaims)
    if (!owner) continue
    slugs.set(owner.id, base)
    for (const other of others) {
      const slug = toFreeSlug(`${base}-${other.id}`, taken)
      taken.add(slug)
      slugs.set(other.id, slug)
      warnCollision(files, base, slug, owner, other)
    }
  }
  return slugs
}

/** Who keeps a contested slug: an editor's choice, then the oldest, then the smallest id. */
function compareClaims(a: SlugCandidate, b: SlugCandidate): number {
  return Number(b.slug !== null) - Number(a.slug !== null) || compareOldestFirst(a.date, b.date) || compareCodeUnits(a.id, b.id)
}

/** `wanted`, or `wanted-2`, `wanted-3`… when a title happens to slug to it already. */
function toFreeSlug(wanted: string, taken: ReadonlySet<string>): string {
  let slug = wanted
  for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`
  return slug
}

function warnCollision(files: ReadonlyMap<string, VFile>, base: string, slug: string, owner: SlugCandidate, other: SlugCandidate): void {
  if (!other.origin) return
  const ownerPlace = owner.origin ? ` (${toPlaceText({ path: owner.origin.path, line: owner.origin.startLine })})` : ''
  const what = other.slug === null ? `Title "${other.title}" gives the slug` : 'Front-matter slug'
  reportAt(
    files,
    { path: other.origin.path, line: other.origin.startLine },
    `${what} \`${base}\`, already the slug of "${owner.title}"${ownerPlace}; this article is published at \`articles/${slug}/\` instead (set \`slug\` in front matter to choose another)`,
    'slug-collision',
  )
}
