/**
 * XML documents (Atom feeds, sitemap) as xast trees, serialised by
 * xast-util-to-xml: never concatenated strings. Text and attribute values are
 * escaped by the serialiser; characters XML 1.0 forbids (C0 controls but tab,
 * LF and CR; U+FFFE, U+FFFF; lone surrogates) are dropped first, since no
 * escape makes them legal.
 */
import type { Element, ElementContent, Root } from 'xast'
import { toXml } from 'xast-util-to-xml'

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text without the characters XML 1.0 cannot carry. */
export function toXmlSafeText(text: string): string {
  return text.replace(NOT_XML, '')
}

/**
 * `<?xml …?>` + the element, cleaned and indented two spaces per level
 * (an element whose children are all elements gets one per line; text-only
 * elements stay on one line), ending with a newline.
 */
export function toXmlDocument(element: Element): string {
  const root: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
      { type: 'text', value: '\n' },
      indent(clean(element), 0),
    ],
  }
  return `${toXml(root, { closeEmptyElements: true })}\n`
}

function clean(element: Element): Element {
  const attributes: Element['attributes'] = {}
  for (const [key, value] of Object.entries(element.attributes ?? {})) {
    if (value !== null && value !== undefined) attributes[key] = toXmlSafeText(String(value))
  }
  const children: ElementContent[] = element.children.map((child) => {
    if (child.type === 'element') return clean(child)
    if (child.type === 'text' || child.type === 'cdata' || child.type === 'comment') return { ...child, value: toXmlSafeText(child.value) }
    return child
  })
  return { ...element, attributes, children }
}

function indent(element: Element, depth: number): Element {
  const elements = element.children.filter((child): child is Element => child.type === 'element')
  if (elements.length === 0 || elements.length !== element.children.length) return element
  const inner = `\n${'  '.repeat(depth + 1)}`
  const children: ElementContent[] = []
  for (const child of elements) children.push({ type: 'text', value: inner }, indent(child, depth + 1))
  children.push({ type: 'text', value: `\n${'  '.repeat(depth)}` })
  return { ...element, children }
}
