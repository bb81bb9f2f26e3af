/**
 * What one build knows before normalising: the lexicon (loaded once per
 * process) and what the archive teaches (vocabulary.ts). A text is clean when
 * the normaliser, knowing the archive's counts, unglues nothing in it; the
 * words of clean texts are words for sure.
 */
import { normaliseText } from './index.ts'
import type { NormaliseOptions } from './index.ts'
import { detectLanguage } from './lang.ts'
import { loadLexicon } from './lexicon.ts'
import { learnVocabulary, learnCleanWords } from './vocabulary.ts'

/** Build once per build, from the raw text of every block of every dump. */
export function createNormaliseContext(texts: readonly string[], keepAsWritten: readonly string[]): NormaliseOptions {
  const lexicon = loadLexicon()
  const counted = learnVocabulary(texts)
  const isClean = (text: string): boolean =>
    !normaliseText(text, { lexicon, vocabulary: counted, lang: detectLanguage(text) }).repairs.some((repair) => repair.rule.startsWith('unglue-'))
  return { lexicon, vocabulary: learnCleanWords(counted, texts.filter(isClean)), keepAsWritten }
}
