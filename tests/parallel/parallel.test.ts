/**
 * Worker threads must not change anything: parse → normalise → extract and render on
 * 2 or 3 workers gives the site and the build report (every message, in its
 * order) byte for byte as on one thread, on an archive with damage of every
 * kind, a copy of a dump, a Markdown page and a bad dump.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.ts'
import type { BuildOptions, BuildResult } from '../../src/build.ts'
import { writeDumps } from '../../scripts/synth-dumps.ts'

let root = ''

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = join(dir, name)
    if (statSync(full).isFile()) files.set(name, readFileSync(full, 'latin1'))
  }
  return files
}

async function buildWith(workers: number): Promise<{ result: BuildResult; site: Map<string, string>; report: string }> {
  const options: BuildOptions = { cwd: root, search: false, cache: false, configPath: 'chronique.yaml', allowErrors: true, workers, out: `dist-${workers}`, reportDir: `report-${workers}` }
  const result = await build(options)
  return { result, site: snapshot(join(root, `dist-${workers}`)), report: readFileSync(join(root, `report-${workers}`, 'report.json'), 'utf8') }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chronique-parallel-'))
  writeDumps(40, join(root, 'seeds'), 3)
  cpSync('seeds', join(root, 'seeds'), { recursive: true })
  copyFileSync(join(root, 'seeds', readdirSync(join(root, 'seeds'))[1] as string), join(root, 'seeds', 'zz-copie.txt'))
  writeFileSync(join(root, 'seeds', 'page.md'), '---\ntitle: Une page écrite à la main\ndate: 2025-03-04\n---\n\nDu texte *en Markdown*.\n')
  writeFileSync(join(root, 'seeds', 'vide.txt'), '---\ntitle: [\n---\n')
  copyFileSync('chronique.yaml', join(root, 'chronique.yaml'))
})

describe('analysis on worker threads', () => {
  it('gives the same site and report as one thread, with 2 and 3 workers', async () => {
    const one = await buildWith(0)
    expect(one.result.archive.articles.length).toBeGreaterThan(40)
    expect(one.result.failed.length).toBeGreaterThan(0)
    for (const workers of [2, 3]) {
      const many = await buildWith(workers)
      expect([...many.site.keys()]).toEqual([...one.site.keys()])
      expect([...many.site.keys()].filter((path) => many.site.get(path) !== one.site.get(path))).toEqual([])
      expect(many.report).toBe(one.report)
      expect(many.result.failed).toEqual(one.result.failed)
    }
  }, 120_000)
})
