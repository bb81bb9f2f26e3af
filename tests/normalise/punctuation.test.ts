/**
 * The punctuation gaps in a run without spaces (src/normalise/punctuation.ts):
 * what each rule finds, and that a long run is read in linear time. The word
 * before a full stop or a parenthesis is read backwards from it, and the last
 * `(` is kept as the run is read; before, each of them scanned the whole head
 * of the run (a regex ending in `$`), and a 168 k-character run of glued
 * words took 15.6 s to normalise (3.6 s now; BENCHMARKS.md). The table below
 * was checked against that older code when the change was made.
 */
import { describe, expect, it } from 'vitest'
import { findPunctuationGaps } from '../../src/normalise/punctuation.ts'

/** Run, whether it starts its text, and the gaps: [index in the run of the character after which the space goes, rule]. */
const CASES: Array<[string, boolean, Array<[number, string]>]> = [
    ["pays.Le", true, [[4, "spacing-after-sentence"]]],
    ["pays.Le", false, [[4, "spacing-after-sentence"]]],
    ["2021.Le", true, [[4, "spacing-after-sentence"]]],
    ["2021.Le", false, [[4, "spacing-after-sentence"]]],
    ["(droite).Photo", true, [[8, "spacing-after-sentence"]]],
    ["(droite).Photo", false, [[8, "spacing-after-sentence"]]],
    ["B.Shear", true, [[1, "spacing-after-sentence"]]],
    ["B.Shear", false, [[1, "spacing-after-sentence"]]],
    ["J.-C.Dupont", true, [[4, "spacing-after-sentence"]]],
    ["J.-C.Dupont", false, [[4, "spacing-after-sentence"]]],
    ["x.B", true, []],
    ["x.B", false, []],
    ["a.Bc", true, []],
    ["a.Bc", false, []],
    ["É.Le", true, [[1, "spacing-after-sentence"]]],
    ["É.Le", false, [[1, "spacing-after-sentence"]]],
    ["𝒜.Le", true, []],
    ["𝒜.Le", false, []],
    ["x𝒜.Le", true, []],
    ["x𝒜.Le", false, []],
    ["mot𝒶.Le", true, []],
    ["mot𝒶.Le", false, []],
    ["Hanoï(VNA)", true, [[4, "spacing-after-punctuation"]]],
    ["Hanoï(VNA)", false, [[4, "spacing-after-punctuation"]]],
    ["f(x)", true, []],
    ["f(x)", false, []],
    ["alert(1)", true, []],
    ["alert(1)", false, []],
    ["ami(e)s", true, []],
    ["ami(e)s", false, []],
    ["fonction(s)", true, []],
    ["fonction(s)", false, []],
    ["(e)s)x", true, []],
    ["(e)s)x", false, []],
    ["ab(cd)ef", true, []],
    ["ab(cd)ef", false, []],
    ["mot»Le", true, [[3, "spacing-after-punctuation"]]],
    ["mot»Le", false, [[3, "spacing-after-punctuation"]]],
    ["contexte,la", true, [[8, "spacing-after-punctuation"]]],
    ["contexte,la", false, [[8, "spacing-after-punctuation"]]],
    ["1,5", true, []],
    ["1,5", false, []],
    ["10:30", true, []],
    ["10:30", false, []],
    ["Photo:VNA", true, [[5, "spacing-after-punctuation"]]],
    ["Photo:VNA", false, [[5, "spacing-after-punctuation"]]],
    ["«mot", true, []],
    ["«mot", false, []],
    ["mot«x", true, [[2, "spacing-after-punctuation"]]],
    ["mot«x", false, [[2, "spacing-after-punctuation"]]],
    ["intégrale.-VNA", true, []],
    ["intégrale.-VNA", false, [[9, "spacing-signature"]]],
    ["–dite", true, []],
    ["–dite", false, [[0, "spacing-around-dash"]]],
    ["Vietnam–États-Unis", true, []],
    ["Vietnam–États-Unis", false, []],
    ["mot–", true, [[2, "spacing-around-dash"]]],
    ["mot–", false, [[2, "spacing-around-dash"]]],
    ["fin.»Le", true, [[4, "spacing-after-punctuation"]]],
    ["fin.»Le", false, [[4, "spacing-after-punctuation"]]],
    ["dit\".Le", true, [[4, "spacing-after-sentence"]]],
    ["dit\".Le", false, [[4, "spacing-after-sentence"]]],
    ["a)b(c)d", true, [[1, "spacing-after-punctuation"]]],
    ["a)b(c)d", false, [[1, "spacing-after-punctuation"]]],
    ["(ab)cd)ef", true, []],
    ["(ab)cd)ef", false, []],
]

describe('findPunctuationGaps', () => {
  it.each(CASES)('%s (at the start of its text: %s)', (chunk, atStart, expected) => {
    const text = atStart ? `${chunk} suite` : `Avant ${chunk}`
    const offset = atStart ? 0 : 6
    expect(findPunctuationGaps(text, chunk, offset, []).map((change) => [change.repair.offset - offset, change.repair.rule])).toEqual(expected)
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
