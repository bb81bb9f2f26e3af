/**
 * Whitespace repairs: runs of spaces, tabs and the page's no-break spaces
 * (listed by hand: JavaScript's `\s` also matches line breaks), spaces at the
 * ends, a space before a comma. No-break spaces in a dump are HTML leftovers
 * (`et&nbsp; télécommunications`): they become plain spaces, and typography
 * places the right ones on output. Invisible and control characters (zero-width
 * spaces, bidi overrides, C0/C1 controls) are removed: they are not text a
 * reader can see, and a bidi override would reorder what follows it.
 */
import { toReplacement } from './edits.ts'
import type { Change } from './edits.ts'

const BLANKS = /[ \t\u00a0\u202f\u2007\u2009\u200a]+/g
/** Kept: ZWNJ/ZWJ (U+200C/D), which shape scripts and emoji. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]+/g

/** Changes to the spaces and tabs of `text`. */
export function fixSpacing(text: string): Change[] {
  const changes: Change[] = []
  for (const match of text.matchAll(BLANKS)) {
    const run = match[0]
    const at = match.index ?? 0
    const end = at + run.length
    if (at === 0 || end === text.length) {
      changes.push(toReplacement('spacing-trim', at, run, '', 'space at the end of the text'))
    } else if (isBeforeComma(text, at, end)) {
      changes.push(toReplacement('spacing-before-comma', at, run, '', 'no space before a comma'))
    } else if (/^[ \t]+$/.test(run)) {
      if (run !== ' ') changes.push(toReplacement('spacing-double', at, run, ' ', run.includes('\t') ? 'tab' : `${run.length} spaces`))
    } else {
      changes.push(toReplacement('spacing-nbsp', at, run, ' ', 'a no-break space from the page; typography places its own on output'))
    }
  }
  for (const match of text.matchAll(INVISIBLE)) {
    const codes = [...match[0]].map((char) => 'U+' + (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')).join(' ')
    changes.push(toReplacement('invisible-removed', match.index ?? 0, match[0], '', `invisible or control character ${codes}`))
  }
  return changes
}

/** `Politburo , du`: a word, spaces, a comma, then a space or the end. */
function isBeforeComma(text: string, start: number, end: number): boolean {
  if (text[end] !== ',') return false
  const after = text[end + 1]
  const before = text[start - 1] ?? ''
  return (after === undefined || /\s/u.test(after)) && /[\p{L}\p{N})»"”]/u.test(before)
}
