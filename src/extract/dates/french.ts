/**
 * French dates in running text: `le 2 novembre`, `lundi 14 juillet`,
 * `le 1er mars`, `le 12 août 2025`, glued `le 16juillet`. Month and weekday
 * names come from the @zxcvbn-ts/language-fr word lists.
 */
import { dictionary } from '@zxcvbn-ts/language-fr'
import { memoByText, toFolded } from '../../util/text.ts'

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

/**
 * The heart of every DAY_MONTH match: the day's last digit (or `1er`), then
 * the month. It has no look-behind and starts with a digit, so finding it is
 * a cheap scan; DAY_MONTH is then tried only just before each one found.
 */
const DAY_MONTH_CORE = new RegExp(String.raw`\d(?:er)?\s*(?:${MONTH_PATTERN})(?!\p{L})`, 'giu')
/** Longest weekday name: how far before its day a match can start, past the spaces. */
const WEEKDAY_MAX = Math.max(...WEEKDAYS.map((name) => name.length))
const SPACE = /\s/u
const DIGIT = /\d/u

/** Every day-and-month date in `text`, in order, with impossible days left out. */
export function findDayMonths(text: string): readonly DayMonth[] {
  return memoDayMonths(text)
}

/**
 * The dates of a block are asked for several times (its text, its year
 * mentions, its raw text for the position, which is often the same text):
 * a memo by text, bounded. Callers only read the lists.
 */
const memoDayMonths = memoByText<readonly DayMonth[]>((text) => readDayMonths(text), 50_000)

function readDayMonths(text: string): DayMonth[] {
  const found: DayMonth[] = []
  for (let from = 0, match = nextDayMonth(text, from); match; from = match.index + match[0].length, match = nextDayMonth(text, from)) {
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

/**
 * The first DAY_MONTH match starting at `from` or after: the same as a plain
 * search from `from`, without trying the pattern at every position. A match
 * holds a core (DAY_MONTH_CORE) no earlier than the first core found, and
 * starts at most a digit, the spaces before it and a weekday name before
 * that core; a match with a later core starts later still (its weekday and
 * spaces stand after the first core's digit).
 */
function nextDayMonth(text: string, from: number): RegExpExecArray | null {
  DAY_MONTH_CORE.lastIndex = from
  const core = DAY_MONTH_CORE.exec(text)
  if (!core) return null
  let start = core.index
  if (start > 0 && DIGIT.test(text[start - 1] ?? '')) start--
  while (start > 0 && SPACE.test(text[start - 1] ?? '')) start--
  DAY_MONTH.lastIndex = Math.max(from, start - WEEKDAY_MAX)
  const match = DAY_MONTH.exec(text)
  DAY_MONTH.lastIndex = 0
  return match
}

/** Folded month name → its number (`aout` → 8). */
const MONTH_NUMBERS = new Map<string, number>()
for (const [at, name] of MONTHS.entries()) if (!MONTH_NUMBERS.has(toFolded(name))) MONTH_NUMBERS.set(toFolded(name), at + 1)

/** `juillet` → 7, `aout` → 8; null for a word that is no month. */
export function toMonthNumber(word: string): number | null {
  return MONTH_NUMBERS.get(toFolded(word)) ?? null
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

const MONTH_AT_END = new RegExp(String.raw`(?<month>${MONTH_PATTERN})\s*$`, 'iu')

/** The month name written just before a position (`en décembre 2022` → 12), or null. */
export function findMonthBefore(text: string, index: number): number | null {
  const word = MONTH_AT_END.exec(text.slice(Math.max(0, index - 12), index))
  return word?.groups?.month ? toMonthNumber(word.groups.month) : null
}
