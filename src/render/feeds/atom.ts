/**
 * Atom 1.0 (RFC 4287) from a FeedView, as an xast tree: feed id, title,
 * subtitle, updated, links self and alternate, author, generator; per entry
 * id, title, alternate link (and `related` to the original page), updated,
 * author when known, categories (topic slug, name, scheme = topics index),
 * summary as plain text. `xml:lang` on the feed, and on Vietnamese entries.
 */
import type { Element } from 'xast'
import { x } from 'xastscript'
import { toXmlDocument } from '../xml.ts'
import type { FeedEntry, FeedView } from './entries.ts'

const ATOM_NS = 'http://www.w3.org/2005/Atom'

export function toAtomXml(feed: FeedView): string {
  const children: Element[] = [
    x('id', feed.id),
    x('title', { type: 'text' }, feed.title),
    x('subtitle', { type: 'text' }, feed.subtitle),
    x('updated', feed.updated),
    x('link', { rel: 'self', type: 'application/atom+xml', href: feed.id }),
    x('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
  ]
  if (feed.jsonUrl) children.push(x('link', { rel: 'alternate', type: 'application/feed+json', href: feed.jsonUrl }))
  children.push(
    x('author', [x('name', feed.author.name), x('uri', feed.author.url)]),
    x('generator', 'Chronique'),
    ...feed.entries.map((entry) => toAtomEntry(entry, feed)),
  )
  return toXmlDocument(x('feed', { xmlns: ATOM_NS, 'xml:lang': feed.lang }, children))
}

function toAtomEntry(entry: FeedEntry, feed: FeedView): Element {
  const children: Element[] = [
    x('id', entry.id),
    x('title', { type: 'text' }, entry.title),
    x('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
  ]
  if (entry.sourceUrl) children.push(x('link', { rel: 'related', type: 'text/html', href: entry.sourceUrl }))
  children.push(x('updated', entry.updated))
  if (entry.author) children.push(x('author', [x('name', entry.author)]))
  for (const category of entry.categories) children.push(x('category', { term: category.term, label: category.label, scheme: feed.categoryScheme }))
  if (entry.summary) children.push(x('summary', { type: 'text' }, entry.summary))
  return x('entry', entry.lang === feed.lang ? {} : { 'xml:lang': entry.lang }, children)
}
