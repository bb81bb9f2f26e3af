/**
 * French dates in running text: `le 2 novembre`, `lundi 14 juillet`,
 * `le 1er mars`, `le 12 août 2025`, glued `le 16juillet`. Month and weekday
 * names come from the @zxcvbn-ts/language-fr word lists.
 */
import { dictionary } from '@zxcvbn-ts/language-fr'
import { toFolded } from '../../util/text.ts'

const MONTHS = dictionary['months-fr']
const WEEKDAYS = dictionary['daysOfWeek-fr']

export interface DayMonth {
  day: number
  month: number
  /** The year written with the date, or null (`17 juillet`). */
  year: number | null
  /** 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`), when a weekday is written. */
  weekday: number | null
  index: number
  /** The date as written, e.g. `lundi 14 juillet`. */
  text: string
}

/** `é` → `[éeÉE]`, so a name matches with or without its accents. */
function toLoosePattern(word: string): string {
  return [...word].map((char) => {
    const base = char.normalize('NFD')[0] ?? char
    return base === char ? char : `[${char}${base}]`
  }).join('')
}

const MONTH_PATTERN = MONTHS.map(toLoosePattern).join('|')
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<weekday>${WEEKDAYS.join('|')})\s+)?(?<day>1er|[12]\d|3[01]|0?[1-9])\s*(?<month>${MONTH_PATTERN})(?!\p{L})(?:\s*(?<year>(?:1[89]|20)\d{2})(?!\p{N}))?`,
  'giu',
)

/** Every day-and-month date in `text`, in order, with impossible days left out. */
export function findDayMonths(text: string): DayMonth[] {
  const found: DayMonth[] = []
  for (const match of text.matchAll(DAY_MONTH)) {
    const groups = match.groups ?? {}
    const day = groups.day?.toLowerCase() === '1er' ? 1 : Number(groups.day)
    const month = toMonthNumber(groups.month ?? '')
    const year = groups.year ? Number(groups.year) : null
    if (month === null || !isValidDay(year ?? 2000, month, day)) continue
    const weekday = groups.weekday ? (WEEKDAYS.indexOf(groups.weekday.toLowerCase()) + 1) % 7 : null
    found.push({ day, month, year, weekday, index: match.index, text: match[0] })
  }
  return found
}

/** `juillet` → 7, `aout` → 8; null for a word that is no month. */
export function toMonthNumber(word: string): number | null {
  const at = MONTHS.findIndex((name) => toFolded(name) === toFolded(word))
  return at === -1 ? null : at + 1
}

/** The French name of a weekday (0 = Sunday, as `Date#getUTCDay`). */
export function toWeekdayName(weekday: number): string {
  return WEEKDAYS[(weekday + 6) % 7] ?? ''
}

export function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The weekday of a date (0 = Sunday). */
export function toWeekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** The month name written just before a position (`en décembre 2022` → 12), or null. */
export function findMonthBefore(text: string, index: number): number | null {
  const word = new RegExp(String.raw`(?<month>${MONTH_PATTERN})\s*$`, 'iu').exec(text.slice(Math.max(0, index - 12), index))
  return word?.groups?.month ? toMonthNumber(word.groups.month) : null
}
