/**
 * One teaser: caption, title, summary, read by shape and position in the
 * cycle, with the scraper's damage noted (TeaserNode.damage + a warning).
 */
import type { VFile } from 'vfile'
import type { ChromeNode, TeaserDamage, TeaserNode, TextBlock } from '../types.ts'
import { findCaptionDamage, findTitleSplice } from './damage.ts'
import type { Line } from './lines.ts'
import { toSpan, toSpanning } from './lines.ts'
import { toBlock, toChrome, toQuoted, warn } from './report.ts'
import { findPhotoCredit, isSameText, isSummaryLike } from './shapes.ts'

export interface ReadTeaser {
  teaser: TeaserNode
  chrome: ChromeNode[]
  /** Index of the first line after this teaser. */
  next: number
}

interface Slots {
  caption: Line | null
  title: Line | null
  duplicate: Line | null
  summary: Line | null
  next: number
}

export function readTeaser(lines: Line[], start: number, file: VFile): ReadTeaser {
  const slots = readSlots(lines, start)
  const damage: TeaserDamage[] = []
  const chrome: ChromeNode[] = []
  const children: TextBlock[] = []
  if (slots.caption) children.push(toCaptionBlock(slots.caption, slots, damage, file))
  else if (slots.title) noteMissingCaption(slots.title, slots.duplicate, damage, file)
  if (slots.title) children.push(toBlock('title', slots.title.text, slots.title.position))
  if (slots.duplicate) chrome.push(toChrome(file, 'chrome-duplicate-title', slots.duplicate.text, slots.duplicate.position, 'the teaser title written twice'))
  if (slots.summary) children.push(...toSummaryBlocks(slots.summary, slots.title, damage, chrome, file))
  const [first, last] = [lines[start], lines[slots.next - 1]]
  if (first) noteMissingParts(slots, first, file)
  const position = first && last ? toSpanning(first.position, last.position) : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  return { teaser: { type: 'teaser', children, damage, position }, chrome, next: Math.max(slots.next, start + 1) }
}

function readSlots(lines: Line[], start: number): Slots {
  let at = start
  const take = (): Line | null => lines[at++] ?? null
  const caption = isCaptionAt(lines, at) || isUncreditedCaptionAt(lines, at) ? take() : null
  const title = lines[at] && !isCaptionAt(lines, at) && !isLoneSummaryAt(lines, at) ? take() : null
  const duplicate = title && isSameText(lines[at]?.text ?? '', title.text) ? take() : null
  const summary = lines[at] && !isCaptionAt(lines, at) && !isNextTitleAt(lines, at) ? take() : null
  return { caption, title, duplicate, summary, next: at }
}

function isCaptionAt(lines: Line[], at: number): boolean {
  const line = lines[at]
  return line !== undefined && findPhotoCredit(line.text) !== null
}

/** A caption with no credit: a sentence ending with a period, then a title, then a summary. */
function isUncreditedCaptionAt(lines: Line[], at: number): boolean {
  const [line, title, summary] = [lines[at], lines[at + 1], lines[at + 2]]
  if (!line || !title || !summary || !/\.$/u.test(line.text) || isSummaryLike(line.text)) return false
  return !isCaptionAt(lines, at + 1) && !isSummaryLike(title.text) && !isSameText(line.text, title.text) &&
    !isCaptionAt(lines, at + 2) && isSummaryLike(summary.text)
}

/** A summary where a title is expected (the title is missing): no second summary follows. */
function isLoneSummaryAt(lines: Line[], at: number): boolean {
  const line = lines[at]
  const next = lines[at + 1]
  return line !== undefined && isSummaryLike(line.text) && !(next && !isCaptionAt(lines, at + 1) && isSummaryLike(next.text))
}

/** A short line followed by a summary: the title of the next teaser (whose caption is missing). */
function isNextTitleAt(lines: Line[], at: number): boolean {
  const line = lines[at]
  const next = lines[at + 1]
  return line !== undefined && !isSummaryLike(line.text) && next !== undefined && !isCaptionAt(lines, at + 1) && isSummaryLike(next.text)
}

function toCaptionBlock(caption: Line, slots: Slots, damage: TeaserDamage[], file: VFile): TextBlock {
  const block = toBlock('caption', caption.text, caption.position)
  const found = findCaptionDamage(caption.text, [slots.summary?.text ?? '', slots.title?.text ?? ''])
  if (!found) return block
  damage.push(found.damage)
  const repair = found.repaired ? `; repaired it to ${toQuoted(found.repaired)}` : '; left it as it is'
  const what = found.damage === 'caption-first-letter-cut' ? 'with its first letter cut' : 'with its start cut off'
  warn(file, `Found a caption ${what} (${found.evidence}), expected a caption starting with a capital letter${repair}`, caption.position, found.damage)
  return found.repaired ? { ...block, value: found.repaired } : block
}

function noteMissingCaption(title: Line, duplicate: Line | null, damage: TeaserDamage[], file: VFile): void {
  damage.push('caption-missing')
  const twice = duplicate ? ` (its title is written twice, lines ${title.position.start.line} and ${duplicate.position.start.line}: the second copy is dropped)` : ''
  warn(file, `Found a teaser with no photo caption${twice}, expected a caption ending with a photo credit, then the title, then a summary`, title.position, 'caption-missing')
}

/** The summary, with title pieces spliced at its ends cut off as chrome. */
function toSummaryBlocks(line: Line, title: Line | null, damage: TeaserDamage[], chrome: ChromeNode[], file: VFile): TextBlock[] {
  const splice = title ? findTitleSplice(title.text, line.text) : null
  if (!splice) return [toBlock('summary', line.text, line.position)]
  damage.push('summary-title-spliced')
  const { text, position } = line
  const why = 'a piece of the teaser title spliced into its summary'
  if (splice.head > 0) chrome.push(toChrome(file, 'chrome-duplicate-title', text.slice(0, splice.head), toSpan(position, 0, splice.head), why))
  if (splice.tail > 0) chrome.push(toChrome(file, 'chrome-duplicate-title', text.slice(text.length - splice.tail), toSpan(position, text.length - splice.tail, text.length), why))
  const from = splice.head + (/^\s*/u.exec(text.slice(splice.head))?.[0].length ?? 0)
  const to = text.slice(0, text.length - splice.tail).trimEnd().length
  const pieces = [splice.head > 0 ? `its start ${toQuoted(text.slice(0, splice.head))}` : '', splice.tail > 0 ? `its end ${toQuoted(text.slice(text.length - splice.tail))}` : ''].filter(Boolean).join(' and ')
  warn(file, `Found pieces of the title spliced into the summary (${pieces}), expected the summary alone; removed them`, position, 'summary-title-spliced')
  return [toBlock('summary', text.slice(from, to), toSpan(position, from, to))]
}

function noteMissingParts(slots: Slots, first: Line, file: VFile): void {
  const place = (slots.title ?? first).position
  if (!slots.title) {
    const found = slots.caption ? 'a photo caption with no title after it' : 'a summary with no title before it'
    warn(file, `Found ${found}, expected caption, title, summary; the title is taken from the text`, place, 'teaser-title-missing')
  } else if (!slots.summary) {
    warn(file, `Found a teaser title with no summary after it, expected a one-paragraph summary`, place, 'teaser-summary-missing')
  }
}
