/** Messages an editor can act on, put on the VFile of the dump they are about. */
import type { VFile } from 'vfile'

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
): void {
  const file = files.get(place.path)
  if (!file) return
  const options = { place: { line: place.line, column: 1 }, ruleId, source: 'chronique' }
  if (level === 'info') file.info(reason, options)
  else file.message(reason, options)
}

/** `seeds/000_x.txt:12`, for naming another place inside a message. */
export function toPlaceText(place: Place): string {
  return `${place.path}:${place.line}`
}
