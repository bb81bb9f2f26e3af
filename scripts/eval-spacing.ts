/**
 * Measure the repair of glued words (issue #3). Run: `npx tsx scripts/eval-spacing.ts`
 * Options: `--errors` prints the errors of Chronique's method; `--param name=value`
 * overrides an unglue parameter (see src/normalise/word-model.ts), for tuning on
 * the tuning halves only.
 *
 * Gold set 1, real: clean/glued copies of the same sentence in the sample dumps.
 * Gold set 2, simulated: clean French text glued at wrap positions every 60–90
 * characters (seeded). Tuning halves: even seeds of the dumps' clean lines,
 * UDHR preamble + articles 1–15. Held out: odd seeds, UDHR articles 16–30.
 */
import { readDumps, readOtherFrench, readUdhrFrench, toCleanLines } from './eval-spacing/corpus.ts'
import { toChronique, wordninja } from './eval-spacing/methods.ts'
import type { Method } from './eval-spacing/methods.ts'
import { findRealPairs } from './eval-spacing/pairs.ts'
import { countWords, countWordSplits, scoreRepair, toMetrics, toTally } from './eval-spacing/score.ts'
import type { Tally } from './eval-spacing/score.ts'
import { glueAtWraps } from './eval-spacing/simulate.ts'
import { toInserted, toSpacing } from './eval-spacing/gaps.ts'
import type { UnglueParams } from '../src/normalise/word-model.ts'

const SEEDS = 10
const showErrors = process.argv.includes('--errors')
const params = readParams(process.argv)

const dumps = readDumps('seeds')
const dumpLines = dumps.flatMap((dump) => dump.lines).filter((line) => line.trim() !== '')
const cleanLines = toCleanLines(dumps)
const udhr = readUdhrFrench()

const methods: Array<[string, Method]> = [
  ['chronique', toChronique(params)],
  ['chronique, no archive', toChronique(params, false)],
  ['wordninja baseline', wordninja],
]

const rows: string[][] = []
const errors = new Map<string, string[]>()

for (const [name, method] of methods) {
  const real = scoreRealPairs(method, false)
  const realHonest = scoreRealPairs(method, true)
  const dumpsTune = scoreSimulated(method, cleanLines, (seed) => seed % 2 === 0)
  const dumpsHeld = scoreSimulated(method, cleanLines, (seed) => seed % 2 === 1)
  const udhrTune = scoreSimulated(method, udhr.filter((p) => p.article <= 15).map((p) => p.text), () => true, udhr.map((p) => p.text))
  const udhrHeld = scoreSimulated(method, udhr.filter((p) => p.article > 15).map((p) => p.text), () => true, udhr.map((p) => p.text))
  const falseSplits = countFalseSplits(method)
  for (const [set, tally] of [['real pairs (archive: all dumps)', real], ['real pairs (archive without the clean copies)', realHonest], ['simulated dumps, tune (even seeds)', dumpsTune], ['simulated dumps, held out (odd seeds)', dumpsHeld], ['simulated UDHR, tune (art. 0–15)', udhrTune], ['simulated UDHR, held out (art. 16–30)', udhrHeld]] as const) {
    const { precision, recall, f1 } = toMetrics(tally)
    rows.push([name, set, fixed(precision, 4), fixed(recall, 4), fixed(f1, 4), `${tally.tp}/${tally.tp + tally.fn}`, String(tally.fp)])
    if (name === 'chronique') errors.set(set, tally.errors)
  }
  rows.push([name, 'false splits / 10k words, clean dumps 000+002', fixed(falseSplits.dumps0002.rate, 2), '', '', `${falseSplits.dumps0002.splits} in ${falseSplits.dumps0002.words} words`, ''])
  rows.push([name, 'false splits / 10k words, all clean lines + UDHR', fixed(falseSplits.all.rate, 2), '', '', `${falseSplits.all.splits} in ${falseSplits.all.words} words`, ''])
  rows.push([name, 'false splits / 10k words, axe-core French messages', fixed(falseSplits.messages.rate, 2), '', '', `${falseSplits.messages.splits} in ${falseSplits.messages.words} words`, ''])
  rows.push([name, 'false splits / 10k words, French country names', fixed(falseSplits.countries.rate, 2), '', '', `${falseSplits.countries.splits} in ${falseSplits.countries.words} words`, ''])
  if (name === 'chronique') errors.set('false splits', falseSplits.examples)
}

