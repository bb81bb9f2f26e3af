/**
 * What one build knows before normalising: the lexicon (loaded once per
 * process) and what the archive teaches (vocabulary.ts). A text is clean when
 * the normaliser, knowing the archive's counts, unglues nothing in it; the
 * words of clean texts are words for sure.
 *
 * Finding the clean texts takes one normalise pass; its results are kept
 * (`memo`) for the texts whose result the clean words cannot change, so that
 * normaliseDump does not repeat the work: knowing more clean words only ever
 * prevents splits (isKnown), so a clean text stays as the first pass left it;
 * a text that is not clean stays as it was when none of the words whose clean
 * status the pass asked about (normaliseAsking) turned out clean.
 */
import { normaliseAsking } from './index.ts'
import type { NormaliseMemo, NormaliseOptions } from './index.ts'
import type { NormaliseResult } from '../types.ts'
import { detectLanguage } from './lang.ts'
import { loadLexicon } from './lexicon.ts'
import { learnVocabulary, learnCleanWords } from './vocabulary.ts'
import type { Vocabulary } from './vocabulary.ts'

/** Build once per build, from the raw text of every block of every dump. */
export function createNormaliseContext(texts: readonly string[], keepAsWritten: readonly string[]): NormaliseOptions {
  const counted = learnVocabulary(texts)
  const examined = examineTexts(texts, counted, keepAsWritten)
  return settleTexts(examined, learnCleanWords(counted, examined.clean), keepAsWritten)
}

/** A text the first pass found not clean: its result, and the words whose clean status that result depends on. */
export interface UncleanText {
  text: string
  found: { result: NormaliseResult; lang: 'fr' | 'vi' }
  asked: readonly string[]
}

/** What the first pass found: the clean texts, their kept results, and the texts that are not clean. */
export interface Examined {
  clean: string[]
  memo: NormaliseMemo
  unclean: UncleanText[]
}

/**
 * The first pass over `texts` under the archive's counts (`counted`, from
 * learnVocabulary over the texts of the whole archive). Split from
 * createNormaliseContext so that parallel workers can each examine their
 * share of the archive's texts against the same counts.
 */
export function examineTexts(texts: readonly string[], counted: Vocabulary, keepAsWritten: readonly string[]): Examined {
  const lexicon = loadLexicon()
  const memo: NormaliseMemo = new Map()
  const clean: string[] = []
  const unclean: UncleanText[] = []
  const seen = new Set<string>()
  for (const text of texts) {
    // Teasers repeat across dumps: each distinct text is examined once.
    if (seen.has(text)) continue
    seen.add(text)
    const lang = detectLanguage(text)
    const { result, asked } = normaliseAsking(text, { lexicon, vocabulary: counted, lang })
    // This pass ran without the editor's vetoes: keep its result only where they play no part.
    const vetoed = keepAsWritten.some((form) => form.length > 0 && text.includes(form))
    if (result.repairs.some((repair) => repair.rule.startsWith('unglue-'))) {
      if (!vetoed) unclean.push({ text, found: { result, lang }, asked })
      continue
    }
    clean.push(text)
    if (!vetoed) memo.set(text, { result, lang })
  }
  return { clean, memo, unclean }
}

/**
 * The normalise context, once every clean word is known (`vocabulary`): a
 * text that is not clean keeps its first result too when it asked about none
 * of the clean words; the others are normalised again (normaliseDump), in the
 * language found here.
 */
export function settleTexts(examined: Examined, vocabulary: Vocabulary, keepAsWritten: readonly string[]): NormaliseOptions {
  const { memo } = examined
  const languages = new Map<string, 'fr' | 'vi'>()
  for (const { text, found, asked } of examined.unclean) {
    if (asked.some((word) => vocabulary.cleanWords.has(word))) languages.set(text, found.lang)
    else memo.set(text, found)
  }
  return { lexicon: loadLexicon(), vocabulary, keepAsWritten, memo, languages }
}
