/**
 * What the feeds say, independent of their format: the newest dated
 * articles, with absolute URLs and RFC 3339 timestamps.
 *
 * A feed is chronological, so only articles whose year is known (certain or
 * supposed) are in it; undated and year-less articles are left out (they are
 * listed on `archives/sans-date/`). A supposed year is used as the entry's
 * date and said in the summary (`Date : 17 février 2026 (année supposée).`).
 * Timestamps never come from the clock: a date-only value is placed at
 * 12:00 UTC (the same calendar day in every time zone from UTC−12 to UTC+11),
 * a month or a year alone at 12:00 UTC on its first day; a feed's `updated`
 * is its newest entry's.
 */
import { toFrenchTypography } from '../../normalise/typography.ts'
import type { Archive, Article, DateInfo, Topic } from '../../types.ts'
import { compareNewestFirst } from '../dates.ts'
import { toLead } from '../view.ts'
import { FEED_PATH, HOME_PATH, JSON_FEED_PATH, TOPICS_INDEX_PATH, isWebUrl, toAbsoluteUrl, toTopicFeedPath, toTopicPath } from '../urls.ts'
import type { Prepared } from '../view.ts'

/** Entries per feed: the newest ones; the archive pages list everything. */
export const FEED_SIZE = 50

export interface FeedCategory {
  term: string
  label: string
  /** Absolute URL of the topic page. */
  url: string
}

export interface FeedEntry {
  /** The article's absolute URL (stable as long as baseUrl and slug are). */
  id: string
  url: string
  title: string
  summary: string
  /** RFC 3339, from the article's date. */
  updated: string
  lang: 'fr' | 'vi'
  /** The agency of the dateline (`VNA`) or the publication, when known. */
  author: string | null
  categories: FeedCategory[]
  /** The original page, when it is a web URL. */
  sourceUrl: string | null
}

export interface FeedView {
  /** The feed's own absolute URL, also its id. */
  id: string
  title: string
  subtitle: string
  /** The HTML page the feed follows (home or topic page). */
  homeUrl: string
  /** The newest entry's timestamp. */
  updated: string
  lang: string
  author: { name: string; url: string }
  entries: FeedEntry[]
  /** The same feed as JSON Feed, when there is one. */
  jsonUrl: string | null
  /** Where category terms (topic slugs) are defined: the topics index. */
  categoryScheme: string
}

/** `2025-07-17T12:00:00Z`; null when the year is not known. */
export function toFeedTimestamp(date: DateInfo | null): string | null {
  if (date === null || date.year === null) return null
  const month = date.precision === 'year' || date.month === null ? 1 : date.month
  const day = date.precision === 'day' && date.day !== null ? date.day : 1
  return `${String(date.year).padStart(4, '0')}-${pad(month)}-${pad(day)}T12:00:00Z`
}

/** The newest dated articles, newest first. */
export function selectFeedArticles(articles: readonly Article[]): Article[] {
  return articles.filter((article) => toFeedTimestamp(article.date) !== null).sort(compareNewestFirst).slice(0, FEED_SIZE)
}

/** The whole site's feed, or null when no article is dated. */
export function toSiteFeed(archive: Archive, prepared: ReadonlyMap<string, Prepared>): FeedView | null {
  const { config } = archive
  return toFeedView(archive, prepared, selectFeedArticles(archive.articles), {
    id: toAbsoluteUrl(config, FEED_PATH),
    title: config.title,
    subtitle: config.description,
    homeUrl: toAbsoluteUrl(config, HOME_PATH),
    jsonUrl: toAbsoluteUrl(config, JSON_FEED_PATH),
  })
}

/** A topic's feed, or null when none of its articles is dated. */
export function toTopicFeed(archive: Archive, prepared: ReadonlyMap<string, Prepared>, topic: Topic): FeedView | null {
  const { config } = archive
  const articles = topic.articleIds.map((id) => archive.byId.get(id)).filter((article): article is Article => article !== undefined)
  return toFeedView(archive, prepared, selectFeedArticles(articles), {
    id: toAbsoluteUrl(config, toTopicFeedPath(topic.slug)),
    title: `${topic.name} — ${config.title}`,
    subtitle: topic.description ?? `Les articles du sujet «\u00a0${topic.name}\u00a0».`,
    homeUrl: toAbsoluteUrl(config, toTopicPath(topic.slug)),
    jsonUrl: null,
  })
}

/** True when the topic gets a feed (at least one dated article). */
export function hasTopicFeed(archive: Archive, topic: Topic): boolean {
  return topic.articleIds.some((id) => toFeedTimestamp(archive.byId.get(id)?.date ?? null) !== null)
}

interface FeedHead {
  id: string
  title: string
  subtitle: string
  homeUrl: string
  jsonUrl: string | null
}

function toFeedView(archive: Archive, prepared: ReadonlyMap<string, Prepared>, articles: readonly Article[], head: FeedHead): FeedView | null {
  const entries = articles.map((article) => toFeedEntry(archive, article, prepared.get(article.id) as Prepared))
  if (entries.length === 0) return null
  const updated = entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), entries[0]?.updated ?? '')
  const { config } = archive
  return {
    ...head,
    updated,
    lang: config.language,
    author: { name: config.title, url: toAbsoluteUrl(config, HOME_PATH) },
    entries,
    categoryScheme: toAbsoluteUrl(config, TOPICS_INDEX_PATH),
  }
}

function toFeedEntry(archive: Archive, article: Article, prepared: Prepared): FeedEntry {
  const { config } = archive
  const url = toAbsoluteUrl(config, prepared.path)
  const typo = (text: string) => (article.lang === 'fr' ? toFrenchTypography(text) : text)
  const lead = toLead(article).replace(/\s+/g, ' ').trim()
  const date = prepared.date
  const dateNote = date.certain ? '' : `Date\u00a0: ${date.text}${date.qualifier ? ` ${date.qualifier}` : ''}.`
  return {
    id: url,
    url,
    title: typo(article.title),
    summary: [typo(lead), dateNote].filter(Boolean).join(' '),
    updated: toFeedTimestamp(article.date) as string,
    lang: article.lang,
    author: article.dateline?.agency ?? article.source.publication ?? null,
    categories: article.topicRefs.map((topic) => ({ term: topic.slug, label: topic.name, url: toAbsoluteUrl(config, toTopicPath(topic.slug)) })),
    sourceUrl: isWebUrl(article.source.url) ? article.source.url : null,
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
