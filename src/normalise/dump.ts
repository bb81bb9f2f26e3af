/**
 * normaliseDump: repair every text block of a dump tree, set each block's
 * language, and report each repair as an info message at its place in the
 * file (`seeds/003_….txt:9:42  info  …  unglue-lexicon`).
 */
import type { VFile } from 'vfile'
import type { DumpTree, NormaliseResult, Point, Repair, TextBlock } from '../types.ts'
import { normaliseText } from './index.ts'
import type { NormaliseOptions } from './index.ts'
import { detectLanguage } from './lang.ts'

/** A new tree: each block's `value` repaired (its `raw` kept), `lang` set; repairs become info messages on `file`. */
export function normaliseDump(tree: DumpTree, file: VFile, options: NormaliseOptions): DumpTree {
  const fix = (block: TextBlock): TextBlock => {
    const { result, lang } = toResult(block.value, options)
    for (const repair of result.repairs) {
      file.info(toReason(repair), { place: toPoint(block, repair.offset), ruleId: repair.rule, source: 'chronique' })
    }
    return { ...block, value: result.value, lang }
  }
  return {
    ...tree,
    lead: tree.lead ? { ...tree.lead, children: tree.lead.children.map(fix) } : null,
    teasers: tree.teasers.map((teaser) => ({ ...teaser, children: teaser.children.map(fix) })),
  }
}

/** The result for `text`, from the build's memo when it has it (texts repeat across dumps). */
function toResult(text: string, options: NormaliseOptions): { result: NormaliseResult; lang: 'fr' | 'vi' } {
  const known = options.memo?.get(text)
  if (known) return known
  const lang = detectLanguage(text)
  const found = { result: normaliseText(text, { ...options, lang }), lang }
  options.memo?.set(text, found)
  return found
}

function toReason(repair: Repair): string {
  const change = repair.to === '' ? `Removed ${toVisible(repair.from)}` : `${toVisible(repair.from)} → ${toVisible(repair.to)}`
  return repair.note ? `${change} (${repair.note})` : change
}

/**
 * The file point of offset `at` of `block.value`. The value may differ from
 * `raw` by trimmed or collapsed spaces (parse), so the two are aligned first.
 */
export function toPoint(block: TextBlock, at: number): Point {
  const rawAt = toRawOffset(block.raw, block.value, at)
  const start = block.position.start
  const before = block.raw.slice(0, rawAt)
  const lastBreak = before.lastIndexOf('\n')
  const lines = before.split('\n').length - 1
  const point: Point = {
    line: start.line + lines,
    column: lastBreak === -1 ? start.column + rawAt : rawAt - lastBreak,
  }
  if (start.offset !== undefined) point.offset = start.offset + rawAt
  return point
}

/** Walk `raw` and `value` together, skipping whitespace only one of them has. */
function toRawOffset(raw: string, value: string, at: number): number {
  let i = 0
  let j = 0
  while (j < at && i < raw.length) {
    if (raw[i] === value[j]) {
      i++
      j++
    } else if (/\s/u.test(raw[i] ?? '')) i++
    else if (/\s/u.test(value[j] ?? '')) j++
    else {
      i++
      j++
    }
  }
  while (i < raw.length && /\s/u.test(raw[i] ?? '') && raw[i] !== value[j]) i++
  return i
}

/** Quoted, with spaces and characters a reader cannot see written as code points (`"et\u00a0 t"`). */
function toVisible(text: string): string {
  return JSON.stringify(text).replace(/[\u00a0\u202f\u2007\u2009\u200a\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
