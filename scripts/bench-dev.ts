/**
 * What a rebuild of `chronique dev` costs (run by hand, never as a test):
 * in one process, as dev runs them (build() with a BuildMemory), a first
 * build of N synthetic dumps, then template edits (each rebuild renders from
 * the kept analysis), then a dump added (analysed again). Wall time of each
 * build() call, debounce left out.
 *
 *   npx tsx scripts/bench-dev.ts [--count 4000] [--runs 3] [--search]
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, copyFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from '../src/build.ts'
import type { BuildMemory, BuildResult } from '../src/build.ts'
import { writeDumps } from './synth-dumps.ts'

const { values } = parseArgs({ options: { count: { type: 'string', default: '4000' }, runs: { type: 'string', default: '3' }, search: { type: 'boolean', default: false } } })
const count = Number(values.count)
const runs = Number(values.runs)
const repo = resolve(import.meta.dirname, '..')
const root = `/tmp/chronique-bench-dev-${count}`
// The last run's folder is set aside, not removed: on ext4, new files are slow to make for a minute or more after many
// deletions (BENCHMARKS.md, ninth round), and that would be timed here (or in the next run). Remove the set-aside
// folders by hand once every run is done.
const aside = `/tmp/chronique-bench-dev-set-aside-${process.pid}`
if (existsSync(root)) renameSync(root, aside)
mkdirSync(root, { recursive: true })
const cached = `/tmp/chronique-bench/seeds-${count}`
if (existsSync(cached)) cpSync(cached, join(root, 'seeds'), { recursive: true })
else writeDumps(count, join(root, 'seeds'), 1)
writeDumps(runs, join(root, 'extra'), 7)
copyFileSync(join(repo, 'chronique.yaml'), join(root, 'chronique.yaml'))
cpSync(join(repo, 'templates'), join(root, 'templates'), { recursive: true })
const layout = readdirSync(join(root, 'templates'), { recursive: true }).map(String).find((name) => name.endsWith('.liquid')) as string
const layoutText = readFileSync(join(root, 'templates', layout), 'utf8')

const memory: BuildMemory = {}
const timed = async (what: string): Promise<number> => {
  const start = performance.now()
  const result: BuildResult = await build({ cwd: root, configPath: 'chronique.yaml', templatesDir: 'templates', search: values.search, memory })
  const wall = performance.now() - start
  const time = `${result.analysisReused ? 'analysis reused; ' : ''}${Object.entries(result.timings).map(([stage, ms]) => `${stage} ${Math.round(ms ?? 0)}`).join(', ')}`
  console.log(`${what.padEnd(22)} ${(wall / 1000).toFixed(2)} s  (${result.written?.changed} of ${result.written?.files} files changed; ${time} ms)`)
  return wall
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number

console.log(`${count} dumps, search ${values.search ? 'on' : 'off'}, Node ${process.version}`)
await timed('first build')
const edits: number[] = []
const adds: number[] = []
for (let run = 0; run < runs; run++) {
  writeFileSync(join(root, 'templates', layout), `${layoutText}\n<!-- edit ${run} -->\n`)
  edits.push(await timed('template edited'))
  copyFileSync(join(root, 'extra', `synth_${run}.txt`), join(root, 'seeds', `zz_added_${run}.txt`))
  adds.push(await timed('dump added'))
}
console.log(`median: template edited ${(median(edits) / 1000).toFixed(2)} s, dump added ${(median(adds) / 1000).toFixed(2)} s`)
if (existsSync(aside)) console.log(`set aside: ${aside} (rm -rf /tmp/chronique-bench-dev-set-aside-* once every run is done)`)
