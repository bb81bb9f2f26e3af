/**
 * Split a dump's lines into the lead zone (before `Voir plus`) and the
 * teaser zone (after it). Odd structures get a message, never a crash.
 */
import type { VFile } from 'vfile'
import type { ChromeNode } from '../types.ts'
import type { Line } from './lines.ts'
import { inform, toChrome, warn } from './report.ts'
import { findFigureMarker, findPhotoCredit, isSummaryLike, isVoirPlus } from './shapes.ts'
import { isBanner } from './chrome-lines.ts'

export interface Zones {
  lead: Line[]
  teasers: Line[]
  chrome: ChromeNode[]
}

/** Lead before the first `Voir plus`, teasers after it (a second `Voir plus` is dropped too). */
export function splitZones(lines: Line[], file: VFile): Zones {
  const marks = lines.filter((line) => isVoirPlus(line.text))
  const first = marks[0]
  if (!first) return splitWithoutVoirPlus(lines, file)
  const chrome = marks.map((mark) => toChrome(file, 'chrome-voir-plus', mark.text, mark.position))
  for (const mark of marks.slice(1)) {
    warn(file, `Found another "${mark.text}" (first one on line ${first.position.start.line}), expected one related-articles block; read what follows as more teasers`, mark.position, 'dump-voir-plus-repeated')
  }
  const lead = lines.filter((line) => line.index < first.index)
  if (lead.length === 0) warn(file, `Found "${first.text}" before any article, expected a lead article (title, paragraphs) first; the dump has teasers only`, first.position, 'dump-no-lead')
  return { lead, teasers: lines.filter((line) => line.index > first.index && !marks.includes(line)), chrome }
}

function splitWithoutVoirPlus(lines: Line[], file: VFile): Zones {
  const first = lines[0]
  if (!first) return { lead: [], teasers: [], chrome: [] }
  const start = isBanner(first.text) ? 1 : 0
  if (isTeaserCycle(lines.slice(start))) {
    warn(file, 'Found a photo caption, a title and a summary at the top with no lead article, expected a title line first; read the dump as teasers only', first.position, 'dump-no-lead')
    return { lead: lines.slice(0, start), teasers: lines.slice(start), chrome: [] }
  }
  inform(file, 'Found no "Voir plus" line: read the whole dump as one article (and its site chrome)', first.position, 'dump-no-voir-plus')
  return { lead: lines, teasers: [], chrome: [] }
}

/** Caption (with a photo credit, not the `ảnh N` glue), then a title, then a summary. */
function isTeaserCycle(lines: Line[]): boolean {
  const [caption, title, summary] = lines
  if (!caption || !title || !summary) return false
  return findPhotoCredit(caption.text) !== null && findFigureMarker(caption.text) === null &&
    findPhotoCredit(title.text) === null && !isSummaryLike(title.text) && isSummaryLike(summary.text)
}
