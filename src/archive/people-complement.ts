/**
 * What follows a title: adjectives (`vietnamien`, `adjoint`), prepositional
 * complements (`des Affaires étrangères`, `du Vietnam au Mexique`,
 * `de corps d’armée`), a parenthesis (`(PCV)`), a second title after `et`,
 * then — for a title before a name — the name, directly or after a comma.
 *
 * The capitalised word after a preposition is the complement's, not the
 * name's (`du Vietnam Le Hoai Trung`: the country is read whole from the
 * country lexicon, `Afrique du Sud`, `États-Unis`). A title word ends the
 * complement (a new title starts there), and so do verbs and pronouns
 * (`stops`), more than `MAX_LOWERCASE` lowercase words, or punctuation.
 */
import type { PeopleGrammar } from './people-grammar.ts'
import { readName } from './people-names.ts'
import type { NameSpan } from './people-names.ts'
import { gapBefore, gapKindBefore, toGapKind } from './token-gaps.ts'
import type { GapKind } from './token-gaps.ts'
import { findLongestPhraseAt } from './tokens.ts'
import type { Token } from './tokens.ts'

/** Lowercase words a complement may hold (`général de corps d’armée`: 2). */
export const MAX_LOWERCASE = 3
/** Longer complements are left out of the title label (`secrétaire général`). */
export const MAX_LABEL_WORDS = 8
const MAX_STEPS = 24
const MAX_PARENTHESIS = 10

export interface Complement {
  titles: string[]
  name: NameSpan | null
}

interface TitleSpan {
  label: string
  /** Token index after the title words, and after its complement. */
  titleEnd: number
  labelEnd: number
}

interface State {
  at: number
  titles: TitleSpan[]
  afterPreposition: boolean
  afterNoun: boolean
  lowercase: number
}

type Step = 'go' | 'stop' | NameSpan

/** Read from the title at `at`; `wantName`: look for the name after it (title-first form). */
export function readComplement(text: string, tokens: readonly Token[], at: number, grammar: PeopleGrammar, wantName: boolean): Complement | null {
  const first = readTitle(tokens, at, grammar)
  if (first === null) return null
  const state: State = { at: first.titleEnd, titles: [first], afterPreposition: false, afterNoun: false, lowercase: 0 }
  let name: NameSpan | null = null
  for (let steps = 0; steps < MAX_STEPS && state.at < tokens.length; steps++) {
    const step = readStep(text, tokens, state, grammar, wantName)
    if (step === 'stop') break
    if (step !== 'go') {
      name = step
      break
    }
  }
  return { titles: state.titles.map((title) => toLabel(text, tokens, title)), name }
}

function readTitle(tokens: readonly Token[], at: number, grammar: PeopleGrammar): TitleSpan | null {
  const hit = findLongestPhraseAt(grammar.titles, tokens, at)
  return hit ? { label: hit.value.label, titleEnd: hit.end, labelEnd: hit.end } : null
}

function readStep(text: string, tokens: readonly Token[], state: State, grammar: PeopleGrammar, wantName: boolean): Step {
  let kind = gapKindBefore(text, tokens, state.at)
  if (kind === 'open') {
    const after = skipParenthesis(text, tokens, state.at)
    if (after === null) return 'stop'
    state.at = after.at
    kind = after.kind
  }
  if (kind === 'comma') return wantName ? readName(text, tokens, state.at, grammar) ?? 'stop' : 'stop'
  if (kind !== 'space' && kind !== 'apostrophe') return 'stop'
  const token = tokens[state.at] as Token
  return token.capital ? readCapital(text, tokens, state, grammar, wantName) : readLowercase(text, tokens, state, grammar)
}

function readCapital(text: string, tokens: readonly Token[], state: State, grammar: PeopleGrammar, wantName: boolean): Step {
  if (findLongestPhraseAt(grammar.titles, tokens, state.at) !== null) return 'stop'
  if (state.afterPreposition) {
    advance(state, readObjectEnd(text, tokens, state.at, grammar))
    state.afterNoun = true
    return 'go'
  }
  if (wantName) {
    const name = readName(text, tokens, state.at, grammar)
    if (name) return name
  }
  if (!grammar.notNameWords.has((tokens[state.at] as Token).key)) return 'stop'
  advance(state, wordEnd(text, tokens, state.at))
  state.afterNoun = true
  return 'go'
}

