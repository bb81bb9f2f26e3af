/**
 * Spaces missing around punctuation inside a run of non-spaces:
 * - spacing-after-punctuation: after `, ; : ! ? )` and `»` (`contexte,la`,
 *   `Hanoï,17`, `Photo :VNA`), before `«` and `(` (`Hanoï(VNA)`);
 * - spacing-after-sentence: `pays.Le`, `(droite).Photo`, initials `B.Shear`;
 * - spacing-around-dash: a dash spaced on one side only (`Cybercriminalité –dite`);
 * - spacing-signature: `intégrale.-VNA` → `intégrale. -VNA`.
 * Left alone: numbers (`1,5`, `10:30`), inclusive endings (`ami(e)s`,
 * `fonction(s)`), notation and code (`f(x)`, `alert(1)`), glued dashes (`Vietnam–États-Unis`),
 * protected spans (URLs, e-mails, domains).
 */
import { toInsertion } from './edits.ts'
import type { Change } from './edits.ts'
import { isCutProtected } from './protect.ts'
import type { Span } from './protect.ts'

const WORD_CHAR = /[\p{L}\p{N}]/u
const LETTER = /\p{L}/u
const DIGIT = /\p{N}/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
/** `(e)`, `(s)`, `(es)`: inclusive writing, not a parenthesis to space. */
const INCLUSIVE = /^\(\p{Ll}{1,3}\)/u
const SIGNATURE = /[.!?»"”)]-\p{Lu}{2,6}$/u

interface Gap {
  /** Index in the chunk of the character after which the space goes. */
  after: number
  rule: string
  note: string
}

/** Spaces missing around punctuation inside `chunk` (a run without spaces starting at `offset` of `text`). */
export function findPunctuationGaps(text: string, chunk: string, offset: number, spans: readonly Span[]): Change[] {
  const gaps: Gap[] = []
  // The last `(` before i, kept as the loop goes: looking back for it at each `)` made a long chunk quadratic.
  let lastOpen = -1
  for (let i = 0; i < chunk.length; i++) {
    const char = chunk[i] ?? ''
    if (!PUNCTUATION.has(char)) continue
    const gap = toGap(chunk, i, char, offset === 0, lastOpen)
    if (gap) gaps.push(gap)
    if (char === '(') lastOpen = i
  }
  const isLast = text.slice(offset + chunk.length).trim() === ''
  const signature = isLast ? SIGNATURE.exec(chunk) : null
  if (signature) gaps.push({ after: signature.index ?? 0, rule: 'spacing-signature', note: 'space before the agency signature' })
  const changes: Change[] = []
  const done = new Set<number>()
  for (const gap of gaps) {
    const at = offset + gap.after
    if (done.has(gap.after) || gap.after < 0 || gap.after + 1 >= chunk.length || isCutProtected(spans, at + 1)) continue
    done.add(gap.after)
    changes.push(toInsertion(gap.rule, at, chunk.slice(gap.after, gap.after + 2), [1], gap.note))
  }
  return changes
}

const PUNCTUATION = new Set([',', ':', ';', '!', '?', '»', ')', '«', '(', '.', '-', '–', '—'])
const AFTER = 'spacing-after-punctuation'
const DASH = 'spacing-around-dash'

function toGap(chunk: string, i: number, char: string, atTextStart: boolean, lastOpen: number): Gap | null {
  const previous = chunk[i - 1] ?? ''
  const next = chunk[i + 1] ?? ''
  const nextIsWord = WORD_CHAR.test(next)
  switch (char) {
    case ',':
    case ':':
      if (DIGIT.test(previous) && DIGIT.test(next)) return null
      return nextIsWord ? { after: i, rule: AFTER, note: `space after "${char}"` } : null
    case ';':
    case '!':
    case '?':
    case '»':
      return nextIsWord ? { after: i, rule: AFTER, note: `space after "${char}"` } : null
    case ')':
      return nextIsWord && !isInclusiveClose(chunk, i, lastOpen) ? { after: i, rule: AFTER, note: 'space after ")"' } : null
    case '«':
      return WORD_CHAR.test(previous) ? { after: i - 1, rule: AFTER, note: 'space before "«"' } : null
    case '(':
      // `Hanoï(VNA)`, not `alert(1)` nor `fonction(s)`: the parenthesis opens on a word.
      return WORD_CHAR.test(previous) && LETTER.test(next) && !INCLUSIVE.test(chunk.slice(i)) && isWordBefore(chunk, i) ? { after: i - 1, rule: AFTER, note: 'space before "("' } : null
    case '.':
      return isSentenceEnd(chunk, i) ? { after: i, rule: 'spacing-after-sentence', note: 'space after a full stop' } : null
    case '-':
      // ` -Asie` (spaced on the left only) but not the signature `-VNA` nor a leading dash.
      return i === 0 && !atTextStart && nextIsWord && !/^-\p{Lu}{2,}\b/u.test(chunk) ? { after: i, rule: DASH, note: 'dash spaced on one side only' } : null
    default:
      if (i === 0 && nextIsWord && !atTextStart) return { after: i, rule: DASH, note: 'dash spaced on one side only' }
      if (i === chunk.length - 1 && WORD_CHAR.test(previous)) return { after: i - 1, rule: DASH, note: 'dash spaced on one side only' }
      return null
  }
}

/**
 * `pays.Le`, `2021.Le`, `(droite).Photo`, `B.Shear`: a full stop after a word
 * (2+ letters ending in lowercase or a digit), a closing mark or an initial,
 * then a capitalised word.
 */
function isSentenceEnd(chunk: string, i: number): boolean {
  if (!UPPER.test(chunk[i + 1] ?? '') || !LOWER.test(chunk[i + 2] ?? '')) return false
  if (CLOSING.has(chunk[i - 1] ?? '')) return true
  const left = wordLengthBefore(chunk, i)
  if (left === 1) return UPPER.test(chunk[i - 1] ?? '') && (i === 1 || INITIAL_MARK.has(chunk[i - 2] ?? ''))
  const last = chunk[i - 1] ?? ''
  return left >= 2 && (LOWER.test(last) || DIGIT.test(last))
}

/** Marks that close what a full stop ends: `(droite).Photo`, `»`, quotes. */
const CLOSING = new Set([')', '»', '"', '”'])
/** What may stand before an initial: `B.Shear`, `J.-C.Dupont`. */
const INITIAL_MARK = new Set(['.', '-', '‐'])

/** `(e)s`: the `)` at i closes `(` + 1 to 3 lowercase letters, the last `(` before it (at `open`), and a lowercase letter follows. */
function isInclusiveClose(chunk: string, i: number, open: number): boolean {
  return open !== -1 && INCLUSIVE.test(chunk.slice(open, i + 1)) && LOWER.test(chunk[i + 1] ?? '')
}

/** `f(x)`: a single letter before `(` is notation, not a word. */
function isWordBefore(chunk: string, i: number): boolean {
  return wordLengthBefore(chunk, i) >= 2
}

/**
 * The length (UTF-16 units, counted up to 3) of the run of letters and digits
 * that ends just before `i`: what `/[\p{L}\p{N}]+$/u` finds in
 * `chunk.slice(0, i)`, read backwards from `i` instead of scanning the whole
 * head, so that a long run without spaces stays linear.
 */
function wordLengthBefore(chunk: string, i: number): number {
  let length = 0
  let at = i
  while (at > 0 && length < 3) {
    const low = chunk.charCodeAt(at - 1)
    const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && chunk.charCodeAt(at - 2) >= 0xd800 && chunk.charCodeAt(at - 2) <= 0xdbff
    const width = pair ? 2 : 1
    if (!WORD_CHAR.test(chunk.slice(at - width, at))) break
    length += width
    at -= width
  }
  return length
}
