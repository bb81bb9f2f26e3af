/**
 * The scraper's damage, simulated: the text is wrapped at 60–90 characters
 * (seeded) and the space at each wrap is deleted, gluing two words.
 */
import { toRandom } from './prng.ts'

export interface Damaged {
  clean: string
  damaged: string
}

export function glueAtWraps(clean: string, seed: number, min = 60, max = 90): Damaged {
  const random = toRandom(seed)
  let damaged = ''
  let lineStart = 0
  let at = 0
  while (at < clean.length) {
    const width = min + Math.floor(random() * (max - min + 1))
    const limit = lineStart + width
    if (limit >= clean.length) break
    const wrap = clean.lastIndexOf(' ', limit)
    if (wrap <= lineStart) {
      lineStart = limit
      continue
    }
    damaged += clean.slice(at, wrap)
    at = wrap + 1
    lineStart = at
  }
  damaged += clean.slice(at)
  return { clean, damaged }
}
