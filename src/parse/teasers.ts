/**
 * The teaser zone (after `Voir plus`) → TeaserNode[]: chrome lines out
 * first, then caption / title / summary cycles read by shape.
 */
import type { VFile } from 'vfile'
import type { ChromeNode, TeaserNode } from '../types.ts'
import { toLineChromeRule } from './chrome-lines.ts'
import type { Line } from './lines.ts'
import { toChrome } from './report.ts'
import { findPhotoCredit, isLabel, isSummaryLike } from './shapes.ts'
import { toGroups } from './tail.ts'
import { readTeaser } from './teaser.ts'

/** Fewest lines of one paragraph that make a list of bare headlines. */
const HEADLINE_LIST_MIN = 3
/** Fewest labels ending the zone that make a navigation menu. */
const NAVIGATION_MIN = 2

export function parseTeasers(lines: Line[], file: VFile): { teasers: TeaserNode[]; chrome: ChromeNode[] } {
  const { content, chrome } = dropTeaserChrome(lines, file)
  const teasers: TeaserNode[] = []
  let at = 0
  while (at < content.length) {
    const read = readTeaser(content, at, file)
    teasers.push(read.teaser)
    chrome.push(...read.chrome)
    at = read.next
  }
  return { teasers, chrome: chrome.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0)) }
}

function dropTeaserChrome(lines: Line[], file: VFile): { content: Line[]; chrome: ChromeNode[] } {
  const chrome: ChromeNode[] = []
  const kept: Line[] = []
  for (const line of lines) {
    const rule = toLineChromeRule(line.text)
    if (rule) chrome.push(toChrome(file, rule, line.text, line.position))
    else kept.push(line)
  }
  const content: Line[] = []
  for (const group of toGroups(kept)) {
    if (isHeadlineList(group)) chrome.push(...group.map((line) => toChrome(file, 'chrome-headline-list', line.text, line.position)))
    else content.push(...group)
  }
  const labels = countTrailingLabels(content)
  if (labels >= NAVIGATION_MIN) chrome.push(...content.splice(content.length - labels).map((line) => toChrome(file, 'chrome-navigation', line.text, line.position)))
  return { content, chrome }
}

/** Several lines with no blank between, none a caption, none a summary. */
function isHeadlineList(group: Line[]): boolean {
  return group.length >= HEADLINE_LIST_MIN && group.every((line) => !findPhotoCredit(line.text) && !isSummaryLike(line.text))
}

function countTrailingLabels(lines: Line[]): number {
  let count = 0
  for (let at = lines.length - 1; at >= 0; at--) {
    const line = lines[at]
    const before = lines[at - 1]
    if (!line || !isLabel(line.text) || (before && before.group === line.group)) break
    count++
  }
  return count
}
