/**
 * Words too common to tell articles apart, from `@zxcvbn-ts/language-fr`:
 * the `STOP_WORDS` most frequent words of French Wikipedia (`la`, `avec`,
 * `leurs`, `notamment`…), month and day names. Loaded once per process.
 */
import { dictionary } from '@zxcvbn-ts/language-fr'
import { toFolded } from '../util/text.ts'

export const STOP_WORDS = 100

let cached: ReadonlySet<string> | undefined

/** Folded stop words. */
export function getStopWords(): ReadonlySet<string> {
  if (!cached) {
    const words = [
      ...(dictionary['wikipedia-fr'] ?? []).slice(0, STOP_WORDS),
      ...(dictionary['months-fr'] ?? []),
      ...(dictionary['daysOfWeek-fr'] ?? []),
    ]
    cached = new Set(words.map(toFolded))
  }
  return cached
}
