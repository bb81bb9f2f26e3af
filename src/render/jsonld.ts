/**
 * schema.org NewsArticle as JSON-LD, safe to place inside
 * `<script type="application/ld+json">`.
 */
import { toFrenchTypography } from '../normalise/typography.ts'
import type { Article } from '../types.ts'
import { isCertainDay } from './dates.ts'
import { isWebUrl } from './urls.ts'

/** JSON that cannot close its `<script>` element or start an HTML comment. */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/**
 * `headline`, `inLanguage`, `url` always; `datePublished` only when the date
 * is certain (year sure, precision day). Texts get French typography
 * (`typeset`: the build's memo, shared with the templates' `typo` filter).
 */
export function toNewsArticleJsonLd(article: Article, url: string, description: string | null, typeset: (text: string) => string = toFrenchTypography): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.lang === 'fr' ? typeset(article.title) : article.title,
    inLanguage: article.lang,
    url,
    mainEntityOfPage: url,
  }
  if (isCertainDay(article.date)) data.datePublished = article.date.value
  if (description) data.description = article.lang === 'fr' ? typeset(description) : description
  if (article.source.publication) data.publisher = { '@type': 'Organization', name: article.source.publication }
  if (isWebUrl(article.source.url)) data.isBasedOn = article.source.url
  if (article.topicRefs.length > 0) data.keywords = article.topicRefs.map((topic) => topic.name).join(', ')
  return toScriptJson(data)
}
