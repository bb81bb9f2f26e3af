/**
 * Body paragraphs → mdast, built directly: one `paragraph` holding one
 * `text` node each. Dump text is never parsed as Markdown, so `# titre`,
 * `1. point` or `<script>` stay the literal text they are.
 */
import type { Paragraph } from 'mdast'
import type { MdastRoot, Position } from '../types.ts'

export interface BodyText {
  value: string
  position: Position
}

export function toBodyRoot(paragraphs: readonly BodyText[]): MdastRoot {
  return { type: 'root', children: paragraphs.filter((paragraph) => paragraph.value !== '').map(toParagraph) }
}

function toParagraph({ value, position }: BodyText): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value, position }], position }
}
