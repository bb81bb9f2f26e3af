import type { NormaliseOptions } from './index.ts'

/** Build once per build: lexicon (loaded once per process) + what the archive teaches. */
export function createNormaliseContext(texts: readonly string[], keepAsWritten: readonly string[]): NormaliseOptions {
  return { corpus: texts, keepAsWritten }
}
