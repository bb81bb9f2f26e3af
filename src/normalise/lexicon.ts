/**
 * The French lexicon, loaded once per process from packages:
 * - `an-array-of-french-words`: 336k inflected forms (the "is it a word?" set);
 * - `@zxcvbn-ts/language-fr`: frequency-ranked lists (subtitles `commonWords`,
 *   `wikipedia`) give each word a rank, hence a Zipf probability; first and
 *   last names are known names; words ending in an apostrophe give the elided
 *   clitics (`l'`, `d'`, `qu'`, `jusqu'`…);
 * - a character model trained on the forms prices unseen words.
 */
import { createRequire } from 'node:module'
import { dictionary } from '@zxcvbn-ts/language-fr'
import { toCharModel } from './char-model.ts'
import type { CharModel } from './char-model.ts'

export interface Lexicon {
  /** Every known inflected form, lowercase. */
  readonly forms: ReadonlySet<string>
  /** The same forms in code-point order (as the package ships them). */
  readonly sortedForms: readonly string[]
  /** Frequency rank (1 = most frequent), lowercase, best of the ranked lists. */
  readonly ranks: ReadonlyMap<string, number>
  /** Lowercase first and last names. */
  readonly names: ReadonlySet<string>
  /** Elided forms without their apostrophe (`l`, `d`, `qu`, `jusqu`…) → frequency rank. */
  readonly clitics: ReadonlyMap<string, number>
  /** Known forms containing an apostrophe (`aujourd'hui`), ASCII apostrophe. */
  readonly elidedForms: ReadonlySet<string>
  /**
   * Share of forms that are `another form + suffix`, for suffixes of 4
   * letters that are forms themselves (`ment`: `sémantique` + `ment`).
   */
  readonly suffixShares: ReadonlyMap<string, number>
  readonly chars: CharModel
  /** A character model of first and last names: how name-like a capitalised unknown token is. */
  readonly nameChars: CharModel
  /** The rank a known but unranked form is given (past the end of the lists). */
  readonly unrankedRank: number
  /** Zipf normaliser: the harmonic number of the ranked list. */
  readonly harmonic: number
}

type RankedList = readonly string[]

const CLITIC_MAX_RANK = 6000
/** The rank given to one-letter forms, which the ranked lists leave out. */
const ONE_LETTER_RANK = 10
/** Train the character model on every n-th form: plenty for its coarse job, and fast. */
const CHAR_MODEL_STEP = 8
/** Length of the derivational suffixes counted (`ment`, `able`). */
export const SUFFIX_LENGTH = 4

let cached: Lexicon | undefined

/** The process-wide lexicon (loaded on first use, then cached). */
export function loadLexicon(): Lexicon {
  cached ??= readLexicon()
  return cached
}

/**
 * Let the process-wide lexicon go (with what is memoised per lexicon:
 * prefix shares, word models); the next loadLexicon reads it again. A lean
 * build calls it once normalise is done with it.
 */
export function forgetLexicon(): void {
  cached = undefined
}

function readLexicon(): Lexicon {
  const require = createRequire(import.meta.url)
  const words = require('an-array-of-french-words') as readonly string[]
  const forms = new Set(words)
  const ranks = new Map<string, number>()
  const elidedForms = new Set<string>()
  const clitics = new Map<string, number>()
  for (const list of [dictionary['wikipedia-fr'] ?? [], dictionary['commonWords-fr'] ?? []]) {
    for (let i = 0; i < list.length; i++) {
      const raw = list[i] ?? ''
      const word = raw.includes('’') ? raw.replace(/’/g, "'") : raw
      if (word.endsWith("'")) {
        if (isClitic(word, i + 1) && !clitics.has(word.slice(0, -1))) clitics.set(word.slice(0, -1), i + 1)
        continue
      }
      if (word.includes("'")) elidedForms.add(word)
      const known = ranks.get(word)
      if (known === undefined || known > i + 1) ranks.set(word, i + 1)
    }
  }
  // The ranked lists drop one-letter words; the lexicon's (`a`, `à`, `y`) are all function words.
  for (const word of words) if (word.length === 1 && !ranks.has(word)) ranks.set(word, ONE_LETTER_RANK)
  const names = new Set<string>([...(dictionary['firstnames-fr'] ?? []), ...(dictionary['lastnames-fr'] ?? [])])
  let longest = 0
  for (const rank of ranks.values()) longest = Math.max(longest, rank)
  return {
    forms,
    sortedForms: words,
    ranks,
    names,
    clitics,
    elidedForms,
    suffixShares: toSuffixShares(words, forms),
    chars: toCharModel(sample(words, CHAR_MODEL_STEP)),
    nameChars: toCharModel([...names]),
    unrankedRank: longest * 2,
    harmonic: Math.log(longest) + 0.5772,
  }
}

/**
 * An elided clitic ends with a consonant or `qu` (`l'`, `qu'`, `jusqu'`); the
 * rank bound keeps out English leftovers of the subtitles list (`don'`, `let'`).
 */
function isClitic(word: string, rank: number): boolean {
  if (!/^\p{Ll}+'$/u.test(word)) return false
  return word.endsWith("qu'") || (rank <= CLITIC_MAX_RANK && /[bcdfghj-np-tv-xzç]'$/u.test(word))
}

/** One pass over the forms: how many end in a form of SUFFIX_LENGTH letters after a stem that is a form of 4+. */
function toSuffixShares(words: readonly string[], forms: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) {
    const n = word.length
    if (n < SUFFIX_LENGTH + 4) continue
    const suffix = word.slice(n - SUFFIX_LENGTH)
    if (forms.has(suffix) && forms.has(word.slice(0, n - SUFFIX_LENGTH))) counts.set(suffix, (counts.get(suffix) ?? 0) + 1)
  }
  for (const [suffix, count] of counts) counts.set(suffix, count / words.length)
  return counts
}

function sample(words: readonly string[], step: number): string[] {
  const picked: string[] = []
  for (let i = 0; i < words.length; i += step) {
    const word = words[i]
    if (word !== undefined && !word.includes('-')) picked.push(word)
  }
  return picked
}
