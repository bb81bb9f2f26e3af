/**
 * What the main thread and the normalise helpers say to each other (plain
 * data: it crosses threads by structured clone).
 */
import type { NormaliseResult } from '../types.ts'
import type { Vocabulary } from '../normalise/vocabulary.ts'

export interface HelperInit {
  keepAsWritten: readonly string[]
}

/** A text's normalised result and language, as normaliseDump's memo holds it. */
export type Resolved = { result: NormaliseResult; lang: 'fr' | 'vi' }

export type ToHelper =
  /** Which of these raw texts (this helper's share of the archive's) are clean under the whole archive's counts. */
  | { type: 'examine'; counted: Vocabulary; texts: string[] }
  /** The result of each of these texts (this helper's share), knowing every clean word of the archive. */
  | { type: 'resolve'; cleanWords: string[]; texts: string[] }

export type FromHelper =
  | { type: 'examined'; cleanWords: string[] }
  | { type: 'resolved'; results: Resolved[] }
  | { type: 'failed'; error: string }
