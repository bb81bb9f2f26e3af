/**
 * Guess the year of a year-less date (`17 juillet`) carefully: past events
 * the text mentions bound it from below; sibling teasers (captured together)
 * lend the year nearest to their latest date; a written weekday breaks ties.
 */
import type { Anchor } from './anchor.ts'
import { toDayNumber, toEvidence } from './anchor.ts'
import type { DayMonth } from './french.ts'
import { toWeekday, toWeekdayName } from './french.ts'
import { toQuoted } from '../../parse/report.ts'

export interface YearGuess {
  year: number
  yearSource: 'text-mention' | 'sibling'
  /** What it was inferred from, for the message: `from "premier semestre 2019" (line 7)`. */
  reason: string
}

export interface SiblingAnchor extends Anchor {
  /** The title of the sibling teaser it comes from. */
  title: string
}

/** The year of `date`, or null when nothing supports one. */
export function inferYear(date: DayMonth, bound: Anchor | null, sibling: SiblingAnchor | null): YearGuess | null {
  const notBefore = (year: number) => !bound || toDayNumber(year, date.month, date.day) >= toDayNumber(bound.year, bound.month, bound.day)
  if (sibling) {
    const target = toSiblingDay(sibling)
    const candidates = [sibling.year - 1, sibling.year, sibling.year + 1].filter(notBefore)
    const notAfter = candidates.filter((year) => toDayNumber(year, date.month, date.day) <= target + SIBLING_LEAD_DAYS)
    const distance = (year: number) => Math.abs(toDayNumber(year, date.month, date.day) - target)
    const year = pickByWeekday(date, notAfter.length > 0 ? notAfter : candidates, (a, b) => distance(a) - distance(b))
    if (year !== null) {
      const limit = bound ? `, not before ${toEvidence(bound)}` : ''
      const from = `sibling teaser ${toQuoted(sibling.title)} ("${sibling.text}", line ${sibling.line ?? '?'})`
      return { year, yearSource: 'sibling', reason: `from ${from}${limit}${toWeekdayNote(date, year)}` }
    }
  }
  if (!bound) return null
  const first = notBefore(bound.year) ? bound.year : bound.year + 1
  const year = pickByWeekday(date, [first, first + 1], (a, b) => a - b) ?? first
  return { year, yearSource: 'text-mention', reason: `from ${toEvidence(bound)}${toWeekdayNote(date, year)}` }
}

/**
 * A teaser was captured with its siblings, so it is rarely much newer than
 * their latest date: years putting it later than this many days after are
 * tried last.
 */
const SIBLING_LEAD_DAYS = 31

/** The day a sibling anchor stands for (a bare year counts as its last day: the capture came after it). */
function toSiblingDay(sibling: Anchor): number {
  if (sibling.month === null) return toDayNumber(sibling.year, 12, 31)
  return toDayNumber(sibling.year, sibling.month, sibling.day)
}

/** The best year by `order`, preferring years whose weekday matches the written one. */
function pickByWeekday(date: DayMonth, years: number[], order: (a: number, b: number) => number): number | null {
  const sorted = [...years].sort(order)
  if (date.weekday === null) return sorted[0] ?? null
  return sorted.find((year) => toWeekday(year, date.month, date.day) === date.weekday) ?? sorted[0] ?? null
}

function toWeekdayNote(date: DayMonth, year: number): string {
  if (date.weekday === null) return ''
  const name = toWeekdayName(date.weekday)
  return toWeekday(year, date.month, date.day) === date.weekday ? ` (the weekday "${name}" agrees)` : ` (the weekday "${name}" does not fit: check it)`
}
