/**
 * The conservation ledger: every word of every dump is either on a page of
 * the site or in the build report under a named rule (dropped chrome, a
 * duplicate file, a repair). Pure: it reads a pipeline result, or (`check`,
 * src/build.ts) what a build keeps of one: the key of each article's page
 * (PageKeys, made as render goes) and a way to have each dump's tree, kept
 * or parsed again (a lean check holds neither every tree nor every page).
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

/** What the ledger reads, however the build kept it. */
export interface LedgerSource {
  /** Every file, with its messages (the report's text), sorted by path. */
  files: readonly VFile[]
  archive: Archive
  /** The dumps with a tree (parsed, not a copy of another), in order. */
  dumps: readonly string[]
  /** The tree of one of `dumps` (its file, once `open`); null when there is none. */
  treeOf(path: string, file: VFile | undefined): DumpTree | null
  /**
   * Called before a file of `files` is audited, and `done` after: a lean
   * check reads the file again, and lets it go. False: the file cannot be
   * audited (a lean check: it changed meanwhile, and has an error saying so).
   */
  open?(file: VFile): boolean
  done?(file: VFile): void
  /** The text of each article's page. */
  pages: PageKeys
  /** Told how many of `dumps` are audited, every 100 and at the end (a progress line: the ledger of 40,000 dumps takes a minute). */
  onProgress?(done: number, total: number): void
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

/** The ledger of a whole pipeline result (its pages in memory, every tree kept). */
export function auditConservation(input: LedgerInput): Ledger {
  const pages = new PageKeys(input.archive)
  for (const file of input.output) pages.add(file)
  return auditSource({ files: input.files, archive: input.archive, dumps: [...input.trees.keys()], treeOf: (path) => input.trees.get(path) ?? null, pages })
}

/** The ledger from what a build kept (auditConservation, or `check`). */
export function auditSource(source: LedgerSource): Ledger {
  const ledger: Ledger = { words: 0, onPages: 0, inReport: 0, unaccounted: [] }
  const shownBy = source.pages.byDump()
  const fileAt = new Map(source.files.map((file) => [file.path, file]))
  for (const [index, path] of source.dumps.entries()) {
    const file = fileAt.get(path)
    if (!file || !source.open || source.open(file)) {
      const tree = source.treeOf(path, file)
      if (tree) {
        const onPage = source.pages.shownOn(shownBy.get(path))
        const inReport = toReportText(tree, file)
        for (const chrome of tree.chrome) countInReport(chrome.value, ledger)
        for (const block of blocksOf(tree)) auditBlock(block, path, onPage, inReport, ledger)
      }
      if (file) source.done?.(file)
    }
    // Said once the dump is audited (or could not be), so that the last count means done.
    const done = index + 1
    if (done % 100 === 0 || done === source.dumps.length) source.onProgress?.(done, source.dumps.length)
  }
  // Pages written in Markdown: their title, standfirst and every text of the body (raw HTML is dropped with a warning carrying it).
  for (const file of source.files) {
    if (file.data.source?.kind !== 'markdown') continue
    if (source.open && !source.open(file)) continue
    const onPage = source.pages.shownOn(shownBy.get(file.path))
    const inReport = toReportText(null, file)
    // A draft is left out on purpose, and the report says so.
    const draft = file.messages.some((message) => message.ruleId === 'draft')
    for (const block of toPageBlocks(file)) {
      if (draft) countInReport(block.raw, ledger)
      else auditBlock(block, file.path, onPage, inReport, ledger)
    }
    source.done?.(file)
  }
  return ledger
}

/**
 * The letters-and-digits text of every page that shows an article, by the
 * page's path, made as render goes: the pages themselves are not kept. Each
 * key is held as UTF-8 bytes outside V8's heap (at 40,000 dumps the keys are
 * hundreds of MB), and made a string again for the dumps it shows.
 */
export class PageKeys {
  readonly #keys = new Map<string, Buffer>()
  readonly #articlePages: ReadonlySet<string>

  constructor(readonly archive: Archive) {
    this.#articlePages = new Set(archive.articles.map((article) => `${article.url}index.html`))
  }

  /** Keep the key of `file` if it is an article's page (render's sink). */
  add(file: OutputFile): void {
    if (!this.#articlePages.has(file.path)) return
    const html = typeof file.contents === 'string' ? file.contents : new TextDecoder().decode(file.contents)
    this.#keys.set(file.path, Buffer.from(toPageKey(html), 'utf8'))
  }

  /** The pages that show an article of each file (a teaser's page is in many), with the lines of the file the article is from. */
  byDump(): Map<string, ShownPlace[]> {
    const shown = new Map<string, ShownPlace[]>()
    for (const article of this.archive.articles) {
      const page = `${article.url}index.html`
      if (!this.#keys.has(page)) continue
      for (const { path, startLine, endLine } of article.provenance) {
        const place = { page, startLine, endLine }
        const list = shown.get(path)
        if (list) list.push(place)
        else shown.set(path, [place])
      }
    }
    return shown
  }

  /** The text of the pages that show a file's articles. */
  shownOn(places: readonly ShownPlace[] | undefined): ShownText {
    const keys = new Map<string, string>()
    for (const { page } of places ?? []) if (!keys.has(page)) keys.set(page, this.#keys.get(page)?.toString('utf8') ?? '')
    return {
      pages: [...keys.values()],
      at: (line) => {
        const place = places?.find((candidate) => candidate.startLine <= line && line <= candidate.endLine)
        return place ? keys.get(place.page) : undefined
      },
    }
  }
}

/** A page that shows an article from lines `startLine`–`endLine` of a file. */
interface ShownPlace {
  page: string
  startLine: number
  endLine: number
}

/** The keys of the pages that show a file's articles, and the page likeliest to hold a text at a line of the file. */
interface ShownText {
  pages: readonly string[]
  at(line: number): string | undefined
}

/** A page's letters-and-digits text: what the reader sees, with link and image addresses and image descriptions. */
function toPageKey(html: string): string {
  // A link's address is shown to the reader too (the source URL of an article).
  // So is an image's description, where the image is not shown.
  const hrefs = [...html.matchAll(/\s(?:href|src|alt)="([^"]*)"/g)].map((match) => match[1]).join(' ')
  return toMatchKeyOnce(toVisibleText(html) + ' ' + fromEntities(hrefs))
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

function auditBlock(block: TextBlock, path: string, shown: ShownText, inReport: string, ledger: Ledger): void {
  const whole = toMatchKey(block.raw)
  // The page of the article the block is from first: a text is mostly found there, in one search.
  const likely = shown.at(block.position.start.line)
  const isOnPage = (key: string) => likely?.includes(key) || shown.pages.some((page) => page.includes(key))
  if (whole !== '' && isOnPage(whole)) {
    const count = countWords(block.raw)
    ledger.words += count
    ledger.onPages += count
    return
  }
  for (const match of block.raw.matchAll(WORD)) {
    ledger.words++
    const key = toMatchKey(match[0])
    if (isOnPage(key)) ledger.onPages++
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

/** What the report says of a file: a dump's dropped chrome in full, and every message. */
function toReportText(tree: DumpTree | null, file: VFile | undefined): string {
  const parts = tree?.chrome.map((chrome) => chrome.value) ?? []
  for (const message of file?.messages ?? []) parts.push(message.reason, String(message.actual ?? ''))
  // Not memoised: a file's report is its own (a memo would keep every file's).
  return toMatchKeyOnce(parts.join('|'))
}

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}
