/**
 * The methods compared: Chronique's normaliser (with the archive it is given,
 * or without one), and the wordninja baseline over the same lexicon.
 */
import { createNormaliseContext } from '../../src/normalise/context.ts'
import { normaliseText } from '../../src/normalise/index.ts'
import type { NormaliseOptions } from '../../src/normalise/index.ts'
import { detectLanguage } from '../../src/normalise/lang.ts'
import { loadLexicon } from '../../src/normalise/lexicon.ts'
import type { UnglueParams } from '../../src/normalise/word-model.ts'
import { toWordninjaText } from './baseline.ts'

/** Given the archive's texts, a function that repairs one text. */
export type Method = (archive: readonly string[]) => (text: string) => string

export function toChronique(params: Partial<UnglueParams> = {}, learn = true): Method {
  return (archive) => {
    const context: NormaliseOptions = { ...createNormaliseContext(learn ? archive : [], []), ...(Object.keys(params).length > 0 ? { params } : {}) }
    return (text) => normaliseText(text, { ...context, lang: detectLanguage(text) }).value
  }
}

export const wordninja: Method = () => {
  const lexicon = loadLexicon()
  return (text) => toWordninjaText(lexicon, text)
}
