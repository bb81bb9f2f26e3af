/**
 * What follows the end of the article (vietnam.vn pages): widgets, a list
 * of bare headlines, navigation labels. A long paragraph there is kept,
 * with a warning, since it may be article text after all.
 */
import type { VFile } from 'vfile'
import type { ChromeNode, TextBlock } from '../types.ts'
import { toLineChromeRule } from './chrome-lines.ts'
import type { Line } from './lines.ts'
import { toBlock, toChrome, toQuoted, warn } from './report.ts'
import { isLabel, isSummaryLike } from './shapes.ts'

export function classifyTail(lines: Line[], file: VFile): { blocks: TextBlock[]; chrome: ChromeNode[] } {
  const blocks: TextBlock[] = []
  const chrome: ChromeNode[] = []
  for (const group of toGroups(lines)) {
    const rest: Line[] = []
    for (const line of group) {
      const rule = toLineChromeRule(line.text)
      if (rule) chrome.push(toChrome(file, rule, line.text, line.position))
      else rest.push(line)
    }
    const [only] = rest
    if (rest.length === 1 && only && isLabel(only.text)) chrome.push(toChrome(file, 'chrome-navigation', only.text, only.position))
    else if (rest.length === 1 && only && isSummaryLike(only.text)) {
      warn(file, `Found a paragraph ${toQuoted(only.text)} after the end of the article (after its source or a page widget), expected site chrome; kept it as a paragraph`, only.position, 'lead-text-after-end')
      blocks.push(toBlock('paragraph', only.text, only.position))
    } else for (const line of rest) chrome.push(toChrome(file, 'chrome-headline-list', line.text, line.position))
  }
  return { blocks, chrome }
}

/** Lines grouped by paragraph (no blank line between them). */
export function toGroups(lines: Line[]): Line[][] {
  const groups: Line[][] = []
  for (const line of lines) {
    const last = groups.at(-1)
    if (last && last[0]?.group === line.group) last.push(line)
    else groups.push([line])
  }
  return groups
}
