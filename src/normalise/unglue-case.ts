/**
 * unglue-case: a capital inside a token after a known word (`leVietnam`,
 * `deCOVID`, `MaiTien` when the archive writes `Mai Tien`), or a known
 * acronym glued to a word (`ASEANet`, `UNESCOLe`). Left alone: `iPhone`,
 * `eBay`, `McDonald`, `PhD`, `YouTube`, `VinFast` (no known word, or no evidence).
 */
import type { Cut } from './unglue-digit.ts'
import { unglueLexicon } from './unglue-lexicon.ts'
import { scorePiece } from './word-model.ts'
import type { WordModel } from './word-model.ts'

/** A capitalised left word must be this frequent (`Le`, `De`, `Au`) unless the archive pairs the two. */
const FREQUENT_RANK = 200

/** Where spaces go at the case changes of a letter run. */
export function findCaseCuts(model: WordModel, run: string): Cut[] {
  const cuts: Cut[] = []
  if (run.slice(1) === run.slice(1).toLowerCase()) return cuts
  let start = 0
  for (let i = 1; i < run.length; i++) {
    const before = run[i - 1] ?? ''
    const here = run[i] ?? ''
    if (isLower(before) && isUpper(here)) {
      const left = run.slice(start, i)
      const right = toRightWord(run, i)
      const note = acceptLowerUpper(model, left, right)
      if (note !== null) {
        cuts.push({ at: i, note })
        start = i
      }
    } else if (isUpper(before) && isLower(here) && i - start >= 3 && isAllUpper(run.slice(start, i))) {
      const cut = findAcronymCut(model, run.slice(start, i), toLowerTail(run, i))
      if (cut !== null) {
        cuts.push({ at: start + cut.at, note: cut.note })
        start += cut.at
      }
    }
  }
  return cuts
}

function acceptLowerUpper(model: WordModel, left: string, right: string): string | null {
  if (right.length < 2) return null
  const lowerLeft = left.toLowerCase()
  const lowerRight = right.toLowerCase()
  const pairs = model.vocabulary.pairs.get(`${lowerLeft} ${lowerRight}`) ?? 0
  if (pairs > 0) return `the archive writes "${left} ${right}" ×${pairs}`
  const rank = model.lexicon.ranks.get(lowerLeft) ?? Infinity
  if (isUpper(left[0] ?? '')) {
    if (left.slice(1) !== lowerLeft.slice(1)) return null
    return model.lexicon.forms.has(lowerLeft) && rank <= FREQUENT_RANK && isKnownRight(model, right) ? `"${left}" is a frequent word` : null
  }
  if (left.length < 2 && lowerLeft !== 'à') return null
  // `macOS`: a short acronym after a rare word is more likely a product name.
  if (isAllUpper(right) && right.length < 3 && rank > FREQUENT_RANK) return null
  if (scorePiece(model, lowerLeft) !== -Infinity) return `"${left}" is a word`
  return unglueLexicon(model, left) ? `"${left}" splits into words` : null
}

function isKnownRight(model: WordModel, right: string): boolean {
  const lower = right.toLowerCase()
  return isAllUpper(right) || scorePiece(model, lower) !== -Infinity || model.lexicon.ranks.has(lower) || (model.vocabulary.words.get(lower) ?? 0) > 0
}

/** `ASEAN|et` (acronym + lowercase word) or `UNESCO|Le` (acronym + capitalised word). */
function findAcronymCut(model: WordModel, capitals: string, tail: string): { at: number; note: string } | null {
  if (isKnownAcronym(model, capitals) && tail.length >= 2 && scorePiece(model, tail) !== -Infinity) {
    return { at: capitals.length, note: `"${capitals}" is a known acronym, "${tail}" a word` }
  }
  const head = capitals.slice(0, -1)
  const word = (capitals.slice(-1) + tail).toLowerCase()
  if (head.length >= 2 && isKnownAcronym(model, head) && scorePiece(model, word) !== -Infinity) {
    return { at: head.length, note: `"${head}" is a known acronym, "${capitals.slice(-1)}${tail}" a word` }
  }
  return null
}

function isKnownAcronym(model: WordModel, capitals: string): boolean {
  return (model.vocabulary.acronyms.get(capitals) ?? 0) >= 2 || model.lexicon.ranks.has(capitals.toLowerCase())
}

function toRightWord(run: string, from: number): string {
  const rest = run.slice(from)
  const capitals = /^\p{Lu}+(?!\p{Ll})/u.exec(rest)
  if (capitals) return capitals[0]
  return /^\p{Lu}\p{Ll}*/u.exec(rest)?.[0] ?? ''
}

function toLowerTail(run: string, from: number): string {
  return /^\p{Ll}*/u.exec(run.slice(from))?.[0] ?? ''
}

function isLower(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase()
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase()
}

function isAllUpper(text: string): boolean {
  return /^\p{Lu}+$/u.test(text)
}
