/**
 * normalise (pure): repair one text. Spacing (doubled spaces, a space missing
 * after punctuation), then glued words (digits, case, lexicon). Every change
 * is a Repair in the coordinates of the input: `from` (the text examined, at
 * `offset`) became `to`. The spans of an unglue-case and an unglue-lexicon
 * repair may nest (`leVietnamreposent`: case splits `le|Vietnamreposent`, the
 * lexicon then `Vietnam|reposent`); each describes its own spaces.
 */
import type { Detach } from '../util/detach.ts'
import type { NormaliseResult } from '../types.ts'
import { applyChanges } from './edits.ts'
import { detectLanguage } from './lang.ts'
import type { Change } from './edits.ts'
import { loadLexicon } from './lexicon.ts'
import type { Lexicon } from './lexicon.ts'
import { findProtectedSpans, isProtected } from './protect.ts'
import { findPunctuationGaps } from './punctuation.ts'
import { fixSpacing } from './spacing.ts'
import { unglueGroup } from './unglue.ts'
import { isKnown } from './unglue-lexicon.ts'
import type { RunPlace } from './unglue-lexicon.ts'
import { EMPTY_VOCABULARY } from './vocabulary.ts'
import type { Vocabulary } from './vocabulary.ts'
import { createWordModel, DEFAULT_UNGLUE } from './word-model.ts'
import type { UnglueParams, WordModel } from './word-model.ts'

export interface NormaliseOptions {
  /** Default: the process-wide lexicon (loaded on first use). */
  lexicon?: Lexicon
  /** What the archive teaches (createNormaliseContext); default: nothing. */
  vocabulary?: Vocabulary
  /** Exact glued forms an editor vetoes: left as written. */
  keepAsWritten?: readonly string[]
  /** The text's language: glued words are repaired in French only. Default: detectLanguage(text). */
  lang?: 'fr' | 'vi'
  /** Repair glued words (default true); false keeps the spacing rules only. */
  unglue?: boolean
  /** Tuning of the unglue decision (defaults in word-model.ts). */
  params?: Partial<UnglueParams>
  /**
   * Results already known for these options, by text (createNormaliseContext
   * starts it; normaliseDump reads and fills it). normaliseText ignores it.
   */
  memo?: NormaliseMemo
  /** Languages already detected, by text (createNormaliseContext; normaliseDump reads them). normaliseText ignores them. */
  languages?: Map<string, 'fr' | 'vi'>
  /**
   * Set: how many more times normaliseDump will be asked for each text (the
   * lean build counts them in its first pass). A text's memo entry and
   * language are let go after its last use, and a result is remembered only
   * for a text still to come. Results are the same; only memory changes.
   */
  uses?: Map<string, number>
  /**
   * Set: what normaliseDump keeps past a dump (memo entries) holds strings
   * of its own, from this, never views into the dump's text (the lean build
   * lets each text go: src/lean.ts).
   */
  own?: Detach
}

/** A text's result and language under one set of options. */
export type NormaliseMemo = Map<string, { result: NormaliseResult; lang: 'fr' | 'vi' }>

const GROUP = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu
const CAPITALISED = /^[«"“(]?\p{Lu}\p{Ll}/u

/** normalise (pure): repair one text; returns the new text and every repair made. */
export function normaliseText(text: string, options: NormaliseOptions = {}): NormaliseResult {
  return repairText(text, options, isUnglued(text, options) ? toWordModel(options) : null)
}

/** Glued words are repaired in French only. */
function isUnglued(text: string, options: NormaliseOptions): boolean {
  return options.unglue !== false && (options.lang ?? detectLanguage(text)) === 'fr'
}

/**
 * normaliseText, and the words whose clean status (`vocabulary.cleanWords`)
 * the result depends on: with other clean words, a text none of these words
 * are in gets the same result (isKnown is the only reader of the clean words).
 */
export function normaliseAsking(text: string, options: NormaliseOptions = {}): { result: NormaliseResult; asked: string[] } {
  const asked: string[] = []
  if (!isUnglued(text, options)) return { result: repairText(text, options, null), asked }
  const model = toWordModel(options)
  const listening = model.asked
  model.asked = asked
  try {
    return { result: repairText(text, options, model), asked }
  } finally {
    model.asked = listening
  }
}

/** The repairs of `text`; glued words too when there is a model. */
function repairText(text: string, options: NormaliseOptions, model: WordModel | null): NormaliseResult {
  const changes: Change[] = fixSpacing(text)
  const spans = findProtectedSpans(text, options.keepAsWritten)
  const chunks = findChunks(text)
  for (let index = 0; index < chunks.length; index += 2) {
    const chunkAt = chunks[index] as number
    const chunkEnd = chunks[index + 1] as number
    if (model && isKnownPlainChunk(model, text, chunkAt, chunkEnd)) continue
    const chunk = text.slice(chunkAt, chunkEnd)
    changes.push(...findPunctuationGaps(text, chunk, chunkAt, spans))
    if (!model) continue
    let place: RunPlace | null = null
    for (const group of chunk.matchAll(GROUP)) {
      const word = group[0]
      const at = chunkAt + (group.index ?? 0)
      if (isProtected(spans, at, at + word.length)) continue
      place ??= toPlace(text, chunks, index)
      changes.push(...unglueGroup(model, word, at, place))
    }
  }
  return applyChanges(text, changes)
}

/**
 * The runs of non-whitespace of `text` (what `/\S+/g` matches), as start and
 * end offsets one after the other: no match objects, no strings, since most
 * chunks are known words that need neither.
 */
function findChunks(text: string): number[] {
  const bounds: number[] = []
  let start = -1
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (start !== -1) bounds.push(start, i)
      start = -1
    } else if (start === -1) start = i
  }
  if (start !== -1) bounds.push(start, text.length)
  return bounds
}

