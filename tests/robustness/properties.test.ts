/**
 * Property-based tests: dumps made from the sample's paragraphs, shuffled,
 * cut, and laced with markup and random Unicode. Whatever comes in, the
 * pipeline never throws, every page is valid HTML, nothing from a dump is
 * ever interpreted as markup, and no word is lost.
 *
 * FC_SEED and FC_RUNS change the seed and the number of runs (CI uses the defaults).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { auditConservation } from '../../src/ledger.ts'
import { toHtmlProblems } from '../helpers/html-validate.ts'
import { buildInMemory, htmlPages, readSeedFiles } from '../helpers/site.ts'

const RUNS = Number(process.env.FC_RUNS ?? 30)
const SEED = Number(process.env.FC_SEED ?? 20261124)

const paragraphs = readSeedFiles().flatMap((seed) => seed.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean))
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[lien](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '# titre',
  '1. point',
  '- tiret',
  '> citation',
  '{{ 7*7 }}',
  '{% raw %}{% endraw %}',
  '</textarea></title><!--',
  ']]><![CDATA[',
  '\u200b\u200d\ufeff',
  '\u202e\u200f',
  '\u0007\u001b[31m',
  '&amp; &lt; &#x3C;',
]

/** A dump: sample paragraphs, with lines inserted, cut and spliced. */
const dump = fc
  .record({
    picked: fc.shuffledSubarray(paragraphs, { minLength: 1, maxLength: 14 }),
    inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE), fc.boolean()), { maxLength: 6 }),
    noise: fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 4 }),
    cuts: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ picked, inserts, noise, cuts }) => {
    const blocks = [...picked]
    for (const cut of cuts) if (blocks.length > 1) blocks.splice(cut % blocks.length, 1)
    for (const [at, text, ownLine] of inserts) {
      const i = at % blocks.length
      blocks[i] = ownLine ? text : `${text} ${blocks[i]}`
      if (ownLine) blocks.splice(i, 0, text)
    }
    for (const [at, text] of noise) {
      const i = at % blocks.length
      const block = blocks[i] ?? ''
      const pos = at % (block.length + 1)
      blocks[i] = block.slice(0, pos) + text.replace(/\0/g, '') + block.slice(pos)
    }
    return blocks.join('\n\n') + '\n'
  })

describe('properties of the pipeline on mutated dumps', () => {
  it('never throws, pages are valid HTML, dump text is never markup, nothing is lost', async () => {
    await fc.assert(
      fc.asyncProperty(dump, async (text) => {
        const site = await buildInMemory([{ path: 'seeds/mutated.txt', text }])
        const internal = site.files.flatMap((f) => f.messages.filter((m) => String(m.ruleId).startsWith('internal-')).map((m) => m.reason))
        expect(internal).toEqual([])
        for (const page of htmlPages(site.output)) {
          const html = String(page.contents)
          // Escaped text (`&#x3C;a href="javascript:…`) is harmless; a real tag is not.
          expect(html).not.toMatch(/<script>alert|<img src=x|<a\s[^>]*href="\s*javascript:/i)
          expect(html).not.toMatch(/>\s*49\s*</)
        }
        const pages = htmlPages(site.output).filter((p) => p.path.startsWith('articles/'))
        expect(await toHtmlProblems(pages)).toEqual([])
        const ledger = auditConservation(site)
        expect(ledger.unaccounted.map((w) => `${w.line}:${w.column} ${w.word}`)).toEqual([])
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    )
  }, 120_000)
})
