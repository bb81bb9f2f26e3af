/**
 * The dateline opening the first paragraph (`Hanoi, 17 juillet (VNA) -`)
 * → a Dateline, and the paragraph without it.
 */
import type { Dateline, TextBlock } from '../types.ts'
import { toSpan } from '../parse/lines.ts'
import { matchDateline } from '../parse/shapes.ts'

export interface SplitDateline {
  dateline: Dateline | null
  /** The date the dateline holds (`17 juillet`), if any. */
  date: string | null
  /** The paragraph with the dateline removed (and its start moved past it). */
  paragraph: TextBlock
}

export function splitDateline(paragraph: TextBlock): SplitDateline {
  const found = matchDateline(paragraph.value)
  if (!found) return { dateline: null, date: null, paragraph }
  const inRaw = matchDateline(paragraph.raw)
  const end = inRaw ? inRaw.length : 0
  const position = toSpan(paragraph.position, end, paragraph.position.end.column - paragraph.position.start.column)
  return {
    dateline: { place: found.place, agency: found.agency, text: found.text },
    date: found.date,
    paragraph: { ...paragraph, value: paragraph.value.slice(found.length), position },
  }
}
