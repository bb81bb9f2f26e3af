/**
 * What stands between two tokens of a text: the tokeniser keeps words only,
 * and names and acronyms need the punctuation around them (`Luong Cuong,`
 * is an apposition, `52-NQ/TW` a code, `(PCV)` a definition).
 */
import type { Token } from './tokens.ts'

/**
 * - `space`: blanks only (or nothing);
 * - `apostrophe`: `l’ambassadeur`, `d'Information` (no blank);
 * - `hyphen`: `Won-sik`, `Etats-Unis`, `52-NQ` (no blank);
 * - `slash`: `NQ/TW`;
 * - `comma`: a comma, blanks around it;
 * - `open`, `close`: a parenthesis (with blanks), e.g. ` (` and `) `;
 * - `initial`: `B. ` (a full stop after a one-letter word: checked by the caller);
 * - `other`: anything else (full stop, colon, semicolon, quotes, dashes with blanks…).
 */
export type GapKind = 'space' | 'apostrophe' | 'hyphen' | 'slash' | 'comma' | 'open' | 'close' | 'initial' | 'other'

const BLANKS = /[\s\u00a0\u202f]+/g

/** The text between token `at - 1` (or the text's start) and token `at`. */
export function gapBefore(text: string, tokens: readonly Token[], at: number): string {
  const token = tokens[at]
  if (!token) return ''
  return text.slice(tokens[at - 1]?.end ?? 0, token.start)
}

export function toGapKind(gap: string): GapKind {
  const bare = gap.replace(BLANKS, '')
  const blank = bare.length !== gap.length
  if (bare === '') return 'space'
  if (!blank && /^['’ʼ]$/.test(bare)) return 'apostrophe'
  if (!blank && /^[-‐‑]$/.test(bare)) return 'hyphen'
  if (!blank && bare === '/') return 'slash'
  if (bare === ',') return 'comma'
  if (bare === '(') return 'open'
  if (bare === ')') return 'close'
  if (bare === '.' && blank) return 'initial'
  return 'other'
}

/** The kind of the gap before token `at`. */
export function gapKindBefore(text: string, tokens: readonly Token[], at: number): GapKind {
  return toGapKind(gapBefore(text, tokens, at))
}

/** The word as written in the text. */
export function wordAt(text: string, tokens: readonly Token[], at: number): string {
  const token = tokens[at]
  return token ? text.slice(token.start, token.end) : ''
}
