/**
 * normalise (pure): repair one text. Spacing (doubled spaces, a space missing
 * after punctuation), then glued words (digits, case, lexicon). Every change
 * is a Repair in the coordinates of the input: `from` (the text examined, at
 * `offset`) became `to`. The spans of an unglue-case and an unglue-lexicon
 * repair may nest (`leVietnamreposent`: case splits `le|Vietnamreposent`, the
 * lexicon then `Vietnam|reposent`); each describes its own spaces.
 */
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
}

/** A text's result and language under one set of options. */
export type NormaliseMemo = Map<string, { result: NormaliseResult; lang: 'fr' | 'vi' }>

const CHUNK = /\S+/g
const GROUP = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu
/**
 * Fast path: a chunk that is one word between plain punctuation (`l’`-less,
 * digit-less): if the word is known there is nothing to repair in it. (Latin-1
 * letters only: a cheap test without the `u` flag; anything else takes the long way.)
 */
const PLAIN_CHUNK = /^[«("“]?([A-Za-zÀ-ÖØ-öø-ÿœŒæÆ]+)[.,;:!?»)"”]*$/
const LOWERCASE = /^[a-zß-öø-ÿœæ]+$/
const CAPITALISED_WORD = /^[A-ZÀ-ÖØ-ÞŒÆ][a-zß-öø-ÿœæ]+$/
const CAPITALISED = /^[«"“(]?\p{Lu}\p{Ll}/u

/** normalise (pure): repair one text; returns the new text and every repair made. */
export function normaliseText(text: string, options: NormaliseOptions = {}): NormaliseResult {
  const changes: Change[] = fixSpacing(text)
  const spans = findProtectedSpans(text, options.keepAsWritten)
  const unglue = options.unglue !== false && (options.lang ?? detectLanguage(text)) === 'fr'
  const model = unglue ? toWordModel(options) : null
  const chunks = [...text.matchAll(CHUNK)]
  for (const [index, chunk] of chunks.entries()) {
    const chunkAt = chunk.index ?? 0
    if (model && isKnownPlainChunk(model, chunk[0])) continue
    changes.push(...findPunctuationGaps(text, chunk[0], chunkAt, spans))
    if (!model) continue
    let place: RunPlace | null = null
    for (const group of chunk[0].matchAll(GROUP)) {
      const word = group[0]
      const at = chunkAt + (group.index ?? 0)
      if (isProtected(spans, at, at + word.length)) continue
      place ??= toPlace(chunks, index)
      changes.push(...unglueGroup(model, word, at, place))
    }
  }
  return applyChanges(text, changes)
}

function isKnownPlainChunk(model: WordModel, chunk: string): boolean {
  const word = PLAIN_CHUNK.exec(chunk)?.[1]
  if (word === undefined) return false
  if (LOWERCASE.test(word)) return model.lexicon.forms.has(word)
  return CAPITALISED_WORD.test(word) && isKnown(model, word.toLowerCase(), true)
}

/** A capitalised word next to another one, mid-sentence, is part of a name (`Le Hoai Trung`). */
function toPlace(chunks: readonly RegExpMatchArray[], index: number): RunPlace {
  const previous = chunks[index - 1]?.[0] ?? ''
  const beforePrevious = chunks[index - 2]?.[0] ?? ''
  const next = chunks[index + 1]?.[0] ?? ''
  const previousStartsSentence = index - 1 === 0 || /[.!?:»"”–—-]$/u.test(beforePrevious)
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
