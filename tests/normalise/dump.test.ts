/** normaliseDump: repaired values, languages, and info messages at file line:column. */
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { normaliseDump } from '../../src/normalise/dump.ts'
import { createNormaliseContext } from '../../src/normalise/context.ts'
import { blocksOf } from '../../src/parse/index.ts'
import { createDetach } from '../../src/util/detach.ts'
import type { DumpTree, TextBlock } from '../../src/types.ts'

/** A block for line `line` of `lines`, its raw text starting `indent` characters in. */
function toBlock(lines: readonly string[], line: number, role: TextBlock['role'], indent = 0): TextBlock {
  const raw = lines[line - 1] ?? ''
  const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0)
  return {
    type: 'block',
    role,
    raw,
    value: raw.trim(),
    position: { start: { line, column: 1 + indent, offset: offset + indent }, end: { line, column: raw.length + 1, offset: offset + raw.length } },
  }
}

const lines = [
  'Renforcement des liens de défense',
  '',
  'Hanoi, 17 juillet (VNA) - Les relations entre le Vietnam et lesautres pays,grâce aux activités.',
  '',
  '   Le ministre a ditque la paix.-VNA',
  'Toàn cảnh Hội nghị Sơ kết công tác 6 tháng đầu năm',
]

function toTree(): DumpTree {
  return {
    type: 'dump',
    path: 'seeds/999_test.txt',
    lead: {
      type: 'lead',
      children: [toBlock(lines, 1, 'title'), toBlock(lines, 3, 'paragraph'), toBlock(lines, 5, 'paragraph'), toBlock(lines, 6, 'figure')],
      position: { start: { line: 1, column: 1 }, end: { line: 6, column: 1 } },
    },
    teasers: [],
    chrome: [],
  }
}

describe('normaliseDump', () => {
  const file = new VFile({ path: 'seeds/999_test.txt', value: lines.join('\n') })
  const tree = toTree()
  const result = normaliseDump(tree, file, {})
  const blocks = result.lead?.children ?? []

  it('repairs each value and keeps raw', () => {
    expect(blocks.map((block) => block.value)).toEqual([
      'Renforcement des liens de défense',
      'Hanoi, 17 juillet (VNA) - Les relations entre le Vietnam et les autres pays, grâce aux activités.',
      'Le ministre a dit que la paix. -VNA',
      'Toàn cảnh Hội nghị Sơ kết công tác 6 tháng đầu năm',
    ])
    expect(blocks.map((block) => block.raw)).toEqual([lines[0], lines[2], lines[4], lines[5]])
    expect(tree.lead?.children[1]?.value).toContain('lesautres')
  })

  it('sets the language of every block', () => {
    expect(blocks.map((block) => block.lang)).toEqual(['fr', 'fr', 'fr', 'vi'])
  })

  it('reports each repair as an info message at its line and column', () => {
    const text = String(file.value).split('\n')
    const seen = file.messages.map((message) => ({ line: message.line, column: message.column, ruleId: message.ruleId, source: message.source, fatal: message.fatal }))
    expect(seen).toEqual([
      { line: 3, column: 61, ruleId: 'unglue-lexicon', source: 'chronique', fatal: undefined },
      { line: 3, column: 75, ruleId: 'spacing-after-punctuation', source: 'chronique', fatal: undefined },
      { line: 5, column: 18, ruleId: 'unglue-lexicon', source: 'chronique', fatal: undefined },
      { line: 5, column: 32, ruleId: 'spacing-signature', source: 'chronique', fatal: undefined },
    ])
    // The columns point at the repaired text in the file itself.
    expect(text[2]?.slice(60, 69)).toBe('lesautres')
    expect(text[2]?.slice(74, 76)).toBe(',g')
    expect(text[4]?.slice(17, 23)).toBe('ditque')
    expect(text[4]?.slice(31, 33)).toBe('.-')
    expect(file.messages[0]?.reason).toMatch(/"lesautres" → "les autres"/)
    expect(file.messages[0]?.place).toMatchObject({ line: 3, column: 61, offset: 35 + 60 })
  })
})

describe('normaliseDump with counted uses (the lean build)', () => {
  it('gives the same trees and messages, and lets each text’s result go after its last use', () => {
    const tree = toTree()
    const raws = blocksOf(tree).map((block) => block.raw)
    const plainFile = new VFile({ path: tree.path })
    const plain = [normaliseDump(tree, plainFile, createNormaliseContext(raws, [])), normaliseDump(tree, plainFile, createNormaliseContext(raws, []))]

    // The same dump twice: each text is used twice.
    const context = createNormaliseContext([...raws, ...raws], [])
    const uses = new Map<string, number>()
    for (const block of blocksOf(tree)) uses.set(block.value, (uses.get(block.value) ?? 0) + 2)
    const counted = { ...context, uses, own: createDetach() }
    const file = new VFile({ path: tree.path })
    const first = normaliseDump(tree, file, counted)
    const repaired = blocksOf(tree).map((block) => block.value).filter((value) => counted.memo?.has(value))
    expect(repaired.length).toBeGreaterThan(0)
    const second = normaliseDump(tree, file, counted)
    expect([first, second]).toEqual(plain)
    expect(file.messages.map(String)).toEqual(plainFile.messages.map(String))
    expect(uses.size).toBe(0)
    expect(repaired.filter((value) => counted.memo?.has(value))).toEqual([])
  })
})
