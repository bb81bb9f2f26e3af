/**
 * Article ids: `toShortHash(key)` of the article's title key (7 base-36
 * characters), so an id depends on the title only, never on file order.
 * When two different keys hash alike (32-bit FNV-1a: about one pair per
 * 100,000 articles), the smaller key (code-unit order) keeps the plain hash
 * and the others get `<hash>-<4 more>`, salted until unique: deterministic
 * for a given set of titles.
 */
import { toShortHash } from '../util/text.ts'

/** Title keys → ids, unique. */
export function toIds(keys: Iterable<string>): Map<string, string> {
  const byHash = new Map<string, string[]>()
  for (const key of keys) {
    const hash = toShortHash(key)
    const group = byHash.get(hash)
    if (group) group.push(key)
    else byHash.set(hash, [key])
  }
  const ids = new Map<string, string>()
  const taken = new Set<string>()
  for (const [hash, group] of byHash) {
    const sorted = [...new Set(group)].sort(compareCodeUnits)
    sorted.forEach((key, rank) => {
      const id = rank === 0 ? hash : toSaltedId(hash, key, taken)
      ids.set(key, id)
      taken.add(id)
    })
  }
  return ids
}

function toSaltedId(hash: string, key: string, taken: ReadonlySet<string>): string {
  for (let salt = 1; ; salt++) {
    const id = `${hash}-${toShortHash(`${salt}:${key}`).slice(-4)}`
    if (!taken.has(id)) return id
  }
}

/** Plain code-unit order: the same everywhere, unlike locale collation. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
