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

/** A run of letters and marks: a word, or (no letter in it) a stray mark that only separates words. */
const RUN = /[\p{L}\p{M}]+/gu
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
  for (const [occurring, times] of occurrences) {
    const text = occurring.normalize('NFC')
    let previous: string | null = null
    // End of the last run of letters and marks: what lies between it and the next word is the gap.
    let runEnd = 0
    RUN.lastIndex = 0
    for (let match = RUN.exec(text); match !== null; match = RUN.exec(text)) {
      const run = match[0]
      const start = match.index
      const end = start + run.length
      if (!hasLetter(run)) {
        runEnd = end
        continue
      }
      const lower = run.toLowerCase()
      total += times
      increment(words, lower, times)
      if (run !== lower && run.length >= 2 && run === run.toUpperCase()) increment(acronyms, run, times)
      if (previous !== null && isSpacesOnly(text, runEnd, start)) increment(pairs, `${previous} ${lower}`, times)
      previous = lower
      runEnd = end
    }
  }
  return { words, pairs, acronyms, total, cleanWords: new Set() }
}

function hasLetter(run: string): boolean {
  const code = run.charCodeAt(0) | 0x20
  return (code >= 0x61 && code <= 0x7a) || LETTER.test(run)
}

/** `text[from, to)` is not empty and only spaces, tabs, no-break and narrow no-break spaces. */
function isSpacesOnly(text: string, from: number, to: number): boolean {
  if (from >= to) return false
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0 && code !== 0x202f) return false
  }
  return true
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
