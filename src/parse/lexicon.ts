/**
 * Ranks of common French words (from the @zxcvbn-ts/language-fr frequency
 * list), loaded once, to tell a word cut at its first letter (`e` ← `Le`)
 * from a whole word (`construire`).
 */
import { dictionary } from '@zxcvbn-ts/language-fr'

let ranks: Map<string, number> | null = null

/** 0 for the most common French word, null for a word not in the list. */
export function toWordRank(word: string): number | null {
  ranks ??= new Map(dictionary['commonWords-fr'].map((entry, rank) => [entry, rank]))
  return ranks.get(word.toLowerCase()) ?? null
}
