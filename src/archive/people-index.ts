/**
 * Known names found anywhere in a text, titled or not: one phrase index of
 * every spelling, walked once over the text's words (longest name first).
 * A hit counts only when its first and last words are capitalised (a
 * hyphen-glued piece excepted: `Won-sik`; particles inside may not be:
 * `Gloria de la Fuente`), its words are apart by blanks only (not
 * `Luong, Cuong`), and the name does not go on with a hyphen
 * (`Hô Chi Minh` is not found in `Hô Chi Minh-Ville`).
 */
import { gapKindBefore } from './token-gaps.ts'
import { findLongestPhrases } from './tokens.ts'
import type { PhraseHit, PhraseIndex, Token } from './tokens.ts'

/** Folded name → the person's key. */
export type NameIndex = PhraseIndex<string>

export interface NameMention {
  key: string
  /** As written, blanks collapsed. */
  written: string
}

export function findNameMentions(index: NameIndex, text: string, tokens: readonly Token[]): NameMention[] {
  return findLongestPhrases(index, tokens, (hit) => isWrittenAsName(text, tokens, hit)).map((hit) => ({
    key: hit.value,
    written: text.slice(tokens[hit.start]?.start ?? 0, tokens[hit.end - 1]?.end ?? 0).replace(/[\s\u00a0\u202f]+/g, ' '),
  }))
}

function isWrittenAsName(text: string, tokens: readonly Token[], hit: PhraseHit<string>): boolean {
  if (hit.end < tokens.length && gapKindBefore(text, tokens, hit.end) === 'hyphen') return false
  if (hit.start > 0 && gapKindBefore(text, tokens, hit.start) === 'hyphen') return false
  const lastGlued = hit.end - 1 > hit.start && gapKindBefore(text, tokens, hit.end - 1) === 'hyphen'
  if (!tokens[hit.start]?.capital || (!tokens[hit.end - 1]?.capital && !lastGlued)) return false
  for (let at = hit.start + 1; at < hit.end; at++) {
    const kind = gapKindBefore(text, tokens, at)
    if (kind !== 'hyphen' && kind !== 'space' && kind !== 'initial') return false
  }
  return true
}
