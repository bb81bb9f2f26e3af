/**
 * The lean build (src/lean.ts) reads each dump twice and keeps none whole:
 * the site and the build report (every message, in its order) must be the
 * plain build's, byte for byte, on an archive with damage of every kind, a
 * copy of a dump, a Markdown page and a bad dump. A dump that changes
 * between its two reads is refused with a message, not mixed.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyse, build } from '../../src/build.ts'
import type { BuildResult } from '../../src/build.ts'
import { resolveConfig } from '../../src/config.ts'
import { ingestSeeds } from '../../src/ingest/index.ts'
import { readTemplates } from '../../src/ingest/templates.ts'
import { createLeanCollector } from '../../src/lean.ts'
import { writeDumps } from '../../scripts/synth-dumps.ts'
import { toConsoleReport, toSummary } from '../../src/summary.ts'
import { toReportText } from '../../src/write/report.ts'
import { snapshotFolder, writeMixedArchive } from '../helpers/mixed-archive.ts'

let root = ''

async function buildWith(lean: boolean, lowMemory = false): Promise<{ result: BuildResult; site: Map<string, string>; report: string; text: string }> {
  const name = lowMemory ? 'low' : lean ? 'lean' : 'plain'
  // The lean build writes the site and the report on threads (its writer small, its report from the scratch file), the plain one without: same bytes either way.
  // --low-memory leaves `lean` unset: it makes the build lean by itself.
  const result = await build({ cwd: root, search: false, cache: false, configPath: 'chronique.yaml', allowErrors: true, ...(lowMemory ? { lowMemory } : { lean }), writerThread: lean, reportThread: lean, out: `dist-${name}`, reportDir: `report-${name}` })
  return {
    result,
    site: snapshotFolder(join(root, `dist-${name}`)),
    report: readFileSync(join(root, `report-${name}`, 'report.json'), 'utf8'),
    text: readFileSync(join(root, `report-${name}`, 'report.txt'), 'utf8'),
  }
}

/** The plain build, made once for the tests that compare with it. */
let plainBuild: ReturnType<typeof buildWith> | undefined
const buildPlain = () => (plainBuild ??= buildWith(false))

beforeAll(() => {
  root = writeMixedArchive('chronique-lean-', 40, 5)
})

