/**
 * extract (pure): a normalised DumpTree → one ArticleRecord for the lead
 * (front matter overriding what was found) and one per teaser. Dates are
 * resolved with messages on `file`; a draft dump gives no records.
 */
import type { VFile } from 'vfile'
import type { ArticleRecord, DumpTree } from '../types.ts'
import { fromFrontMatter } from './front-matter.ts'
import { toLeadRecord } from './lead.ts'
import { toSiblingAnchor, toTeaserAnchor, toTeaserRecord } from './teaser.ts'

export function extractArticles(tree: DumpTree, file: VFile): ArticleRecord[] {
  const matter = file.data.source?.matter ?? {}
  if (matter.draft) {
    file.info('Skipped a draft (`draft: true` in front matter): no article is published from this dump', { place: { line: 1, column: 1 }, ruleId: 'draft', source: 'chronique' })
    return []
  }
  const anchors = tree.teasers.map(toTeaserAnchor)
  const teasers = tree.teasers.map((teaser, index) => toTeaserRecord(teaser, tree.path, toSiblingAnchor(anchors, index), file))
  const teaserTitles = teasers.map((teaser) => teaser.title)
  const lead = tree.lead ? fromFrontMatter(toLeadRecord(tree.lead, { path: tree.path, matter, teaserTitles }, file), matter) : null
  return lead ? [lead, ...teasers] : teasers
}
