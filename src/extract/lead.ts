/**
 * The lead article of a dump → its ArticleRecord: title, standfirst,
 * dateline cut from the first paragraph, body as mdast, figures,
 * signature, source, date.
 */
import type { VFile } from 'vfile'
import type { ArticleRecord, BlockRole, FrontMatter, LeadNode, TextBlock } from '../types.ts'
import { toAgency, toPublicationLine, toSourceLine } from '../parse/shapes.ts'
import { toBodyRoot } from './body.ts'
import { splitDateline } from './dateline.ts'
import { resolveDate } from './dates/resolve.ts'
import { toBlockLang, toFigures } from './figures.ts'

export interface LeadContext {
  path: string
  matter: FrontMatter
  teaserTitles: string[]
}

export function toLeadRecord(lead: LeadNode, context: LeadContext, file: VFile): ArticleRecord {
  const blocks = lead.children
  const title = pick(blocks, 'title')
  const [first, ...rest] = blocks.filter((block) => block.role === 'paragraph')
  const split = first ? splitDateline(first) : null
  const standfirst = pick(blocks, 'standfirst')
  const figures = toFigures(blocks)
  const date = resolveDate({
    matter: context.matter, publication: pick(blocks, 'publication'),
    dateline: first && split?.date ? { date: split.date, block: first } : null,
    texts: [standfirst, ...(split ? [split.paragraph] : []), ...rest, ...blocks.filter((block) => block.role === 'figure'), title].filter(isBlock),
    sibling: null, place: lead.position, kind: 'article',
  }, file)
  const signature = pick(blocks, 'signature')
  return {
    kind: 'lead', title: title?.value ?? '', standfirst: standfirst?.value ?? null, summary: null,
    dateline: split?.dateline ?? null, date,
    body: toBodyRoot([...(split ? [split.paragraph] : []), ...rest]),
    figures, signature: signature ? toAgency(signature.value) : null, source: toSource(blocks),
    topics: [], slug: null, teaserTitles: context.teaserTitles,
    provenance: [{ path: context.path, role: 'lead', startLine: lead.position.start.line, endLine: lead.position.end.line }],
    lang: title ? toBlockLang(title) : 'fr',
  }
}

/** `Source : https://…` gives the URL; the publication line (or a `Source : name`) the publication. */
function toSource(blocks: readonly TextBlock[]): ArticleRecord['source'] {
  const sources = blocks.filter((block) => block.role === 'source').map((block) => toSourceLine(block.raw))
  const publication = pick(blocks, 'publication')
  const name = publication ? toPublicationLine(publication.raw)?.name ?? null : null
  return {
    url: sources.find((source) => source?.url)?.url ?? null,
    publication: name ?? sources.find((source) => source?.label)?.label ?? null,
  }
}

function pick(blocks: readonly TextBlock[], role: BlockRole): TextBlock | null {
  return blocks.find((block) => block.role === role) ?? null
}

function isBlock(block: TextBlock | null): block is TextBlock {
  return block !== null
}
