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

function typesetProse(text: string): string {
  return text
    .replace(new RegExp(`(?<=[^\\s:;!?])${SPACES}:(?!\\d)`, 'gu'), `${NBSP}:`)
    .replace(new RegExp(`(?<=[\\p{L})»"”])${SPACES}:(?=\\d)`, 'gu'), `${NBSP}:`)
    .replace(new RegExp(`(?<=[^\\s:;!?])${SPACES}([;!?])`, 'gu'), `${NNBSP}$1`)
    .replace(new RegExp(`«${SPACES}(?=\\S)`, 'gu'), `«${NNBSP}`)
    .replace(new RegExp(`(?<=\\S)${SPACES}»`, 'gu'), `${NNBSP}»`)
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
    .replace(new RegExp(`(?<![\\p{L}\\p{N}])([nN]°)${SPACES}(?=\\p{N})`, 'gu'), `$1${NBSP}`)
    .replace(toDateRule(), `$1${NBSP}$2`)
}

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
