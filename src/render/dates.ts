/**
 * Dates as readers see them, in French. A guessed year is shown as a guess,
 * never as fact; a missing year is said to be missing.
 */
import type { Article, DateInfo } from '../types.ts'

const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const

const YEAR_SOURCES: Record<NonNullable<DateInfo['yearSource']>, string> = {
  'front-matter': 'l’indication d’un éditeur',
  stated: 'l’année écrite dans le texte',
  'text-mention': 'une année citée dans le texte',
  sibling: 'les autres articles du même fichier',
  publication: 'la date de publication du site d’origine',
}

export interface DateView {
  /** `17 juillet 2025`, `juillet 2025`, `17 juillet 2019`, `17 juillet`, `Date inconnue`. */
  text: string
  /** `(année supposée)`, `(année inconnue)` or null. */
  qualifier: string | null
  /** For `<time datetime>`: `2025-07-17`, `2025-07`, `--07-17` (year unknown or guessed), or null. */
  datetime: string | null
  /** Why the year is uncertain, for a tooltip and the small print; null when certain. */
  note: string | null
  /** Year known for sure. */
  certain: boolean
  known: boolean
}

/** `17 juillet 2025`; day 1 is `1er`. */
export function toFrenchDate(day: number | null, month: number | null, year: number | null): string {
  const parts: string[] = []
  if (day !== null && month !== null) parts.push(day === 1 ? '1er' : String(day))
  if (month !== null) parts.push(MONTHS[month - 1] ?? '')
  if (year !== null) parts.push(String(year))
  return parts.filter(Boolean).join(' ')
}

export function toDateView(date: DateInfo | null): DateView {
  if (date === null || (date.year === null && date.month === null)) {
    return { text: 'Date inconnue', qualifier: null, datetime: null, note: null, certain: false, known: false }
  }
  const day = date.precision === 'day' ? date.day : null
  const month = date.precision === 'year' ? null : date.month
  const read = date.text ? ` (date lue\u00a0: «\u00a0${date.text}\u00a0»)` : ''
  if (date.year === null) {
    return {
      text: toFrenchDate(day, month, null),
      qualifier: '(année inconnue)',
      datetime: day !== null && month !== null ? `--${pad(month)}-${pad(day)}` : null,
      note: `L’année de cette date n’est pas connue${read}.`,
      certain: false,
      known: true,
    }
  }
  if (!date.yearCertain) {
    const from = date.yearSource ? YEAR_SOURCES[date.yearSource] : 'le contexte'
    return {
      text: toFrenchDate(day, month, date.year),
      qualifier: '(année supposée)',
      datetime: day !== null && month !== null ? `--${pad(month)}-${pad(day)}` : null,
      note: `Année supposée d’après ${from}${read}.`,
      certain: false,
      known: true,
    }
  }
  const datetime = day !== null && month !== null
    ? `${date.year}-${pad(month)}-${pad(day)}`
    : month !== null ? `${date.year}-${pad(month)}` : String(date.year)
  return { text: toFrenchDate(day, month, date.year), qualifier: null, datetime, note: null, certain: true, known: true }
}

/** Certain enough to state as `datePublished`: the year is sure and the day is known. */
export function isCertainDay(date: DateInfo | null): date is DateInfo {
  return date !== null && date.yearCertain && date.year !== null && date.precision === 'day' && date.month !== null && date.day !== null
}

/** Newest first (guessed years count as their guess), then year-less, undated last; ties by title and id. */
export function compareNewestFirst(a: Article, b: Article): number {
  const ka = sortKey(a.date)
  const kb = sortKey(b.date)
  if (ka !== kb) return ka > kb ? -1 : 1
  if (a.title !== b.title) return a.title < b.title ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** A number that grows with the date; -1 for year-less dates, -2 for undated. */
function sortKey(date: DateInfo | null): number {
  if (date === null) return -2
  if (date.year === null) return -1
  return date.year * 10000 + (date.month ?? 0) * 100 + (date.precision === 'day' ? date.day ?? 0 : 0)
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
