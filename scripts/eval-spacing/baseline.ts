/**
 * The plain dictionary baseline: wordninja over the same lexicon. Every letter
 * run (lowercased) is cut into the cheapest sequence of words, cost
 * log(rank · log N) per word; a stretch no word covers costs a fixed high price
 * (so an unknown name stays whole rather than being cut into letters). No
 * rules, no archive, no "known words stay whole".
 */
import type { Lexicon } from '../../src/normalise/lexicon.ts'

const UNKNOWN = 1e6
const LONGEST = 26

export function toWordninjaText(lexicon: Lexicon, text: string): string {
  return text.replace(/\p{L}+/gu, (run) => splitRun(lexicon, run))
}

function splitRun(lexicon: Lexicon, run: string): string {
  const lower = run.toLowerCase()
  if (lower.length !== run.length) return run
  const n = lower.length
  const cost = new Float64Array(n + 1).fill(Infinity)
  const back = new Int32Array(n + 1)
  cost[0] = 0
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      const candidate = (cost[start] ?? Infinity) + toCost(lexicon, lower.slice(start, end))
      if (candidate < (cost[end] ?? Infinity)) {
        cost[end] = candidate
        back[end] = start
      }
    }
  }
  const cuts: number[] = []
  for (let at = back[n] ?? 0; at > 0; at = back[at] ?? 0) cuts.unshift(at)
  let out = ''
  let last = 0
  for (const cut of cuts) {
    out += run.slice(last, cut) + ' '
    last = cut
  }
  return out + run.slice(last)
}

function toCost(lexicon: Lexicon, word: string): number {
  const rank = lexicon.ranks.get(word) ?? (lexicon.forms.has(word) ? lexicon.unrankedRank : undefined)
  return rank === undefined ? UNKNOWN : Math.log(rank * lexicon.harmonic)
}
