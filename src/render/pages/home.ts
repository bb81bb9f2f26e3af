/**
 * The home page: the latest `config.homeSize` articles as cards, then the
 * themes and the countries most written about.
 */
import type { Archive } from '../../types.ts'
import { compareNewestFirst } from '../dates.ts'
import { HOME_PATH, TOPICS_INDEX_PATH, toHref } from '../urls.ts'
import { toPageView } from '../view.ts'
import type { CardView, CardViews, PageView, SiteView } from '../view.ts'
import { toTopicGroups } from './topics-index.ts'
import type { TopicGroupView } from './topics-index.ts'

/** Countries shown on the home page; the rest are on the topics index. */
const HOME_COUNTRIES = 12

export interface HomeScope {
  site: SiteView
  page: PageView
  cards: CardView[]
  groups: TopicGroupView[]
  total: number
  topicsIndex: string
}

export function toHomeScope(archive: Archive, site: SiteView, cardOf: CardViews): HomeScope {
  const root = ''
  const latest = [...archive.articles].sort(compareNewestFirst).slice(0, archive.config.homeSize)
  const groups = toTopicGroups(archive, root)
    .filter((group) => group.kind !== 'unclassified')
    .map((group) => group.kind === 'country'
      ? { ...group, topics: [...group.topics].sort((a, b) => b.count - a.count).slice(0, HOME_COUNTRIES) }
      : group)
  return {
    site,
    page: toPageView(archive.config, { path: HOME_PATH, title: null, description: archive.config.description, section: 'home' }),
    cards: latest.map((article) => cardOf(article, root)),
    groups,
    total: archive.articles.length,
    topicsIndex: toHref(root, TOPICS_INDEX_PATH),
  }
}
