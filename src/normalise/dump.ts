/**
 * normaliseDump: repair every text block of a dump tree, set each block's
 * language, and report each repair as an info message at its place in the
 * file (`seeds/003_….txt:9:42  info  …  unglue-lexicon`).
 *
 * Texts repeat across dumps (teasers): a repeated text gets the same result
 * object from the build's memo, so what follows from the result alone (each
 * repair's reason, each repair's place relative to the block) is worked out
 * once per result and reused.
 */
import type { VFile } from 'vfile'
import type { DumpTree, NormaliseResult, Point, Repair, TextBlock } from '../types.ts'
import { normaliseText } from './index.ts'
import type { NormaliseOptions } from './index.ts'
import { detectLanguage } from './lang.ts'
import { withoutStack } from '../util/messages.ts'
import { detachDeep } from '../util/detach.ts'

/** A new tree: each block's `value` repaired (its `raw` kept), `lang` set; repairs become info messages on `file`. */
export function normaliseDump(tree: DumpTree, file: VFile, options: NormaliseOptions): DumpTree {
  const fix = (block: TextBlock): TextBlock => {
    const { result, lang } = toResult(block.value, options)
    if (result.repairs.length > 0) reportRepairs(file, block, result, options.own === undefined)
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
  const detected = known ? undefined : options.languages?.get(text)
  const left = options.uses ? useOnce(text, options.uses, options) : 1
  if (known) return known
  const lang = detected ?? detectLanguage(text)
  const found = { result: normaliseText(text, { ...options, lang }), lang }
  if (left === 0) return found
  if (options.own) options.memo?.set(options.own(text), detachDeep(found, options.own))
  else options.memo?.set(text, found)
  return found
}

/** Count one use of `text`; after its last, its memo entry and language go (the caller read them first). Returns the uses left. */
function useOnce(text: string, uses: Map<string, number>, options: NormaliseOptions): number {
  const left = (uses.get(text) ?? 1) - 1
  if (left > 0) {
    uses.set(text, left)
    return left
  }
  uses.delete(text)
  options.memo?.delete(text)
  options.languages?.delete(text)
  return 0
}

/** One info message per repair, in the order of the repairs. */
function reportRepairs(file: VFile, block: TextBlock, result: NormaliseResult, remember: boolean): void {
  const places = toRawPlaces(block, result, remember)
  withoutStack(() => {
    result.repairs.forEach((repair, index) => {
      const place = toFilePoint(block, places[index] as RawPlace)
      file.info(toReason(repair), { place, ruleId: repair.rule, source: 'chronique' })
    })
  })
}

const reasons = new WeakMap<Repair, string>()

function toReason(repair: Repair): string {
  let reason = reasons.get(repair)
  if (reason === undefined) {
    const change = repair.to === '' ? `Removed ${toVisible(repair.from)}` : `${toVisible(repair.from)} → ${toVisible(repair.to)}`
    reason = repair.note ? `${change} (${repair.note})` : change
    reasons.set(repair, reason)
  }
  return reason
}

/** Where a repair stands in the block's raw text: its offset, the line breaks before it, the last one's offset (-1: none). */
interface RawPlace {
  rawAt: number
  lines: number
  lastBreak: number
}

/** The raw places of a result's repairs, for the block text they were last worked out for. */
const rawPlaces = new WeakMap<NormaliseResult, { raw: string; value: string; places: RawPlace[] }>()

/** `remember` false: the places are not kept with the result (that would keep the block's text, a view into the dump's, as long as the result). */
function toRawPlaces(block: TextBlock, result: NormaliseResult, remember: boolean): RawPlace[] {
  const known = rawPlaces.get(result)
  if (known && known.raw === block.raw && known.value === block.value) return known.places
  const walker = createRawWalker(block.raw, block.value)
  const places = result.repairs.map((repair) => walker(repair.offset))
  if (remember) rawPlaces.set(result, { raw: block.raw, value: block.value, places })
  return places
}

function toFilePoint(block: TextBlock, { rawAt, lines, lastBreak }: RawPlace): Point {
  const start = block.position.start
  const point: Point = {
    line: start.line + lines,
    column: lastBreak === -1 ? start.column + rawAt : rawAt - lastBreak,
  }
  if (start.offset !== undefined) point.offset = start.offset + rawAt
  return point
}

/**
 * The file point of offset `at` of `block.value`. The value may differ from
 * `raw` by trimmed or collapsed spaces (parse), so the two are aligned first.
 */
export function toPoint(block: TextBlock, at: number): Point {
  return toFilePoint(block, createRawWalker(block.raw, block.value)(at))
}

/**
 * The raw place of value offsets, asked in increasing order (the repairs of a
 * result are sorted by offset): the walk goes on from where the last one
 * stopped, so a block is walked once, not once per repair. (A smaller offset
 * starts the walk over.)
 *
 * The walk goes over `raw` and `value` together, skipping whitespace only one
 * of them has; then over raw whitespace the value does not have at that point.
 */
function createRawWalker(raw: string, value: string): (at: number) => RawPlace {
  let i = 0
  let j = 0
  let last = 0
  // Line breaks in raw[0, counted), and the offset of the last one.
  let counted = 0
  let lines = 0
  let lastBreak = -1
  return (at) => {
    if (at < last) {
      i = j = counted = lines = 0
      lastBreak = -1
    }
    last = at
    while (j < at && i < raw.length) {
      if (raw[i] === value[j]) {
        i++
        j++
      } else if (isSpace(raw.charCodeAt(i))) i++
      else if (isSpace(value.charCodeAt(j))) j++
      else {
        i++
        j++
      }
    }
    let rawAt = i
    while (rawAt < raw.length && isSpace(raw.charCodeAt(rawAt)) && raw[rawAt] !== value[j]) rawAt++
    if (rawAt < counted) {
      counted = lines = 0
      lastBreak = -1
    }
    for (; counted < rawAt; counted++) {
      if (raw.charCodeAt(counted) === 10) {
        lines++
        lastBreak = counted
      }
    }
    return { rawAt, lines, lastBreak }
  }
}

/** `/\s/u.test(char)` for one UTF-16 unit (NaN, past the end: false): ECMAScript WhiteSpace and LineTerminator. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Quoted, with spaces and characters a reader cannot see written as code points (`"et\u00a0 t"`). */
function toVisible(text: string): string {
  return JSON.stringify(text).replace(/[\u00a0\u202f\u2007\u2009\u200a\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
