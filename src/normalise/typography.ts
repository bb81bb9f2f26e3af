/**
 * French typography for output (Imprimerie nationale), applied by the renderer
 * on output, never inside normaliseText:
 * - U+00A0 (no-break space) before `:`, after `n°`, between a day and its month (`17 juillet`, `1er mars`);
 * - U+202F (narrow no-break space) before `; ! ?` and inside `« »`;
 * - `’` for `'` between letters.
 * URLs, e-mails and domains are left alone, and so are times and ratios
 * (`10:30`, `3:1`). Idempotent. Only spaces and tabs are ever collapsed:
 * JavaScript's `\s` matches U+00A0 and U+202F too, so it is not used to find
 * the spaces to replace.
 */
import { dictionary } from '@zxcvbn-ts/language-fr'
import { findProtectedSpans } from './protect.ts'

const NBSP = '\u00a0'
const NNBSP = '\u202f'
/** Any space a rule may replace (the kinds it writes included, for idempotence). */
const SPACES = '[ \\t\\u00a0\\u202f]*'

let dateRule: RegExp | undefined

export function toFrenchTypography(text: string): string {
  let out = ''
  let at = 0
  for (const [start, end] of mergeSpans(findProtectedSpans(text))) {
    if (start > at) out += typesetProse(text.slice(at, start))
    out += text.slice(Math.max(at, start), end)
    at = Math.max(at, end)
  }
  return out + typesetProse(text.slice(at))
}

/** The rules of typesetProse, compiled once (they were built on every call; `replace` resets a global pattern's position). */
const COLON_AFTER_TEXT = new RegExp(`(?<=[^\\s:;!?])${SPACES}:(?!\\d)`, 'gu')
const COLON_BEFORE_DIGIT = new RegExp(`(?<=[\\p{L})»"”])${SPACES}:(?=\\d)`, 'gu')
const HIGH_PUNCTUATION = new RegExp(`(?<=[^\\s:;!?])${SPACES}([;!?])`, 'gu')
const OPENING_GUILLEMET = new RegExp(`«${SPACES}(?=\\S)`, 'gu')
const CLOSING_GUILLEMET = new RegExp(`(?<=\\S)${SPACES}»`, 'gu')
const APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu
const NUMERO = new RegExp(`(?<![\\p{L}\\p{N}])([nN]°)${SPACES}(?=\\p{N})`, 'gu')

/**
 * Each rule needs a character the text may not have (most texts have no `«`,
 * no `°`): looking for it first is cheaper than running the rule's lookbehinds.
 */
function typesetProse(text: string): string {
  let out = text
  if (out.includes(':')) out = out.replace(COLON_AFTER_TEXT, `${NBSP}:`).replace(COLON_BEFORE_DIGIT, `${NBSP}:`)
  if (out.includes(';') || out.includes('!') || out.includes('?')) out = out.replace(HIGH_PUNCTUATION, `${NNBSP}$1`)
  if (out.includes('«')) out = out.replace(OPENING_GUILLEMET, `«${NNBSP}`)
  if (out.includes('»')) out = out.replace(CLOSING_GUILLEMET, `${NNBSP}»`)
  if (out.includes("'")) out = out.replace(APOSTROPHE, '’')
  if (out.includes('°')) out = out.replace(NUMERO, `$1${NBSP}`)
  return DIGIT.test(out) ? out.replace(toDateRule(), `$1${NBSP}$2`) : out
}

/** Every day of the date rule has one. */
const DIGIT = /[1-9]/

/** `17 juillet`, `1er mars`: month names from the French lists of `@zxcvbn-ts/language-fr`. */
function toDateRule(): RegExp {
  if (!dateRule) {
    const months = (dictionary['months-fr'] ?? []).join('|')
    dateRule = new RegExp(`(?<![\\p{L}\\p{N}])([1-9]|[12]\\d|3[01]|1er)${SPACES}(${months})(?![\\p{L}])`, 'giu')
  }
  dateRule.lastIndex = 0
  return dateRule
}

function mergeSpans(spans: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = []
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}
