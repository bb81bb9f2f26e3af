/**
 * Fixture tests on the five sample dumps: toSourceFile → parseDump →
 * normaliseDump → extractArticles, compared with
 * `tests/fixtures/seeds/<dump>.json` ({ tree, records, messages }).
 * `UPDATE=1 npx vitest run tests/extract` rewrites the fixtures: review the
 * diff by eye (every dump must stay correctly split).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { extractArticles } from '../../src/extract/index.ts'
import { toSourceFile } from '../../src/ingest/index.ts'
import { createNormaliseContext } from '../../src/normalise/context.ts'
import { normaliseDump } from '../../src/normalise/dump.ts'
import { parseDump } from '../../src/parse/index.ts'
import type { DumpTree } from '../../src/types.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixtures = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))
const names = readdirSync(root + 'seeds').filter((name) => name.endsWith('.txt')).sort()

/** Every seed parsed first: normalise learns from the raw text of all of them, as in a build. */
const parsed = names.map((name) => {
  const file = toSourceFile(`seeds/${name}`, readFileSync(root + 'seeds/' + name))
  const tree = parseDump(file)
  return { name, file, tree, parseMessages: toMessages(file) }
})
const context = createNormaliseContext(parsed.flatMap(({ tree }) => toRawTexts(tree)), [])

describe('seeds: parse → normalise → extract', () => {
  it.each(parsed.map((entry) => [entry.name, entry] as const))('%s', (name, { file, tree, parseMessages }) => {
    const normalised = normaliseDump(tree, file, context)
    const before = file.messages.length
    const records = extractArticles(normalised, file)
    const actual = toPlain({ tree: normalised, records, messages: { parse: parseMessages, extract: toMessages(file, before) } })
    const path = fixtures + name.replace(/\.txt$/, '.json')
    if (process.env.UPDATE === '1' || !existsSync(path)) writeFileSync(path, JSON.stringify(actual, null, 2) + '\n')
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')))
  })
})

function toRawTexts(tree: DumpTree): string[] {
  return [...(tree.lead?.children ?? []), ...tree.teasers.flatMap((teaser) => teaser.children)].map((block) => block.raw)
}

/** `6:284-6:294 warning date-year-unknown: Found …` for each message from index `from` on. */
function toMessages(file: VFile, from = 0): string[] {
  return file.messages.slice(from).map((message) => {
    const place = message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}` : `${message.line}:${message.column}`
    const level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
    return `${place} ${level} ${message.ruleId}: ${message.reason}`
  })
}

/** What JSON keeps (no `undefined` fields), so the comparison is the file's. */
function toPlain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}
