/**
 * The punctuation gaps in a run without spaces are found in linear time: the
 * word before a full stop or a parenthesis is read backwards from it, and the
 * last `(` is kept as the run is read. Before, each of them scanned the
 * whole head of the run (a regex ending in `$`), and a 177 KB run of glued
 * words took 16.7 s to normalise (4.2 s now; BENCHMARKS.md). The gaps must be
 * the same as the old code's, which punctuation-reference.ts keeps.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findPunctuationGaps } from '../../src/normalise/punctuation.ts'
import { findPunctuationGaps as reference } from './punctuation-reference.ts'

/** Letters (accented, upper and lower, one outside the BMP), digits, every punctuation mark the rules read, quotes. */
const PIECES = ['a', 'é', 'B', 'É', 'x', 'Le', 'pays', '2021', '7', '𝒜', '𝒶', '.', ',', ':', ';', '!', '?', '»', '«', '(', ')', '-', '–', '—', '‐', '"', '”', '(e)', '(s)', 'VNA', '-VNA', 'f(x)']

describe('findPunctuationGaps', () => {
  it('finds the same gaps as the code it replaced, on any run', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.boolean(), (pieces, atStart) => {
        const chunk = pieces.join('')
        const text = atStart ? `${chunk} suite` : `Avant ${chunk}`
        const offset = atStart ? 0 : 6
        expect(findPunctuationGaps(text, chunk, offset, [])).toEqual(reference(text, chunk, offset, []))
      }),
      { numRuns: 3000, seed: 20261124 },
    )
  })

  it('reads a run of 600,000 characters without spaces at once (it was quadratic)', () => {
    const unit = 'pays.Le(VNA)ami(e)s,f(x)'
    const chunk = unit.repeat(25_000)
    const gaps = findPunctuationGaps(chunk, chunk, 0, [])
    // Per unit: after `pays.`, before `(VNA)`, after `)` of `(VNA)`, after `,`; `(e)s` and `f(x)` are left alone.
    expect(gaps.length).toBe(4 * 25_000)
    expect(gaps.slice(0, 5).map((gap) => [gap.repair.offset, gap.repair.rule])).toEqual([
      [4, 'spacing-after-sentence'],
      [6, 'spacing-after-punctuation'],
      [11, 'spacing-after-punctuation'],
      [19, 'spacing-after-punctuation'],
      [unit.length + 4, 'spacing-after-sentence'],
    ])
  })
})
