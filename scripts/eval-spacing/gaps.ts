/**
 * Texts as "letters + gaps": the non-space characters, and the set of
 * positions (index of the character that follows) where at least one space
 * stands. Comparing two spacings of the same characters is comparing sets.
 */

export interface Spacing {
  /** The text with all whitespace removed. */
  stripped: string
  /** Positions in `stripped` preceded by whitespace. */
  gaps: Set<number>
}

const SPACE = /\s/u

export function toSpacing(text: string): Spacing {
  let stripped = ''
  const gaps = new Set<number>()
  let pending = false
  for (const char of text) {
    if (SPACE.test(char)) {
      pending = stripped.length > 0
      continue
    }
    if (pending) gaps.add(stripped.length)
    pending = false
    stripped += char
  }
  return { stripped, gaps }
}

/** Positions in `after` and not in `before`, restricted to [from, to). */
export function toInserted(before: Set<number>, after: Set<number>, from = 0, to = Infinity): Set<number> {
  const inserted = new Set<number>()
  for (const gap of after) if (!before.has(gap) && gap > from && gap < to) inserted.add(gap)
  return inserted
}
