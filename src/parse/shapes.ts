/**
 * The shapes a dump line can have, decided by form (final credit, length,
 * punctuation, letter case), never by the exact strings of the samples.
 * All functions take one trimmed line and are pure.
 */
import { toFolded, toMatchKey } from '../util/text.ts'

export interface PhotoCredit {
  /** Index in the text where the credit phrase starts (`Photo : X`, `(Photo : X)`). */
  index: number
  /** The credit itself: `VNA`, `Thanh Long`. */
  credit: string
  /** The whole phrase as written: `Photo diffusée par la VNA`. */
  phrase: string
}

/**
 * `… Photo : VNA`, `… (Photo : X)`, `… (Ảnh: X)`, `… Phôt : VNA` (damaged) at the end of a line.
 * Global only so that a search can start at `lastIndex` (see findCreditColon).
 */
const CREDIT_COLON = /(?<=^|[\s.,;])\(?(?:Ph[oô]t[oô]?s?|Ảnh|Crédits?(?: photo)?|Source photo)\s*:\s*(?<credit>[^():]{1,80}?)\s*\)?\s*\.?$/giu
/** Longest text CREDIT_COLON reads before the spaces preceding its colon: `(Crédits photo`. */
const CREDIT_COLON_LEAD = '(Crédits photo'.length
/** `… Photo diffusée par la VNA` at the end of a line. */
const CREDIT_BY = /(?<=^|[\s.,;])\(?Photos? (?:diffusée?s?|fournie?s?|transmise?s?|publiée?s?) par\s+(?:la |le |les |l['’])?(?<credit>[^():]{1,60}?)\s*\)?\s*\.?$/iu
/** What every CREDIT_BY match holds, with no look-behind: a cheap test that rules out most lines. */
const CREDIT_BY_CORE = /Photos? (?:diffusée?s?|fournie?s?|transmise?s?|publiée?s?) par\s/iu
/** Most words a credit has (`ambassade du Vietnam au Sri Lanka`). */
const CREDIT_MAX_WORDS = 8
const SPACE = /\s/u

/** The photo credit ending a caption line, or null when the line has none. */
export function findPhotoCredit(text: string): PhotoCredit | null {
  const match = findCreditColon(text) ?? (CREDIT_BY_CORE.test(text) ? CREDIT_BY.exec(text) : null)
  const credit = match?.groups?.credit?.trim()
  if (!match || !credit || credit.split(/\s+/).length > CREDIT_MAX_WORDS) return null
  return { index: match.index, credit, phrase: match[0].trim() }
}

/**
 * CREDIT_COLON's match, searched only near the line's last colon. Nothing
 * after the credit's colon may be a colon, so it is the last one; before it
 * stand spaces and at most CREDIT_COLON_LEAD characters of `(Photo`. Starting
 * the search there gives the same leftmost match (the look-behind still sees
 * the text before) without trying the pattern at every position of the line.
 */
function findCreditColon(text: string): RegExpExecArray | null {
  const colon = text.lastIndexOf(':')
  if (colon === -1) return null
  let from = colon
  while (from > 0 && SPACE.test(text[from - 1] ?? '')) from--
  CREDIT_COLON.lastIndex = Math.max(0, from - CREDIT_COLON_LEAD)
  return CREDIT_COLON.exec(text)
}

export interface FigureMarker {
  /** Where the marker (`ảnh 1`) starts; the text before it is the repeated title. */
  index: number
  /** Where the caption starts, after the marker. */
  end: number
  marker: string
}

/** The scraper's `<title> ảnh 1<caption>` glue: the image number between title and caption. */
export function findFigureMarker(text: string): FigureMarker | null {
  const match = /(?<=^|\s)ảnh ?\d{1,3}(?=\s*\S)/iu.exec(text)
  if (!match) return null
  const end = match.index + match[0].length
  return { index: match.index, end: end + (/^\s*/u.exec(text.slice(end))?.[0].length ?? 0), marker: match[0] }
}

export interface PublicationLine {
  /** The publication name, once (the scraper doubles it: `Báo Quốc TếBáo Quốc Tế`). */
  name: string
  /** True when the line had the name twice. */
  doubled: boolean
  day: number
  month: number
  year: number
  /** Index of the date (`05/07/2025`) in the line. */
  dateIndex: number
  dateText: string
}

const PUBLICATION = /^(?<name>[^\d.!?]{2,80}?)[\s,|–-]*(?<date>(?<day>\d{1,2})\/(?<month>\d{1,2})\/(?<year>\d{4}))(?:[\s,-]*\d{1,2}[:h]\d{2})?$/u

/** `Báo Quốc TếBáo Quốc Tế05/07/2025`: a short name glued to a `dd/mm/yyyy` date. */
export function toPublicationLine(text: string): PublicationLine | null {
  const groups = PUBLICATION.exec(text)?.groups
  if (!groups?.name || !groups.date) return null
  const name = toSingleName(groups.name.trim())
  if (name.split(/\s+/).length > 8) return null
  return {
    name, doubled: name !== groups.name.trim(), day: Number(groups.day), month: Number(groups.month), year: Number(groups.year),
    dateIndex: text.lastIndexOf(groups.date), dateText: groups.date,
  }
}

/** `XX` or `X X` → `X` (a name the scraper wrote twice). */
export function toSingleName(name: string): string {
  for (const cut of [Math.floor(name.length / 2), Math.ceil(name.length / 2)]) {
    const head = name.slice(0, cut).trim()
    if (head !== '' && head === name.slice(cut).trim()) return head
  }
  return name
}

export interface SourceLine {
  url: string | null
  /** What follows `Source :` when it is not a URL (a publication name). */
  label: string | null
}

/** Most words of a source name (`Source : Báo Quốc Tế`); more is a sentence. */
const SOURCE_LABEL_MAX_WORDS = 8

/** `Source : https://…`, `Source: VNA`, or a stray `source` alone. */
export function toSourceLine(text: string): SourceLine | null {
  const match = /^(?:source|nguồn)\s*(?:[:：]\s*(?<rest>\S.*))?$/iu.exec(text)
  if (!match) return null
  const rest = match.groups?.rest?.trim() ?? null
  const url = rest ? /https?:\/\/\S+/u.exec(rest)?.[0] ?? null : null
  if (rest !== null && url === null && toWordCount(rest) > SOURCE_LABEL_MAX_WORDS) return null
  return { url, label: rest !== null && url === null ? rest : null }
}

const AGENCY = String.raw`\p{Lu}{2,8}(?:\s*\/\s*\p{Lu}{2,8})*`
const SIGNATURE_ALONE = new RegExp(String.raw`^[-–—]\s*(?<agency>${AGENCY})\.?$`, 'u')
/** After the final punctuation (`fin. -VNA`, `fin.- VNA`), or after a space with the dash glued to the agency (`fin -VNA`). */
const SIGNATURE_END = new RegExp(String.raw`(?:(?<=[.!?…»"”)\]])\s*(?<signature>[-–—]\s*(?<agency>${AGENCY})\.?)|(?<=\s)(?<glued>[-–—](?<gluedAgency>${AGENCY})\.?))$`, 'u')

/** `-VNA`, `- VNA` alone on a line. */
export function isSignatureLine(text: string): boolean {
  return SIGNATURE_ALONE.test(text)
}

export interface TrailingSignature {
  /** Where the signature (`-VNA`) starts in the text. */
  index: number
  agency: string
}

/** `… de la société numérique. -VNA`: the signature glued to the end of a paragraph. */
export function findTrailingSignature(text: string): TrailingSignature | null {
  const groups = SIGNATURE_END.exec(text)?.groups
  const signature = groups?.signature ?? groups?.glued
  const agency = groups?.agency ?? groups?.gluedAgency
  if (!signature || !agency) return null
  return { index: text.length - signature.length, agency: agency.replace(/\s+/g, '') }
}

/** The agency of a signature line or of a signature cut from a paragraph (`-VNA` → `VNA`). */
export function toAgency(signature: string): string {
  return signature.replace(/^[-–—\s]+|[.\s]+$/gu, '').replace(/\s+/g, '')
}

export interface DatelineMatch {
  /** The dateline as written, e.g. `Hanoi, 17 juillet (VNA) -`. */
  text: string
  place: string
  /** `17 juillet` when the dateline has a date. */
  date: string | null
  agency: string | null
  /** Length of the dateline and the spaces after it (where the paragraph text starts). */
  length: number
}

const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)*`
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE_WORD}(?: ${PLACE_WORD}){0,3})\s*` +
  String.raw`(?:,\s*(?<date>(?:\p{L}+\s+)?(?:1er|\d{1,2})\s*\p{L}+\.?(?:\s+\d{4})?))?\s*` +
  String.raw`(?:\((?<agency>[\p{Lu}\p{N}/&. ]{2,20})\))?\s*[-–—]\s*`,
  'u',
)

/** `Hanoï (VNA) -`, `Hanoi, 17 juillet (VNA) -`, `Hanoï,17 mars (VNA) -`, `Alger, 19 novembre (VNA) –`. */
export function matchDateline(text: string): DatelineMatch | null {
  const match = DATELINE.exec(text)
  const groups = match?.groups
  if (!match || !groups?.place || (!groups.date && !groups.agency)) return null
  return {
    text: match[0].trim(), place: groups.place, date: groups.date?.trim() ?? null,
    agency: groups.agency?.trim() ?? null, length: match[0].length,
  }
}

/** `Voir plus` (and its variants): the heading of the related-articles block. */
export function isVoirPlus(text: string): boolean {
  return !hasMoreAsciiAlnum(text, VOIR_PLUS_LETTERS) && /^(?:voir|lire) (?:plus|aussi)\W*$/u.test(toFolded(text))
}

/** Letters of the longest `Voir plus` variant (`lire aussi`). */
const VOIR_PLUS_LETTERS = 9

/**
 * More than `max` ASCII letters and digits in `text`? Folding (toFolded,
 * toMatchKey) keeps each of them (lowercased) and only ever adds letters, so
 * a text with more of them than a phrase or a key has cannot fold to it.
 * Long lines answer after `max + 1` characters or so, with nothing folded.
 */
export function hasMoreAsciiAlnum(text: string, max: number): boolean {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const lower = code | 0x20
    if (((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) && ++count > max) return true
  }
  return false
}

/** A navigation label: one to three words, capitalised (not all capitals), no digits, no final punctuation. */
export function isLabel(text: string): boolean {
  // The length first: most lines are long, and then nothing is split.
  return text.length <= 30 && text.split(/\s+/).length <= 3 && /^\p{Lu}[\p{L}'’&\- ]*$/u.test(text) && /\p{Ll}/u.test(text)
}

/** Words (runs of non-space) holding a letter or a digit. */
export function toWordCount(text: string): number {
  return countWords(text, Infinity)
}

/**
 * A word from its first letter or digit to its end: one match per word
 * that toWordCount counts, found in one pass, with no array of words.
 */
const WORD = /[\p{L}\p{N}]\S*/gu

/** toWordCount, stopping at `max` (all a threshold needs). */
function countWords(text: string, max: number): number {
  let count = 0
  WORD.lastIndex = 0
  while (count < max && WORD.test(text)) count++
  return count
}

/** Fewest words of a summary ending like a sentence, and of any summary. */
const SUMMARY_SENTENCE_WORDS = 15
const SUMMARY_WORDS = 40

/** A teaser summary or body paragraph: a long sentence (or a very long line). */
export function isSummaryLike(text: string): boolean {
  const needed = /[.!?…»"”)]$/u.test(text) ? SUMMARY_SENTENCE_WORDS : SUMMARY_WORDS
  return countWords(text, needed) >= needed
}

/** Two lines with the same words (ignoring case, accents, punctuation, spacing). */
export function isSameText(a: string, b: string): boolean {
  // `b` is a title at every call (its key is known already); a line with more
  // ASCII letters and digits than that key is long cannot have the same key,
  // so most lines are never keyed.
  const key = toMatchKey(b)
  return key !== '' && !hasMoreAsciiAlnum(a, key.length) && key === toMatchKey(a)
}
