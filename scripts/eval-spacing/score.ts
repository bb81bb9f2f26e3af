/** Precision, recall, F1 of inserted spaces; false splits in clean text. */
import { toInserted, toSpacing } from './gaps.ts'

export interface Tally {
  tp: number
  fp: number
  fn: number
  /** A few errors, for reading. */
  errors: string[]
}

export const toTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, errors: [] })

/**
 * Score one repaired text against its gold gaps (stripped coordinates of the
 * damaged text), inside (from, to). `ignore`: gaps the method also inserts in
 * the undamaged text (old damage of the source, counted elsewhere).
 */
export function scoreRepair(tally: Tally, damaged: string, repaired: string, gold: Set<number>, from: number, to: number, ignore: Set<number> = new Set()): void {
  const before = toSpacing(damaged)
  const after = toSpacing(repaired)
  if (before.stripped !== after.stripped) throw new Error(`The repair changed more than spaces: ${damaged.slice(0, 60)}`)
  const inserted = toInserted(before.gaps, after.gaps, from, to)
  for (const gap of [...gold]) if (isTypographyGap(before.stripped, gap)) gold.delete(gap)
  for (const gap of [...inserted]) if (isTypographyGap(before.stripped, gap)) inserted.delete(gap)
  for (const gap of inserted) {
    if (gold.has(gap)) tally.tp++
    else if (!ignore.has(gap)) {
      tally.fp++
      note(tally, `split  ${around(before.stripped, gap, after)}`)
    }
  }
  for (const gap of gold) {
    if (!inserted.has(gap)) {
      tally.fn++
      note(tally, `missed ${around(before.stripped, gap, after)}`)
    }
  }
}

/**
 * Spaces French typography adds on output (toFrenchTypography): before `: ; ! ? »`,
 * after `«` and `n°`. Not the normaliser's business: out of the gold.
 */
function isTypographyGap(stripped: string, gap: number): boolean {
  return /[:;!?»]/u.test(stripped[gap] ?? '') || /[«°]/u.test(stripped[gap - 1] ?? '')
}

export function toMetrics(tally: Tally): { precision: number; recall: number; f1: number } {
  const precision = tally.tp + tally.fp === 0 ? 1 : tally.tp / (tally.tp + tally.fp)
  const recall = tally.tp + tally.fn === 0 ? 1 : tally.tp / (tally.tp + tally.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Spaces inserted between two letters (inside what was a word) when repairing clean text. */
export function countWordSplits(clean: string, repaired: string): { splits: number; examples: string[] } {
  const before = toSpacing(clean)
  const after = toSpacing(repaired)
  const examples: string[] = []
  let splits = 0
  for (const gap of toInserted(before.gaps, after.gaps)) {
    if (/\p{L}/u.test(before.stripped[gap - 1] ?? '') && /\p{L}/u.test(before.stripped[gap] ?? '')) {
      splits++
      examples.push(around(before.stripped, gap, after))
    }
  }
  return { splits, examples }
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length
}

function note(tally: Tally, line: string): void {
  if (tally.errors.length < 400) tally.errors.push(line)
}

/** `…les|autres…` in the stripped text, around a gap. */
function around(stripped: string, gap: number, after: { stripped: string; gaps: Set<number> }): string {
  const from = Math.max(0, gap - 14)
  let text = ''
  for (let i = from; i < Math.min(stripped.length, gap + 14); i++) {
    if (i === gap) text += '|'
    else if (after.gaps.has(i)) text += ' '
    text += stripped[i]
  }
  return text
}
