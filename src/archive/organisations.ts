/**
 * Organisations of the archive, in two passes over the entity texts:
 *
 * 1. evidence: acronym definitions (`Parti communiste du Vietnam (PCV)`) and
 *    the articles each acronym is used in (`organisation-evidence.ts`);
 * 2. every organisation's acronym, full name, aliases and learned long forms
 *    go into one phrase index, and a walk over each text counts mentions
 *    (an acronym only when written in capitals, a name only with its
 *    capital: `Nations unies`, not `nations unies`).
 *
 * An acronym is an organisation when the config lists it, or when it has
 * 3 or more characters and is defined in the text or used in 2 or more
 * articles, unless its definition makes it a text or an event
 * (`Convention … (CPPNM)`) or it names a country (`USA`). Two-letter
 * acronyms are too ambiguous to learn (`PM` for Premier ministre, `AE` for
 * Affaires étrangères, `AN` for any Assemblée nationale): the config can
 * list them. `notOrganisations` in the config refuses a learned acronym.
 */
import type { Article, Organisation, OrganisationRef, ResolvedConfig } from '../types.ts'
import { toSlug } from '../util/text.ts'
import { isAcronymShape } from './acronyms.ts'
import type { EntityText } from './entity-texts.ts'
import { toUniqueSlugs } from './entity-slugs.ts'
import { compareCodeUnits } from './ids.ts'
import { addEvidence, createEvidence, isLearnedOrganisation } from './organisation-evidence.ts'
import type { Evidence, OrganisationGrammar } from './organisation-evidence.ts'
import { sortRefs } from './people.ts'
import { wordAt } from './token-gaps.ts'
import { findLongestPhrases, toPhrase, toPhraseIndex } from './tokens.ts'
import type { PhraseHit, PhraseIndex, Token, Tokenizer } from './tokens.ts'
import { compareNames } from './topics.ts'
import { countVariant, listVariants, pickDisplay } from './variants.ts'
import type { VariantCounts } from './variants.ts'

export interface OrganisationsFound {
  organisations: Organisation[]
  byArticle: Map<string, OrganisationRef[]>
}

interface Entry {
  short: string | null
  configName: string | null
  /** Names that mean it: config name and aliases, learned long forms. */
  names: VariantCounts
  /** Article id → mentions. */
  articles: Map<string, number>
}

interface Form {
  entry: Entry
  /** `short`: must be written in capitals; `name`: its first word capitalised. */
  kind: 'short' | 'name'
}

/** Two passes, as for people (`people.ts`): `collect` evidence, then `count` mentions, then `finish`. */
export interface OrganisationFinder {
  collect(article: Article, texts: readonly EntityText[]): void
  count(article: Article, texts: readonly EntityText[]): void
  finish(articles: readonly Article[]): OrganisationsFound
}

export function createOrganisationFinder(config: Pick<ResolvedConfig, 'organisations' | 'notOrganisations'>, grammar: OrganisationGrammar, tokenize: Tokenizer): OrganisationFinder {
  const evidence = createEvidence(grammar)
  let known: { entries: Entry[]; index: PhraseIndex<Form> } | null = null
  return {
    collect: (article, texts) => addEvidence(evidence, article, texts),
    count(article, texts) {
      if (known === null) {
        const entries = toEntries(config, evidence)
        known = { entries, index: toFormIndex(entries, tokenize) }
      }
      for (const { text, tokens } of texts) countMentions(known.index, article, text, tokens)
    },
    finish: (articles) => toOrganisations((known?.entries ?? []).filter((entry) => entry.articles.size > 0), articles),
  }
}

function countMentions(index: PhraseIndex<Form>, article: Article, text: string, tokens: readonly Token[]): void {
  for (const hit of findLongestPhrases(index, tokens, (found) => isWrittenAsForm(text, tokens, found))) {
    const { entry, kind } = hit.value
    entry.articles.set(article.id, (entry.articles.get(article.id) ?? 0) + 1)
    if (kind === 'name') countVariant(entry.names, text.slice((tokens[hit.start] as Token).start, (tokens[hit.end - 1] as Token).end).replace(/\s+/g, ' '))
  }
}

/** Config entries first, then the acronyms learned from the text (merged into a config entry with the same acronym). */
function toEntries(config: Pick<ResolvedConfig, 'organisations' | 'notOrganisations'>, evidence: Evidence): Entry[] {
  const refused = new Set(config.notOrganisations.map((short) => short.trim()))
  const entries: Entry[] = []
  const byShort = new Map<string, Entry>()
  for (const organisation of config.organisations) {
    const names: VariantCounts = new Map([[organisation.name, 0]])
    for (const alias of organisation.aliases) names.set(alias, 0)
    const entry: Entry = { short: organisation.short ?? null, configName: organisation.name, names, articles: new Map() }
    entries.push(entry)
    if (entry.short) byShort.set(entry.short, entry)
  }
  for (const [short, found] of [...evidence.acronyms].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const known = byShort.get(short)
    if (!known && (refused.has(short) || !isLearnedOrganisation(short, found, evidence.grammar))) continue
    const entry = known ?? { short, configName: null, names: new Map(), articles: new Map() }
    for (const definition of found.definitions) if (!entry.names.has(definition)) entry.names.set(definition, 0)
    if (!known) entries.push(entry)
  }
  return entries
}

function toFormIndex(entries: readonly Entry[], tokenize: Tokenizer): PhraseIndex<Form> {
  const forms: [string, Form][] = []
  for (const entry of entries) {
    if (entry.short) forms.push([toPhrase(entry.short, tokenize), { entry, kind: 'short' }])
    for (const name of entry.names.keys()) forms.push([toPhrase(name, tokenize), { entry, kind: 'name' }])
  }
  return toPhraseIndex(forms)
}

function isWrittenAsForm(text: string, tokens: readonly Token[], hit: PhraseHit<Form>): boolean {
  if (hit.value.kind === 'name') return tokens[hit.start]?.capital === true
  return hit.end - hit.start === 1 ? isAcronymShape(wordAt(text, tokens, hit.start)) : wordAt(text, tokens, hit.start) === wordAt(text, tokens, hit.start).toUpperCase()
}

function toOrganisations(entries: readonly Entry[], articles: readonly Article[]): OrganisationsFound {
  const order = new Map(articles.map((article, at) => [article.id, at]))
  const named = entries.map((entry) => {
    const fullName = entry.configName ?? (entry.names.size > 0 ? pickDisplay(entry.names) : null)
    return { entry, fullName, name: entry.short ?? fullName ?? '' }
  }).sort((a, b) => compareNames(a.name, b.name) || compareCodeUnits(a.fullName ?? '', b.fullName ?? ''))
  const slugs = toUniqueSlugs(named.map(({ name }) => toSlug(name)))
  const organisations = named.map(({ entry, fullName, name }, at): Organisation => ({
    slug: slugs[at] ?? toSlug(name),
    name,
    fullName,
    short: entry.short,
    variants: listVariants(entry.names, fullName ?? ''),
    articleIds: [...entry.articles.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
  }))
  const byArticle = new Map<string, { ref: OrganisationRef; count: number }[]>()
  organisations.forEach((organisation, at) => {
    for (const [id, count] of named[at]?.entry.articles ?? []) {
      const refs = byArticle.get(id) ?? []
      refs.push({ ref: { slug: organisation.slug, name: organisation.name, fullName: organisation.fullName }, count })
      byArticle.set(id, refs)
    }
  })
  return { organisations, byArticle: sortRefs(byArticle) }
}
