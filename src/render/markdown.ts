/**
 * Article bodies: mdast → hast (mdast-util-to-hast, raw HTML never allowed)
 * → checked hast (French typography on text nodes, headings demoted below
 * the page's single h1, only safe link targets) → HTML (hast-util-to-html).
 * Figures are placed between the body blocks by their line in the dump.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { Nodes as MdastNodes } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import { toLanguageRuns } from '../normalise/lang.ts'
import { toFrenchTypography } from '../normalise/typography.ts'
import type { Figure, MdastRoot } from '../types.ts'
import { isSafeTarget } from '../util/html.ts'

/** A run of body HTML, or one figure placed between two runs. */
export type BodySegment<F> = { html: string; figure: null } | { html: null; figure: F }

const HEADING = /^h([1-6])$/

/**
 * mdast → checked hast. `lang` decides whether French typography applies;
 * a `dateline` that opens the first paragraph (`Hanoï (VNA) -`) is wrapped
 * in `<span class="dateline">` (same text, wire-story style; matched after
 * typography, so both sides read the same). In French text, each run of
 * Vietnamese words (`toLanguageRuns`, found after typography, which never
 * changes the inside of a run) becomes `<span lang="vi">`; not in code, nor
 * inside an element already marked `lang="vi"`.
 */
export function toBodyHast(body: MdastRoot, lang: 'fr' | 'vi', dateline: string | null = null): HastRoot {
  const tree = toHast(body, {
    allowDangerousHtml: false,
    clobberPrefix: 'note-',
    footnoteLabel: 'Notes',
    footnoteBackLabel: 'Retour au texte',
  })
  const root: HastRoot = tree.type === 'root' ? tree : { type: 'root', children: [tree as RootContent] }
  root.children = checkChildren(root.children, lang === 'fr') as RootContent[]
  if (dateline) markDateline(root, lang === 'fr' ? toFrenchTypography(dateline.trim()) : dateline.trim())
  if (lang === 'fr') root.children = markVietnameseRuns(root.children) as RootContent[]
  return root
}

/** The body as HTML runs with the figures placed before the first block that follows them in the dump. */
export function toBodySegments<F>(body: MdastRoot, lang: 'fr' | 'vi', figures: readonly Figure[], toFigure: (figure: Figure) => F, dateline: string | null = null): BodySegment<F>[] {
  const root = toBodyHast(body, lang, dateline)
  const pending = [...figures].sort((a, b) => a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column)
  const segments: BodySegment<F>[] = []
  let run: RootContent[] = []
  const flush = () => {
    const html = toHtml({ type: 'root', children: run }).trim()
    if (html !== '') segments.push({ html, figure: null })
    run = []
  }
  for (const child of root.children) {
    const line = child.type === 'element' ? child.position?.start.line : undefined
    if (line !== undefined) {
      while (pending.length > 0 && (pending[0]?.position.start.line ?? Infinity) < line) {
        flush()
        segments.push({ html: null, figure: toFigure(pending.shift() as Figure) })
      }
    }
    run.push(child)
  }
  flush()
  for (const figure of pending) segments.push({ html: null, figure: toFigure(figure) })
  return segments
}

/** The text of an mdast tree, blocks separated by a space (for excerpts and descriptions). */
export function toPlainText(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value
  if ('children' in node) {
    const parts = (node.children as MdastNodes[]).map(toPlainText)
    const block = node.type === 'root' || node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem'
    return parts.join(block ? ' ' : '').replace(/\s+/g, ' ').trim()
  }
  return ''
}

/** The first paragraph's text, or ''. */
export function toFirstParagraph(body: MdastRoot): string {
  for (const child of body.children) {
    if (child.type === 'paragraph') {
      const text = toPlainText(child)
      if (text !== '') return text
    }
  }
  return ''
}

function markDateline(root: HastRoot, dateline: string): void {
  const first = root.children.find((child): child is Element => child.type === 'element')
  if (!first || first.tagName !== 'p' || dateline === '') return
  const text = first.children[0]
  if (!text || text.type !== 'text' || !text.value.startsWith(dateline)) return
  const rest = text.value.slice(dateline.length)
  const span: Element = { type: 'element', tagName: 'span', properties: { className: ['dateline'] }, children: [{ type: 'text', value: dateline }] }
  first.children.splice(0, 1, span, { type: 'text', value: rest })
}

/** Text nodes split into French text and `<span lang="vi">` runs (the same text, in the same order). */
function markVietnameseRuns(children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  const out: (RootContent | ElementContent)[] = []
  for (const child of children) {
    if (child.type === 'text') {
      const runs = toLanguageRuns(child.value)
      if (runs.length <= 1 && runs[0]?.lang !== 'vi') {
        out.push(child)
        continue
      }
      for (const run of runs) {
        if (run.lang === 'fr') out.push({ type: 'text', value: run.text })
        else out.push({ type: 'element', tagName: 'span', properties: { lang: 'vi' }, children: [{ type: 'text', value: run.text }] })
      }
    } else if (child.type === 'element') {
      if (child.tagName !== 'code' && child.tagName !== 'pre' && child.properties.lang !== 'vi') child.children = markVietnameseRuns(child.children) as ElementContent[]
      out.push(child)
    } else {
      out.push(child)
    }
  }
  return out
}

function checkChildren(children: (RootContent | ElementContent)[], typography: boolean): (RootContent | ElementContent)[] {
  const out: (RootContent | ElementContent)[] = []
  for (const child of children) {
    if (child.type === 'text') {
      out.push(typography ? { ...child, value: toFrenchTypography(child.value) } : child)
    } else if (child.type === 'element') {
      const checked = checkElement(child, typography)
      if (checked) out.push(checked)
    } else if (child.type === 'comment' || child.type === 'doctype') {
      continue
    } else if (child.type !== 'raw') {
      out.push(child)
    }
  }
  return out
}

function checkElement(element: Element, typography: boolean): Element | null {
  const heading = HEADING.exec(element.tagName)
  if (heading) element.tagName = `h${Math.min(6, Math.max(2, Number(heading[1]) + 1))}`
  const props = element.properties
  if (element.tagName === 'a' && typeof props.href === 'string') {
    if (!isSafeTarget(props.href)) delete props.href
    else if (/^https?:/i.test(props.href)) props.rel = ['nofollow', 'noopener']
  }
  if (element.tagName === 'img' && (typeof props.src !== 'string' || !isSafeTarget(props.src))) return null
  for (const key of Object.keys(props)) if (/^on/i.test(key) || key === 'style') delete props[key]
  const inner = typography && element.tagName !== 'code' && element.tagName !== 'pre' && props.lang !== 'vi'
  element.children = checkChildren(element.children, inner) as ElementContent[]
  return element
}
