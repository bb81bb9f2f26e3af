/**
 * View models: plain objects handed to the templates. Every link is already
 * relative to the page; every text from the dumps is raw (templates escape it
 * and give it French typography with `| typo`).
 */
import type { Archive, Article, DateInfo, ResolvedConfig, TopicRef } from '../types.ts'
import { toDateView } from './dates.ts'
import type { DateView } from './dates.ts'
import { toFirstParagraph } from './markdown.ts'
import { ARCHIVES_INDEX_PATH, FEED_PATH, HOME_PATH, JSON_FEED_PATH, ORGANISATIONS_INDEX_PATH, PEOPLE_INDEX_PATH, SEARCH_PATH, STYLESHEET_PATH, TOPICS_INDEX_PATH, toAbsoluteUrl, toArticlePath, toHref, toRootPrefix, toTopicPath } from './urls.ts'

export type Section = 'home' | 'topics' | 'search' | 'article' | 'archives' | 'people' | 'organisations' | 'none'

export interface SiteView {
  title: string
  description: string
  lang: string
  basePath: string
  /** The site has `feed.xml` and `feed.json` (a host in baseUrl and a dated article). */
  hasFeed: boolean
}

export interface NavView {
  home: string
  topics: string
  search: string
  stylesheet: string
  favicon: string
  searchScript: string
  archives: string
  feed: string
  jsonFeed: string
  people: string
  organisations: string
}

export interface PageView {
  /** Output path (`sujets/x/index.html`). */
  path: string
  /** Dump or config text for `<title>` and og:title (null on home: the site title alone). */
  title: string | null
  /** Extra words after the title (`page 2`), ours. */
  titleSuffix: string | null
  description: string
  canonical: string
  ogType: 'website' | 'article'
  /** Safe JSON for the ld+json script, or null. */
  jsonld: string | null
  prev: string | null
  next: string | null
  noindex: boolean
  section: Section
  /**
   * The page is the index of its masthead section (`sujets/index.html`,
   * `archives/index.html`): the masthead marks its link `aria-current="page"`,
   * not `"true"`. A flag rather than the path, so the masthead partial is
   * rendered once per link root and section (MEMOISED_PARTIALS in engine.ts).
   */
  isSectionIndex: boolean
  /** Language of the page's main text when not French. */
  lang: string
  nav: NavView
}

export interface ChipView {
  name: string
  href: string
  kind: TopicRef['kind']
}

export interface CardView {
  id: string
  title: string
  href: string
  lang: string
  date: DateView
  excerpt: string
  topics: ChipView[]
  isTeaser: boolean
}

/** What the pages showing an article need, computed once per article (its own page's description is made there: toDescription). */
export interface Prepared {
  path: string
  date: DateView
  excerpt: string
}

export function toSiteView(config: ResolvedConfig, hasFeed = false): SiteView {
  return { title: config.title, description: config.description, lang: config.language, basePath: config.basePath, hasFeed }
}

const navViews = new Map<string, NavView>()

/**
 * Links of the header and footer. `root` is `../..`-style, or basePath on the
 * 404 page. One shared object per root (a handful per site): do not change it.
 */
export function toNavView(root: string): NavView {
  let nav = navViews.get(root)
  if (nav === undefined) navViews.set(root, (nav = buildNavView(root)))
  return nav
}

function buildNavView(root: string): NavView {
  return {
    home: toHref(root, HOME_PATH),
    topics: toHref(root, TOPICS_INDEX_PATH),
    search: toHref(root, SEARCH_PATH),
    stylesheet: toHref(root, STYLESHEET_PATH),
    favicon: toHref(root, 'assets/favicon.svg'),
    searchScript: toHref(root, 'assets/search.js'),
    archives: toHref(root, ARCHIVES_INDEX_PATH),
    feed: toHref(root, FEED_PATH),
    jsonFeed: toHref(root, JSON_FEED_PATH),
    people: toHref(root, PEOPLE_INDEX_PATH),
    organisations: toHref(root, ORGANISATIONS_INDEX_PATH),
  }
}

export interface PageInput {
  path: string
  title: string | null
  titleSuffix?: string | null
  description: string
  section: Section
  ogType?: 'website' | 'article'
  jsonld?: string | null
  prev?: string | null
  next?: string | null
  noindex?: boolean
  lang?: string
  /** Root prefix for links (defaults to the page's depth). */
  root?: string
}

