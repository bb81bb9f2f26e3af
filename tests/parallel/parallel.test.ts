/**
 * Threads must not change anything: normalise's text-level work on 2 or 3
 * helper threads, and the files written by the writer thread, give the site
 * and the build report (every message, in its order) byte for byte as one
 * thread does, on an archive with damage of every kind, a copy of a dump,
 * a Markdown page and a bad dump.
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

async function buildWith(workers: number, writerThread: boolean): Promise<{ result: BuildResult; site: Map<string, string>; report: string }> {
  const name = `${workers}-${writerThread}`
  const options: BuildOptions = { cwd: root, search: false, cache: false, configPath: 'chronique.yaml', allowErrors: true, workers, writerThread, out: `dist-${name}`, reportDir: `report-${name}` }
  const result = await build(options)
  return { result, site: snapshot(join(root, `dist-${name}`)), report: readFileSync(join(root, `report-${name}`, 'report.json'), 'utf8') }
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

describe('threads', () => {
  it('give the same site and report as one thread: 2 and 3 normalise helpers, the writer thread', async () => {
    const one = await buildWith(0, false)
    expect(one.result.archive.articles.length).toBeGreaterThan(40)
    expect(one.result.failed.length).toBeGreaterThan(0)
    expect(one.report).toContain('unglue-')
    for (const [workers, writerThread] of [[2, false], [3, true], [0, true]] as const) {
      const many = await buildWith(workers, writerThread)
      expect([...many.site.keys()]).toEqual([...one.site.keys()])
      expect([...many.site.keys()].filter((path) => many.site.get(path) !== one.site.get(path))).toEqual([])
      expect(many.report).toBe(one.report)
      expect(many.result.failed).toEqual(one.result.failed)
      expect(many.result.written?.manifest.files).toEqual(Object.fromEntries(Object.entries(one.result.written?.manifest.files ?? {}).map(([path, entry]) => [path, { ...entry, mtimeMs: many.result.written?.manifest.files[path]?.mtimeMs, ino: many.result.written?.manifest.files[path]?.ino }])))
    }
  }, 180_000)
})
