/**
 * Date archives: `archives/index.html` (years and months with counts),
 * `archives/<yyyy>/index.html` (its months, and the articles whose month is
 * not known), `archives/<yyyy>/<mm>/index.html` (the month's articles, oldest
 * first), `archives/sans-date/index.html` (year unknown, then no date).
 * Supposed years are filed under their year and flagged (see date-archive.ts).
 */
import type { Archive, Article } from '../../types.ts'
import type { DateView } from '../dates.ts'
import { toFrenchDate } from '../dates.ts'
import { toDateArchive } from '../date-archive.ts'
import type { DateArchive, MonthBucket, YearBucket } from '../date-archive.ts'
import { ARCHIVES_INDEX_PATH, UNDATED_PATH, toHref, toMonthPath, toRootPrefix, toYearPath } from '../urls.ts'
import { toPageView } from '../view.ts'
import type { PageView, Prepared, SiteView } from '../view.ts'
import { toCountLabel } from './topic.ts'

export interface ArchiveEntryView {
  title: string
  href: string
  lang: string
  date: DateView
  isTeaser: boolean
}

export interface ArchiveGroupView {
  /** For `aria-labelledby` and in-page links; null when the page has one unnamed list. */
  id: string | null
  heading: string | null
  note: string | null
  /** False where every entry would say « Date inconnue ». */
  showDate: boolean
  entries: ArchiveEntryView[]
}

export interface PeriodLinkView {
  label: string
  href: string
  count: number
  countLabel: string
}

export interface ArchivePeriodView {
  kind: 'year' | 'month' | 'undated'
  title: string
  /** The page above: the archives index, or the year of a month. */
  parent: { label: string; href: string }
  countLabel: string
  /** Shown when some dates of the page have a supposed year. */
  supposedNote: string | null
  months: PeriodLinkView[]
  groups: ArchiveGroupView[]
  prev: PeriodLinkView | null
  next: PeriodLinkView | null
}

export interface ArchivePeriodScope {
  site: SiteView
  page: PageView
  period: ArchivePeriodView
}

export interface ArchivesIndexView {
  total: number
  years: (PeriodLinkView & { year: number; supposedLabel: string | null; months: PeriodLinkView[] })[]
  undated: PeriodLinkView | null
  supposedNote: string | null
}

export interface ArchivesIndexScope {
  site: SiteView
  page: PageView
  archives: ArchivesIndexView
}

export const SUPPOSED_NOTE = 'Quand la source n’écrit pas l’année d’une date («\u00a017 juillet\u00a0»), elle est déduite du texte ou des articles voisins\u00a0: ces dates sont classées sous l’année supposée et marquées «\u00a0(année supposée)\u00a0».'

/** Every page of the date archives, index first. */
export function toArchiveScopes(archive: Archive, prepared: ReadonlyMap<string, Prepared>, site: SiteView): { index: ArchivesIndexScope; periods: ArchivePeriodScope[] } {
  const dates = toDateArchive(archive.articles)
  const periods: ArchivePeriodScope[] = []
  const months = dates.years.flatMap((year) => [...year.months].reverse()).reverse()
  const years = [...dates.years].reverse()
  for (const [index, year] of years.entries()) periods.push(toYearScope(archive, prepared, site, year, years[index - 1] ?? null, years[index + 1] ?? null))
  for (const [index, month] of months.entries()) periods.push(toMonthScope(archive, prepared, site, month, months[index - 1] ?? null, months[index + 1] ?? null))
  if (dates.yearless.length + dates.undated.length > 0) periods.push(toUndatedScope(archive, prepared, site, dates))
  return { index: toIndexScope(archive, site, dates), periods }
}

function toIndexScope(archive: Archive, site: SiteView, dates: DateArchive): ArchivesIndexScope {
  const root = toRootPrefix(ARCHIVES_INDEX_PATH)
  const undatedCount = dates.yearless.length + dates.undated.length
  const anySupposed = dates.years.some((year) => year.supposed > 0)
  return {
    site,
    page: toPageView(archive.config, {
      path: ARCHIVES_INDEX_PATH,
      title: 'Archives',
      description: `Les ${toCountLabel(archive.articles.length)} des archives, par année et par mois.`,
      section: 'archives',
    }),
    archives: {
      total: archive.articles.length,
      years: dates.years.map((year) => ({
        ...toYearLink(year, root),
        year: year.year,
        supposedLabel: year.supposed > 0 ? toSupposedLabel(year.supposed) : null,
        months: year.months.map((month) => toMonthLink(month, root, false)),
      })),
      undated: undatedCount > 0 ? { label: 'Sans date', href: toHref(root, UNDATED_PATH), count: undatedCount, countLabel: toCountLabel(undatedCount) } : null,
      supposedNote: anySupposed ? SUPPOSED_NOTE : null,
    },
  }
}

