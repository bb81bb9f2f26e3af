/**
 * Acronyms in running text, and their definitions.
 *
 * An acronym is a word of capitals and digits starting with a capital
 * (`ONU`, `ASEAN`, `G20`, `COP26`), 2 to 10 characters. Not acronyms: Roman
 * numerals (`XIV`, `II`; `XIVe` is not in capitals anyway), pieces of codes
 * (`52-NQ/TW`, `COVID-19`: glued to digits or by a slash), and words of a
 * text written all in capitals (a shouted headline).
 *
 * A definition is `Long Form (ACR)`. The long form starts at a capitalised
 * word after a link word (`l’Agence …`, `du Parti …`) within the
 * Schwartz–Hearst window (min(n + 5, 2n) words for n letters), and does not
 * cross punctuation. Of the possible starts, the nearest whose words hold
 * the acronym's letters in order (the first letter opening the first word)
 * wins: `… du Comité central du Parti communiste du Vietnam (PCV)` gives
 * `Parti communiste du Vietnam`. When none does (an English acronym:
 * `Agence vietnamienne d’Information (VNA)`), the farthest start is taken.
 */
import { toFolded } from '../util/text.ts'
import { gapKindBefore, wordAt } from './token-gaps.ts'
import type { Token } from './tokens.ts'

export interface AcronymDefinition {
  short: string
  /** As written, blanks collapsed. */
  long: string
  /** Folded first word of the long form (`convention`). */
  head: string
}

const SHAPE = /^\p{Lu}[\p{Lu}\d]{1,9}$/u
const ROMAN = /^[IVXLCDM]+$/
/** A text with this share of its words in capitals (and at least `SHOUTED_MIN` of them) is shouted. */
const SHOUTED_SHARE = 0.5
const SHOUTED_MIN = 4

export function isAcronymShape(word: string): boolean {
  return SHAPE.test(word) && !ROMAN.test(word)
}

/** Indexes of the tokens of a text that are acronyms. */
export function findAcronyms(text: string, tokens: readonly Token[]): number[] {
  if (isShouted(text, tokens)) return []
  const found: number[] = []
  for (let at = 0; at < tokens.length; at++) {
    if (tokens[at]?.capital && isAcronymShape(wordAt(text, tokens, at)) && !isInCode(text, tokens, at)) found.push(at)
  }
  return found
}

/** Definitions `Long Form (ACR)` in a text; `acronyms`: what `findAcronyms` found in it. */
export function findDefinitions(text: string, tokens: readonly Token[], linkWords: ReadonlySet<string>, acronyms = findAcronyms(text, tokens)): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = []
  for (const at of acronyms) {
    if (gapKindBefore(text, tokens, at) !== 'open' || !closesAfter(text, tokens, at)) continue
    const start = findLongFormStart(text, tokens, at, linkWords)
    if (start === null) continue
    const long = text.slice((tokens[start] as Token).start, (tokens[at - 1] as Token).end).replace(/[\s\u00a0\u202f]+/g, ' ')
    definitions.push({ short: wordAt(text, tokens, at), long, head: (tokens[start] as Token).key })
  }
  return definitions
}

function closesAfter(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token
  const after = text.slice(token.end, tokens[at + 1]?.start ?? text.length)
  return /^\s*\)/.test(after)
}

function findLongFormStart(text: string, tokens: readonly Token[], at: number, linkWords: ReadonlySet<string>): number | null {
  const short = wordAt(text, tokens, at)
  const letters = toFolded(short).replace(/[^a-z]/g, '')
  const size = Math.max(letters.length, 1)
  const window = Math.min(size + 5, size * 2)
  const starts: number[] = []
  for (let start = at - 1; start >= 0 && start >= at - window; start--) {
    const token = tokens[start] as Token
    const before = tokens[start - 1]
    const linked = !before || linkWords.has(before.key) || gapKindBefore(text, tokens, start) !== 'space'
    if (token.capital && linked && !linkWords.has(token.key) && !isAcronymShape(wordAt(text, tokens, start))) starts.push(start)
    if (start === 0 || !isWordGap(gapKindBefore(text, tokens, start))) break
  }
  const aligned = starts.find((start) => holdsLetters(tokens.slice(start, at), letters))
  return aligned ?? starts[starts.length - 1] ?? null
}

function isWordGap(kind: string): boolean {
  return kind === 'space' || kind === 'apostrophe' || kind === 'hyphen'
}

/** The first letter opens the first word; the others follow in order. */
function holdsLetters(words: readonly Token[], letters: string): boolean {
  const joined = words.map((word) => word.key).join(' ')
  if (letters === '' || joined.charAt(0) !== letters.charAt(0)) return false
  let from = 1
  for (const letter of letters.slice(1)) {
    const found = joined.indexOf(letter, from)
    if (found < 0) return false
    from = found + 1
  }
  return true
}

/** `52-NQ/TW`, `COVID-19`: the token is glued (hyphen, slash) to digits, or joined by a slash. */
function isInCode(text: string, tokens: readonly Token[], at: number): boolean {
  let first = at
  let last = at
  let slash = false
  const glue = (index: number) => {
    const kind = gapKindBefore(text, tokens, index)
    if (kind === 'slash') slash = true
    return kind === 'hyphen' || kind === 'slash'
  }
  while (first > 0 && glue(first)) first--
  while (last + 1 < tokens.length && glue(last + 1)) last++
  if (first === last) return false
  if (slash) return true
  for (let index = first; index <= last; index++) if (/^\d+$/.test(wordAt(text, tokens, index))) return true
  return false
}

function isShouted(text: string, tokens: readonly Token[]): boolean {
  let capitals = 0
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token
    if (!token.capital || token.end - token.start < 2) continue
    const word = wordAt(text, tokens, at)
    if (word === word.toUpperCase()) capitals++
  }
  return capitals >= SHOUTED_MIN && capitals >= tokens.length * SHOUTED_SHARE
}
