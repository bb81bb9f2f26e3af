/**
 * People of the archive, in two passes over the entity texts:
 *
 * 1. titled mentions (`people-mentions.ts`) make candidates, with the titles
 *    the texts give them; a person needs at least one (or a config entry);
 * 2. every known name (each spelling seen, the config's names and aliases)
 *    goes into one phrase index, and a walk over each text finds all its
 *    mentions, titled or not (`Mai Tien Dung a également…`).
 *
 * Spellings are merged on folded words (`To Lam` = `Tô Lâm`, `Nguyên` =
 * `Nguyễn`); config `aliases` merge other spellings into a person, and
 * `notPeople` names are never people.
 */
import type { Article, Person, PersonRef, PersonTitle, ResolvedConfig } from '../types.ts'
import { toSlug } from '../util/text.ts'
import type { EntityText } from './entity-texts.ts'
import { compareCodeUnits } from './ids.ts'
import type { PeopleGrammar } from './people-grammar.ts'
import { findTitledMentions } from './people-mentions.ts'
import { findNameMentions } from './people-index.ts'
import type { NameIndex } from './people-index.ts'
import { toUniqueSlugs } from './entity-slugs.ts'
import { compareNames } from './topics.ts'
import { countVariant, listVariants, pickDisplay } from './variants.ts'
import type { VariantCounts } from './variants.ts'
import { toPhrase, toPhraseIndex } from './tokens.ts'
import type { Tokenizer } from './tokens.ts'

export interface PeopleFound {
  people: Person[]
  /** Article id → its people, most mentioned first. */
  byArticle: Map<string, PersonRef[]>
}

interface Candidate {
  key: string
  configName: string | null
  titles: Map<string, VariantCounts>
  variants: VariantCounts
  /** Article id → mentions, in archive order. */
  articles: Map<string, number>
}

/**
 * Pass 1 (`collect`, every article) finds titled mentions; pass 2 (`count`,
 * every article again) counts all mentions of the names pass 1 made known;
 * `finish` returns the people. The two passes share one walk over the texts
 * with the organisations (see `entities.ts`).
 */
export interface PeopleFinder {
  collect(article: Article, texts: readonly EntityText[]): void
  count(article: Article, texts: readonly EntityText[]): void
  finish(articles: readonly Article[]): PeopleFound
}

export function createPeopleFinder(config: Pick<ResolvedConfig, 'people' | 'notPeople'>, grammar: PeopleGrammar, tokenize: Tokenizer): PeopleFinder {
  const aliases = toAliasKeys(config, tokenize)
  const blocked = new Set(config.notPeople.map((name) => toPhrase(name, tokenize)))
  const candidates = new Map<string, Candidate>()
  for (const person of config.people) candidateOf(candidates, toPhrase(person.name, tokenize)).configName = person.name
  let index: NameIndex | null = null
  return {
    collect(_article, texts) {
      for (const { text, tokens } of texts) {
        for (const mention of findTitledMentions(text, tokens, grammar)) {
          const key = aliases.get(mention.key) ?? mention.key
          if (blocked.has(mention.key) || blocked.has(key)) continue
          const titles = candidateOf(candidates, key).titles
          for (const label of mention.titles) countTitle(titles, label)
        }
      }
    },
    count(article, texts) {
      index ??= toNameIndex(candidates, aliases)
      for (const { text, tokens } of texts) {
        for (const { key, written } of findNameMentions(index, text, tokens)) {
          const candidate = candidates.get(key)
          if (!candidate) continue
          countVariant(candidate.variants, written)
          candidate.articles.set(article.id, (candidate.articles.get(article.id) ?? 0) + 1)
        }
      }
    },
    finish: (articles) => toPeople([...candidates.values()].filter(isPerson), articles),
  }
}

function candidateOf(candidates: Map<string, Candidate>, key: string): Candidate {
  let candidate = candidates.get(key)
  if (!candidate) {
    candidate = { key, configName: null, titles: new Map(), variants: new Map(), articles: new Map() }
    candidates.set(key, candidate)
  }
  return candidate
}

const MARKS = /\p{M}/gu

/** Titles are counted by folded label, keeping each spelling's count. */
function countTitle(titles: Map<string, VariantCounts>, label: string): void {
  const key = label.normalize('NFD').replace(MARKS, '').toLowerCase()
  const spellings = titles.get(key) ?? new Map<string, number>()
  countVariant(spellings, label)
  titles.set(key, spellings)
}

/** Folded alias → folded name of the config person it means. */
function toAliasKeys(config: Pick<ResolvedConfig, 'people'>, tokenize: Tokenizer): Map<string, string> {
  const keys = new Map<string, string>()
  for (const person of config.people) {
    const key = toPhrase(person.name, tokenize)
    for (const alias of person.aliases) keys.set(toPhrase(alias, tokenize), key)
  }
  return keys
}

/** Every key and alias of a candidate → the candidate's key. */
function toNameIndex(candidates: ReadonlyMap<string, Candidate>, aliases: ReadonlyMap<string, string>): NameIndex {
  const entries: [string, string][] = [...candidates.keys()].map((key) => [key, key])
  for (const [alias, key] of aliases) if (candidates.has(key)) entries.push([alias, key])
  return toPhraseIndex(entries)
}

/** A titled mention or a config entry, and at least one article. */
function isPerson(candidate: Candidate): boolean {
  return (candidate.titles.size > 0 || candidate.configName !== null) && candidate.articles.size > 0
}

function toPeople(candidates: readonly Candidate[], articles: readonly Article[]): PeopleFound {
  const order = new Map(articles.map((article, at) => [article.id, at]))
  const named = candidates
    .map((candidate) => ({ candidate, name: candidate.configName ?? pickDisplay(candidate.variants) }))
    .sort((a, b) => compareNames(a.name, b.name) || compareCodeUnits(a.candidate.key, b.candidate.key))
  const slugs = toUniqueSlugs(named.map(({ name }) => toSlug(name)))
  const people = named.map(({ candidate, name }, at): Person => ({
    slug: slugs[at] ?? toSlug(name),
    name,
    variants: listVariants(candidate.variants, name),
    titles: toTitles(candidate.titles),
    articleIds: [...candidate.articles.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
  }))
  const byArticle = new Map<string, { ref: PersonRef; count: number }[]>()
  people.forEach((person, at) => {
    for (const [id, count] of named[at]?.candidate.articles ?? []) {
      const refs = byArticle.get(id) ?? []
      refs.push({ ref: { slug: person.slug, name: person.name }, count })
      byArticle.set(id, refs)
    }
  })
  return { people, byArticle: sortRefs(byArticle) }
}

function toTitles(titles: ReadonlyMap<string, VariantCounts>): PersonTitle[] {
  const list = [...titles.values()].map((spellings) => ({
    label: pickDisplay(spellings),
    count: [...spellings.values()].reduce((sum, count) => sum + count, 0),
  }))
  return list.sort((a, b) => b.count - a.count || compareNames(a.label, b.label))
}

/** Refs of each article: most mentioned first, then by name. */
export function sortRefs<R extends { name: string; slug: string }>(byArticle: ReadonlyMap<string, { ref: R; count: number }[]>): Map<string, R[]> {
  const sorted = new Map<string, R[]>()
  for (const [id, refs] of byArticle) {
    refs.sort((a, b) => b.count - a.count || compareNames(a.ref.name, b.ref.name) || compareCodeUnits(a.ref.slug, b.ref.slug))
    sorted.set(id, refs.map(({ ref }) => ref))
  }
  return sorted
}
