/**
 * Incremental writing must never change the site: a build that reuses the
 * last build's files after a dump is added gives byte for byte the site a
 * clean build gives; a corrupt manifest is ignored with a warning; a file
 * edited by hand in the output folder is rewritten; config and template
 * changes are seen.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.ts'
import type { BuildOptions } from '../../src/build.ts'
import { snapshotFolder, writeSyntheticProject } from '../helpers/mixed-archive.ts'

function expectSameSite(a: string, b: string): void {
  const left = snapshotFolder(a)
  const right = snapshotFolder(b)
  expect([...left.keys()]).toEqual([...right.keys()])
  const differing = [...left.keys()].filter((path) => left.get(path) !== right.get(path))
  expect(differing).toEqual([])
}

let root = ''
const base = (): BuildOptions => ({ cwd: root, search: false, configPath: 'chronique.yaml' })

beforeAll(() => {
  root = writeSyntheticProject('chronique-cache-', 60, 1, 2)
})

describe('incremental writing', () => {
  it('gives the clean build’s site after a dump is added, reusing the rest', async () => {
    const first = await build({ ...base(), out: 'A' })
    expect(first.written?.changed).toBe(first.written?.files)
    expect(first.cache?.warning).toBeNull()
    copyFileSync(join(root, 'extra', 'synth_0.txt'), join(root, 'seeds', 'zz_added.txt'))
    // B: same output folder as A (incremental: links unchanged files), with the cache.
    const cached = await build({ ...base(), out: 'A' })
    expect(cached.written?.changed).toBeGreaterThan(0)
    expect(cached.written?.changed).toBeLessThan(cached.written?.files ?? 0)
    const clean = await build({ ...base(), out: 'C', cache: false })
    expect(clean.cache).toBeNull()
    expectSameSite(join(root, 'A'), join(root, 'C'))
    // Same messages too (the report).
    const messages = (result: typeof clean) => result.files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`))
    expect(messages(cached)).toEqual(messages(clean))
  }, 120_000)

  it('ignores a corrupt manifest with a warning and still gives the clean site', async () => {
    const cacheFile = join(root, '.chronique', 'cache', 'manifest.bin')
    const bytes = readFileSync(cacheFile)
    const middle = Math.floor(bytes.length / 2)
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff
    writeFileSync(cacheFile, bytes)
    const result = await build({ ...base(), out: 'A' })
    expect(result.written?.changed).toBe(result.written?.files)
    expect(result.cache?.warning).toMatch(/checksum|header/)
    expect(result.configFile.messages.some((message) => message.ruleId === 'cache-ignored')).toBe(true)
    expectSameSite(join(root, 'A'), join(root, 'C'))
    // The manifest was rewritten whole and is used again.
    const again = await build({ ...base(), out: 'A' })
    expect(again.written?.changed).toBe(0)
  }, 120_000)

  it('rewrites a file of the output folder that was changed by hand', async () => {
    const page = join(root, 'A', 'index.html')
    writeFileSync(page, 'edited by hand')
    await build({ ...base(), out: 'A' })
    expectSameSite(join(root, 'A'), join(root, 'C'))
  }, 60_000)

  it('sees a config change and a template change', async () => {
    const config = readFileSync(join(root, 'chronique.yaml'), 'utf8').replace(/^title: .*$/m, 'title: Un autre titre')
    writeFileSync(join(root, 'chronique.yaml'), config)
    const layout = readdirSync(join(root, 'templates'), { recursive: true }).map(String).find((name) => name.endsWith('.liquid')) as string
    writeFileSync(join(root, 'templates', layout), readFileSync(join(root, 'templates', layout), 'utf8') + '\n<!-- changed -->\n')
    const options = { ...base(), templatesDir: 'templates' }
    const cached = await build({ ...options, out: 'A' })
    expect(cached.written?.changed).toBeGreaterThan(0)
    const clean = await build({ ...options, out: 'D', cache: false })
    expect(clean.written).not.toBeNull()
    expectSameSite(join(root, 'A'), join(root, 'D'))
    expect(readFileSync(join(root, 'A', 'index.html'), 'utf8')).toContain('Un autre titre')
  }, 120_000)

  it('writes the cache inside .chronique only', () => {
    expect(readdirSync(join(root, '.chronique', 'cache')).sort()).toEqual(['manifest.bin', 'spare'])
    expect(readdirSync(root).sort()).toEqual(['.chronique', 'A', 'C', 'D', 'chronique.yaml', 'extra', 'seeds', 'templates'])
  })
})
