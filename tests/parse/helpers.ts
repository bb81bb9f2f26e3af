/**
 * Test helpers for parse and extract: inline dumps → VFile → tree/records,
 * and messages as `line:column rule` strings for exact assertions.
 */
import type { VFile } from 'vfile'
import { extractArticles } from '../../src/extract/index.ts'
import { toSourceFile } from '../../src/ingest/index.ts'
import { parseDump } from '../../src/parse/index.ts'
import type { ArticleRecord, DumpTree, TextBlock } from '../../src/types.ts'

/** A dump written as lines (joined with `\n`). */
export function toDumpFile(lines: readonly string[] | string, path = 'seeds/test.txt'): VFile {
  const text = typeof lines === 'string' ? lines : lines.join('\n')
  return toSourceFile(path, new TextEncoder().encode(text))
}

export function parseText(lines: readonly string[] | string, path?: string): { tree: DumpTree; file: VFile } {
  const file = toDumpFile(lines, path)
  return { tree: parseDump(file), file }
}

/** parse → extract, without normalise (so values are the dump's own text). */
export function extractText(lines: readonly string[] | string, path?: string): { tree: DumpTree; records: ArticleRecord[]; file: VFile } {
  const { tree, file } = parseText(lines, path)
  return { tree, records: extractArticles(tree, file), file }
}

/** `4:1 caption-missing` for each message (optionally only those of some rules). */
export function toMessageList(file: VFile, rules?: readonly string[]): string[] {
  return file.messages
    .filter((message) => !rules || rules.includes(message.ruleId ?? ''))
    .map((message) => `${message.line}:${message.column} ${message.ruleId}`)
    .sort(byPlace)
}

/** `role: value` for each block. */
export function toRoleList(blocks: readonly TextBlock[]): string[] {
  return blocks.map((block) => `${block.role}: ${block.value}`)
}

function byPlace(a: string, b: string): number {
  const [al = 0, ac = 0] = a.split(' ')[0]!.split(':').map(Number)
  const [bl = 0, bc = 0] = b.split(' ')[0]!.split(':').map(Number)
  return al - bl || ac - bc || (a < b ? -1 : a > b ? 1 : 0)
}

/** A long teaser summary (more than 15 words, final period), made distinct by `topic`. */
export function toSummary(topic: string): string {
  return `Les délégations des deux pays ont examiné ${topic} lors d'une longue séance de travail consacrée à la coopération bilatérale et aux échanges.`
}
