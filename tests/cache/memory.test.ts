/**
 * `chronique dev` keeps the last analysis (BuildMemory): a build whose
 * dumps and config are unchanged renders from it at once. It must give byte
 * for byte the site and the report of a clean build; any change to a dump,
 * to the set of dumps or to the config must make it analyse again.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.ts'
import type { BuildMemory, BuildOptions, BuildResult } from '../../src/build.ts'
import { toSummary } from '../../src/summary.ts'
import { snapshotFolder, writeSyntheticProject } from '../helpers/mixed-archive.ts'

let root = ''
const memory: BuildMemory = {}
const base = (): BuildOptions => ({ cwd: root, search: false, configPath: 'chronique.yaml', templatesDir: 'templates' })

/** Build with the memory into `dev/`, and clean into `clean/`: same site, same report. */
async function expectCleanSite(): Promise<BuildResult> {
  const dev = await build({ ...base(), out: 'dev', reportDir: 'report-dev', memory })
  rmSync(join(root, 'clean'), { recursive: true, force: true })
  const clean = await build({ ...base(), out: 'clean', reportDir: 'report-clean', cache: false })
  expect(clean.analysisReused).toBe(false)
  const [left, right] = [snapshotFolder(join(root, 'dev')), snapshotFolder(join(root, 'clean'))]
  expect([...left.keys()]).toEqual([...right.keys()])
  expect([...left.keys()].filter((path) => left.get(path) !== right.get(path))).toEqual([])
  for (const name of ['report.txt', 'report.json']) {
    expect(readFileSync(join(root, 'report-dev', name), 'utf8'), name).toBe(readFileSync(join(root, 'report-clean', name), 'utf8'))
  }
  return dev
}

beforeAll(() => {
  root = writeSyntheticProject('chronique-memory-', 40, 3, 4)
})

describe('the analysis kept between builds (dev)', () => {
  it('is made by the first build, then reused while the dumps and config stay the same', async () => {
    const first = await expectCleanSite()
    expect(first.analysisReused).toBe(false)
    expect(memory.analysis).toBeDefined()
    const again = await expectCleanSite()
    expect(again.analysisReused).toBe(true)
    expect(again.written?.changed).toBe(0)
    expect(toSummary(again)).toMatch(/^time: analysis reused \(same dumps and config\), ingest /m)
    expect(again.timings.normalise).toBeUndefined()
  }, 120_000)

  it('renders a template change from it, as a clean build would', async () => {
    const layout = readdirSync(join(root, 'templates'), { recursive: true }).map(String).find((name) => name.endsWith('.liquid')) as string
    writeFileSync(join(root, 'templates', layout), readFileSync(join(root, 'templates', layout), 'utf8') + '\n<!-- changed -->\n')
    const result = await expectCleanSite()
    expect(result.analysisReused).toBe(true)
    expect(result.written?.changed).toBeGreaterThan(0)
  }, 120_000)

  it.each([
    ['a dump is added', () => copyFileSync(join(root, 'extra', 'synth_0.txt'), join(root, 'seeds', 'zz_added.txt'))],
    ['a dump changes', () => writeFileSync(join(root, 'seeds', 'zz_added.txt'), readFileSync(join(root, 'extra', 'synth_1.txt')))],
    ['a dump is removed', () => rmSync(join(root, 'seeds', 'zz_added.txt'))],
    ['a file is refused', () => writeFileSync(join(root, 'seeds', 'notes.pdf'), 'not a dump')],
    ['the config changes', () => writeFileSync(join(root, 'chronique.yaml'), readFileSync(join(root, 'chronique.yaml'), 'utf8').replace(/^title: .*$/m, 'title: Un autre titre'))],
  ])('is not reused when %s', async (_what, change) => {
    change()
    const result = await expectCleanSite()
    expect(result.analysisReused).toBe(false)
  }, 120_000)

  it('is not kept by a lean build', async () => {
    const result = await build({ ...base(), out: 'dev', reportDir: 'report-dev', memory, lean: true })
    expect(result.analysisReused).toBe(false)
    expect(memory.analysis).toBeUndefined()
    expect((await build({ ...base(), out: 'dev', reportDir: 'report-dev', memory, lean: true })).analysisReused).toBe(false)
  }, 120_000)
})
