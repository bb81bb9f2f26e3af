/**
 * Spellings of one name seen across the archive (`Tô Lâm`, `To Lam`), counted,
 * and the one to show. Pure bookkeeping shared by people and organisations.
 */
import { compareCodeUnits } from './ids.ts'

export type VariantCounts = Map<string, number>

export function countVariant(counts: VariantCounts, written: string): void {
  counts.set(written, (counts.get(written) ?? 0) + 1)
}

/**
 * The spelling to show: the most accented one first (the variants fold to
 * the same letters, so more marks is more information: `Nguyễn` over
 * `Nguyên` over `Nguyen`), then the most frequent, then one not in capitals,
 * then code-unit order.
 */
export function pickDisplay(counts: ReadonlyMap<string, number>): string {
  return sortVariants(counts)[0] ?? ''
}

/** All spellings, the one to show first. */
export function sortVariants(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.keys()].sort((a, b) =>
    toMarks(b) - toMarks(a)
    || (counts.get(b) ?? 0) - (counts.get(a) ?? 0)
    || Number(isShouted(a)) - Number(isShouted(b))
    || compareCodeUnits(a, b))
}

const MARK = /\p{M}/gu

/** Combining marks after NFD (`ễ` has two). */
export function toMarks(text: string): number {
  return text.normalize('NFD').match(MARK)?.length ?? 0
}

function isShouted(text: string): boolean {
  return text.length > 3 && text === text.toUpperCase()
}

/**
 * The other spellings to list next to the one shown: one per case-insensitive
 * form (`Nations Unies` and `Nations unies` are one, `NGUYÊN VAN HAI` and
 * `Nguyên Van Hai` too), the shown one left out, most frequent first.
 */
export function listVariants(counts: ReadonlyMap<string, number>, shown: string): string[] {
  const groups = new Map<string, { written: string; count: number; total: number }>()
  for (const [written, count] of counts) {
    const key = written.toLowerCase()
    const group = groups.get(key)
    if (!group) groups.set(key, { written, count, total: count })
    else {
      group.total += count
      if (compareSpellings(written, count, group.written, group.count) < 0) Object.assign(group, { written, count })
    }
  }
  groups.delete(shown.toLowerCase())
  return [...groups.values()]
    .sort((a, b) => b.total - a.total || compareCodeUnits(a.written, b.written))
    .map((group) => group.written)
}

/** The more frequent spelling first, then one not in capitals, then code-unit order. */
function compareSpellings(a: string, aCount: number, b: string, bCount: number): number {
  return bCount - aCount || Number(isShouted(a)) - Number(isShouted(b)) || compareCodeUnits(a, b)
}
