/**
 * Unglue one word group: letters and digits joined by apostrophes and hyphens
 * (`d’intégrationinternationale`, `surl'UNESCO`, `développementsocio-économique`,
 * `L'année2021`). Rules run from the most certain: digits, then case, then the
 * lexicon on what is left. A hyphen or an apostrophe never gets a space; a
 * known group (`aujourd'hui`, `plate-forme`) is never touched.
 */
import { toInsertion } from './edits.ts'
import type { Change } from './edits.ts'
import type { RunEdges } from './segment.ts'
import { findCaseCuts } from './unglue-case.ts'
import { findDigitCuts } from './unglue-digit.ts'
import type { Cut } from './unglue-digit.ts'
import { isKnown, unglueLexicon } from './unglue-lexicon.ts'
import type { RunPlace } from './unglue-lexicon.ts'
import type { WordModel } from './word-model.ts'
import { detachDeep, detachString } from '../util/detach.ts'

const SEPARATOR = /(['’-])/u
const LETTER_RUNS = /[\p{L}\p{M}]+/gu
const SIMPLE_WORD = /^\p{Lu}?\p{Ll}+$/u

const MEMO_SIZE = 20_000

/**
 * Changes that unglue `group` (found at `offset` of the input). Decisions are
 * remembered per model, with the words whose clean status they asked; those
 * words are passed on to whoever is listening (`model.asked`), remembered or not.
 */
export function unglueGroup(model: WordModel, group: string, offset: number, place: RunPlace = {}): Change[] {
  const key = (place.nameContext ? '1' : '0') + group
  let found = model.memo.get(key)
  const listening = model.asked
  if (!found) {
    if (model.memo.size >= MEMO_SIZE) model.memo.clear()
    const asked: string[] = []
    model.asked = asked
    try {
      found = { changes: decideGroup(model, group, place), asked }
    } finally {
      model.asked = listening
    }
    // Copies: the group is a view into a whole dump's text, which the memo must not keep alive (src/lean.ts).
    model.memo.set(detachString(key), detachDeep(found))
  }
  if (listening) for (const word of found.asked) listening.push(word)
  return found.changes.map((change) => moveChange(change, offset))
}

function moveChange(change: Change, offset: number): Change {
  return {
    repair: { ...change.repair, offset: change.repair.offset + offset },
    edits: change.edits.map((edit) => ({ ...edit, offset: edit.offset + offset })),
  }
}

/** The changes for `group` alone (offsets from its start). */
function decideGroup(model: WordModel, group: string, place: RunPlace): Change[] {
  if (!/\p{Ll}/u.test(group)) return []
  const lower = group.toLowerCase().replace(/’/g, "'")
  const { lexicon } = model
  if (lexicon.forms.has(lower) || lexicon.elidedForms.has(lower)) return []
  // Fast path: one capitalised known word (`Vietnam`, `Le`).
  if (SIMPLE_WORD.test(group) && isKnown(model, lower, lower !== group)) return []
  const parts = group.split(SEPARATOR)
  const changes: Change[] = []
  let at = 0
  for (let k = 0; k < parts.length; k += 2) {
    const atom = parts[k] ?? ''
    const atomOffset = at
    const digitCuts = findDigitCuts(model, atom)
    if (digitCuts.length > 0) changes.push(toChange('unglue-digit', atomOffset, atom, digitCuts))
    for (const match of atom.matchAll(LETTER_RUNS)) {
      const run = match[0]
      const runAt = match.index ?? 0
      const caseCuts = findCaseCuts(model, run)
      if (caseCuts.length > 0) changes.push(toChange('unglue-case', atomOffset + runAt, run, caseCuts))
      const bounds = [0, ...caseCuts.map((cut) => cut.at), run.length]
      for (let j = 0; j + 1 < bounds.length; j++) {
        const start = bounds[j] ?? 0
        const end = bounds[j + 1] ?? run.length
        const edges: RunEdges = {}
        if (runAt + end === atom.length && k + 1 < parts.length) {
          if (parts[k + 1] === '-') edges.beforeHyphen = toCompoundAfter(parts, k)
          else edges.beforeApostrophe = true
        }
        if (runAt + start === 0 && k > 0 && parts[k - 1] === '-') edges.afterHyphen = toCompoundBefore(parts, k)
        const segment = run.slice(start, end)
        if (edges.beforeApostrophe && lexicon.clitics.has(segment.toLowerCase())) continue
        const split = unglueLexicon(model, segment, edges, place)
        if (split) {
          const evidence = split.evidence.length > 0 ? `; archive: ${split.evidence.join(', ')}` : ''
          const note = `glue more likely than one word by ${split.odds.toFixed(1)} (log-odds)${evidence}`
          changes.push(toInsertion('unglue-lexicon', atomOffset + runAt + start, segment, split.cuts, note))
        }
      }
    }
    at += atom.length + (parts[k + 1]?.length ?? 0)
  }
  return changes
}

function toChange(rule: string, offset: number, text: string, cuts: readonly Cut[]): Change {
  return toInsertion(rule, offset, text, cuts.map((cut) => cut.at), cuts.map((cut) => cut.note).join('; '))
}

/** `-forme` for the atom before `-forme` in `laplate-forme`: the compound's rest, up to an apostrophe. */
function toCompoundAfter(parts: readonly string[], k: number): string {
  let rest = ''
  for (let i = k + 1; i < parts.length && parts[i] !== "'" && parts[i] !== '’'; i++) rest += parts[i]
  return rest.toLowerCase()
}

/** `socio-` for the atom after `socio-` in `socio-économiquesdu`, `a-t-` in `a-t-ilsouligné`. */
function toCompoundBefore(parts: readonly string[], k: number): string {
  let head = ''
  for (let i = k - 1; i >= 0 && parts[i] !== "'" && parts[i] !== '’'; i--) head = (parts[i] ?? '') + head
  return head.toLowerCase()
}
