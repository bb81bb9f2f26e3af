/**
 * Threads must not change anything: normalise's text-level work on 2 or 3
 * helper threads, and the files written by the writer thread, give the site
 * and the build report (every message, in its order) byte for byte as one
 * thread does, on an archive with damage of every kind, a copy of a dump,
 * a Markdown page and a bad dump.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.ts'
import type { BuildOptions, BuildResult } from '../../src/build.ts'
import { snapshotFolder, writeMixedArchive } from '../helpers/mixed-archive.ts'

let root = ''

async function buildWith(workers: number, writerThread: boolean): Promise<{ result: BuildResult; site: Map<string, string>; report: string }> {
  const name = `${workers}-${writerThread}`
  const options: BuildOptions = { cwd: root, search: false, cache: false, configPath: 'chronique.yaml', allowErrors: true, workers, writerThread, reportThread: writerThread, out: `dist-${name}`, reportDir: `report-${name}` }
  const result = await build(options)
  return { result, site: snapshotFolder(join(root, `dist-${name}`)), report: readFileSync(join(root, `report-${name}`, 'report.json'), 'utf8') }
}

beforeAll(() => {
  root = writeMixedArchive('chronique-parallel-', 40, 3)
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
