/**
 * Years a text mentions, sorted into past events (which bound the date of
 * the text from below) and targets (`pour 2030`, `d'ici 2030`, `horizon
 * 2045`, a sentence in the future tense), which say nothing of when it was written.
 */
import { memoByText, toFolded } from '../../util/text.ts'
import { findDayMonths, findMonthBefore } from './french.ts'

export interface YearMention {
  year: number
  month: number | null
  day: number | null
  kind: 'past' | 'target'
  /** Index of the year in the text. */
  index: number
  /** A few words around it for messages: `premier semestre 2019`. */
  snippet: string
}

const YEAR = /(?<!\p{N})(?:19|20)\d{2}(?!\p{N})/gu
/** Words just before a year that make it a target, not a past event (folded). */
const TARGET_CUE = /(?:^|[^\p{L}])(?:pour|d'ici(?: a| la fin de)?|horizon|vision|jusqu'(?:en|a|au)|objectifs?|cibles?|des|a partir de|(?:prevu|attendu|programme)e?s? (?:en|pour))(?: l'an(?:nee)?)?\s*$/u
/** Verbs in the future or conditional (folded): `s'engagera`, `continuerait`, `sera`. */
const FUTURE_VERB = /(?:^|[^\p{L}])(?:\p{L}{4,}(?:era|eront|erai|erait|eraient|iront|ira|irait|iraient)|sera|seront|serait|seraient|aura|auront|aurait|fera|feront|pourra|pourront|devra|devront)(?!\p{L})/u

/**
 * What every FUTURE_VERB match ends with (`r` then `a`, `ai`, `ait`, `aient`
 * or `ont`, ending a word), read on the text *before* folding, so that most
 * sentences need no folding at all. Folding keeps every ASCII letter
 * (lowercased), drops marks, and turns any other character into at most two
 * characters, never two of these letters side by side (`œ` → `oe`). So each
 * letter of the ending comes from itself (either case) or from a non-ASCII
 * character, non-ASCII characters (dropped marks) may stand between them,
 * and an ASCII letter right after would still be a letter. A sentence this
 * does not match cannot match FUTURE_VERB once folded.
 */
const FUTURE_ENDING_UNFOLDED = new RegExp(
  `${toUnfolded('r', '')}(?:${toUnfolded('a')}(?:${toUnfolded('i')}(?:${toUnfolded('t')}|${toUnfolded('e')}${toUnfolded('n')}${toUnfolded('t')})?)?|` +
  `${toUnfolded('o')}${toUnfolded('n')}${toUnfolded('t')})\\P{ASCII}*(?![A-Za-z])`,
  'u',
)

/** A pattern for what may fold to the ASCII letter `letter`, after what may fold to nothing (`gap`). */
function toUnfolded(letter: string, gap = '\\P{ASCII}*'): string {
  return `${gap}[${letter}${letter.toUpperCase()}\\P{ASCII}]`
}

/** A sentence with a verb in the future or conditional. */
function isFutureSentence(sentence: string): boolean {
  return FUTURE_ENDING_UNFOLDED.test(sentence) && FUTURE_VERB.test(toFolded(sentence))
}

/** Every year in `text`, but the years of a range (`mandat 2025-2030`: a period, not an event). */
export function findYearMentions(text: string): readonly YearMention[] {
  return memoYearMentions(text)
}

/**
 * The year mentions of each block are read again for every date of its dump
 * that needs a year (findLatestPastMention): a memo by text, bounded.
 * Callers only read the lists.
 */
const memoYearMentions = memoByText<readonly YearMention[]>((text) => readYearMentions(text), 50_000)

function readYearMentions(text: string): YearMention[] {
  const dates = findDayMonths(text)
  const mentions: YearMention[] = []
  for (const match of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index)
    if (/\d{4}\s*[-–—/]\s*$/u.test(before) || /^\s*[-–—/]\s*\d{4}/u.test(text.slice(match.index + 4))) continue
    const date = dates.find((found) => found.year !== null && match.index > found.index && match.index < found.index + found.text.length)
    const kind = TARGET_CUE.test(toFolded(before) + ' ') || isFutureSentence(toSentence(text, match.index)) ? 'target' : 'past'
    const snippet = date ? date.text : `${/(?:\S+\s+){0,2}$/u.exec(before)?.[0] ?? ''}${match[0]}`
    mentions.push({
      year: Number(match[0]), month: date?.month ?? findMonthBefore(text, match.index), day: date?.day ?? null,
      kind, index: match.index, snippet: snippet.trim(),
    })
  }
  return mentions
}

/** The sentence around `index`. */
function toSentence(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('; ', index))
  const endAt = text.slice(index).search(/[.;!?](?:\s|$)/u)
  return text.slice(start + 1, endAt === -1 ? text.length : index + endAt)
}
