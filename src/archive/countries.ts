/**
 * Countries found in articles, from two sources of words:
 * - names: `i18n-iso-countries` (French), plus the aliases of
 *   `data/countries-fr.json` (`États-Unis`, `R. de Corée`, `Sud-Soudan`…);
 * - adjectives (demonyms): the curated table of `data/countries-fr.json`
 *   (no package has French demonyms; see README), each with its feminine and
 *   plural forms derived here (`algérien` → `algérienne`, `algériens`…).
 * Words are matched whole, longest first (`Guinée-Bissau` before `Guinée`),
 * accents ignored; a name must be written with a capital (`la Réunion`, not
 * `la réunion`); blocker phrases (`océan Indien`) consume their words.
 */
import countries from 'i18n-iso-countries'
import french from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }
import { toFolded, toMatchKey, toSlug } from '../util/text.ts'
import data from './data/countries-fr.json' with { type: 'json' }
import { createTokenizer, findLongestPhrases, toPhrase, toPhraseIndex } from './tokens.ts'
import type { PhraseHit, PhraseIndex, Token, Tokenizer } from './tokens.ts'

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string
  /** French name shown on the site (`Algérie`, `États-Unis`). */
  name: string
  /** Topic slug from the name (`algerie`, `etats-unis`). */
  slug: string
  /** `toFolded(name)`, for sorting by name. */
  folded: string
}

/** A phrase of the lexicon: a country (`code`), or a blocker (`code` null). */
export interface CountryForm {
  code: string | null
  /** Token that must be capitalised in the text (index in the phrase), or -1. */
  capitalAt: number
}

export interface CountryLexicon {
  countries: Map<string, Country>
  index: PhraseIndex<CountryForm>
  /** `toMatchKey` of every name, alias and slug → code (front-matter topics). */
  byKey: Map<string, string>
  /** The archive's own country (Vietnam). */
  home: string
}

interface CountryData {
  home: string
  names: Record<string, string>
  aliases: Record<string, string[]>
  excluded: string[]
  demonyms: Record<string, string[]>
  blockers: { phrases: string[]; adjectives: string[] }
}

const DATA: CountryData = data
let lexicon: CountryLexicon | null = null

/** The lexicon, built on first use (pure data: the same for every build). */
export function getCountryLexicon(): CountryLexicon {
  lexicon ??= toCountryLexicon(DATA)
  return lexicon
}

function toCountryLexicon(source: CountryData): CountryLexicon {
  countries.registerLocale(french)
  const tokenize = createTokenizer()
  const packaged = countries.getNames('fr', { select: 'all' })
  const excluded = new Set(source.excluded.map(toMatchKey))
  const entries: [string, CountryForm][] = []
  const table = new Map<string, Country>()
  const byKey = new Map<string, string>()
  for (const code of Object.keys(packaged).sort()) {
    const packagedNames = (packaged[code] ?? []).filter((name) => !excluded.has(toMatchKey(name)))
    const name = source.names[code] ?? packaged[code]?.[0] ?? code
    const country = { code, name, slug: toSlug(name), folded: toFolded(name) }
    table.set(code, country)
    const names = [...packagedNames, ...(source.aliases[code] ?? [])]
    if (!excluded.has(toMatchKey(name))) names.push(name)
    for (const written of names) entries.push(toNameEntry(written, code, tokenize))
    for (const key of [...names, name, country.slug].map(toMatchKey)) if (!byKey.has(key)) byKey.set(key, code)
  }
  for (const [code, adjectives] of Object.entries(source.demonyms)) {
    for (const form of adjectives.flatMap(toInflections)) entries.push([toPhrase(form, tokenize), { code, capitalAt: -1 }])
  }
  const blockers = [...source.blockers.phrases, ...source.blockers.adjectives.flatMap(toInflections)]
  for (const phrase of blockers) entries.push([toPhrase(phrase, tokenize), { code: null, capitalAt: -1 }])
  return { countries: table, index: toPhraseIndex(entries), byKey, home: source.home }
}

function toNameEntry(written: string, code: string, tokenize: Tokenizer): [string, CountryForm] {
  const tokens = tokenize(written)
  const capitalAt = tokens.map((token) => token.capital).lastIndexOf(true)
  return [tokens.map((token) => token.key).join(' '), { code, capitalAt }]
}

/**
 * `algérien` → `algérien`, `algériens`, `algérienne`, `algériennes`;
 * `masculine|feminine` gives an irregular feminine (`grec|grecque`).
 */
export function toInflections(entry: string): string[] {
  const [masculine = '', given] = entry.split('|')
  const feminine = given ?? toFeminine(masculine)
  return [...new Set([masculine, toPlural(masculine), feminine, toPlural(feminine)])]
}

function toFeminine(masculine: string): string {
  if (/e$/.test(masculine)) return masculine
  if (/[eo]n$/.test(masculine)) return `${masculine}ne`
  return `${masculine}e`
}

function toPlural(word: string): string {
  return /[sxz]$/.test(word) ? word : `${word}s`
}

/** A name counts only when its capitalised word is capitalised in the text too. */
function isWrittenAsName(tokens: readonly Token[], hit: PhraseHit<CountryForm>): boolean {
  const at = hit.value.capitalAt
  return at < 0 || tokens[hit.start + at]?.capital === true
}

/** Country codes mentioned in each of the token lists (one list per paragraph), with counts. */
export function countCountries(lexicon: CountryLexicon, segments: readonly (readonly Token[])[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const tokens of segments) {
    const hits = findLongestPhrases(lexicon.index, tokens, (hit) => isWrittenAsName(tokens, hit))
    for (const { value } of hits) if (value.code !== null) counts.set(value.code, (counts.get(value.code) ?? 0) + 1)
  }
  return counts
}
