/**
 * What one build knows before normalising: the lexicon (loaded once per
 * process) and what the archive teaches (vocabulary.ts). A text is clean when
 * the normaliser, knowing the archive's counts, unglues nothing in it; the
 * words of clean texts are words for sure.
 *
 * Finding the clean texts takes one normalise pass; its results are kept
 * (`memo`) for the texts whose result the clean words cannot change, so that
 * normaliseDump does not repeat the work: knowing more clean words only ever
 * prevents splits (isKnown), so a clean text stays as the first pass left it.
 */
import { normaliseText } from './index.ts'
import type { NormaliseMemo, NormaliseOptions } from './index.ts'
import { detectLanguage } from './lang.ts'
import { loadLexicon } from './lexicon.ts'
import { learnVocabulary, learnCleanWords } from './vocabulary.ts'
import type { Vocabulary } from './vocabulary.ts'

/** Build once per build, from the raw text of every block of every dump. */
export function createNormaliseContext(texts: readonly string[], keepAsWritten: readonly string[]): NormaliseOptions {
  const lexicon = loadLexicon()
  const counted = learnVocabulary(texts)
  const { clean, memo } = findCleanTexts(texts, counted, keepAsWritten)
  return { lexicon, vocabulary: learnCleanWords(counted, clean), keepAsWritten, memo }
}

/**
 * The clean texts among `texts` under the archive's counts (`counted`, from
 * learnVocabulary over the texts of the whole archive), with the memo of
 * their results. Split from createNormaliseContext so that parallel workers
 * can each examine their share of the texts against the same counts.
 */
export function findCleanTexts(texts: readonly string[], counted: Vocabulary, keepAsWritten: readonly string[]): { clean: string[]; memo: NormaliseMemo } {
  const lexicon = loadLexicon()
  const memo: NormaliseMemo = new Map()
  const clean: string[] = []
  const seen = new Set<string>()
  for (const text of texts) {
    // Teasers repeat across dumps: each distinct text is examined once.
    if (seen.has(text)) continue
    seen.add(text)
    const lang = detectLanguage(text)
    const result = normaliseText(text, { lexicon, vocabulary: counted, lang })
    if (result.repairs.some((repair) => repair.rule.startsWith('unglue-'))) continue
    clean.push(text)
    // This pass ran without the editor's vetoes: keep its result only where they play no part.
    if (!keepAsWritten.some((form) => form.length > 0 && text.includes(form))) memo.set(text, { result, lang })
  }
  return { clean, memo }
}
