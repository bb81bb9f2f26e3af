/**
 * parse (pure): a dump's text → DumpTree (lead | teasers | chrome), every
 * block with its position in the file. Reads `file.data.source.body` (the
 * text with front matter blanked, so lines and columns are the file's).
 * Problems and dropped chrome become messages on `file`; never throws on
 * odd dumps.
 */
import type { VFile } from 'vfile'
import type { DumpTree, TextBlock } from '../types.ts'
import { parseLead } from './lead.ts'
import { toLines, toOffsetShift } from './lines.ts'
import { parseTeasers } from './teasers.ts'
import { splitZones } from './zones.ts'

export function parseDump(file: VFile): DumpTree {
  const text = String(file.value ?? '')
  const body = file.data.source?.body ?? text
  const zones = splitZones(toLines(body, toOffsetShift(text, body)), file)
  const lead = parseLead(zones.lead, file)
  const teasers = parseTeasers(zones.teasers, file)
  const chrome = [...zones.chrome, ...lead.chrome, ...teasers.chrome]
  chrome.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  return { type: 'dump', path: file.path, lead: lead.lead, teasers: teasers.teasers, chrome }
}

/** Every text block of a tree, lead first, then each teaser's, in order. */
export function blocksOf(tree: DumpTree): TextBlock[] {
  return [...(tree.lead?.children ?? []), ...tree.teasers.flatMap((teaser) => teaser.children)]
}
