/**
 * A repair and the edits that make it, in the coordinates of the input text.
 * Edits of different repairs never overlap; applying them all in offset order
 * gives the repaired text.
 */
import type { Repair } from '../types.ts'

export interface Edit {
  /** Offset in the input. */
  offset: number
  /** How many input characters it replaces (0 for an insertion). */
  remove: number
  insert: string
}

export interface Change {
  repair: Repair
  edits: Edit[]
}

/** A space inserted at `offset`, reported as `from` → `to` starting at `start`. */
export function toInsertion(rule: string, start: number, from: string, cuts: readonly number[], note?: string): Change {
  let to = ''
  let last = 0
  for (const cut of cuts) {
    to += from.slice(last, cut) + ' '
    last = cut
  }
  to += from.slice(last)
  const repair: Repair = { rule, offset: start, from, to }
  if (note !== undefined) repair.note = note
  return { repair, edits: cuts.map((cut) => ({ offset: start + cut, remove: 0, insert: ' ' })) }
}

/** A replacement of `from` (at `offset`) by `to`. */
export function toReplacement(rule: string, offset: number, from: string, to: string, note?: string): Change {
  const repair: Repair = { rule, offset, from, to }
  if (note !== undefined) repair.note = note
  return { repair, edits: [{ offset, remove: from.length, insert: to }] }
}

/** Apply every change to `text`; repairs come back in offset order. */
export function applyChanges(text: string, changes: readonly Change[]): { value: string; repairs: Repair[] } {
  const edits = changes.flatMap((change) => change.edits).sort((a, b) => a.offset - b.offset || a.remove - b.remove)
  let value = ''
  let at = 0
  for (const edit of edits) {
    if (edit.offset < at) continue
    value += text.slice(at, edit.offset) + edit.insert
    at = edit.offset + edit.remove
  }
  value += text.slice(at)
  const repairs = changes.map((change) => change.repair).sort((a, b) => a.offset - b.offset)
  return { value, repairs }
}