printTable(['method', 'gold set', 'precision', 'recall', 'F1', 'found', 'wrong'], rows)
if (showErrors) {
  for (const [set, list] of errors) {
    console.log(`\n## chronique errors: ${set} (${list.length})`)
    for (const line of list.slice(0, 80)) console.log('  ' + line)
  }
}

function scoreRealPairs(method: Method, withoutCleanCopies: boolean): Tally {
  const pairs = findRealPairs(dumpLines)
  const cleanCopies = new Set(pairs.map((pair) => pair.clean))
  const archive = withoutCleanCopies ? dumpLines.filter((line) => !cleanCopies.has(line.trim())) : dumpLines
  const repair = method(archive)
  const tally = toTally()
  for (const pair of pairs) scoreRepair(tally, pair.glued, repair(pair.glued), pair.gold, pair.from, pair.to)
  return tally
}

/** Each seed is its own archive: the damaged texts of that seed (each text once). */
function scoreSimulated(method: Method, texts: readonly string[], useSeed: (seed: number) => boolean, archiveTexts: readonly string[] = texts): Tally {
  const tally = toTally()
  for (let seed = 1; seed <= SEEDS; seed++) {
    if (!useSeed(seed)) continue
    const archive = archiveTexts.map((text, index) => glueAtWraps(text, seed * 1000 + index).damaged)
    const repair = method(archive)
    texts.forEach((clean) => {
      const index = archiveTexts.indexOf(clean)
      const { damaged } = glueAtWraps(clean, seed * 1000 + index)
      const before = toSpacing(damaged)
      const gold = toInserted(before.gaps, toSpacing(clean).gaps)
      // Spaces the method also adds to the undamaged text are the source's own damage, counted in false splits.
      const old = toInserted(toSpacing(clean).gaps, toSpacing(repair(clean)).gaps)
      scoreRepair(tally, damaged, repair(damaged), gold, 0, Infinity, old)
    })
  }
  return tally
}

function countFalseSplits(method: Method) {
  const examples: string[] = []
  const count = (texts: readonly string[], archive: readonly string[]) => {
    const repair = method(archive)
    let splits = 0
    let words = 0
    for (const text of texts) {
      const found = countWordSplits(text, repair(text))
      splits += found.splits
      words += countWords(text)
      examples.push(...found.examples)
    }
    return { splits, words, rate: (splits / Math.max(1, words)) * 10000 }
  }
  const clean0002 = dumps.filter((dump) => /^00[02]/.test(dump.name)).flatMap((dump) => dump.lines).filter((line) => line.trim() !== '')
  const dumps0002 = count(clean0002, dumpLines)
  const seeds = count(cleanLines, dumpLines)
  const udhrTexts = udhr.map((p) => p.text)
  const udhrCount = count(udhrTexts, udhrTexts)
  const all = { splits: seeds.splits + udhrCount.splits, words: seeds.words + udhrCount.words, rate: 0 }
  all.rate = (all.splits / all.words) * 10000
  const other = readOtherFrench()
  const messages = count(other.messages, other.messages)
  const countries = count(other.countries, [])
  return { dumps0002, all, messages, countries, examples: [...new Set(examples)] }
}

function readParams(argv: readonly string[]): Partial<UnglueParams> {
  const out: Record<string, number> = {}
  argv.forEach((arg, index) => {
    if (arg !== '--param') return
    const [key, value] = (argv[index + 1] ?? '').split('=')
    if (key && value) out[key] = Number(value)
  })
  return out as Partial<UnglueParams>
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits)
}

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]) => '| ' + cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ') + ' |'
  console.log(line(header))
  console.log('|' + widths.map((width) => '-'.repeat(width + 2)).join('|') + '|')
  for (const row of body) console.log(line(row))
}