function toYearScope(archive: Archive, prepared: ReadonlyMap<string, Prepared>, site: SiteView, year: YearBucket, older: YearBucket | null, newer: YearBucket | null): ArchivePeriodScope {
  const path = toYearPath(year.year)
  const root = toRootPrefix(path)
  const groups: ArchiveGroupView[] = year.monthless.length > 0
    ? [{ id: 'mois-non-precise', heading: 'Mois non précisé', note: 'Articles dont seule l’année est connue.', showDate: true, entries: toEntries(year.monthless, prepared, root) }]
    : []
  return {
    site,
    page: toPageView(archive.config, { path, title: `Archives ${year.year}`, description: `Les articles de ${year.year}, mois par mois\u00a0: ${toCountLabel(year.total)}.`, section: 'archives' }),
    period: {
      kind: 'year',
      title: String(year.year),
      parent: { label: 'Archives', href: toHref(root, ARCHIVES_INDEX_PATH) },
      countLabel: withSupposed(year.total, year.supposed),
      supposedNote: year.supposed > 0 ? SUPPOSED_NOTE : null,
      months: year.months.map((month) => toMonthLink(month, root, true)),
      groups,
      prev: older ? toYearLink(older, root) : null,
      next: newer ? toYearLink(newer, root) : null,
    },
  }
}

function toMonthScope(archive: Archive, prepared: ReadonlyMap<string, Prepared>, site: SiteView, month: MonthBucket, older: MonthBucket | null, newer: MonthBucket | null): ArchivePeriodScope {
  const path = toMonthPath(month.year, month.month)
  const root = toRootPrefix(path)
  const label = toFrenchDate(null, month.month, month.year)
  return {
    site,
    page: toPageView(archive.config, { path, title: `Archives ${label}`, description: `Les articles de ${label}\u00a0: ${toCountLabel(month.articles.length)}.`, section: 'archives' }),
    period: {
      kind: 'month',
      title: capitalise(label),
      parent: { label: String(month.year), href: toHref(root, toYearPath(month.year)) },
      countLabel: withSupposed(month.articles.length, month.supposed),
      supposedNote: month.supposed > 0 ? SUPPOSED_NOTE : null,
      months: [],
      groups: [{ id: null, heading: null, note: null, showDate: true, entries: toEntries(month.articles, prepared, root) }],
      prev: older ? toMonthLink(older, root, true) : null,
      next: newer ? toMonthLink(newer, root, true) : null,
    },
  }
}

function toUndatedScope(archive: Archive, prepared: ReadonlyMap<string, Prepared>, site: SiteView, dates: DateArchive): ArchivePeriodScope {
  const root = toRootPrefix(UNDATED_PATH)
  const groups: ArchiveGroupView[] = []
  if (dates.yearless.length > 0) {
    groups.push({ id: 'annee-inconnue', heading: 'Année inconnue', note: 'Le jour et le mois sont écrits dans la source, pas l’année, et rien ne permet de la supposer.', showDate: true, entries: toEntries(dates.yearless, prepared, root) })
  }
  if (dates.undated.length > 0) {
    groups.push({ id: 'sans-date', heading: 'Sans date', note: 'Aucune date n’a été trouvée pour ces articles.', showDate: false, entries: toEntries(dates.undated, prepared, root) })
  }
  const count = dates.yearless.length + dates.undated.length
  return {
    site,
    page: toPageView(archive.config, { path: UNDATED_PATH, title: 'Articles sans date', description: `Les articles dont l’année ou la date n’est pas connue\u00a0: ${toCountLabel(count)}.`, section: 'archives' }),
    period: {
      kind: 'undated',
      title: 'Articles sans date',
      parent: { label: 'Archives', href: toHref(root, ARCHIVES_INDEX_PATH) },
      countLabel: toCountLabel(count),
      supposedNote: null,
      months: [],
      groups,
      prev: null,
      next: null,
    },
  }
}

function toEntries(articles: readonly Article[], prepared: ReadonlyMap<string, Prepared>, root: string): ArchiveEntryView[] {
  return articles.map((article) => {
    const own = prepared.get(article.id) as Prepared
    return { title: article.title, href: toHref(root, own.path), lang: article.lang, date: own.date, isTeaser: article.kind === 'teaser' }
  })
}

function toYearLink(year: YearBucket, root: string): PeriodLinkView {
  return { label: String(year.year), href: toHref(root, toYearPath(year.year)), count: year.total, countLabel: toCountLabel(year.total) }
}

function toMonthLink(month: MonthBucket, root: string, withYear: boolean): PeriodLinkView {
  const label = toFrenchDate(null, month.month, withYear ? month.year : null)
  return { label, href: toHref(root, toMonthPath(month.year, month.month)), count: month.articles.length, countLabel: toCountLabel(month.articles.length) }
}

/** `12 articles, dont 5 à l’année supposée`. */
function withSupposed(total: number, supposed: number): string {
  return supposed > 0 ? `${toCountLabel(total)}, ${toSupposedLabel(supposed)}` : toCountLabel(total)
}

function toSupposedLabel(supposed: number): string {
  return `dont ${supposed} à l’année supposée`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
