/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1) from a FeedView: the same
 * entries as the Atom feed. `content_text` carries the summary (an item needs
 * content_text or content_html); `date_published` the article's date.
 */
import type { FeedEntry, FeedView } from './entries.ts'

interface JsonFeedItem {
  id: string
  url: string
  external_url?: string
  title: string
  summary?: string
  content_text: string
  date_published: string
  language: string
  tags?: string[]
  authors?: { name: string }[]
}

export function toJsonFeed(feed: FeedView, feedUrl: string): string {
  const data = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feedUrl,
    description: feed.subtitle,
    language: feed.lang,
    authors: [{ name: feed.author.name, url: feed.author.url }],
    items: feed.entries.map(toItem),
  }
  return `${JSON.stringify(data, null, 2)}\n`
}

function toItem(entry: FeedEntry): JsonFeedItem {
  const item: JsonFeedItem = {
    id: entry.id,
    url: entry.url,
    title: entry.title,
    content_text: entry.summary || entry.title,
    date_published: entry.updated,
    language: entry.lang,
  }
  if (entry.sourceUrl) item.external_url = entry.sourceUrl
  if (entry.summary) item.summary = entry.summary
  if (entry.categories.length > 0) item.tags = entry.categories.map((category) => category.label)
  if (entry.author) item.authors = [{ name: entry.author }]
  return item
}
