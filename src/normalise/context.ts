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

/** Build once per build, from the raw text of every block of every dump. */
export function createNormaliseContext(texts: readonly string[], keepAsWritten: readonly string[]): NormaliseOptions {
  const lexicon = loadLexicon()
  const counted = learnVocabulary(texts)
  const memo: NormaliseMemo = new Map()
  const clean: string[] = []
  const unclean: Array<{ text: string; found: { result: NormaliseResult; lang: 'fr' | 'vi' }; asked: readonly string[] }> = []
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
  const vocabulary = learnCleanWords(counted, clean)
  // A text that is not clean keeps its result too when it asked about none of the clean words;
  // the others are normalised again (normaliseDump), in the language found here.
  const languages = new Map<string, 'fr' | 'vi'>()
  for (const { text, found, asked } of unclean) {
    if (asked.some((word) => vocabulary.cleanWords.has(word))) languages.set(text, found.lang)
    else memo.set(text, found)
  }
  return { lexicon, vocabulary, keepAsWritten, memo, languages }
}
