/**
 * Words and phrases, for matching keywords and country names in articles.
 *
 * Text is cut into words (runs of letters, marks and digits); each word is
 * folded with `toFolded` (accents, case and ligatures ignored). A phrase is a
 * sequence of folded words joined by one space, so `garde-côte`, `Garde côte`
 * and `garde–côte` are the same phrase `garde cote`, and a phrase always
 * matches whole words (`defense` is not found in `défenseur`, `chine` not in
 * `machine`). Looking phrases up walks the words once: linear in the text.
 */
import { toFolded } from '../util/text.ts'

export interface Token {
  /** The folded word (`etats`). */
  key: string
  /** The word began with a capital letter in the text (`États`). */
  capital: boolean
  /** Where the word is in the text: `text.slice(start, end)` is the word as written. */
  start: number
  end: number
}

/** Cuts texts into tokens; folding is cached per word, so create one per build. */
export type Tokenizer = (text: string) => Token[]

const WORD = /[\p{L}\p{M}\p{N}]+/gu

export function createTokenizer(): Tokenizer {
  const folded = new Map<string, string>()
  return (text) => {
    const tokens: Token[] = []
    for (const match of text.matchAll(WORD)) {
      const word = match[0]
      let key = folded.get(word)
      if (key === undefined) {
        key = toFolded(word)
        folded.set(word, key)
      }
      const first = word.charAt(0)
      tokens.push({ key, capital: first !== first.toLowerCase(), start: match.index, end: match.index + word.length })
    }
    return tokens
  }
}

/** Phrases (folded words joined by a space) → values, with the prefixes a walk needs. */
export interface PhraseIndex<T> {
  phrases: Map<string, T>
  /** Every proper prefix of a phrase: a walk goes on only while it is on one. */
  prefixes: Set<string>
}

/** A phrase found in a token list: tokens `start` to `end` (exclusive). */
export interface PhraseHit<T> {
  value: T
  start: number
  end: number
}

/** Index phrases; when two entries give the same phrase, the first one is kept. */
export function toPhraseIndex<T>(entries: Iterable<readonly [phrase: string, value: T]>): PhraseIndex<T> {
  const phrases = new Map<string, T>()
  const prefixes = new Set<string>()
  for (const [phrase, value] of entries) {
    if (phrase === '' || phrases.has(phrase)) continue
    phrases.set(phrase, value)
    let cut = phrase.lastIndexOf(' ')
    while (cut > 0) {
      prefixes.add(phrase.slice(0, cut))
      cut = phrase.lastIndexOf(' ', cut - 1)
    }
  }
  return { phrases, prefixes }
}

/** The phrase of a text as the index stores it (`Visite d'État` → `visite d etat`). */
export function toPhrase(text: string, tokenize: Tokenizer): string {
  return tokenize(text).map((token) => token.key).join(' ')
}

/** Every phrase starting at `start`, shortest first. */
export function findPhrasesAt<T>(index: PhraseIndex<T>, tokens: readonly Token[], start: number): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = []
  let key = ''
  for (let end = start; end < tokens.length; end++) {
    const token = tokens[end] as Token
    key = end === start ? token.key : `${key} ${token.key}`
    const value = index.phrases.get(key)
    if (value !== undefined) hits.push({ value, start, end: end + 1 })
    if (!index.prefixes.has(key)) break
  }
  return hits
}

/** Every phrase anywhere in the tokens, overlapping ones included. */
export function findAllPhrases<T>(index: PhraseIndex<T>, tokens: readonly Token[]): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = []
  for (let start = 0; start < tokens.length; start++) hits.push(...findPhrasesAt(index, tokens, start))
  return hits
}

/**
 * Phrases read left to right, the longest accepted one at each place winning
 * and consuming its words (`Guinée-Bissau` is read before `Guinée` could be).
 */
export function findLongestPhrases<T>(
  index: PhraseIndex<T>,
  tokens: readonly Token[],
  accept: (hit: PhraseHit<T>) => boolean = () => true,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = []
  let start = 0
  while (start < tokens.length) {
    const found = findPhrasesAt(index, tokens, start).filter(accept).pop()
    if (found) hits.push(found)
    start = found ? found.end : start + 1
  }
  return hits
}
