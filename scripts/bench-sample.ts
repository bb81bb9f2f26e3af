/**
 * Build time of the sample archive (seeds/), as a user runs it: the whole
 * command, process start included, search index on and off. Run by hand:
 *
 *   npx tsx scripts/bench-sample.ts [--runs 9]
 *
 * Prints the median and the spread of the wall time over the runs.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const ROOT = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } })
const runs = Number(values.runs)

function timeBuild(extra: string[]): number[] {
  const times: number[] = []
  const out = mkdtempSync(join(tmpdir(), 'chronique-bench-sample-'))
  for (let i = 0; i < runs + 1; i++) {
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, [join(ROOT, 'src/bin.js'), 'build', '--out', join(out, 'dist'), ...extra], { cwd: ROOT, encoding: 'utf8' })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (result.status !== 0) throw new Error(result.stderr)
    if (i > 0) times.push(ms) // the first run warms tsx's transform cache
  }
  rmSync(out, { recursive: true, force: true })
  return times.sort((a, b) => a - b)
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] as number
for (const [label, extra] of [['with search index', []], ['without search index (--no-search)', ['--no-search']]] as const) {
  const times = timeBuild([...extra])
  process.stdout.write(`sample archive, ${label}: median ${median(times).toFixed(0)} ms (min ${times[0]?.toFixed(0)}, max ${times.at(-1)?.toFixed(0)}, ${runs} runs)\n`)
}
