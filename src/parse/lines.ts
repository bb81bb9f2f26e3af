/**
 * The dump text → content lines with positions. A blank line separates
 * paragraphs ("groups"); every non-blank line is one candidate block.
 */
import type { Point, Position } from '../types.ts'

export interface Line {
  /** The line without its leading and trailing white space. */
  text: string
  /** Index of this line among the content lines of the dump (0-based). */
  index: number
  /** Paragraph number: lines with no blank line between them share one. */
  group: number
  /** Span of `text` in the file (1-based line and column, 0-based offset). */
  position: Position
}

/**
 * Split a dump body into its content lines (blank lines only advance `group`).
 * `shift` is added to offsets: the body has its front matter blanked to empty
 * lines, so its offsets trail the file's by the front matter's length.
 */
export function toLines(body: string, shift = 0): Line[] {
  const lines: Line[] = []
  let offset = shift
  let group = 0
  let blank = true
  body.split('\n').forEach((text, lineIndex) => {
    // trim and trimStart drop what `\s` matches (white space and line terminators).
    const trimmed = text.trim()
    if (trimmed === '') {
      if (!blank) group++
      blank = true
    } else {
      blank = false
      const lead = text.length - text.trimStart().length
      const start: Point = { line: lineIndex + 1, column: lead + 1, offset: offset + lead }
      lines.push({ text: trimmed, index: lines.length, group, position: { start, end: toPointAfter(start, trimmed.length) } })
    }
    offset += text.length + 1
  })
  return lines
}

/** The position of `text.slice(from, to)` within one line. */
export function toSpan(position: Position, from: number, to: number): Position {
  return { start: toPointAfter(position.start, from), end: toPointAfter(position.start, to) }
}

/** The position of `text.slice(from, to)` where `text` (which may hold line breaks) starts at `start`. */
export function toSpanIn(text: string, start: Point, from: number, to: number): Position {
  return { start: toPointIn(text, start, from), end: toPointIn(text, start, to) }
}

function toPointIn(text: string, start: Point, index: number): Point {
  const before = text.slice(0, index)
  const lineBreak = before.lastIndexOf('\n')
  if (lineBreak === -1) return toPointAfter(start, index)
  const line = start.line + (before.match(/\n/g)?.length ?? 0)
  return { line, column: index - lineBreak, offset: (start.offset ?? 0) + index }
}

/** The position covering `first` to `last` (both included). */
export function toSpanning(first: Position, last: Position): Position {
  return { start: { ...first.start }, end: { ...last.end } }
}

function toPointAfter(point: Point, length: number): Point {
  return { line: point.line, column: point.column + length, offset: (point.offset ?? 0) + length }
}

/** How far the body's offsets trail the file's (the front matter's length minus its line breaks). */
export function toOffsetShift(text: string, body: string): number {
  return text.endsWith(body.replace(/^\n*/u, '')) ? Math.max(0, text.length - body.length) : 0
}
