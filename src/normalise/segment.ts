/**
 * Best split of a lowercase letter run into two or more words (Viterbi over
 * word log probabilities, a cost per lost space, a bonus for word pairs the
 * archive uses). Letters are code points of `\p{L}`: accents are letters, not
 * boundaries (wordninja's `[a-z]` pitfall).
 *
 * - A deleted line break glues two words, so a token rarely hides more than
 *   one lost space: a second one costs `logExtraGap`, a third is not tried
 *   (junk such as `aaaa…` or a base64 string is never shredded into words).
 * - On request, one word of the split may be new to the lexicon
 *   (`lacybercriminalité` is `la` + `cybercriminalité`), priced like a whole
 *   unknown token (character model, or a derivation such as `pro` + `activement`).
 * The search keeps one best path per (words so far: 1, 2, 3; new word used).
 */
import { scoreDerived, scorePairBonus, scorePiece, scoreWhole } from './word-model.ts'
import type { WordModel } from './word-model.ts'

const LONGEST_WORD = 26
const LAYERS = 3
/** A new word inside a split has at least this many letters. */
const MIN_NEW_WORD = 4
/** A derivation: a prefix of 2+ letters and a stem of 4+. */
const MIN_DERIVED = 6

/** What surrounds the run inside its token. */
export interface RunEdges {
  /** The run is followed by an apostrophe: its last word must be an elided clitic (`l`, `qu`). */
  beforeApostrophe?: boolean
  /** The run is followed by `-rest` (lowercase): its last word may be a compound's first part. */
  beforeHyphen?: string
  /** The run follows `first-` (lowercase): its first word may be a compound's second part. */
  afterHyphen?: string
}

export interface Split {
  words: string[]
  /** Offsets in the run where a space goes. */
  cuts: number[]
  logProb: number
  /** Archive pairs that supported the split, e.g. `les autres×2`. */
  evidence: string[]
  /** The word of the split the lexicon does not know, if any. */
  newWord: string | null
}

interface Cell {
  score: number
  start: number
  from: number
}

/**
 * The best split into 2+ words, or null when the run has none. With
 * `allowNewWord`, one word of the split may be unknown to the lexicon.
 */
export function findBestSplit(model: WordModel, run: string, edges: RunEdges = {}, allowNewWord = false): Split | null {
  const n = run.length
  // cells[state][end], state = layer * 2 + (new word used ? 1 : 0), layer = words so far − 1.
  const cells: Cell[][] = Array.from({ length: LAYERS * 2 }, () => Array.from({ length: n + 1 }, () => ({ score: -Infinity, start: -1, from: -1 })))
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      if (start === 0 && end === n) continue
      const word = run.slice(start, end)
      const known = toLogWord(model, word, start === 0, end === n, edges, start === 0 || end === n)
      const isNew = known === -Infinity
      const logWord = isNew ? (allowNewWord ? toLogNewWord(model, word, start === 0, end === n, edges) : -Infinity) : known
      if (logWord === -Infinity) continue
      if (start === 0) {
        relax(cells, isNew ? 1 : 0, end, { score: logWord, start: 0, from: -1 })
        continue
      }
      for (let from = 0; from < LAYERS * 2; from++) {
        const before = cells[from]?.[start]
        if (!before || before.score === -Infinity || (isNew && from % 2 === 1)) continue
        const layer = Math.floor(from / 2)
        if (layer === LAYERS - 1) continue
        const previous = run.slice(before.start, start)
        const gap = layer === 0 ? model.params.logGap : model.params.logExtraGap
        const to = (layer + 1) * 2 + (from % 2 === 1 || isNew ? 1 : 0)
        relax(cells, to, end, { score: before.score + logWord + gap + scorePairBonus(model, previous, word), start, from })
      }
    }
  }
  let best = -1
  for (let state = 2; state < LAYERS * 2; state++) if ((cells[state]?.[n]?.score ?? -Infinity) > (cells[best]?.[n]?.score ?? -Infinity)) best = state
  const total = cells[best]?.[n]?.score ?? -Infinity
  if (total === -Infinity) return null
  const cuts: number[] = []
  for (let at = n, state = best; ; ) {
    const cell = cells[state]?.[at]
    if (!cell || cell.from === -1) break
    cuts.unshift(cell.start)
    state = cell.from
    at = cell.start
  }
  return toSplit(model, run, cuts, total, edges)
}

function relax(cells: Cell[][], state: number, end: number, cell: Cell): void {
  const row = cells[state]
  if (row && cell.score > (row[end]?.score ?? -Infinity)) row[end] = cell
}

function toSplit(model: WordModel, run: string, cuts: number[], logProb: number, edges: RunEdges): Split {
  const words: string[] = []
  const evidence: string[] = []
  let newWord: string | null = null
  let last = 0
  for (const [index, cut] of [...cuts, run.length].entries()) {
    const word = run.slice(last, cut)
    const previous = words[words.length - 1]
    if (previous !== undefined) {
      const count = model.vocabulary.pairs.get(`${previous} ${word}`) ?? 0
      if (count > 0) evidence.push(`${previous} ${word}×${count}`)
    }
    if (toLogWord(model, word, index === 0, cut === run.length, edges, true) === -Infinity) newWord = word
    words.push(word)
    last = cut
  }
  return { words, cuts, logProb, evidence, newWord }
}

function toLogWord(model: WordModel, word: string, first: boolean, last: boolean, edges: RunEdges, atEdge: boolean): number {
  if (last && edges.beforeApostrophe) {
    const rank = model.lexicon.clitics.get(word)
    return rank === undefined ? -Infinity : -Math.log(rank * model.lexicon.harmonic)
  }
  // Next to a hyphen, a word makes a known compound with the rest (`plate` of `plate-forme`,
  // `socio` of `socio-économique`) or joins a known word (`vice-Premier`); `Phnom-Penh` stays whole.
  if (last && edges.beforeHyphen !== undefined) {
    return toLogCompoundPart(model, word, word + edges.beforeHyphen, edges.beforeHyphen.split('-')[1] ?? '')
  }
  if (first && edges.afterHyphen !== undefined) {
    return toLogCompoundPart(model, word, edges.afterHyphen + word, edges.afterHyphen.split('-').at(-2) ?? '')
  }
  const logWord = scorePiece(model, word)
  if (logWord !== -Infinity) return logWord
  // A new derivation at the run's edge counts as known: `lancéesproactivement` is `lancées` + `proactivement`, not three words.
  return atEdge && word.length >= MIN_DERIVED ? scoreDerived(model, word) : -Infinity
}

/** `word` as the part of `compound` next to the hyphen; `across`: the compound's part on the other side. */
function toLogCompoundPart(model: WordModel, word: string, compound: string, across: string): number {
  if (model.lexicon.forms.has(compound)) return scorePiece(model, compound)
  return scorePiece(model, across) !== -Infinity ? scorePiece(model, word) : -Infinity
}

function toLogNewWord(model: WordModel, word: string, first: boolean, last: boolean, edges: RunEdges): number {
  if (word.length < MIN_NEW_WORD || (last && (edges.beforeApostrophe || edges.beforeHyphen !== undefined))) return -Infinity
  if (first && edges.afterHyphen !== undefined) return -Infinity
  return scoreWhole(model, word, false)
}
