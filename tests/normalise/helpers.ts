/** Shared fixtures for the normalise tests: the sample dumps and a build-like context. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createNormaliseContext } from '../../src/normalise/context.ts'
import type { NormaliseOptions } from '../../src/normalise/index.ts'
import { normaliseText } from '../../src/normalise/index.ts'
import type { Repair } from '../../src/types.ts'

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds')

export function readSeedLines(prefix?: string): string[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt') && (prefix === undefined || name.startsWith(prefix)))
    .sort()
    .flatMap((name) => readFileSync(join(SEEDS, name), 'utf8').split(/\r?\n/))
    .filter((line) => line.trim() !== '')
}

let seedContext: NormaliseOptions | undefined

/** The context a build over the five sample dumps would have. */
export function toSeedContext(): NormaliseOptions {
  seedContext ??= createNormaliseContext(readSeedLines(), [])
  return seedContext
}

export function fix(text: string, options: NormaliseOptions = {}): string {
  return normaliseText(text, options).value
}

/** Apply repairs as a reader would: each `from` at `offset` of the input must be there. */
export function checkRepairs(input: string, repairs: readonly Repair[]): void {
  for (const repair of repairs) {
    if (input.slice(repair.offset, repair.offset + repair.from.length) !== repair.from) {
      throw new Error(`Repair ${repair.rule} says ${JSON.stringify(repair.from)} at ${repair.offset}, input has ${JSON.stringify(input.slice(repair.offset, repair.offset + repair.from.length))}`)
    }
  }
}

/** Positions (in the text without spaces) where a space was inserted between two letters. */
export function findSplitsInsideWords(before: string, after: string): string[] {
  const strip = (text: string) => text.replace(/\s+/gu, '')
  if (strip(before) !== strip(after)) throw new Error('more than spaces changed')
  const found: string[] = []
  let i = 0
  let j = 0
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      i++
      j++
    } else if (/\s/u.test(after[j] ?? '') && !/\s/u.test(before[i] ?? '')) {
      if (/\p{L}/u.test(before[i - 1] ?? '') && /\p{L}/u.test(before[i] ?? '')) found.push(after.slice(Math.max(0, j - 15), j + 15))
      j++
    } else i++
  }
  return found
}
