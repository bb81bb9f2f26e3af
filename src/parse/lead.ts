/**
 * The lead zone → LeadNode: banner, title, then each line by shape; the
 * end of the article (after `Source : …` or at the first widget) starts the
 * tail of site chrome; the signature is cut off the last paragraph.
 */
import type { VFile } from 'vfile'
import type { ChromeNode, LeadNode, TextBlock } from '../types.ts'
import { isBanner, toLineChromeRule } from './chrome-lines.ts'
import { isVietnamese } from './lang.ts'
import { classifyLeadLine } from './lead-line.ts'
import type { LeadState } from './lead-line.ts'
import type { Line } from './lines.ts'
import { toSpan, toSpanning } from './lines.ts'
import { toBlock, toChrome, warn } from './report.ts'
import { findTrailingSignature, isLabel, toSourceLine } from './shapes.ts'
import { classifyTail } from './tail.ts'

/** A first line longer than this is probably not a title. */
const TITLE_MAX = 250

export interface ParsedLead {
  lead: LeadNode | null
  chrome: ChromeNode[]
}

export function parseLead(lines: Line[], file: VFile): ParsedLead {
  const chrome: ChromeNode[] = []
  const first = lines[0]
  const rest = first && isBanner(first.text) ? lines.slice(1) : lines
  if (first && rest !== lines) chrome.push(toChrome(file, 'chrome-banner', first.text, first.position))
  const [title, ...others] = rest
  if (!title) return { lead: null, chrome }
  if (title.text.length > TITLE_MAX) warn(file, `Found a first line of ${title.text.length} characters, expected a title (at most ${TITLE_MAX}); kept it as the title`, title.position, 'lead-title-long')
  const tailAt = findTailStart(others)
  const body = classifyBody(others.slice(0, tailAt), title, file)
  const tail = classifyTail(others.slice(tailAt), file)
  const blocks = [toBlock('title', title.text, title.position), ...splitSignature(body.blocks), ...tail.blocks]
  warnIfThin(blocks, title, file)
  const lead: LeadNode = { type: 'lead', children: blocks, position: toSpanning(title.position, blocks.at(-1)?.position ?? title.position) }
  return { lead, chrome: [...chrome, ...body.chrome, ...tail.chrome].sort(byOffset) }
}

/** Index of the first line after the article: after `Source : …`, or a widget line. */
function findTailStart(lines: Line[]): number {
  const at = lines.findIndex((line, index) => {
    const previous = index > 0 ? lines[index - 1] : undefined
    return toLineChromeRule(line.text) !== null || Boolean(previous && toSourceLine(previous.text)?.url)
  })
  return at === -1 ? lines.length : at
}

function classifyBody(lines: Line[], title: Line, file: VFile): { blocks: TextBlock[]; chrome: ChromeNode[] } {
  const labels = countTrailingLabels(lines)
  const state: LeadState = { title, french: !isVietnamese(title.text), standfirstDone: false, vietnamese: null }
  const blocks: TextBlock[] = []
  const chrome: ChromeNode[] = []
  for (const line of lines.slice(0, lines.length - labels)) {
    const found = classifyLeadLine(line, state, file)
    blocks.push(...found.blocks)
    chrome.push(...found.chrome)
  }
  for (const line of lines.slice(lines.length - labels)) chrome.push(toChrome(file, 'chrome-navigation', line.text, line.position))
  return { blocks, chrome }
}

/** Navigation labels ending the article: one-line paragraphs of one to three words, after a paragraph. */
function countTrailingLabels(lines: Line[]): number {
  let count = 0
  while (count < lines.length - 1) {
    const line = lines[lines.length - 1 - count]
    const before = lines[lines.length - 2 - count]
    if (!line || !before || !isLabel(line.text) || line.group === before.group) break
    count++
  }
  return count
}

/** `… numérique. -VNA` → the paragraph, then a `signature` block with its own position. */
function splitSignature(blocks: TextBlock[]): TextBlock[] {
  const at = blocks.map((block) => block.role).lastIndexOf('paragraph')
  const paragraph = blocks[at]
  const found = paragraph ? findTrailingSignature(paragraph.raw) : null
  if (!paragraph || !found || blocks.slice(at + 1).some((block) => block.role === 'signature')) return blocks
  const text = paragraph.raw.slice(0, found.index).trimEnd()
  const signature = paragraph.raw.slice(found.index).trim()
  const start = paragraph.raw.length - signature.length
  return [
    ...blocks.slice(0, at),
    toBlock('paragraph', text, toSpan(paragraph.position, 0, text.length)),
    toBlock('signature', signature, toSpan(paragraph.position, start, paragraph.raw.length)),
    ...blocks.slice(at + 1),
  ]
}

function warnIfThin(blocks: TextBlock[], title: Line, file: VFile): void {
  if (blocks.length === 1) {
    warn(file, 'Found only a title line, expected a standfirst and paragraphs after it', title.position, 'lead-title-only')
  } else if (!blocks.some((block) => block.role === 'paragraph')) {
    warn(file, 'Found no body paragraph in the lead article, expected paragraphs after the title and standfirst', title.position, 'lead-no-body')
  }
}

function byOffset(a: ChromeNode, b: ChromeNode): number {
  return (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0)
}
