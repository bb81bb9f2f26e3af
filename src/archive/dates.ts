/**
 * Comparing dates of articles. A date without a year (or no date at all) is
 * "undated"; a guessed year sorts with its guess, after a certain one of the
 * same value.
 */
import type { DateInfo, DatePrecision, DateSource } from '../types.ts'

const SOURCE_RANK: Record<DateSource, number> = { 'front-matter': 0, publication: 1, dateline: 2, text: 3 }
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 }

/**
 * The most trusted of several dates of one article: by source
 * (front matter > publication > dateline > text), then a certain year over a
 * guessed one, then the finer precision; the first one wins a tie.
 */
export function pickTrustedDate(dates: Iterable<DateInfo | null>): DateInfo | null {
  let best: DateInfo | null = null
  for (const date of dates) {
    if (date && (best === null || compareTrust(date, best) < 0)) best = date
  }
  return best
}

function compareTrust(a: DateInfo, b: DateInfo): number {
  return SOURCE_RANK[a.source] - SOURCE_RANK[b.source]
    || Number(b.yearCertain) - Number(a.yearCertain)
    || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]
}

/** Newest first, undated last; a certain year before a guessed one of the same value. */
export function compareNewestFirst(a: DateInfo | null, b: DateInfo | null): number {
  return compareUndatedLast(a, b) ?? (compareValues(b, a) || compareCertainty(a, b))
}

/** Oldest first, undated last; a certain year before a guessed one of the same value. */
export function compareOldestFirst(a: DateInfo | null, b: DateInfo | null): number {
  return compareUndatedLast(a, b) ?? (compareValues(a, b) || compareCertainty(a, b))
}

function compareUndatedLast(a: DateInfo | null, b: DateInfo | null): number | null {
  const aDated = isDated(a)
  const bDated = isDated(b)
  if (aDated && bDated) return null
  return aDated === bDated ? 0 : aDated ? -1 : 1
}

function isDated(date: DateInfo | null): boolean {
  return date !== null && date.year !== null
}

/** By year, month, day; a missing month or day counts as 0 (`2025` before `2025-01-05`). */
function compareValues(a: DateInfo | null, b: DateInfo | null): number {
  return (a?.year ?? 0) - (b?.year ?? 0) || (a?.month ?? 0) - (b?.month ?? 0) || (a?.day ?? 0) - (b?.day ?? 0)
}

function compareCertainty(a: DateInfo | null, b: DateInfo | null): number {
  return Number(b?.yearCertain ?? false) - Number(a?.yearCertain ?? false)
}
