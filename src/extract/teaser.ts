/**
 * A teaser of the `Voir plus` block → its ArticleRecord: title, summary,
 * the figure of its caption, a date from its own text (siblings may lend
 * a year). The body is an empty root: a teaser's text is its `summary`.
 */
import type { VFile } from 'vfile'
import type { ArticleRecord, BlockRole, TeaserNode, TextBlock } from '../types.ts'
import { findLatestPastMention, toDayNumber } from './dates/anchor.ts'
import type { SiblingAnchor } from './dates/infer.ts'
import { resolveDate } from './dates/resolve.ts'
import { toBlockLang, toCaption, toFigures } from './figures.ts'

/** Longest title made from a summary when the teaser lost its title. */
const FALLBACK_TITLE_MAX = 100

export function toTeaserRecord(teaser: TeaserNode, path: string, sibling: SiblingAnchor | null, file: VFile): ArticleRecord {
  const title = pick(teaser, 'title')
  const summary = pick(teaser, 'summary')
  const caption = pick(teaser, 'caption')
  const date = resolveDate({
    matter: {}, publication: null, dateline: null, texts: toDateTexts(teaser),
    sibling, place: teaser.position, kind: 'teaser',
  }, file)
  return {
    kind: 'teaser', title: title?.value ?? toFallbackTitle(summary, caption), standfirst: null,
    summary: summary?.value ?? null, dateline: null, date,
    body: { type: 'root', children: [] }, figures: toFigures(teaser.children), signature: null,
    source: { url: null, publication: null }, topics: [], slug: null, teaserTitles: [],
    provenance: [{ path, role: 'teaser', startLine: teaser.position.start.line, endLine: teaser.position.end.line }],
    lang: title ? toBlockLang(title) : 'fr',
  }
}

/** The latest past event a teaser's own text mentions: what it can lend its siblings. */
export function toTeaserAnchor(teaser: TeaserNode): SiblingAnchor | null {
  const anchor = findLatestPastMention(toDateTexts(teaser))
  return anchor ? { ...anchor, title: pick(teaser, 'title')?.value ?? '' } : null
}

/** The latest anchor among the other teasers of the same block. */
export function toSiblingAnchor(anchors: readonly (SiblingAnchor | null)[], self: number): SiblingAnchor | null {
  let latest: SiblingAnchor | null = null
  for (const [index, anchor] of anchors.entries()) {
    if (!anchor || index === self) continue
    if (!latest || toDayNumber(anchor.year, anchor.month, anchor.day) > toDayNumber(latest.year, latest.month, latest.day)) latest = anchor
  }
  return latest
}

/** Summary first, then caption, then title. */
function toDateTexts(teaser: TeaserNode): TextBlock[] {
  return (['summary', 'caption', 'title'] as const).map((role) => pick(teaser, role)).filter((block): block is TextBlock => block !== null)
}

/** A teaser with no title: the first sentence of its summary, else its caption without the credit. */
function toFallbackTitle(summary: TextBlock | null, caption: TextBlock | null): string {
  const text = summary ? /^.*?[.!?](?=\s|$)/u.exec(summary.value)?.[0] ?? summary.value : caption ? toCaption(caption.value).text : ''
  if ([...text].length <= FALLBACK_TITLE_MAX) return text
  const cut = [...text].slice(0, FALLBACK_TITLE_MAX).join('')
  return cut.slice(0, cut.lastIndexOf(' ')) + '…'
}

function pick(teaser: TeaserNode, role: BlockRole): TextBlock | null {
  return teaser.children.find((block) => block.role === role) ?? null
}
