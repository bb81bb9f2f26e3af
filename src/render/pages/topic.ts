/**
 * Topic pages, paginated: `sujets/<slug>/index.html`, then
 * `sujets/<slug>/page/<n>/index.html`. Order is the archive's
 * (`topic.articleIds`: newest first, undated last).
 */
import type { Archive, Topic, TopicRef } from '../../types.ts'
import { hasTopicFeed } from '../feeds/index.ts'
import { hasAbsoluteBase, toHref, toRootPrefix, toTopicFeedPath, toTopicPath } from '../urls.ts'
import { toPageView } from '../view.ts'
import type { CardView, CardViews, PageView, Prepared, SiteView } from '../view.ts'

export interface PaginationItem {
  number: number | null
  href: string | null
  current: boolean
}

export interface PaginationView {
  current: number
  total: number
  prev: string | null
  next: string | null
  /** First, last and the pages around the current one; `number: null` is a gap. */
  items: PaginationItem[]
}

export interface TopicView {
  name: string
  kind: TopicRef['kind']
  kindLabel: string
  description: string | null
  countLabel: string
  cards: CardView[]
  pagination: PaginationView | null
  /** The topic's Atom feed (relative), when it has one. */
  feed: string | null
}

export interface TopicScope {
  site: SiteView
  page: PageView
  topic: TopicView
}

export const KIND_LABELS: Record<TopicRef['kind'], string> = {
  theme: 'Thème',
  country: 'Pays',
  unclassified: 'Non classé',
}

export function toCountLabel(count: number): string {
  return count === 1 ? '1 article' : `${count.toLocaleString('fr-FR')} articles`
}

/** One scope per page of the topic (at least one, even when empty). */
export function toTopicScopes(archive: Archive, topic: Topic, prepared: ReadonlyMap<string, Prepared>, site: SiteView, cardOf: CardViews): TopicScope[] {
  const ids = topic.articleIds.filter((id) => archive.byId.has(id) && prepared.has(id))
  const size = archive.config.pageSize
  const total = Math.max(1, Math.ceil(ids.length / size))
  const scopes: TopicScope[] = []
  const withFeed = hasAbsoluteBase(archive.config) && hasTopicFeed(archive, topic)
  for (let number = 1; number <= total; number++) {
    const path = toTopicPath(topic.slug, number)
    const root = toRootPrefix(path)
    const hrefOf = (n: number) => toHref(root, toTopicPath(topic.slug, n))
    const prev = number > 1 ? hrefOf(number - 1) : null
    const next = number < total ? hrefOf(number + 1) : null
    const cards = ids.slice((number - 1) * size, number * size).map((id) => {
      const article = archive.byId.get(id)
      return cardOf(article as NonNullable<typeof article>, root)
    })
    const pagination: PaginationView | null = total > 1
      ? { current: number, total, prev, next, items: toPaginationItems(number, total, hrefOf) }
      : null
    const description = topic.description ?? `${KIND_LABELS[topic.kind]}\u00a0: ${topic.name}. ${toCountLabel(ids.length)} dans les archives.`
    scopes.push({
      site,
      page: toPageView(archive.config, {
        path,
        title: topic.name,
        titleSuffix: number > 1 ? `page ${number} sur ${total}` : null,
        description,
        section: 'topics',
        prev,
        next,
      }),
      topic: {
        name: topic.name,
        kind: topic.kind,
        kindLabel: KIND_LABELS[topic.kind],
        description: topic.description,
        countLabel: toCountLabel(ids.length),
        cards,
        pagination,
        feed: withFeed ? toHref(root, toTopicFeedPath(topic.slug)) : null,
      },
    })
  }
  return scopes
}

/** 1 … 4 5 [6] 7 8 … 20 */
export function toPaginationItems(current: number, total: number, hrefOf: (n: number) => string): PaginationItem[] {
  const shown = new Set<number>([1, total])
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= total) shown.add(n)
  const numbers = [...shown].sort((a, b) => a - b)
  const items: PaginationItem[] = []
  let last = 0
  for (const n of numbers) {
    if (n - last === 2) items.push({ number: n - 1, href: hrefOf(n - 1), current: false })
    else if (n - last > 2) items.push({ number: null, href: null, current: false })
    items.push({ number: n, href: n === current ? null : hrefOf(n), current: n === current })
    last = n
  }
  return items
}