describe('the lean build', () => {
  it('gives the plain build’s site and report, byte for byte', async () => {
    const plain = await buildPlain()
    const lean = await buildWith(true)
    expect(plain.result.archive.articles.length).toBeGreaterThan(40)
    expect(plain.result.failed.length).toBeGreaterThan(0)
    expect(plain.report).toContain('unglue-')
    expect(plain.report).toContain('duplicate')
    expect([...lean.site.keys()]).toEqual([...plain.site.keys()])
    expect([...lean.site.keys()].filter((path) => lean.site.get(path) !== plain.site.get(path))).toEqual([])
    expect(lean.report).toBe(plain.report)
    expect(lean.text).toBe(plain.text)
    expect(lean.result.failed).toEqual(plain.result.failed)
    // Its notes waited on disk for the report (write/spill.ts): the result keeps errors and warnings, the summary counts all, no scratch file is left.
    const counts = (result: BuildResult) => toSummary(result).split('\n').slice(0, 2).join('\n').replace(/report-(lean|plain)/, 'report-')
    expect(counts(lean.result)).toBe(counts(plain.result))
    expect(lean.result.files.flatMap((file) => file.messages).every((message) => message.fatal === true || message.fatal === false)).toBe(true)
    expect(toConsoleReport(lean.result.files)).toBe(toConsoleReport(plain.result.files))
    // Render let the articles' bodies go once their pages were made (the site above is the same).
    expect(plain.result.archive.articles.some((article) => article.body.children.length > 0)).toBe(true)
    expect(lean.result.archive.articles.every((article) => article.body.children.length === 0 && article.figures.length === 0)).toBe(true)
    expect(readdirSync(join(root, 'report-lean')).sort()).toEqual(['report.json', 'report.txt'])
    // Its stages are timed as the plain build's are.
    expect(Object.keys(lean.result.timings).sort()).toEqual(Object.keys(plain.result.timings).sort())
  }, 180_000)

  it('is what --low-memory builds, with V8 compacting as it goes: the same site and report', async () => {
    const plain = await buildPlain()
    const low = await buildWith(true, true)
    expect([...low.site.keys()]).toEqual([...plain.site.keys()])
    expect([...low.site.keys()].filter((path) => low.site.get(path) !== plain.site.get(path))).toEqual([])
    expect(low.report).toBe(plain.report)
    expect(low.text).toBe(plain.text)
    // Lean: the bodies were let go as their pages were made.
    expect(low.result.archive.articles.every((article) => article.body.children.length === 0)).toBe(true)
  }, 180_000)

  it('checks as the plain build does: the same ledger, report and summary, with no tree and no page kept', async () => {
    const check = (lean: boolean) => build({ cwd: root, dryRun: true, lean, configPath: 'chronique.yaml', reportDir: `report-check-${lean}` })
    const plain = await check(false)
    const lean = await check(true)
    expect(plain.ledger?.words).toBeGreaterThan(5000)
    expect(plain.ledger?.onPages).toBeGreaterThan(plain.ledger?.inReport ?? Infinity)
    expect(lean.ledger).toEqual(plain.ledger)
    expect(lean.trees.size).toBe(0)
    expect(plain.trees.size).toBeGreaterThan(40)
    expect(lean.parsed).toEqual(plain.parsed)
    expect(toReportText(lean.files)).toBe(toReportText(plain.files))
    expect(toSummary(lean).replace(/\ntime: .*/, '')).toBe(toSummary(plain).replace(/\ntime: .*/, ''))
    expect(lean.failed).toEqual(plain.failed)
    // Nothing written: no report folder, no scratch file.
    expect(readdirSync(root).filter((name) => name.startsWith('report-check'))).toEqual([])
  }, 120_000)

  it('checks a dump changed before the ledger reads it again as an error on it, and audits the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronique-lean-check-'))
    writeDumps(4, join(dir, 'seeds'), 9)
    const [first] = readdirSync(join(dir, 'seeds')).sort()
    const path = join(dir, 'seeds', first as string)
    const ledgerProgress: string[] = []
    const result = await build({
      cwd: dir, dryRun: true, lean: true,
      onProgress: (event) => {
        if (event.stage !== 'ledger') return
        ledgerProgress.push(`${event.done}/${event.total}`)
        if (event.done === 0) writeFileSync(path, `${readFileSync(path, 'utf8')}\nUne ligne de plus.\n`)
      },
    })
    // The ledger says how far it is (a progress line), from none to every dump.
    expect(ledgerProgress).toEqual(['0/4', '4/4'])
    const changed = result.files.find((file) => file.path.endsWith(first as string))
    expect(changed?.messages.filter((message) => message.ruleId === 'changed-during-build').map((message) => message.fatal)).toEqual([true])
    expect(result.failed).toEqual([changed?.path])
    expect(result.ledger?.words).toBeGreaterThan(500)
    expect(result.ledger?.unaccounted).toEqual([])
  })

  it('refuses a dump changed between its two reads, and goes on with the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronique-lean-changed-'))
    writeDumps(3, join(dir, 'seeds'), 9)
    const { config } = resolveConfig(null, 'chronique.yaml', {})
    const templates = await readTemplates('templates')
    const collector = createLeanCollector(dir)
    const ingested = await ingestSeeds(join(dir, 'seeds'), dir, { onFile: collector.collect })
    // Ingest let every text go.
    expect(ingested.files.every((file) => String(file.value) === '')).toBe(true)
    const [first, second] = readdirSync(join(dir, 'seeds')).sort()
    writeFileSync(join(dir, 'seeds', first as string), `${readFileSync(join(dir, 'seeds', first as string), 'utf8')}\nUne ligne de plus.\n`)
    const analysis = await analyse({ files: ingested.files, rejected: ingested.rejected, config, templates }, undefined, undefined, { lean: collector.source })
    const changed = analysis.files.find((file) => file.path.endsWith(first as string))
    const messages = changed?.messages.filter((message) => message.ruleId === 'changed-during-build') ?? []
    expect(messages).toHaveLength(1)
    expect(messages[0]?.fatal).toBe(true)
    expect(messages[0]?.reason).toMatch(/^Found this file changed during the build, expected it unchanged/)
    expect(analysis.failed).toEqual([changed?.path])
    // The others are analysed, and let go again.
    expect(analysis.archive.articles.some((article) => article.provenance.some((place) => place.path.endsWith(second as string)))).toBe(true)
    expect(analysis.files.every((file) => String(file.value ?? '') === '')).toBe(true)
  })
})
