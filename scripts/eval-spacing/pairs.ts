/**
 * Gold set 1, real: the dumps often hold the same sentence twice, once clean
 * (standfirst, caption, teaser) and once glued (first body paragraph). Pair
 * them by the longest run of identical non-space characters; the clean copy's
 * spaces are the gold for that stretch of the glued copy.
 */
import { toSpacing } from './gaps.ts'
import type { Spacing } from './gaps.ts'

export interface RealPair {
  /** The glued line, as in the dump. */
  glued: string
  clean: string
  /** The aligned stretch, in stripped coordinates of `glued`. */
  from: number
  to: number
  /** Gaps the clean copy has there and the glued one lacks (stripped coordinates of `glued`). */
  gold: Set<number>
}

const MIN_MATCH = 40
const GRAM = 24

export function findRealPairs(lines: readonly string[]): RealPair[] {
  const texts = [...new Set(lines.map((line) => line.trim()).filter((line) => line.length >= MIN_MATCH))]
  const spacings = texts.map(toSpacing)
  const pairs: RealPair[] = []
  const seen = new Set<string>()
  for (const [a, b] of toCandidatePairs(spacings)) {
    const sa = spacings[a]
    const sb = spacings[b]
    if (!sa || !sb) continue
    const match = findLongestCommon(sa.stripped, sb.stripped)
    if (match.length < MIN_MATCH) continue
    const gapsA = toRegionGaps(sa, match.startA, match.length)
    const gapsB = toRegionGaps(sb, match.startB, match.length)
    const [gluedIndex, cleanIndex, gluedStart, gluedGaps, cleanGaps] =
      gapsA.size <= gapsB.size ? [a, b, match.startA, gapsA, gapsB] : [b, a, match.startB, gapsB, gapsA]
    const gold = new Set<number>()
    for (const gap of cleanGaps) if (!gluedGaps.has(gap)) gold.add(gluedStart + gap)
    const key = `${gluedIndex}:${gluedStart}`
    if (gold.size === 0 || seen.has(key)) continue
    seen.add(key)
    pairs.push({ glued: texts[gluedIndex] ?? '', clean: texts[cleanIndex] ?? '', from: gluedStart, to: gluedStart + match.length, gold })
  }
  return pairs
}

function toCandidatePairs(spacings: readonly Spacing[]): Array<[number, number]> {
  const index = new Map<string, Set<number>>()
  spacings.forEach((spacing, id) => {
    for (let at = 0; at + GRAM <= spacing.stripped.length; at += 4) {
      const gram = spacing.stripped.slice(at, at + GRAM)
      let ids = index.get(gram)
      if (!ids) index.set(gram, (ids = new Set()))
      ids.add(id)
    }
  })
  const pairs = new Set<string>()
  spacings.forEach((spacing, id) => {
    for (let at = 0; at + GRAM <= spacing.stripped.length; at++) {
      for (const other of index.get(spacing.stripped.slice(at, at + GRAM)) ?? []) if (other > id) pairs.add(`${id},${other}`)
    }
  })
  return [...pairs].map((pair) => pair.split(',').map(Number) as [number, number])
}

function findLongestCommon(a: string, b: string): { startA: number; startB: number; length: number } {
  let best = { startA: 0, startB: 0, length: 0 }
  let previous = new Uint16Array(b.length + 1)
  let current = new Uint16Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : 0
      const length = current[j] ?? 0
      if (length > best.length) best = { startA: i - length, startB: j - length, length }
    }
    ;[previous, current] = [current, previous]
  }
  return best
}

/** Gaps strictly inside the stretch, relative to its start. */
function toRegionGaps(spacing: Spacing, start: number, length: number): Set<number> {
  const gaps = new Set<number>()
  for (const gap of spacing.gaps) if (gap > start && gap < start + length) gaps.add(gap - start)
  return gaps
}