export function toPageView(config: ResolvedConfig, input: PageInput): PageView {
  const root = input.root ?? toRootPrefix(input.path)
  return {
    path: input.path,
    title: input.title,
    titleSuffix: input.titleSuffix ?? null,
    description: input.description,
    canonical: toAbsoluteUrl(config, input.path),
    ogType: input.ogType ?? 'website',
    jsonld: input.jsonld ?? null,
    prev: input.prev ?? null,
    next: input.next ?? null,
    noindex: input.noindex ?? false,
    section: input.section,
    isSectionIndex: input.path === TOPICS_INDEX_PATH || input.path === ARCHIVES_INDEX_PATH,
    lang: input.lang ?? config.language,
    nav: toNavView(root),
  }
}

export function toChip(topic: TopicRef, root: string): ChipView {
  return { name: topic.name, href: toHref(root, toTopicPath(topic.slug)), kind: topic.kind }
}

export function toCard(article: Article, prepared: Prepared, root: string, chips: (topics: readonly TopicRef[], root: string) => ChipView[] = toChips): CardView {
  return {
    id: article.id,
    title: article.title,
    href: toHref(root, prepared.path),
    lang: article.lang,
    date: prepared.date,
    excerpt: prepared.excerpt,
    topics: chips(article.topicRefs, root),
    isTeaser: article.kind === 'teaser',
  }
}

function toChips(topics: readonly TopicRef[], root: string): ChipView[] {
  return topics.map((topic) => toChip(topic, root))
}

/** The card of an article on a page whose links start with `root`. */
export type CardViews = (article: Article, root: string) => CardView

const cardViews = new WeakMap<ReadonlyMap<string, Prepared>, CardViews>()

/**
 * Cards built once per article and link root, the same object on every
 * listing page with that root, and as the links of "À lire aussi", "Voir
 * plus" and "Paru sous" on article pages (the card and link partials are then
 * rendered once per card: see MEMOISED_PARTIALS in engine.ts). One card cache
 * per `prepared` map (one per build): every caller with the same map gets the
 * same function, hence the same objects. Cards must not be changed.
 */
export function createCardViews(prepared: ReadonlyMap<string, Prepared>): CardViews {
  let cardOf = cardViews.get(prepared)
  if (cardOf === undefined) cardViews.set(prepared, (cardOf = buildCardViews(prepared)))
  return cardOf
}

/** Let the cards made so far go (render, when a kind of page is done): the next calls make new ones. */
export function forgetCards(prepared: ReadonlyMap<string, Prepared>): void {
  cardCaches.get(prepared)?.clear()
}

const cardCaches = new WeakMap<ReadonlyMap<string, Prepared>, Map<string, Map<string, CardView>>>()

function buildCardViews(prepared: ReadonlyMap<string, Prepared>): CardViews {
  const byRoot = new Map<string, Map<string, CardView>>()
  cardCaches.set(prepared, byRoot)
  // Articles share their sets of topics: one list of chips per set and root (its partial is then rendered once per set).
  const chipLists = new Map<string, ChipView[]>()
  const chips = (topics: readonly TopicRef[], root: string) => {
    const key = `${root}\u0000${topics.map((topic) => `${topic.kind}\u0001${topic.slug}\u0001${topic.name}`).join('\u0000')}`
    let list = chipLists.get(key)
    if (list === undefined) chipLists.set(key, (list = toChips(topics, root)))
    return list
  }
  return (article, root) => {
    let cards = byRoot.get(root)
    if (cards === undefined) byRoot.set(root, (cards = new Map()))
    let card = cards.get(article.id)
    if (card === undefined) cards.set(article.id, (card = toCard(article, prepared.get(article.id) as Prepared, root, chips)))
    return card
  }
}

/** Once per article: its path, date view, card excerpt and meta description. */
export function prepareArticles(archive: Archive): Map<string, Prepared> {
  const prepared = new Map<string, Prepared>()
  // Dates repeat across articles: one view per distinct date (its partial is then rendered once per date).
  const dates = new Map<string, DateView>()
  for (const article of archive.articles) {
    const lead = toLead(article)
    const dateKey = toDateKey(article.date)
    let date = dates.get(dateKey)
    if (date === undefined) dates.set(dateKey, (date = toDateView(article.date)))
    prepared.set(article.id, {
      path: toArticlePath(article),
      date,
      excerpt: truncate(lead, 220),
    })
  }
  return prepared
}

/** The text that stands for an article in lists, feeds and meta: its standfirst, summary or first paragraph. */
export function toLead(article: Article): string {
  return article.standfirst ?? article.summary ?? toFirstParagraph(article.body)
}

/** The meta description of an article's page. */
export function toDescription(article: Article): string {
  return truncate(toLead(article) || article.title, 160)
}

/** What toDateView reads of a date. */
function toDateKey(date: DateInfo | null): string {
  return date === null ? '' : `${date.year}|${date.month}|${date.day}|${date.precision}|${date.yearCertain}|${date.yearSource ?? ''}|${date.text}`
}

/** Cut on a word boundary, with `…`. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}
