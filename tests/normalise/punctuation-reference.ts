// The punctuation gaps as they were found before they were made linear (commit e2a5e79): the oracle of punctuation.test.ts.
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
import { toInsertion } from '../../src/normalise/edits.ts'
import type { Change } from '../../src/normalise/edits.ts'
import { isCutProtected } from '../../src/normalise/protect.ts'
import type { Span } from '../../src/normalise/protect.ts'

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
  for (let i = 0; i < chunk.length; i++) {
    const char = chunk[i] ?? ''
    if (!PUNCTUATION.has(char)) continue
    const gap = toGap(chunk, i, char, offset === 0)
    if (gap) gaps.push(gap)
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

function toGap(chunk: string, i: number, char: string, atTextStart: boolean): Gap | null {
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
      return nextIsWord && !isInclusiveClose(chunk, i) ? { after: i, rule: AFTER, note: 'space after ")"' } : null
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
  const right = chunk.slice(i + 1)
  if (!UPPER.test(right[0] ?? '') || !LOWER.test(right[1] ?? '')) return false
  const head = chunk.slice(0, i)
  if (/[)»"”]$/u.test(head)) return true
  const left = /[\p{L}\p{N}]+$/u.exec(head)?.[0] ?? ''
  if (left.length === 1) return UPPER.test(left) && (head.length === 1 || /[.\-‐]$/u.test(head.slice(0, -1)))
  const last = left.slice(-1)
  return left.length >= 2 && (LOWER.test(last) || DIGIT.test(last))
}

function isInclusiveClose(chunk: string, i: number): boolean {
  const open = chunk.lastIndexOf('(', i)
  return open !== -1 && INCLUSIVE.test(chunk.slice(open, i + 1)) && LOWER.test(chunk[i + 1] ?? '')
}

/** `f(x)`: a single letter before `(` is notation, not a word. */
function isWordBefore(chunk: string, i: number): boolean {
  const left = /[\p{L}\p{N}]+$/u.exec(chunk.slice(0, i))?.[0] ?? ''
  return left.length >= 2
}
