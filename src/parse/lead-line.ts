/**
 * One line of the lead article → its blocks (and chrome). The title is
 * already known; the state carries what earlier lines decided.
 */
import type { VFile } from 'vfile'
import type { ChromeNode, TextBlock } from '../types.ts'
import { toLineChromeRule } from './chrome-lines.ts'
import { isVietnamese } from './lang.ts'
import type { Line } from './lines.ts'
import { toSpan } from './lines.ts'
import { inform, toBlock, toChrome, toQuoted, warn } from './report.ts'
import { findFigureMarker, findPhotoCredit, isSameText, isSignatureLine, matchDateline, toPublicationLine, toSourceLine } from './shapes.ts'

/** Longest standfirst (chapeau); a longer first block is a body paragraph. */
const STANDFIRST_MAX = 600

export interface LeadState {
  title: Line
  /** The dump is in French: Vietnamese lines in it are captions. */
  french: boolean
  /** True once the standfirst slot is filled or passed (a paragraph came first). */
  standfirstDone: boolean
  /** The previous line when it was a Vietnamese caption (its translation may follow). */
  vietnamese: Line | null
}

export interface Classified {
  blocks: TextBlock[]
  chrome: ChromeNode[]
}

/** Decide what one lead line is, in order of the strongest shape first. */
export function classifyLeadLine(line: Line, state: LeadState, file: VFile): Classified {
  const { text, position } = line
  const rule = toLineChromeRule(text)
  if (rule) return { blocks: [], chrome: [toChrome(file, rule, text, position)] }
  if (isSameText(text, state.title.text)) return { blocks: [], chrome: [toChrome(file, 'chrome-duplicate-title', text, position)] }
  const publication = toPublicationLine(text)
  if (publication) {
    inform(file, `Read ${toQuoted(text)} as the publication "${publication.name}"${publication.doubled ? ' (written twice by the scraper: one copy dropped)' : ''} dated ${publication.dateText}`, position, 'publication-line')
    return only(toBlock('publication', text, position))
  }
  if (toSourceLine(text)) return only(toBlock('source', text, position))
  if (isSignatureLine(text)) return only(toBlock('signature', text, position))
  const marker = findFigureMarker(text)
  if (marker) return toGluedFigure(line, marker.index, marker.end, state, file)
  return classifyText(line, state)
}

function classifyText(line: Line, state: LeadState): Classified {
  const { text, position } = line
  const translation = state.vietnamese !== null && state.vietnamese.group === line.group && state.vietnamese.index === line.index - 1
  state.vietnamese = null
  if (state.french && isVietnamese(text)) {
    state.vietnamese = line
    return only(toBlock('figure', text, position))
  }
  if (findPhotoCredit(text) || translation) return only(toBlock('figure', text, position))
  if (!state.standfirstDone && !matchDateline(text) && text.length <= STANDFIRST_MAX) {
    state.standfirstDone = true
    return only(toBlock('standfirst', text, position))
  }
  state.standfirstDone = true
  return only(toBlock('paragraph', text, position))
}

/** `<title> ảnh 1<caption>`: the repeated title is chrome, the caption a figure. */
function toGluedFigure(line: Line, index: number, end: number, state: LeadState, file: VFile): Classified {
  const { text, position } = line
  const prefix = text.slice(0, end).trimEnd()
  const repeated = text.slice(0, index).trim()
  const matches = repeated === '' || isSameText(repeated, state.title.text)
  const why = matches
    ? `the title repeated before the photo number "${text.slice(index, end).trim()}"`
    : `the text before the photo number "${text.slice(index, end).trim()}" (expected the title repeated, found another text)`
  if (!matches) warn(file, `Found ${toQuoted(repeated)} glued before a photo caption, expected the article title; dropped it`, toSpan(position, 0, index), 'chrome-duplicate-title')
  const caption = text.slice(end)
  const blocks = caption === '' ? [] : [toBlock('figure', caption, toSpan(position, end, text.length))]
  return { blocks, chrome: [toChrome(file, 'chrome-duplicate-title', prefix, toSpan(position, 0, prefix.length), why)] }
}

function only(block: TextBlock): Classified {
  return { blocks: [block], chrome: [] }
}
