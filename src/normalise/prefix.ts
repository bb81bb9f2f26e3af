/**
 * How productive a word start is as a derivational prefix, learned from the
 * lexicon: the share of forms that are `prefix + another form` (`pro` +
 * `longer`, `sur` + `monter`). A token that is a productive prefix plus a word
 * (`proactivement`) is more likely a new derived word than glue.
 */
import type { Lexicon } from './lexicon.ts'
import { detachString } from '../util/detach.ts'

/** Shortest stem counted: derivations build on content words, not `la` or `de`. */
export const MIN_STEM = 4

const memo = new WeakMap<Lexicon, Map<string, number>>()

/** Share (0..1) of the lexicon's forms that are `prefix` + a form of MIN_STEM+ letters. */
export function toPrefixShare(lexicon: Lexicon, prefix: string): number {
  let known = memo.get(lexicon)
  if (!known) memo.set(lexicon, (known = new Map()))
  const cached = known.get(prefix)
  if (cached !== undefined) return cached
  const forms = lexicon.sortedForms
  let count = 0
  for (let i = lowerBound(forms, prefix); i < forms.length; i++) {
    const form = forms[i] ?? ''
    if (!form.startsWith(prefix)) break
    if (form.length - prefix.length >= MIN_STEM && lexicon.forms.has(form.slice(prefix.length))) count++
  }
  const share = count / forms.length
  known.set(detachString(prefix), share)
  return share
}

/**
 * An upper bound of toPrefixShare, in two binary searches: the share of the
 * forms that start with `prefix`, whatever follows (the forms are sorted, so
 * they stand together: the range toPrefixShare scans).
 */
export function toPrefixCeiling(lexicon: Lexicon, prefix: string): number {
  const forms = lexicon.sortedForms
  const last = prefix.charCodeAt(prefix.length - 1)
  if (!(last < 0xffff)) return 1
  const after = prefix.slice(0, -1) + String.fromCharCode(last + 1)
  return (lowerBound(forms, after) - lowerBound(forms, prefix)) / forms.length
}

/** The first index of `sorted` whose string is not below `key` (binary search). */
export function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] ?? '') < key) low = middle + 1
    else high = middle
  }
  return low
}