function readLowercase(text: string, tokens: readonly Token[], state: State, grammar: PeopleGrammar): Step {
  const key = (tokens[state.at] as Token).key
  if (key === 'et') return readSecondTitle(text, tokens, state, grammar)
  if (grammar.prepositions.has(key)) {
    state.afterPreposition = true
    state.afterNoun = false
    state.at++
    return 'go'
  }
  if (grammar.stops.has(key)) return 'stop'
  if (!state.afterNoun && findLongestPhraseAt(grammar.titles, tokens, state.at) !== null) return 'stop'
  const adjectiveEnd = readAdjectiveEnd(tokens, state.at, grammar)
  if (adjectiveEnd === null && !state.afterPreposition && !state.afterNoun) return 'stop'
  if (++state.lowercase > MAX_LOWERCASE) return 'stop'
  const inComplement = state.afterPreposition || state.afterNoun
  advance(state, adjectiveEnd ?? wordEnd(text, tokens, state.at))
  state.afterNoun = inComplement
  return 'go'
}

/** `et ministre des Affaires étrangères`: a second title; anything else after `et` ends the complement. */
function readSecondTitle(text: string, tokens: readonly Token[], state: State, grammar: PeopleGrammar): Step {
  if (gapKindBefore(text, tokens, state.at + 1) !== 'space') return 'stop'
  const title = readTitle(tokens, state.at + 1, grammar)
  if (title === null) return 'stop'
  state.titles.push(title)
  state.at = title.titleEnd
  state.afterPreposition = false
  state.afterNoun = false
  state.lowercase = 0
  return 'go'
}

function advance(state: State, end: number): void {
  state.at = end
  state.afterPreposition = false
  const current = state.titles[state.titles.length - 1]
  if (current) current.labelEnd = end
}

/** The complement's noun after a preposition: a country read whole (`Afrique du Sud`), or one word. */
function readObjectEnd(text: string, tokens: readonly Token[], at: number, grammar: PeopleGrammar): number {
  const country = findLongestPhraseAt(grammar.countries.index, tokens, at, (hit) => hit.value.code !== null)
  return country ? Math.max(country.end, wordEnd(text, tokens, country.end - 1)) : wordEnd(text, tokens, at)
}

/** A nationality adjective (`sud-africain`) or a title adjective (`adjoint`) at `at`: the index after it. */
function readAdjectiveEnd(tokens: readonly Token[], at: number, grammar: PeopleGrammar): number | null {
  const demonym = findLongestPhraseAt(grammar.countries.index, tokens, at, (hit) => hit.value.code !== null && hit.value.capitalAt < 0)
  if (demonym) return demonym.end
  return grammar.titleAdjectives.has((tokens[at] as Token).key) ? at + 1 : null
}

/** The index after the word at `at` and the tokens hyphen-glued to it. */
function wordEnd(text: string, tokens: readonly Token[], at: number): number {
  let end = at + 1
  while (end < tokens.length && gapKindBefore(text, tokens, end) === 'hyphen') end++
  return end
}

/** `(PCV), Tô Lâm`: the token after the closing parenthesis, and the gap left after it. */
function skipParenthesis(text: string, tokens: readonly Token[], at: number): { at: number; kind: GapKind } | null {
  for (let next = at + 1; next < tokens.length && next <= at + MAX_PARENTHESIS; next++) {
    const gap = gapBefore(text, tokens, next)
    const close = gap.indexOf(')')
    if (close >= 0) return { at: next, kind: toGapKind(gap.slice(close + 1)) }
  }
  return null
}

/** `ministre des Affaires étrangères`: the title's label, then its complement as written when short. */
function toLabel(text: string, tokens: readonly Token[], title: TitleSpan): string {
  if (title.labelEnd <= title.titleEnd) return title.label
  const first = tokens[title.titleEnd] as Token
  const last = tokens[title.labelEnd - 1] as Token
  const complement = text.slice(first.start, last.end).replace(/\s*\([^)]*\)/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim()
  const words = complement.split(/[\s'’-]+/).length
  return words > MAX_LABEL_WORDS ? title.label : `${title.label} ${complement}`
}
