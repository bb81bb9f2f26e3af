/** Messages an editor can act on, put on the VFile of the dump they are about. */
import type { VFile } from 'vfile'
import { withoutStack } from '../util/messages.ts'

/** A place in a source file: its path and a 1-based line. */
export interface Place {
  path: string
  line: number
}

export type Level = 'warning' | 'info'

/** Put a message on the file at `place` (nothing happens when the build has no such file). */
export function reportAt(
  files: ReadonlyMap<string, VFile>,
  place: Place,
  reason: string,
  ruleId: string,
  level: Level = 'warning',
  /** Text of the dump the site does not show: in the report in full (`actual`, and a note), as chrome is. */
  dropped?: string,
): void {
  const file = files.get(place.path)
  if (!file) return
  const options = { place: { line: place.line, column: 1 }, ruleId, source: 'chronique' }
  // No stack: a build makes thousands of these, and no one reads where in Chronique they were made.
  const message = withoutStack(() => (level === 'info' ? file.info(reason, options) : file.message(reason, options)))
  if (dropped !== undefined) {
    message.actual = dropped
    message.note = `Dropped text: ${dropped}`
  }
}

/** `seeds/000_x.txt:12`, for naming another place inside a message. */
export function toPlaceText(place: Place): string {
  return `${place.path}:${place.line}`
}
