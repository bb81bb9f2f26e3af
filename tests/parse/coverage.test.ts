/**
 * Property: for any dump made of the shapes the parser knows (and junk),
 * parse and extract never throw, and every non-space character of the
 * file ends up in a block (its `raw`) or in a chrome node, at its own offset.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractArticles } from '../../src/extract/index.ts'
import type { DumpTree } from '../../src/types.ts'
import { parseText, toSummary } from './helpers.ts'

const LINES = [
  'Un titre', 'Un titre ảnh 1Une légende. Photo : VNA', 'Un chapeau court.', 'Hanoi, 17 juillet (VNA) - Un paragraphe. -VNA',
  'Voir plus', 'Une légende. Photo : VNA', 'e ministre reçoit. Photo : VNA', 'construire un pont. Photo: X', 'Un titre de teaser',
  toSummary('un sujet'), `Un titre de teaser${toSummary('deux')}de teaser`, 'source', 'Source : https://example.vn/a.html',
  'Báo ABáo A05/07/2025', 'Comment (0)', 'No data', 'No videos available', 'Patrimoine', 'Thủ tướng phát biểu tại hội nghị',
  'Vietnam.vn - Nền tảng quảng bá Việt Nam', '- VNA', '# titre', '1. point', '<script>alert(1)</script>', '', '', '',
]

const dumps = fc.tuple(fc.boolean(), fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 30 })), { maxLength: 30 }))
  .map(([matter, lines]) => (matter ? '---\nyear: 2019\n---\n' : '') + lines.join('\n'))

const seeds = fileURLToPath(new URL('../../seeds/', import.meta.url))
/** The sample dumps' paragraphs, shuffled and cut, with sample lines glued into them. */
const mutated = fc.record({
  picked: fc.shuffledSubarray(readdirSync(seeds).flatMap((name) => readFileSync(seeds + name, 'utf8').split(/\n\s*\n/)), { minLength: 1, maxLength: 16 }),
  glued: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...LINES)), { maxLength: 4 }),
}).map(({ picked, glued }) => {
  const blocks = [...picked]
  for (const [at, line] of glued) blocks[at % blocks.length] = `${line}${blocks[at % blocks.length]}`
  return blocks.join('\n\n')
})

describe('parseDump: nothing is lost', () => {
  it.each([['made-up dumps', dumps], ['mutated sample dumps', mutated]])('%s: never throws and accounts for every non-space character', (_, arbitrary) => {
    fc.assert(fc.property(arbitrary, (text) => {
      const { tree, file } = parseText(text)
      expect(() => extractArticles(tree, file)).not.toThrow()
      const source = String(file.value)
      const covered = toCoveredOffsets(tree, source)
      for (let offset = 0; offset < source.length; offset++) {
        if (/\S/u.test(source[offset]!) && !covered.has(offset) && offset >= toBodyStart(source)) throw new Error(`offset ${offset} (${JSON.stringify(source[offset])}) of ${JSON.stringify(source)} is in no block`)
      }
    }), { numRuns: Number(process.env.FC_RUNS ?? 400) })
  })
})

/** Offsets covered by blocks and chrome, checking each one's text is the file's text at its offset. */
function toCoveredOffsets(tree: DumpTree, source: string): Set<number> {
  const covered = new Set<number>()
  const spans = [
    ...(tree.lead?.children ?? []).map((block) => ({ text: block.raw, start: block.position.start.offset ?? 0 })),
    ...tree.teasers.flatMap((teaser) => teaser.children.map((block) => ({ text: block.raw, start: block.position.start.offset ?? 0 }))),
    ...tree.chrome.map((node) => ({ text: node.value, start: node.position.start.offset ?? 0 })),
  ]
  for (const { text, start } of spans) {
    expect(source.slice(start, start + text.length)).toBe(text)
    for (let at = 0; at < text.length; at++) covered.add(start + at)
  }
  return covered
}

/** Where the text after front matter starts. */
function toBodyStart(source: string): number {
  return source.startsWith('---\n') ? source.indexOf('---\n', 4) + 4 : 0
}
