/**
 * The date of one article, from the most trusted source that has one:
 * front matter > publication line > dateline > first date in the text.
 * A year not written with the date comes from front matter `year:`, else
 * is guessed (and said to be a guess), else stays unknown.
 */
import type { VFile } from 'vfile'
import type { DateInfo, FrontMatter, Position, TextBlock } from '../../types.ts'
import { toPublicationLine } from '../../parse/shapes.ts'
import { toSpan, toSpanIn } from '../../parse/lines.ts'
import { withoutStack } from '../../util/messages.ts'
import { findLatestPastMention, toDateValue } from './anchor.ts'
import type { DayMonth } from './french.ts'
import { findDayMonths, isValidDay } from './french.ts'
import { inferYear } from './infer.ts'
import type { SiblingAnchor } from './infer.ts'

export interface DateSources {
  matter: FrontMatter
  publication: TextBlock | null
  /** The first paragraph when it opens with a dateline holding a date (`Hanoi, 17 juillet (VNA) -`). */
  dateline: { date: string; block: TextBlock } | null
  /** Blocks searched for a date and for the years they mention, most trusted first. */
  texts: TextBlock[]
  sibling: SiblingAnchor | null
  /** Where to report "no date" (the title). */
  place: Position
  /** A teaser cannot be fixed by front matter: its messages say so. */
  kind: 'article' | 'teaser'
}

const HINTS = {
  article: { year: 'set `year:` in front matter to confirm', unknown: 'set `year:` in front matter to give it', date: 'set `date:` in front matter' },
  teaser: { year: 'a teaser: the year stays marked as a guess', unknown: 'a teaser: shown without a year', date: 'a teaser: it stays undated' },
} as const

interface Found {
  date: DayMonth
  block: TextBlock
  source: 'dateline' | 'text'
}

export function resolveDate(sources: DateSources, file: VFile): DateInfo | null {
  const fixed = fromMatterDate(sources.matter) ?? fromPublication(sources.publication)
  if (fixed) return fixed
  const found = findDatelineDate(sources) ?? findTextDate(sources.texts)
  if (found) return toDayDate(found, sources, file)
  if (sources.matter.year !== undefined) return { ...toFixed(sources.matter.year, null, null, 'front-matter', String(sources.matter.year)), yearSource: 'front-matter' }
  withoutStack(() => file.info(`Found no date (no front matter \`date\`, publication line, dateline date or day and month in the text); ${HINTS[sources.kind].date}`, {
    place: sources.place, ruleId: 'date-missing', source: 'chronique',
  }))
  return null
}

function fromMatterDate(matter: FrontMatter): DateInfo | null {
  const match = matter.date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(matter.date) : null
  if (!match || !matter.date) return null
  return toFixed(Number(match[1]), match[2] ? Number(match[2]) : null, match[3] ? Number(match[3]) : null, 'front-matter', matter.date)
}

/** `Báo Quốc TếBáo Quốc Tế05/07/2025` → 2025-07-05 (day first, as French and Vietnamese write it). */
function fromPublication(block: TextBlock | null): DateInfo | null {
  const line = block ? toPublicationLine(block.raw) : null
  if (!block || !line || !isValidDay(line.year, line.month, line.day)) return null
  const position = toSpan(block.position, line.dateIndex, line.dateIndex + line.dateText.length)
  return { ...toFixed(line.year, line.month, line.day, 'publication', line.dateText), position }
}

function toFixed(year: number, month: number | null, day: number | null, source: 'front-matter' | 'publication', text: string): DateInfo {
  const precision = day !== null ? 'day' : month !== null ? 'month' : 'year'
  return { value: toDateValue(year, month, day), year, month, day, precision, source, yearCertain: true, yearSource: source === 'publication' ? 'stated' : 'front-matter', text }
}

function findDatelineDate(sources: DateSources): Found | null {
  const dateline = sources.dateline
  const date = dateline ? findDayMonths(dateline.date)[0] : undefined
  return dateline && date ? { date, block: dateline.block, source: 'dateline' } : null
}

/** The first day-and-month in the texts, skipping dates older than a past event the same texts mention. */
function findTextDate(texts: TextBlock[]): Found | null {
  for (const block of texts) {
    for (const date of findDayMonths(block.value)) {
      const bound = date.year === null ? null : findLatestPastMention(texts, { block, from: date.index, to: date.index + date.text.length })
      if (date.year !== null && bound && bound.year > date.year) continue
      return { date, block, source: 'text' }
    }
  }
  return null
}

function toDayDate(found: Found, sources: DateSources, file: VFile): DateInfo {
  const { date, block, source } = found
  const base = { month: date.month, day: date.day, precision: 'day' as const, source, text: date.text, position: toDatePosition(block, date) }
  if (date.year !== null) return { ...base, value: toDateValue(date.year, date.month, date.day), year: date.year, yearCertain: true, yearSource: 'stated' }
  if (sources.matter.year !== undefined) {
    return { ...base, value: toDateValue(sources.matter.year, date.month, date.day), year: sources.matter.year, yearCertain: true, yearSource: 'front-matter' }
  }
  const skip = { block, from: date.index, to: date.index + date.text.length }
  const guess = inferYear(date, findLatestPastMention(sources.texts, skip), sources.sibling)
  if (!guess) {
    withoutStack(() => file.message(`Found "${date.text}" with no year and nothing to infer one from, expected a year; kept the day without a year (${HINTS[sources.kind].unknown})`, {
      place: base.position, ruleId: 'date-year-unknown', source: 'chronique',
    }))
    return { ...base, value: toDateValue(null, date.month, date.day), year: null, yearCertain: false }
  }
  withoutStack(() => file.message(`Year of "${date.text}" inferred as ${guess.year} ${guess.reason}; ${HINTS[sources.kind].year}`, {
    place: base.position, ruleId: 'date-year-inferred', source: 'chronique',
  }))
  return { ...base, value: toDateValue(guess.year, date.month, date.day), year: guess.year, yearCertain: false, yearSource: guess.yearSource }
}

/** Where the date stands in the dump: found again in the block's raw text (normalise may have moved it). */
function toDatePosition(block: TextBlock, date: DayMonth): Position {
  const again = findDayMonths(block.raw).find((found) => found.day === date.day && found.month === date.month)
  return again ? toSpanIn(block.raw, block.position.start, again.index, again.index + again.text.length) : block.position
}
