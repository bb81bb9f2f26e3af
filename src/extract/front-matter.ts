/**
 * Front matter on a `.txt` dump overrides what extraction found for the
 * lead: title, topics, source URL, publication, slug (already checked safe
 * by ingest), standfirst. The date is handled by `resolveDate`.
 */
import type { ArticleRecord, FrontMatter } from '../types.ts'

export function fromFrontMatter(record: ArticleRecord, matter: FrontMatter): ArticleRecord {
  return {
    ...record,
    title: matter.title ?? record.title,
    standfirst: matter.standfirst ?? record.standfirst,
    topics: matter.topics ?? record.topics,
    slug: matter.slug ?? record.slug,
    source: { url: matter.source ?? record.source.url, publication: matter.publication ?? record.source.publication },
  }
}
