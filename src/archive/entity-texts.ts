/**
 * The texts of an article that people and organisations are found in:
 * title, standfirst, summary, each body block, and each French photo
 * caption (captions name who is in the photo, often the only place a
 * minister's title is written out).
 *
 * Left out, because they are credits and not mentions: photo credits
 * (`Photo : VNA`, kept apart by extract, and a `Photo …` tail left in a
 * caption), the dateline (`Hanoï (VNA) -`), the signature (`-VNA`) and
 * Vietnamese text (captions in Vietnamese, articles in Vietnamese).
 */
import type { ArticleRecord } from '../types.ts'
import { toPlainText } from './segments.ts'
import type { Token, Tokenizer } from './tokens.ts'

export type EntityField = 'title' | 'standfirst' | 'summary' | 'body' | 'caption'

export interface EntityText {
  field: EntityField
  /** The text the tokens point into. */
  text: string
  tokens: Token[]
}

/** The entity texts of an article, made on demand (tokens are not kept for the whole archive). */
export type TextsOf = (record: ArticleRecord) => EntityText[]

/** `Hanoï, 17 juillet (VNA) -` at the start of a paragraph. */
const DATELINE = /^[^()\n]{1,60}\(\s*[\p{Lu}][\p{Lu}\d]{1,9}\s*\)\s*[-–—]\s*/u
/** `… fin. -VNA`, `… fin. - VNA` at the end of a paragraph. */
const SIGNATURE = /(?<=[.!?»"”)])\s*[-–—]\s*[\p{Lu}][\p{Lu}\d]{1,9}\s*\.?\s*$/u
/** A credit left at the end of a caption: `… culturelles. Photo diffusée par la VNA`. */
const CAPTION_CREDIT = /(?<=[.!?»"”)])\s*\(?Photos?\b[^.]*$/u

export function toEntityTexts(record: ArticleRecord, tokenize: Tokenizer): EntityText[] {
  if (record.lang !== 'fr') return []
  const texts: EntityText[] = []
  const add = (field: EntityField, text: string | null) => {
    if (text && text.trim() !== '') texts.push({ field, text, tokens: tokenize(text) })
  }
  add('title', record.title)
  add('standfirst', record.standfirst)
  add('summary', record.summary ? withoutCredits(record.summary) : null)
  record.body.children.forEach((block) => add('body', withoutCredits(toPlainText(block))))
  for (const figure of record.figures) {
    if (figure.lang === 'fr') add('caption', figure.caption.replace(CAPTION_CREDIT, ''))
  }
  return texts
}

/** The paragraph without a dateline at its start and a signature at its end. */
export function withoutCredits(text: string): string {
  const rest = text.replace(DATELINE, '')
  return mayEndWithSignature(rest) ? rest.replace(SIGNATURE, '') : rest
}

/** What `SIGNATURE` must end on: a capital or digit, then blanks and a full stop at most. */
const SIGNATURE_END = /[\p{Lu}\d]$/u

/**
 * Whether the text ends as a signature would (`-VNA`, `- VNA.`): a cheap
 * look at its last characters, because `SIGNATURE`, anchored at the end,
 * is otherwise tried at every position of every paragraph. (`trimEnd`
 * removes exactly what `\s` matches.)
 */
function mayEndWithSignature(text: string): boolean {
  let end = text.trimEnd()
  if (end.endsWith('.')) end = end.slice(0, -1).trimEnd()
  // The last two code units: a capital outside the BMP is a surrogate pair.
  return SIGNATURE_END.test(end.slice(-2))
}
