/**
 * Topics of the archive, from what `findTopics` found in each article.
 *
 * Order of `archive.topics`: themes in config order, then countries by name
 * (folded, so `États-Unis` sorts under E), then "Non classé". Only topics
 * with at least one article are listed. An article with no theme and no
 * country lands in "Non classé" (slug `non-classe`), so editors can see what
 * their keywords miss.
 *
 * The home country (Vietnam) is a topic like the others, but it is named in
 * almost every article: an article lists it last in `topicRefs`, and
 * related-content scoring should weigh topics by rarity so it never drowns
 * the others.
 */
import type { Article, ThemeConfig, Topic, TopicRef } from '../types.ts'
import { toFolded } from '../util/text.ts'
import type { CountryLexicon } from './countries.ts'
import type { FoundTopics } from './classify.ts'
import { compareCodeUnits } from './ids.ts'

export const UNCLASSIFIED: Readonly<TopicRef> = { slug: 'non-classe', name: 'Non classé', kind: 'unclassified' }
const UNCLASSIFIED_DESCRIPTION = 'Articles sans thème ni pays reconnus : ajoutez des mots-clés aux thèmes de la configuration pour les classer.'

/**
 * Set `topicRefs` on every article and return the topics, each listing its
 * articles in the order of `articles` (already newest first).
 */
export function toTopics(
  articles: readonly Article[],
  found: ReadonlyMap<string, FoundTopics>,
  themes: readonly ThemeConfig[],
  lexicon: CountryLexicon,
): Topic[] {
  const themeTopics = themes.map((theme): Topic => ({ ...toRef(theme.slug, theme.name, 'theme'), description: theme.description ?? null, articleIds: [] }))
  const countryTopics = new Map<string, Topic>()
  const unclassified: Topic = { ...UNCLASSIFIED, description: UNCLASSIFIED_DESCRIPTION, articleIds: [] }
  const reserved = new Set([...themes.map((theme) => theme.slug), UNCLASSIFIED.slug])
  for (const article of articles) {
    const topics = found.get(article.id) ?? { themes: new Set<number>(), countries: new Set<string>() }
    const joined = [
      ...[...topics.themes].sort((a, b) => a - b).flatMap((at) => themeTopics[at] ?? []),
      ...sortCountryCodes(topics.countries, lexicon).map((code) => toCountryTopic(code, countryTopics, lexicon, reserved)),
    ]
    if (joined.length === 0) joined.push(unclassified)
    article.topicRefs = joined.map((topic) => toRef(topic.slug, topic.name, topic.kind))
    for (const topic of joined) topic.articleIds.push(article.id)
  }
  const countries = [...countryTopics.values()].sort((a, b) => compareNames(a.name, b.name))
  return [...themeTopics, ...countries, unclassified].filter((topic) => topic.articleIds.length > 0)
}

function toRef(slug: string, name: string, kind: TopicRef['kind']): TopicRef {
  return { slug, name, kind }
}

/** Countries of one article by name, the home country last. */
function sortCountryCodes(codes: ReadonlySet<string>, lexicon: CountryLexicon): string[] {
  const keyOf = (code: string) => lexicon.countries.get(code)?.folded ?? code
  return [...codes].sort((a, b) => Number(a === lexicon.home) - Number(b === lexicon.home) || compareCodeUnits(keyOf(a), keyOf(b)) || compareCodeUnits(a, b))
}

function toCountryTopic(code: string, topics: Map<string, Topic>, lexicon: CountryLexicon, reserved: ReadonlySet<string>): Topic {
  const existing = topics.get(code)
  if (existing) return existing
  const country = lexicon.countries.get(code) ?? { code, name: code, slug: code.toLowerCase(), folded: code.toLowerCase() }
  const slug = reserved.has(country.slug) ? `pays-${country.slug}` : country.slug
  const topic: Topic = { ...toRef(slug, country.name, 'country'), description: null, articleIds: [] }
  topics.set(code, topic)
  return topic
}

/** French-friendly and deterministic: folded first (É with E), then as written. */
export function compareNames(a: string, b: string): number {
  return compareCodeUnits(toFolded(a), toFolded(b)) || compareCodeUnits(a, b)
}
