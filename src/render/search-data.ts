/**
 * What Pagefind reads from an article page besides its text: filters
 * (`sujet`, `pays`, `personne`, `année`), the sort key `date` and the date
 * shown in results. Only article pages carry `data-pagefind-body`, so only
 * they are indexed.
 *
 * - `date` sort key: ISO `YYYY-MM-DD` (`00` for an unknown month or day);
 *   a supposed year counts as its guess; year unknown or no date is
 *   `0000-…`, so sorting newest first puts them last (Pagefind leaves pages
 *   without the key out of sorted results, so every article has one).
 * - `année`: the year, supposed ones included (the results show the date
 *   with `(année supposée)`); `Sans date` when the year is not known.
 * - `personne`: the names in `article.people` when the archive provides them.
 */
import type { Article, DateInfo } from '../types.ts'
import type { DateView } from './dates.ts'

export interface SearchFilterView {
  name: 'sujet' | 'pays' | 'personne' | 'année'
  value: string
}

export interface SearchDataView {
  sort: string
  /** The date as shown: `17 juillet 2025 (année supposée)`. */
  date: string
  filters: SearchFilterView[]
}

/** The value of the `année` filter for articles whose year is not known. */
export const NO_YEAR = 'Sans date'

export function toSearchData(article: Article, date: DateView): SearchDataView {
  const filters: SearchFilterView[] = []
  for (const topic of article.topicRefs) filters.push({ name: topic.kind === 'country' ? 'pays' : 'sujet', value: topic.name })
  for (const name of toPeopleNames(article)) filters.push({ name: 'personne', value: name })
  filters.push({ name: 'année', value: article.date?.year != null ? String(article.date.year) : NO_YEAR })
  return {
    sort: toSortKey(article.date),
    date: date.known ? `${date.text}${date.qualifier ? ` ${date.qualifier}` : ''}` : 'Date inconnue',
    filters,
  }
}

export function toSortKey(date: DateInfo | null): string {
  if (date === null) return '0000-00-00'
  const month = date.precision === 'year' ? null : date.month
  const day = date.precision === 'day' ? date.day : null
  return `${date.year === null ? '0000' : String(date.year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
}

/**
 * Names of the people an article is about, when the archive stage provides
 * `article.people` (objects with a `name`, or names). Absent → none.
 */
export function toPeopleNames(article: Article): string[] {
  const people: unknown = (article as Article & { people?: unknown }).people
  if (!Array.isArray(people)) return []
  const names: string[] = []
  for (const person of people as unknown[]) {
    const name = typeof person === 'string' ? person : isNamed(person) ? person.name : null
    if (name && name.trim() !== '' && !names.includes(name)) names.push(name)
  }
  return names
}

function isNamed(value: unknown): value is { name: string } {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
}

function pad(n: number | null): string {
  return n === null ? '00' : String(n).padStart(2, '0')
}
