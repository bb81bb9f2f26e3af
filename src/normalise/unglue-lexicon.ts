/**
 * unglue-lexicon: split a run of lowercase letters (or a capitalised one) that
 * no lexicon and no archive knows, when the glue story is clearly more likely
 * than the one-word story (see word-model.ts).
 */
import { VIETNAMESE_LETTER } from './lang.ts'
import { findBestSplit } from './segment.ts'
import type { RunEdges, Split } from './segment.ts'
import { scoreWhole } from './word-model.ts'
import type { WordModel } from './word-model.ts'

export interface LexiconSplit extends Split {
  /** log-odds of glue against one word. */
  odds: number
}

/** Where the run stands in the sentence. */
export interface RunPlace {
  /** A capitalised neighbour word (`Le Hoai Trung`, `Thong Mengdavid`): a capitalised run is then a name. */
  nameContext?: boolean
}

/** Short capitalised tokens are often names (`Hoai`, `Quoc`): only the most frequent words may split them (`Ila` → `Il a`). */
const SHORT_NAME = 5
const FREQUENT_RANK = 200
/** The known half of a split with a new word must be this frequent: `la`, `de`, `et`, `en`. */
const FUNCTION_WORD_RANK = 100

/** The split of `run` (letters only), or null to leave it whole. */
export function unglueLexicon(model: WordModel, run: string, edges: RunEdges = {}, place: RunPlace = {}): LexiconSplit | null {
  const lower = run.toLowerCase()
  if (lower.length !== run.length || run.length < 2 || VIETNAMESE_LETTER.test(run)) return null
  const capitalised = lower !== run
  // Only `x` or `Xxx`: all capitals (acronyms) and inner capitals are not this rule's business.
  if (capitalised && run.slice(1) !== lower.slice(1)) return null
  if (!edges.beforeApostrophe && (run.length < 3 || isKnown(model, lower, capitalised))) return null
  const split = findBestSplit(model, lower, edges) ?? findSplitWithNewWord(model, lower, edges)
  if (!split) return null
  let margin = model.params.margin
  if (capitalised && split.evidence.length === 0) {
    if (run.length <= SHORT_NAME && !split.words.every((word) => toRank(model, word) <= FREQUENT_RANK)) return null
    if (place.nameContext) margin += model.params.nameMargin
  }
  const whole = scoreWhole(model, lower, capitalised) + (edges.beforeApostrophe ? model.params.logBeforeApostrophe : 0)
  const odds = split.logProb - whole
  return odds >= margin ? { ...split, odds } : null
}

/**
 * A word the lexicon does not know, glued to a frequent short word
 * (`lacybercriminalité`, `Trunget`): a new word and a compound look alike to
 * the character model, so only the archive can tell: it must write the pair
 * apart elsewhere (`la cybercriminalité`).
 */
function findSplitWithNewWord(model: WordModel, lower: string, edges: RunEdges): Split | null {
  const split = findBestSplit(model, lower, edges, true)
  if (!split?.newWord || split.words.length !== 2 || split.evidence.length === 0) return null
  const other = split.words[0] === split.newWord ? split.words[1] : split.words[0]
  return other !== undefined && toRank(model, other) <= FUNCTION_WORD_RANK ? split : null
}

/**
 * Never split a word: a form of the lexicon, a name, a word of the archive's
 * clean texts, a word whose capital lost its accent (`Etats`, `Ecole`). Other
 * missing accents are not guessed: `dela` is `de la`, not `delà`.
 */
export function isKnown(model: WordModel, lower: string, capitalised: boolean): boolean {
  const { lexicon, vocabulary } = model
  if (lexicon.forms.has(lower)) return true
  if (capitalised && lexicon.names.has(lower)) return true
  model.asked?.push(lower)
  if (vocabulary.cleanWords.has(lower)) return true
  return capitalised && (ACCENTED_CAPITALS[lower[0] ?? ''] ?? []).some((initial) => lexicon.forms.has(initial + lower.slice(1)))
}

const ACCENTED_CAPITALS: Readonly<Record<string, readonly string[]>> = { a: ['à', 'â'], e: ['é', 'è', 'ê'], i: ['î'], o: ['ô'], u: ['ù', 'û'], c: ['ç'] }

function toRank(model: WordModel, word: string): number {
  return model.lexicon.ranks.get(word) ?? model.lexicon.clitics.get(word) ?? Infinity
}

