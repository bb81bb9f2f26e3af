/**
 * The topics index (`sujets/index.html`): themes, countries, non-classé,
 * each with its article count; and the short list shown on the home page.
 */
import type { Archive, Topic, TopicRef } from '../../types.ts'
import { TOPICS_INDEX_PATH, toHref, toRootPrefix, toTopicPath } from '../urls.ts'
import { toPageView } from '../view.ts'
import type { PageView, SiteView } from '../view.ts'
import { toCountLabel } from './topic.ts'

export interface TopicEntryView {
  name: string
  href: string
  count: number
  countLabel: string
  description: string | null
}

export interface TopicGroupView {
  kind: TopicRef['kind']
  label: string
  topics: TopicEntryView[]
}

export interface TopicsIndexScope {
  site: SiteView
  page: PageView
  groups: TopicGroupView[]
  total: number
}

const GROUPS: { kind: TopicRef['kind']; label: string }[] = [
  { kind: 'theme', label: 'Thèmes' },
  { kind: 'country', label: 'Pays' },
  { kind: 'unclassified', label: 'Non classé' },
]

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

/**
 * Topics grouped by kind. Themes keep the editors' order (the config);
 * countries and the rest are sorted by name. Empty groups are left out.
 */
export function toTopicGroups(archive: Archive, root: string): TopicGroupView[] {
  const groups: TopicGroupView[] = []
  for (const { kind, label } of GROUPS) {
    let topics = archive.topics.filter((topic) => topic.kind === kind)
    if (kind !== 'theme') topics = [...topics].sort(byName)
    if (topics.length === 0) continue
    groups.push({ kind, label, topics: topics.map((topic) => toEntry(archive, topic, root)) })
  }
  return groups
}

export function toTopicsIndexScope(archive: Archive, site: SiteView): TopicsIndexScope {
  const root = toRootPrefix(TOPICS_INDEX_PATH)
  return {
    site,
    page: toPageView(archive.config, {
      path: TOPICS_INDEX_PATH,
      title: 'Sujets',
      description: `Tous les sujets des archives\u00a0: thèmes, pays et articles non classés.`,
      section: 'topics',
    }),
    groups: toTopicGroups(archive, root),
    total: archive.articles.length,
  }
}

function toEntry(archive: Archive, topic: Topic, root: string): TopicEntryView {
  let count = 0
  for (const id of topic.articleIds) if (archive.byId.has(id)) count++
  return { name: topic.name, href: toHref(root, toTopicPath(topic.slug)), count, countLabel: toCountLabel(count), description: topic.description }
}

function byName(a: Topic, b: Topic): number {
  return collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
}
