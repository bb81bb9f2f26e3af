/**
 * A person's name in running text: 2 to 4 capitalised words
 * (`Pham Minh Chinh`, `Nguyên Thi Minh Nguyêt`, `David B. Shear`,
 * `Woo Won-sik`, `Gloria de la Fuente`), after an optional honorific that is
 * not part of it (`Dame Froyla Tzalam`).
 *
 * Not a name: a word in capitals (`ONU`), an institution word (`Nations`,
 * `République`), a title word (`Ministre`), a month or a day; an article
 * opens a name only when two capitalised words follow (`Le Hoai Trung`,
 * never `Le Vietnam`).
 */
import type { PeopleGrammar } from './people-grammar.ts'
import { gapKindBefore, wordAt } from './token-gaps.ts'
import { findLongestPhraseAt } from './tokens.ts'
import type { PhraseIndex, Token } from './tokens.ts'

export const MIN_NAME_WORDS = 2
export const MAX_NAME_WORDS = 4

export interface NameSpan {
  /** Token indexes of the name, honorific excluded: `start` to `end` (exclusive). */
  start: number
  end: number
  /** As written, blanks collapsed (`David B. Shear`). */
  written: string
  /** Folded words joined by a space (`david b shear`): the person's key. */
  key: string
}

/** The name starting at token `at` (or after an honorific there), or null. */
export function readName(text: string, tokens: readonly Token[], at: number, grammar: PeopleGrammar): NameSpan | null {
  const start = skipPhrase(grammar.honorifics, text, tokens, at)
  const words: { start: number; end: number; initial: boolean }[] = []
  let next = start
  while (next < tokens.length && words.length <= MAX_NAME_WORDS) {
    if (words.length > 0) {
      if (!continuesName(text, tokens, next, words[words.length - 1]?.initial ?? false)) break
      if (!tokens[next]?.capital) {
        const particle = readParticle(text, tokens, next, grammar)
        if (particle === null) break
        next = particle
      }
    }
    const word = readNameWord(text, tokens, next, grammar)
    if (word === null) break
    words.push(word)
    next = word.end
  }
  if (!isNameShape(words, tokens, grammar)) return null
  const end = words[words.length - 1]?.end ?? start
  const written = text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0).replace(/[\s\u00a0\u202f]+/g, ' ')
  return { start, end, written, key: tokens.slice(start, end).map((token) => token.key).join(' ') }
}

/** One word of a name: a capitalised token and the tokens hyphen-glued to it (`Won-sik`). */
function readNameWord(text: string, tokens: readonly Token[], at: number, grammar: PeopleGrammar): { start: number; end: number; initial: boolean } | null {
  const token = tokens[at]
  if (!token || !token.capital || isAllCaps(wordAt(text, tokens, at))) return null
  if (grammar.notNameWords.has(token.key) || grammar.titleWords.has(token.key)) return null
  let end = at + 1
  while (end < tokens.length && gapKindBefore(text, tokens, end) === 'hyphen') end++
  return { start: at, end, initial: end === at + 1 && token.end - token.start === 1 }
}

/** The gap before `at` lets a name go on: a blank, or `. ` after an initial (`B. Shear`). */
function continuesName(text: string, tokens: readonly Token[], at: number, afterInitial: boolean): boolean {
  const kind = gapKindBefore(text, tokens, at)
  return kind === 'space' || (afterInitial && kind === 'initial')
}

/** `de la` in `Gloria de la Fuente`: the index after the particle when a capitalised word follows it. */
function readParticle(text: string, tokens: readonly Token[], at: number, grammar: PeopleGrammar): number | null {
  const hit = findLongestPhraseAt(grammar.particles, tokens, at)
  if (!hit || tokens[at]?.capital) return null
  const after = tokens[hit.end]
  return after?.capital && gapKindBefore(text, tokens, hit.end) === 'space' ? hit.end : null
}

function skipPhrase(index: PhraseIndex<true>, text: string, tokens: readonly Token[], at: number): number {
  const hit = findLongestPhraseAt(index, tokens, at)
  if (!hit || !tokens[at]?.capital) return at
  const kind = gapKindBefore(text, tokens, hit.end)
  return kind === 'space' || kind === 'initial' ? hit.end : at
}

function isNameShape(words: readonly { start: number; initial: boolean }[], tokens: readonly Token[], grammar: PeopleGrammar): boolean {
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return false
  const first = words[0]
  if (words[words.length - 1]?.initial) return false
  if (first && grammar.articles.has(tokens[first.start]?.key ?? '')) return words.length >= 3
  return true
}

const CAPITAL = /\p{Lu}/u

/** `ONU`, `PCV`: two or more letters, all capitals. */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && CAPITAL.test(word) && word === word.toUpperCase()
}
