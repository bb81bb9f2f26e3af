/**
 * A word may have lost its accents (`videos` for `vidéos`): find the lexicon
 * form it folds from, trying accents on its plain vowels and `c`, pruned on
 * prefixes of the sorted lexicon. The unglue decision counts this as a rare
 * event, not as a word: `dela` is more likely `de la` than `delà`.
 */
import type { Lexicon } from './lexicon.ts'
import { lowerBound } from './prefix.ts'

const ACCENTED: Readonly<Record<string, readonly string[]>> = {
  a: ['à', 'â', 'ä'], c: ['ç'], e: ['é', 'è', 'ê', 'ë'], i: ['î', 'ï'], o: ['ô', 'ö'], u: ['ù', 'û', 'ü'],
}
const MAX_STEPS = 2000

/** The lexicon form `lower` folds from (accents added to plain letters only), or null. */
export function findAccentedForm(lexicon: Lexicon, lower: string): string | null {
  let steps = 0
  const search = (prefix: string, at: number): string | null => {
    if (++steps > MAX_STEPS) return null
    if (at === lower.length) return prefix !== lower && lexicon.forms.has(prefix) ? prefix : null
    const char = lower[at] ?? ''
    for (const option of [char, ...(ACCENTED[char] ?? [])]) {
      const next = prefix + option
      if (!hasPrefix(lexicon.sortedForms, next)) continue
      const found = search(next, at + 1)
      if (found !== null) return found
    }
    return null
  }
  return search('', 0)
}

function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  return (sorted[lowerBound(sorted, prefix)] ?? '').startsWith(prefix)
}
