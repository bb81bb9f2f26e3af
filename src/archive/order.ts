/**
 * Archive order: newest first, undated last, then by title (folded, then as
 * written), then by id, so that the order is total and never depends on
 * the order records came in.
 */
import type { Article } from '../types.ts'
import { toFolded } from '../util/text.ts'
import { compareNewestFirst } from './dates.ts'
import { compareCodeUnits } from './ids.ts'

/** A sorted copy (titles are folded once each, not once per comparison). */
export function sortArticles(articles: readonly Article[]): Article[] {
  return articles
    .map((article) => ({ article, folded: toFolded(article.title) }))
    .sort((a, b) =>
      compareNewestFirst(a.article.date, b.article.date)
      || compareCodeUnits(a.folded, b.folded)
      || compareCodeUnits(a.article.title, b.article.title)
      || compareCodeUnits(a.article.id, b.article.id))
    .map(({ article }) => article)
}
