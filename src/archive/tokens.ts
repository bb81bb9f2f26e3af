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
import { hashUnits, WordTable } from './word-table.ts'

export interface Token {
  /** The folded word (`etats`). */
  key: string
  /** The word began with a capital letter in the text (`États`). */
  capital: boolean
  /** Where the word is in the text: `text.slice(start, end)` is the word as written. */
  start: number
  end: number
}

/** Cuts texts into tokens; folding is cached per word (in a `WordTable`), so create one per build. */
export type Tokenizer = (text: string) => Token[]

/** What the tokenizer keeps of a word it has seen: its folded key and whether it starts with a capital. */
interface WordInfo {
  key: string
  capital: boolean
}

/**
 * Words are runs of `[\p{L}\p{M}\p{N}]` (Unicode code points, as that
 * regex with the `u` flag reads them). The scan below classifies each
 * character itself instead of running the regex, because `matchAll`
 * allocates a match array per word and the archive tokenises millions of
 * words; a character's class is computed once with the regex, then read
 * from `BMP_CLASS` (code points below U+10000) or `ASTRAL_CLASS`.
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u
const UNKNOWN = 0
const IN_WORD = 1
const NOT_IN_WORD = 2
const BMP_CLASS = new Uint8Array(0x10000)
const ASTRAL_CLASS = new Map<number, boolean>()
for (let code = 0; code < 0x80; code++) {
  const ascii = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  BMP_CLASS[code] = ascii ? IN_WORD : NOT_IN_WORD
}
// Lone surrogates are code points of their own, in none of the classes.
BMP_CLASS.fill(NOT_IN_WORD, 0xd800, 0xe000)

/** Whether the code point `code` is a letter, mark or digit. */
function isWordCodePoint(code: number): boolean {
  if (code < 0x10000) {
    let known = BMP_CLASS[code] as number
    if (known === UNKNOWN) {
      known = WORD_CHAR.test(String.fromCharCode(code)) ? IN_WORD : NOT_IN_WORD
      BMP_CLASS[code] = known
    }
    return known === IN_WORD
  }
  let known = ASTRAL_CLASS.get(code)
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(code))
    ASTRAL_CLASS.set(code, known)
  }
  return known
}

/** How many code units the code point at `at` takes (2 for a surrogate pair), negated when it is not a word character. */
function stepAt(text: string, at: number): number {
  const unit = text.charCodeAt(at)
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return isWordCodePoint((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? 2 : -2
  }
  return isWordCodePoint(unit) ? 1 : -1
}

export function createTokenizer(): Tokenizer {
  const seen = new WordTable<WordInfo>((word) => {
    const first = word.charAt(0)
    return { key: toFolded(word), capital: first !== first.toLowerCase() }
  })
  return (text) => {
    const tokens: Token[] = []
    const length = text.length
    let at = 0
    let step = length > 0 ? stepAt(text, 0) : 0
    while (at < length) {
      const start = at
      while (step > 0) {
        at += step
        step = at < length ? stepAt(text, at) : 0
      }
      if (at > start) {
        const { key, capital } = seen.get(text, start, at, hashUnits(text, start, at))
        tokens.push({ key, capital, start, end: at })
      }
      while (step < 0) {
        at -= step
        step = at < length ? stepAt(text, at) : 0
      }
    }
    return tokens
  }
}

/**
 * A tokenizer that remembers the token lists it made, by text: for the
 * texts of one article, read by several steps (create one per article, so
 * memory stays flat). The lists are shared, so callers must not change them.
 */
export function rememberTexts(tokenize: Tokenizer): Tokenizer {
  const made = new Map<string, Token[]>()
  return (text) => {
    let tokens = made.get(text)
    if (tokens === undefined) {
      tokens = tokenize(text)
      made.set(text, tokens)
    }
    return tokens
  }
}

/** Phrases (folded words joined by a space) → values, with the prefixes a walk needs. */
export interface PhraseIndex<T> {
  phrases: Map<string, T>
  /** Every proper prefix of a phrase: a walk goes on only while it is on one. */
  prefixes: Set<string>
  /** The first word of every phrase: a walk starts only on one (most words are not, so most walks end at one look-up). */
  starts: Set<string>
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
  const starts = new Set<string>()
  for (const [phrase, value] of entries) {
    if (phrase === '' || phrases.has(phrase)) continue
    phrases.set(phrase, value)
    const space = phrase.indexOf(' ')
    starts.add(space < 0 ? phrase : phrase.slice(0, space))
    let cut = phrase.lastIndexOf(' ')
    while (cut > 0) {
      prefixes.add(phrase.slice(0, cut))
      cut = phrase.lastIndexOf(' ', cut - 1)
    }
  }
  return { phrases, prefixes, starts }
}

/** The phrase of a text as the index stores it (`Visite d'État` → `visite d etat`). */
export function toPhrase(text: string, tokenize: Tokenizer): string {
  return tokenize(text).map((token) => token.key).join(' ')
}

/** Every phrase starting at `start`, shortest first. */
export function findPhrasesAt<T>(index: PhraseIndex<T>, tokens: readonly Token[], start: number): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = []
  const first = tokens[start]
  if (first === undefined || !index.starts.has(first.key)) return hits
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

/**
 * The longest phrase starting at `start` that `accept` takes, or null: what
 * `findPhrasesAt(…).filter(accept).pop()` gives, without the arrays (this
 * runs at every word of every text).
 */
export function findLongestPhraseAt<T>(
  index: PhraseIndex<T>,
  tokens: readonly Token[],
  start: number,
  accept?: (hit: PhraseHit<T>) => boolean,
): PhraseHit<T> | null {
  const first = tokens[start]
  if (first === undefined || !index.starts.has(first.key)) return null
  let longest: PhraseHit<T> | null = null
  let key = ''
  for (let end = start; end < tokens.length; end++) {
    const token = tokens[end] as Token
    key = end === start ? token.key : `${key} ${token.key}`
    const value = index.phrases.get(key)
    if (value !== undefined) {
      const hit = { value, start, end: end + 1 }
      if (accept === undefined || accept(hit)) longest = hit
    }
    if (!index.prefixes.has(key)) break
  }
  return longest
}

/** Every phrase anywhere in the tokens, overlapping ones included. */
export function findAllPhrases<T>(index: PhraseIndex<T>, tokens: readonly Token[]): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = []
  for (let start = 0; start < tokens.length; start++) {
    if (index.starts.has((tokens[start] as Token).key)) for (const hit of findPhrasesAt(index, tokens, start)) hits.push(hit)
  }
  return hits
}

/**
 * Phrases read left to right, the longest accepted one at each place winning
 * and consuming its words (`Guinée-Bissau` is read before `Guinée` could be).
 */
export function findLongestPhrases<T>(
  index: PhraseIndex<T>,
  tokens: readonly Token[],
  accept?: (hit: PhraseHit<T>) => boolean,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = []
  let start = 0
  while (start < tokens.length) {
    const found = findLongestPhraseAt(index, tokens, start, accept)
    if (found) hits.push(found)
    start = found ? found.end : start + 1
  }
  return hits
}
