/**
 * Normalise speed. Run: `npx tsx scripts/bench-normalise.ts`
 * - lexicon load: a fresh process per run (the lexicon is cached per process), median of RUNS;
 * - throughput: an archive of ~4 MB made of the sample dumps' lines, each copy
 *   glued at different wrap positions (seeded, as the scraper does), so the
 *   glued tokens differ from copy to copy; normaliseText on every line with the
 *   build's context, one pass, fresh context each run; median MB/s (UTF-8 bytes).
 *   The context itself (learning the archive) is timed apart.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createNormaliseContext } from '../src/normalise/context.ts'
import { normaliseText } from '../src/normalise/index.ts'
import { detectLanguage } from '../src/normalise/lang.ts'
import { loadLexicon } from '../src/normalise/lexicon.ts'
import { glueAtWraps } from './eval-spacing/simulate.ts'

const RUNS = 7
const TARGET_BYTES = 4_000_000

if (process.argv.includes('--load-once')) {
  const start = performance.now()
  loadLexicon()
  console.log(String(performance.now() - start))
} else {
  const loads = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--load-once'], { encoding: 'utf8' }).trim()))
  const lines = readdirSync('seeds').filter((name) => name.endsWith('.txt')).sort()
    .flatMap((name) => readFileSync(`seeds/${name}`, 'utf8').split('\n')).filter((line) => line.trim() !== '')
  const bytesOnce = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0)
  const copies = Math.ceil(TARGET_BYTES / bytesOnce)
  const archive = Array.from({ length: copies }, (_, copy) => lines.map((line, index) => (copy === 0 ? line : glueAtWraps(line, copy * 10_000 + index).damaged))).flat()
  const blocks = archive.map((text) => ({ text, lang: detectLanguage(text) }))
  const bytes = archive.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const rates: number[] = []
  const contexts: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const learnStart = performance.now()
    const context = createNormaliseContext(archive, [])
    contexts.push(performance.now() - learnStart)
    const start = performance.now()
    for (const block of blocks) normaliseText(block.text, { ...context, lang: block.lang })
    rates.push(bytes / 1e6 / ((performance.now() - start) / 1000))
  }
  console.log(`lexicon load: median ${median(loads).toFixed(0)} ms (runs: ${loads.map((ms) => ms.toFixed(0)).join(', ')})`)
  console.log(`normaliseText: median ${median(rates).toFixed(1)} MB/s over ${(bytes / 1e6).toFixed(1)} MB (runs: ${rates.map((rate) => rate.toFixed(1)).join(', ')})`)
  console.log(`createNormaliseContext on the same ${(bytes / 1e6).toFixed(1)} MB: median ${median(contexts).toFixed(0)} ms`)
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}
