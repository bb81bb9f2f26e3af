/**
 * extract (pure): an editor-written `*.md` (front matter + Markdown) → one
 * record. The body is parsed with remark-parse (editors write Markdown on
 * purpose); the title comes from front matter or the first `# heading`.
 */
import type { Heading, Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { toLang } from '../parse/lang.ts'
import { toOffsetShift } from '../parse/lines.ts'
import type { ArticleRecord, FrontMatter, TextBlock } from '../types.ts'
import { isSafeTarget } from '../util/html.ts'
import { toMatchKey } from '../util/text.ts'
import { resolveDate } from './dates/resolve.ts'

export function extractPage(file: VFile): ArticleRecord[] {
  const matter = file.data.source?.matter ?? {}
  if (matter.draft) {
    file.info('Skipped a draft (`draft: true` in front matter): the page is not published', { place: { line: 1, column: 1 }, ruleId: 'draft', source: 'chronique' })
    return []
  }
  const tree = parsePageBody(file)
  reportDropped(file, tree)
  const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1)
  const title = matter.title ?? (heading ? toPlainText(heading) : '')
  if (title.trim() === '') {
    const message = file.message('Found no title, expected `title:` in front matter or a first-level heading (`# Title`)', {
      place: tree.children[0]?.position?.start ?? { line: 1, column: 1 }, ruleId: 'page-title-missing', source: 'chronique',
    })
    message.fatal = true
    return []
  }
  const dropHeading = heading && (!matter.title || toMatchKey(toPlainText(heading)) === toMatchKey(matter.title))
  const body: Root = { type: 'root', children: tree.children.filter((node) => !(dropHeading && node === heading)) }
  return [toPageRecord(file, matter, title, body)]
}

/** The page's Markdown as mdast, with the lines, columns and offsets of the file. */
export function parsePageBody(file: VFile): Root {
  const text = file.data.source?.body ?? String(file.value ?? '')
  const tree = unified().use(remarkParse).parse(text)
  shiftOffsets(tree, toOffsetShift(String(file.value ?? ''), text))
  return tree
}

/**
 * What of a page is never copied to the site (it could carry markup or
 * scripts) gets a warning, with the Markdown in the report: raw HTML (the
 * text between an inline tag and its end is Markdown and stays), a link
 * address that is not http(s), mailto or a path (the link's text stays) and
 * an image at such an address (left out).
 */
function reportDropped(file: VFile, node: Root | RootContent): void {
  const say = (reason: string, ruleId: string) => {
    const message = file.message(reason, { place: node.position, ruleId, source: 'chronique' })
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    message.actual = start !== undefined && end !== undefined ? String(file.value ?? '').slice(start, end) : 'value' in node ? String(node.value) : ''
  }
  if (node.type === 'html') {
    say(`Found raw HTML \`${shorten(node.value)}\`, expected Markdown (HTML in a page is never copied to the site); dropped it`, 'page-html-dropped')
    return
  }
  if ((node.type === 'link' || node.type === 'definition') && !isSafeTarget(node.url)) {
    say(`Found a link to \`${shorten(node.url)}\`, expected an http(s) or mailto address or a path; kept its text, dropped the address`, 'page-link-unsafe')
  }
  if (node.type === 'image' && !isSafeTarget(node.url)) {
    say(`Found an image at \`${shorten(node.url)}\`, expected an http(s) address or a path; dropped the image`, 'page-image-unsafe')
  }
  if ('children' in node) for (const child of node.children as RootContent[]) reportDropped(file, child)
}

/** A piece of the page on one line, cut at 60 characters. */
function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}

function toPageRecord(file: VFile, matter: FrontMatter, title: string, body: Root): ArticleRecord {
  const texts = toTextBlocks(body, String(file.value ?? ''))
  const first = body.children[0]?.position?.start ?? { line: 1, column: 1 }
  const date = resolveDate({
    matter, publication: null, dateline: null, texts, sibling: null,
    place: { start: first, end: first }, kind: 'article',
  }, file)
  return {
    kind: 'page', title, standfirst: matter.standfirst ?? null, summary: null, dateline: null, date, body,
    figures: [], signature: null, source: { url: matter.source ?? null, publication: matter.publication ?? null },
    topics: matter.topics ?? [], slug: matter.slug ?? null, teaserTitles: [],
    provenance: [{ path: file.path, role: 'page', startLine: first.line, endLine: body.children.at(-1)?.position?.end.line ?? first.line }],
    lang: toLang(title),
  }
}

/** The page's paragraphs as blocks, for dates: value is the plain text, raw the Markdown source (file offsets). */
function toTextBlocks(body: Root, text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const node of body.children) {
    const position = node.position
    if (node.type !== 'paragraph' || !position) continue
    blocks.push({ type: 'block', role: 'paragraph', value: toPlainText(node), raw: text.slice(position.start.offset, position.end.offset), position })
  }
  return blocks
}

/** The text of an mdast node (text and inline code), without its Markdown syntax. */
function toPlainText(node: RootContent | Root): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if ('children' in node) return (node.children as RootContent[]).map(toPlainText).join('')
  return ''
}

/** Move every offset of the tree by `shift` (the body's offsets trail the file's by the front matter). */
function shiftOffsets(node: Root | RootContent, shift: number): void {
  if (shift === 0) return
  for (const point of [node.position?.start, node.position?.end]) if (point?.offset !== undefined) point.offset += shift
  if ('children' in node) for (const child of node.children as RootContent[]) shiftOffsets(child, shift)
}

