/**
 * The date index behind `archives/`: articles by year and month, honest
 * about what is not known.
 *
 * - year and month known (certain or supposed year) → its month;
 * - year known, month not → its year page, under « Mois non précisé »;
 * - day and month known, year not (`17 juillet`) → `archives/sans-date/`,
 *   under « Année inconnue »;
 * - no date at all → `archives/sans-date/`, under « Sans date ».
 *
 * A supposed year files the article under that year, flagged: every list
 * shows its date with `(année supposée)` and counts say how many are guesses.
 */
import { compareOldestFirst } from '../archive/dates.ts'
import type { Article, DateInfo } from '../types.ts'
import { UNDATED_PATH, toMonthPath, toYearPath } from './urls.ts'

export interface MonthBucket {
  year: number
  month: number
  /** Oldest first; day-less (`juillet 2025`) first. */
  articles: Article[]
  /** How many of them have a supposed year. */
  supposed: number
}

export interface YearBucket {
  year: number
  /** January first; only months with articles. */
  months: MonthBucket[]
  /** Articles of the year whose month is not known. */
  monthless: Article[]
  total: number
  supposed: number
}

export interface DateArchive {
  /** Newest year first. */
  years: YearBucket[]
  /** Day and month known, year not: by month and day. */
  yearless: Article[]
  /** No date: by title. */
  undated: Article[]
}

export function toDateArchive(articles: readonly Article[]): DateArchive {
  const years = new Map<number, YearBucket>()
  const yearless: Article[] = []
  const undated: Article[] = []
  for (const article of articles) {
    const date = article.date
    if (date === null || (date.year === null && date.month === null)) {
      undated.push(article)
      continue
    }
    if (date.year === null) {
      yearless.push(article)
      continue
    }
    let bucket = years.get(date.year)
    if (!bucket) {
      bucket = { year: date.year, months: [], monthless: [], total: 0, supposed: 0 }
      years.set(date.year, bucket)
    }
    bucket.total++
    if (!date.yearCertain) bucket.supposed++
    const month = toMonthOf(date)
    if (month === null) {
      bucket.monthless.push(article)
      continue
    }
    let monthBucket = bucket.months.find((candidate) => candidate.month === month)
    if (!monthBucket) {
      monthBucket = { year: date.year, month, articles: [], supposed: 0 }
      bucket.months.push(monthBucket)
    }
    monthBucket.articles.push(article)
    if (!date.yearCertain) monthBucket.supposed++
  }
  const sorted = [...years.values()].sort((a, b) => b.year - a.year)
  for (const year of sorted) {
    year.months.sort((a, b) => a.month - b.month)
    for (const month of year.months) month.articles.sort(compareOldest)
    year.monthless.sort(compareOldest)
  }
  yearless.sort((a, b) => ((a.date?.month ?? 0) - (b.date?.month ?? 0)) || ((a.date?.day ?? 0) - (b.date?.day ?? 0)) || compareTitles(a, b))
  undated.sort(compareTitles)
  return { years: sorted, yearless, undated }
}

/** The archive page an article's date links to: its month, its year, or `sans-date`. */
export function toDateArchivePath(date: DateInfo | null): string {
  if (date === null || date.year === null) return UNDATED_PATH
  const month = toMonthOf(date)
  return month === null ? toYearPath(date.year) : toMonthPath(date.year, month)
}

function toMonthOf(date: DateInfo): number | null {
  return date.precision === 'year' || date.month === null || date.month < 1 || date.month > 12 ? null : date.month
}

function compareOldest(a: Article, b: Article): number {
  return compareOldestFirst(a.date, b.date) || compareTitles(a, b)
}

function compareTitles(a: Article, b: Article): number {
  if (a.title !== b.title) return a.title < b.title ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
