/**
 * Scraper damage at its worst: one dump whose text is a single run of glued
 * words with no space at all, of growing length. Normalise must stay linear
 * in the run's length (issue #6: no stage quadratic). Run by hand:
 *
 *   npx tsx scripts/bench-glued.ts [--words 3750,7500,15000,30000,60000] [--runs 3]
 *
 * The words are drawn from the sample's first dump with a fixed seed; each
 * size is built with `chronique build --no-search --no-cache` on a dump of its
 * own, and the median of the runs of normalise's time (from the build's time
 * line) is printed with the ms per thousand characters.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const ROOT = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { words: { type: 'string', default: '3750,7500,15000,30000,60000' }, runs: { type: 'string', default: '3' } } })
const sizes = values.words.split(',').map(Number)
const runs = Number(values.runs)

const first = readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt')).sort()[0] as string
const words = readFileSync(join(ROOT, 'seeds', first), 'utf8').split(/\s+/).filter(Boolean)
/** A small deterministic generator (mulberry32), so that every run glues the same words. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const work = mkdtempSync(join(tmpdir(), 'chronique-bench-glued-'))
const seconds = (line: string, stage: string) => {
  const match = new RegExp(`${stage} ([\\d.]+) (ms|s)`).exec(line)
  return match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : NaN
}
for (const size of sizes) {
  const next = random(size)
  const run = Array.from({ length: size }, () => words[Math.floor(next() * words.length)]).join('')
  const seeds = join(work, `seeds-${size}`)
  mkdirSync(seeds)
  writeFileSync(join(seeds, 'glued.txt'), `Un titre\n\n${run}\n`)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, [join(ROOT, 'src/bin.js'), 'build', '--seeds', seeds, '--out', join(work, `dist-${size}-${i}`), '--no-search', '--no-cache', '--config', join(ROOT, 'chronique.yaml')], { cwd: work, encoding: 'utf8' })
    const line = result.stdout.split('\n').find((each) => each.startsWith('time:')) ?? ''
    if (result.status !== 0 || line === '') throw new Error(result.stderr || result.stdout)
    times.push(seconds(line, 'normalise'))
  }
  const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number
  process.stdout.write(`${size} words glued, ${(run.length / 1000).toFixed(0)} k characters: normalise median ${(median / 1000).toFixed(2)} s (${(median / (run.length / 1000)).toFixed(1)} ms per k characters; ${runs} runs)\n`)
}
rmSync(work, { recursive: true, force: true })
