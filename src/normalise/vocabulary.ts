/**
 * What the archive itself teaches about words: how often each form stands
 * alone, how often two forms stand side by side, which acronyms it uses.
 * A token seen standalone elsewhere is a word (`Vietnam`, `Phnom`); a token
 * seen elsewhere as two words is glue (`lesautres` ↔ `les autres`).
 */

export interface Vocabulary {
  /** Standalone letter runs, lowercase → count. */
  readonly words: ReadonlyMap<string, number>
  /** `a b` (lowercase, adjacent, separated by spaces only) → count. */
  readonly pairs: ReadonlyMap<string, number>
  /** All-capital runs of 2+ letters (`ASEAN`, `COVID`) → count. */
  readonly acronyms: ReadonlyMap<string, number>
  /** Number of words counted. */
  readonly total: number
  /**
   * Lowercase words of the archive's clean texts (texts where nothing was
   * unglued): words for sure, never split anywhere (`proactivement`).
   */
  readonly cleanWords: ReadonlySet<string>
}

export const EMPTY_VOCABULARY: Vocabulary = { words: new Map(), pairs: new Map(), acronyms: new Map(), total: 0, cleanWords: new Set() }

const WORD = /[\p{L}\p{M}]+|[^\p{L}\p{M}]+/gu
const SPACES_ONLY = /^[ \t\u00a0\u202f]+$/
const LETTER = /\p{L}/u

/** Count the words of every text (the raw text of every block of every dump). */
export function learnVocabulary(texts: Iterable<string>): Vocabulary {
  const words = new Map<string, number>()
  const pairs = new Map<string, number>()
  const acronyms = new Map<string, number>()
  let total = 0
  // Teasers repeat across dumps: each distinct text is read once and counted as often as it occurs
  // (in order of first occurrence, so the maps keep the order a plain pass gives them).
  const occurrences = new Map<string, number>()
  for (const text of texts) occurrences.set(text, (occurrences.get(text) ?? 0) + 1)
  for (const [text, times] of occurrences) {
    let previous: string | null = null
    let gap: string | null = null
    for (const match of text.normalize('NFC').matchAll(WORD)) {
      const run = match[0]
      if (!LETTER.test(run)) {
        gap = run
        continue
      }
      const lower = run.toLowerCase()
      total += times
      increment(words, lower, times)
      if (run.length >= 2 && run === run.toUpperCase() && run !== lower) increment(acronyms, run, times)
      if (previous !== null && gap !== null && SPACES_ONLY.test(gap)) increment(pairs, `${previous} ${lower}`, times)
      previous = lower
      gap = null
    }
  }
  return { words, pairs, acronyms, total, cleanWords: new Set() }
}

/**
 * Counts learnt from parts of an archive, added up: the same counts as
 * learnVocabulary over all the texts at once (each count is a sum over
 * occurrences), whatever the split. `cleanWords` are united.
 */
export function mergeVocabularies(parts: readonly Vocabulary[]): Vocabulary {
  if (parts.length === 1) return parts[0] as Vocabulary
  const words = new Map<string, number>()
  const pairs = new Map<string, number>()
  const acronyms = new Map<string, number>()
  const cleanWords = new Set<string>()
  let total = 0
  for (const part of parts) {
    for (const [key, count] of part.words) increment(words, key, count)
    for (const [key, count] of part.pairs) increment(pairs, key, count)
    for (const [key, count] of part.acronyms) increment(acronyms, key, count)
    for (const word of part.cleanWords) cleanWords.add(word)
    total += part.total
  }
  return { words, pairs, acronyms, total, cleanWords }
}

/** The same vocabulary, knowing which texts are clean. */
export function learnCleanWords(vocabulary: Vocabulary, cleanTexts: Iterable<string>): Vocabulary {
  const cleanWords = new Set<string>()
  for (const text of cleanTexts) for (const run of text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) cleanWords.add(run.toLowerCase())
  return { ...vocabulary, cleanWords }
}

function increment(map: Map<string, number>, key: string, times: number): void {
  map.set(key, (map.get(key) ?? 0) + times)
}
