/**
 * The conservation ledger: every word of every dump is either on a page of
 * the site or in the build report under a named rule (dropped chrome, a
 * duplicate file, a repair). Pure: it reads a pipeline result.
 */
import type { VFile } from 'vfile'
import type { Archive, DumpTree, OutputFile, TextBlock } from './types.ts'
import { fromEntities, toVisibleText } from './util/html.ts'
import { toMatchKey, toMatchKeyOnce } from './util/text.ts'
import { blocksOf } from './parse/index.ts'
import { parsePageBody } from './extract/page.ts'
import type { Nodes } from 'mdast'
import type { Position } from 'unist'

export interface LedgerInput {
  trees: ReadonlyMap<string, DumpTree>
  files: readonly VFile[]
  output: readonly OutputFile[]
  archive: Archive
}

export interface UnaccountedWord {
  path: string
  line: number
  column: number
  word: string
}

export interface Ledger {
  words: number
  onPages: number
  inReport: number
  unaccounted: UnaccountedWord[]
}

const WORD = /[\p{L}\p{N}]+/gu

export function auditConservation(input: LedgerInput): Ledger {
  const pages = toPageText(input)
  const ledger: Ledger = { words: 0, onPages: 0, inReport: 0, unaccounted: [] }
  const fileAt = new Map(input.files.map((file) => [file.path, file]))
  for (const [path, tree] of input.trees) {
    const file = fileAt.get(path)
    const onPage = pages.get(path) ?? []
    const inReport = toReportText(tree, file)
    for (const chrome of tree.chrome) countInReport(chrome.value, ledger)
    for (const block of blocksOf(tree)) auditBlock(block, path, onPage, inReport, ledger)
  }
  // Pages written in Markdown: their title, standfirst and every text of the body (raw HTML is dropped with a warning carrying it).
  for (const file of input.files) {
    if (file.data.source?.kind !== 'markdown') continue
    const onPage = pages.get(file.path) ?? []
    const inReport = toReportText(null, file)
    // A draft is left out on purpose, and the report says so.
    const draft = file.messages.some((message) => message.ruleId === 'draft')
    for (const block of toPageBlocks(file)) {
      if (draft) countInReport(block.raw, ledger)
      else auditBlock(block, file.path, onPage, inReport, ledger)
    }
  }
  return ledger
}

/** Every word of `text` counted as said in the report (dropped chrome, a draft). */
function countInReport(text: string, ledger: Ledger): void {
  const count = countWords(text)
  ledger.words += count
  ledger.inReport += count
}

/** A Markdown page's texts as blocks (raw: the text, position: where it starts in the file). */
function toPageBlocks(file: VFile): TextBlock[] {
  const blocks: TextBlock[] = []
  const add = (raw: string | null | undefined, position: Position | undefined) => {
    if (raw && position) blocks.push({ type: 'block', role: 'paragraph', value: raw, raw, position })
  }
  const first: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  const matter = file.data.source?.matter ?? {}
  add(matter.title, first)
  add(matter.standfirst, first)
  const visit = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') add(node.value, node.position)
    if (node.type === 'link' || node.type === 'image') add(node.url, node.position)
    if (node.type === 'image') add(node.alt, node.position)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(parsePageBody(file))
  return blocks
}

function auditBlock(block: TextBlock, path: string, onPage: readonly string[], inReport: string, ledger: Ledger): void {
  const whole = toMatchKey(block.raw)
  if (whole !== '' && onPage.some((page) => page.includes(whole))) {
    const count = countWords(block.raw)
    ledger.words += count
    ledger.onPages += count
    return
  }
  for (const match of block.raw.matchAll(WORD)) {
    ledger.words++
    const key = toMatchKey(match[0])
    if (onPage.some((page) => page.includes(key))) ledger.onPages++
    else if (inReport.includes(key)) ledger.inReport++
    else {
      const before = block.raw.slice(0, match.index)
      const lines = before.split('\n')
      const line = block.position.start.line + lines.length - 1
      const column = (lines.length === 1 ? block.position.start.column : 1) + [...(lines.at(-1) ?? '')].length
      ledger.unaccounted.push({ path, line, column, word: match[0] })
    }
  }
}

/** Letters-and-digits text of every page that shows an article from each dump. */
function toPageText(input: LedgerInput): Map<string, string[]> {
  const byPath = new Map(input.output.map((file) => [file.path, file]))
  const text = new Map<string, string[]>()
  for (const article of input.archive.articles) {
    const page = byPath.get(`${article.url}index.html`)
    if (!page) continue
    const html = typeof page.contents === 'string' ? page.contents : new TextDecoder().decode(page.contents)
    // A link's address is shown to the reader too (the source URL of an article).
    // So is an image's description, where the image is not shown.
    const hrefs = [...html.matchAll(/\s(?:href|src|alt)="([^"]*)"/g)].map((match) => match[1]).join(' ')
    const key = toMatchKeyOnce(toVisibleText(html) + ' ' + fromEntities(hrefs))
    // Each page's key once, shared by the dumps it shows (a teaser's page is in many): not one long text per dump.
    for (const source of new Set(article.provenance.map((place) => place.path))) {
      const list = text.get(source) ?? []
      list.push(key)
      text.set(source, list)
    }
  }
  return text
}

/** What the report says of a file: a dump's dropped chrome in full, and every message. */
function toReportText(tree: DumpTree | null, file: VFile | undefined): string {
  const parts = tree?.chrome.map((chrome) => chrome.value) ?? []
  for (const message of file?.messages ?? []) parts.push(message.reason, String(message.actual ?? ''))
  return toMatchKey(parts.join('|'))
}

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}
