/**
 * Anchors: dates (full or partial) that bound or lend a year, and how to
 * compare them. `value` formats: `2025-07-17`, `2025-07`, `2025`, and
 * `07-17` for a day whose year is unknown.
 */
import type { TextBlock } from '../../types.ts'
import { findYearMentions } from './mentions.ts'

export interface Anchor {
  year: number
  month: number | null
  day: number | null
  /** The words it was read from: `premier semestre 2019`, `12 juillet 2025`. */
  text: string
  line: number | null
}

/** `2025-07-17`, `2025-07`, `2025`; `07-17` or `07` when the year is unknown. */
export function toDateValue(year: number | null, month: number | null, day: number | null): string {
  const parts = [year === null ? null : String(year).padStart(4, '0'), month === null ? null : pad(month), month === null || day === null ? null : pad(day)]
  return parts.filter((part) => part !== null).join('-')
}

/** Days since 1970 of an anchor (a missing month or day counts as the first). */
export function toDayNumber(year: number, month: number | null, day: number | null): number {
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1) / 86_400_000
}

/** The latest past event the blocks mention (the text was written after it), or null. */
export function findLatestPastMention(blocks: readonly TextBlock[], skip?: { block: TextBlock; from: number; to: number }): Anchor | null {
  let latest: Anchor | null = null
  let latestDay = 0
  for (const block of blocks) {
    for (const mention of findYearMentions(block.value)) {
      if (mention.kind !== 'past' || (skip?.block === block && mention.index >= skip.from && mention.index < skip.to)) continue
      const day = toDayNumber(mention.year, mention.month, mention.day)
      if (!latest || day > latestDay) {
        latest = { year: mention.year, month: mention.month, day: mention.day, text: mention.snippet, line: block.position.start.line }
        latestDay = day
      }
    }
  }
  return latest
}

/** `premier semestre 2019` (line 7). */
export function toEvidence(anchor: Anchor): string {
  return `"${anchor.text}"${anchor.line === null ? '' : ` (line ${anchor.line})`}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
