/**
 * The grammar of `data/people-fr.json`, compiled once per build into phrase
 * indexes and sets of folded words (see that file for what each list is).
 */
import data from './data/people-fr.json' with { type: 'json' }
import type { CountryLexicon } from './countries.ts'
import { toPhrase, toPhraseIndex } from './tokens.ts'
import type { PhraseIndex, Tokenizer } from './tokens.ts'

interface PeopleData {
  titles: string[]
  appositions: string[]
  titleAdjectives: string[]
  prepositions: string[]
  stops: string[]
  particles: string[]
  honorifics: string[]
  articles: string[]
  notNameWords: string[]
}

/** A title or apposition noun as the data file writes it (the label shown on person pages). */
export interface TitleForm {
  label: string
}

export interface PeopleGrammar {
  /** Titles and apposition nouns → their label. */
  titles: PhraseIndex<TitleForm>
  /** Folded words of every title phrase: never part of a name (`Ministre`). */
  titleWords: ReadonlySet<string>
  titleAdjectives: ReadonlySet<string>
  prepositions: ReadonlySet<string>
  stops: ReadonlySet<string>
  particles: PhraseIndex<true>
  honorifics: PhraseIndex<true>
  articles: ReadonlySet<string>
  notNameWords: ReadonlySet<string>
  /** Countries and nationality adjectives (`vietnamien`, `Afrique du Sud`). */
  countries: CountryLexicon
}

const DATA: PeopleData = data

export function compilePeopleGrammar(tokenize: Tokenizer, countries: CountryLexicon): PeopleGrammar {
  const fold = (words: readonly string[]) => new Set(words.map((word) => toPhrase(word, tokenize)))
  const phrases = (words: readonly string[]) => toPhraseIndex(words.map((word) => [toPhrase(word, tokenize), true as const] as const))
  const titleEntries = [...DATA.titles, ...DATA.appositions].map((label): [string, TitleForm] => [toPhrase(label, tokenize), { label }])
  const titleWords = new Set(DATA.titles.flatMap((label) => toPhrase(label, tokenize).split(' ')))
  for (const word of DATA.prepositions) titleWords.delete(toPhrase(word, tokenize))
  return {
    titles: toPhraseIndex(titleEntries),
    titleWords,
    titleAdjectives: fold(DATA.titleAdjectives),
    prepositions: fold(DATA.prepositions),
    stops: fold(DATA.stops),
    particles: phrases(DATA.particles),
    honorifics: phrases(DATA.honorifics),
    articles: fold(DATA.articles),
    notNameWords: fold(DATA.notNameWords),
    countries,
  }
}