/** `/\s/.test(char)` for one UTF-16 unit: ECMAScript WhiteSpace and LineTerminator. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/**
 * Fast path: a chunk that is one word between plain punctuation (`l’`-less,
 * digit-less): if the word is known there is nothing to repair in it. Only
 * Latin-1 letters and `œ Œ`, read code by code (anything else takes the long
 * way): an opening mark `« ( " “` at most, letters, closing marks `. , ; : ! ? » ) " ”`;
 * the word is known when it is all lowercase (`a-z ß-ö ø-ÿ œ`) and a form, or
 * capitalised (`A-Z À-Ö Ø-Þ Œ`, then lowercase) and known (isKnown).
 */
function isKnownPlainChunk(model: WordModel, text: string, from: number, to: number): boolean {
  let start = from
  if (isOpeningMark(text.charCodeAt(start))) start++
  let end = start
  let lower = true
  let restLower = true
  for (; end < to; end++) {
    const code = text.charCodeAt(end)
    if (!isPlainLetter(code)) break
    const isLower = isLowerLetter(code)
    lower &&= isLower
    if (end > start) restLower &&= isLower
  }
  if (end === start) return false
  for (let i = end; i < to; i++) if (!isClosingMark(text.charCodeAt(i))) return false
  const word = text.slice(start, end)
  if (lower) return model.lexicon.forms.has(word)
  return end - start >= 2 && restLower && isUpperLetter(text.charCodeAt(start)) && isKnown(model, word.toLowerCase(), true)
}

/** `[A-Za-zÀ-ÖØ-öø-ÿœŒæÆ]` */
function isPlainLetter(code: number): boolean {
  if (code < 0xc0) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  return code <= 0xff ? code !== 0xd7 && code !== 0xf7 : code === 0x152 || code === 0x153
}

/** `[a-zß-öø-ÿœæ]` */
function isLowerLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7) || code === 0x153
}

/** `[A-ZÀ-ÖØ-ÞŒÆ]` */
function isUpperLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || code === 0x152
}

/** `[«("“]` */
function isOpeningMark(code: number): boolean {
  return code === 0xab || code === 0x28 || code === 0x22 || code === 0x201c
}

/** `[.,;:!?»)"”]` */
function isClosingMark(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0xbb || code === 0x29 || code === 0x22 || code === 0x201d
}

/** A capitalised word next to another one, mid-sentence, is part of a name (`Le Hoai Trung`). */
function toPlace(text: string, chunks: readonly number[], index: number): RunPlace {
  const chunkText = (k: number) => (k >= 0 && k < chunks.length ? text.slice(chunks[k], chunks[k + 1]) : '')
  const previous = chunkText(index - 2)
  const beforePrevious = chunkText(index - 4)
  const next = chunkText(index + 2)
  const previousStartsSentence = index - 2 === 0 || /[.!?:»"”–—-]$/u.test(beforePrevious)
  const nameContext = (CAPITALISED.test(previous) && !previousStartsSentence) || CAPITALISED.test(next)
  return { nameContext }
}

/** One model per (lexicon, vocabulary) with the default tuning, so its memo of decisions lasts the build. */
const models = new WeakMap<Lexicon, WeakMap<Vocabulary, WordModel>>()

function toWordModel(options: NormaliseOptions): WordModel {
  const lexicon = options.lexicon ?? loadLexicon()
  const vocabulary = options.vocabulary ?? EMPTY_VOCABULARY
  if (options.params) return createWordModel(lexicon, vocabulary, { ...DEFAULT_UNGLUE, ...options.params })
  let byVocabulary = models.get(lexicon)
  if (!byVocabulary) models.set(lexicon, (byVocabulary = new WeakMap()))
  let model = byVocabulary.get(vocabulary)
  if (!model) byVocabulary.set(vocabulary, (model = createWordModel(lexicon, vocabulary, DEFAULT_UNGLUE)))
  return model
}
