/**
 * What the texts say about each acronym: its definitions (`Long Form (ACR)`)
 * and the articles that use it. `isLearnedOrganisation` then decides, by
 * the rules in `organisations.ts`, which acronyms are organisations without
 * a config entry.
 */
import type { Article } from '../types.ts'
import { toMatchKey } from '../util/text.ts'
import { findAcronyms, findDefinitions } from './acronyms.ts'
import type { CountryLexicon } from './countries.ts'
import data from './data/organisations-fr.json' with { type: 'json' }
import type { EntityText } from './entity-texts.ts'
import { wordAt } from './token-gaps.ts'
import { toPhrase } from './tokens.ts'
import type { Tokenizer } from './tokens.ts'

/** Acronyms shorter than this are never learned from the text (config only). */
export const MIN_LEARNED_LENGTH = 3
/** Articles an undefined acronym must be used in to be learned. */
export const MIN_LEARNED_ARTICLES = 2

export interface OrganisationGrammar {
  /** Folded first words of long forms that are texts or events (`convention`). */
  notHeads: ReadonlySet<string>
  linkWords: ReadonlySet<string>
  countries: CountryLexicon
}

export interface AcronymEvidence {
  /** Long forms that define it as an organisation, as written. */
  definitions: string[]
  /** A definition made it a text or an event (`Convention …`). */
  denied: boolean
  /** Ids of the articles that use it. */
  articles: Set<string>
}

export interface Evidence {
  acronyms: Map<string, AcronymEvidence>
  grammar: OrganisationGrammar
}

interface OrganisationData {
  notOrganisationHeads: string[]
  linkWords: string[]
}

const DATA: OrganisationData = data

export function compileOrganisationGrammar(tokenize: Tokenizer, countries: CountryLexicon): OrganisationGrammar {
  return {
    notHeads: new Set(DATA.notOrganisationHeads.map((word) => toPhrase(word, tokenize))),
    linkWords: new Set(DATA.linkWords.map((word) => toPhrase(word, tokenize))),
    countries,
  }
}

export function createEvidence(grammar: OrganisationGrammar): Evidence {
  return { acronyms: new Map(), grammar }
}

/** Add what the texts of one article say about acronyms. */
export function addEvidence(evidence: Evidence, article: Article, texts: readonly EntityText[]): void {
  const evidenceOf = (short: string): AcronymEvidence => {
    let found = evidence.acronyms.get(short)
    if (!found) {
      found = { definitions: [], denied: false, articles: new Set() }
      evidence.acronyms.set(short, found)
    }
    return found
  }
  for (const { text, tokens } of texts) {
    const acronyms = findAcronyms(text, tokens)
    if (acronyms.length === 0) continue
    for (const at of acronyms) evidenceOf(wordAt(text, tokens, at)).articles.add(article.id)
    for (const definition of findDefinitions(text, tokens, evidence.grammar.linkWords, acronyms)) {
      const found = evidenceOf(definition.short)
      if (evidence.grammar.notHeads.has(definition.head)) found.denied = true
      else if (!found.definitions.includes(definition.long)) found.definitions.push(definition.long)
    }
  }
}

export function isLearnedOrganisation(short: string, found: AcronymEvidence, grammar: OrganisationGrammar): boolean {
  if (short.length < MIN_LEARNED_LENGTH || found.denied || grammar.countries.byKey.has(toMatchKey(short))) return false
  return found.definitions.length > 0 || found.articles.size >= MIN_LEARNED_ARTICLES
}
