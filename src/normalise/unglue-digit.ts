/**
 * unglue-digit: a word glued to a number (`L'année2021`, `de15`, `16juillet`,
 * `du13e`, `4erévolution`, `25et`). Left alone: acronyms with numbers (`COP26`,
 * `G20`, `CO2`, `4G`), ordinals (`2e`, `1er`, `19e`, `14ᵉ`, `XIVe`), units
 * (`5km`, `10kWh`), times (`10h30`), codes (`52-NQ/TW`, `A320`).
 */
import { scorePiece } from './word-model.ts'
import type { WordModel } from './word-model.ts'

export interface Cut {
  /** Offset in the atom where a space goes. */
  at: number
  note: string
}

/** French ordinal endings after a number (`2e`, `1er`, `3ème`, `2nde`, `14ᵉ`). */
const ORDINAL = /^(?:e|è|er|ère|re|ème|eme|es|ers|ères|res|èmes|emes|nd|nde|nds|ndes|ᵉ|ᵉʳ|ᵉˢ)$/iu
/** Ordinal endings a glued word may follow, by the numbers they fit (`1er`, `2nd`, `4e`). */
const ORDINAL_STARTS: ReadonlyArray<readonly [ending: string, fits: (number: string) => boolean]> = [
  ['e', () => true], ['è', () => true], ['ème', () => true], ['eme', () => true], ['ᵉ', () => true],
  ['er', (number) => number === '1'], ['re', (number) => number === '1'], ['ère', (number) => number === '1'],
  ['nd', (number) => number === '2'], ['nde', (number) => number === '2'],
]
/** Unit symbols that could pass for words. */
const UNIT = /^(?:[kmgtµ]?(?:wh|hz|bps|bits?|mol|cal|ohms?|[glmstw]|o)|min|mn|bar|ppm|mah|px|pts|kms?|ha|h)$/iu
/** A two-letter word glued after a number must be this frequent (`25et`, `4de`). */
const SHORT_WORD_RANK = 100
const RUNS = /\p{N}+|[\p{L}\p{M}]+/gu

interface Run {
  text: string
  at: number
  digits: boolean
}

/** Where spaces go between the letter and digit runs of an atom (letters and digits only). */
export function findDigitCuts(model: WordModel, atom: string): Cut[] {
  const runs: Run[] = [...atom.matchAll(RUNS)].map((match) => ({ text: match[0], at: match.index ?? 0, digits: /^\p{N}/u.test(match[0]) }))
  if (runs.length < 2 || runs.length > 3) return []
  const cuts: Cut[] = []
  const [first, second, third] = runs
  if (!first || !second) return []
  if (!first.digits) {
    // `année2021`, `du13e`: a word, then a number (with its ordinal ending, if any).
    const tail = third && !third.digits ? third.text : ''
    if (second.digits && (tail === '' || ORDINAL.test(tail)) && isWordBeforeNumber(model, first.text)) {
      cuts.push({ at: second.at, note: `"${first.text}" is a word, "${second.text}${tail}" a number` })
    }
    return cuts
  }
  if (third || second.digits) return cuts
  // `16juillet`, `4erévolution`, `25et`: a number (and its ordinal ending), then a word.
  const after = toWordAfterNumber(model, first.text, second.text)
  if (after !== null) cuts.push({ at: second.at + after.skip, note: `"${after.word}" is a word after the number ${first.text}${second.text.slice(0, after.skip)}` })
  return cuts
}

function isWordBeforeNumber(model: WordModel, letters: string): boolean {
  // `COP26`, `G20`: an acronym's number. A word ends in a lowercase letter.
  if (!/\p{Ll}$/u.test(letters)) return false
  const lower = letters.toLowerCase()
  if (lower.length < 2 && lower !== 'à') return false
  if (letters.slice(1) !== lower.slice(1)) return false
  return scorePiece(model, lower) !== -Infinity
}

/** The word after a number, skipping an ordinal ending glued to it; null when it is no word. */
function toWordAfterNumber(model: WordModel, number: string, letters: string): { word: string; skip: number } | null {
  if (ORDINAL.test(letters)) return null
  if (isWordAfterNumber(model, letters)) return { word: letters, skip: 0 }
  let best: { word: string; skip: number; logProb: number } | null = null
  for (const [ending, fits] of ORDINAL_STARTS) {
    const rest = letters.slice(ending.length)
    if (!letters.startsWith(ending) || !fits(number) || rest.length < 3 || !isWordAfterNumber(model, rest)) continue
    const logProb = scorePiece(model, rest.toLowerCase())
    if (!best || logProb > best.logProb) best = { word: rest, skip: ending.length, logProb }
  }
  return best && { word: best.word, skip: best.skip }
}

function isWordAfterNumber(model: WordModel, letters: string): boolean {
  const lower = letters.toLowerCase()
  if (letters.slice(1) !== lower.slice(1) || UNIT.test(lower)) return false
  if (lower.length === 1) return lower === 'à'
  if (lower.length === 2 && (model.lexicon.ranks.get(lower) ?? Infinity) > SHORT_WORD_RANK) return false
  return scorePiece(model, lower) !== -Infinity
}
