/**
 * The real build with its edges: seeds/ → a temporary output folder, with
 * the search index, the report and the exit codes of the command line.
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, stat, writeFile, mkdir, cp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, StageError } from '../../src/build.ts'
import { ConfigError } from '../../src/config.ts'
import { indexSearch } from '../../src/write/search.ts'
import { toSummary } from '../../src/summary.ts'

const temp = () => mkdtemp(join(tmpdir(), 'chronique-build-'))

describe('build()', () => {
  it('writes the sample site, its search index and a report outside the site', async () => {
    const root = await temp()
    const out = join(root, 'dist')
    const result = await build({ out, reportDir: join(root, 'report') })
    expect(result.failed).toEqual([])
    expect(result.written?.files).toBeGreaterThan(30)
    expect((await stat(join(out, 'index.html'))).isFile()).toBe(true)
    expect((await readdir(join(out, 'pagefind'))).some((name) => name.startsWith('pagefind'))).toBe(true)
    expect(result.written?.searchPages).toBeGreaterThan(30)
    const report = await readFile(join(root, 'report', 'report.txt'), 'utf8')
    expect(report).toMatch(/chrome-headline-list/)
    expect(await readdir(out)).not.toContain('report.txt')
  }, 60_000)

  it('warns when the seeds folder holds no dump, and builds the empty site', async () => {
    const root = await temp()
    await mkdir(join(root, 'seeds', 'sub'), { recursive: true })
    await writeFile(join(root, 'seeds', 'sub', 'notes.rst'), 'not a dump\n')
    const result = await build({ cwd: root, seeds: 'seeds', out: 'dist', search: false, cache: false })
    const warning = result.configFile.messages.find((message) => message.ruleId === 'seeds-empty')
    expect(warning?.reason).toBe("Found no dump in the seeds folder seeds (no `.txt` or `.md` file in it or its subfolders), expected the archive's dumps there; the site has no article")
    expect(warning?.fatal).toBe(false)
    expect(result.archive.articles).toEqual([])
    expect((await stat(join(root, 'dist', 'index.html'))).isFile()).toBe(true)
    await writeFile(join(root, 'seeds', 'sub', 'a.txt'), 'Un titre\n\nHanoï (VNA) – Un paragraphe.\n')
    expect((await build({ cwd: root, seeds: 'seeds', out: 'dist', search: false, cache: false })).configFile.messages.map((message) => message.ruleId)).not.toContain('seeds-empty')
  }, 60_000)

  it('says a seeds folder the config names that is missing, or a file, at the config\'s line', async () => {
    const root = await temp()
    await writeFile(join(root, 'chronique.yaml'), 'title: Essai\nseeds: archives\n')
    const missing = await build({ cwd: root, out: 'dist', search: false, cache: false }).catch((error: unknown) => error)
    expect(missing).toBeInstanceOf(ConfigError)
    const message = (missing as ConfigError).file.messages.find((candidate) => candidate.fatal)
    expect(`${message?.line}:${message?.column} ${message?.ruleId} ${message?.reason}`).toBe('2:1 config-seeds The seeds folder archives does not exist, expected a folder of dumps (`.txt`) and pages (`.md`)')
    await writeFile(join(root, 'archives'), 'a file\n')
    const file = await build({ cwd: root, out: 'dist', search: false, cache: false }).catch((error: unknown) => error)
    expect((file as ConfigError).file.messages.find((candidate) => candidate.fatal)?.reason).toMatch(/^The seeds folder archives is a file, /)
  })

  it('indexes only article pages, and the index is the one Pagefind makes reading every page', async () => {
    const root = await temp()
    const out = join(root, 'dist')
    const result = await build({ out, reportDir: join(root, 'report') })
    const articlePages = (await readdir(join(out, 'articles'), { recursive: true })).map(String).filter((name) => name.endsWith('.html'))
    expect(result.written?.searchPages).toBe(articlePages.length)
    // Every page read: the other pages have no `data-pagefind-body`, so they add nothing.
    await cp(out, join(root, 'every'), { recursive: true })
    await rm(join(root, 'every', 'pagefind'), { recursive: true })
    expect(await indexSearch(join(root, 'every'))).toBeGreaterThan(articlePages.length)
    const names = (await readdir(join(out, 'pagefind'), { recursive: true })).map(String).sort()
    expect((await readdir(join(root, 'every', 'pagefind'), { recursive: true })).map(String).sort()).toEqual(names)
    for (const name of names) {
      const file = join(out, 'pagefind', name)
      if ((await stat(file)).isDirectory()) continue
      expect(Buffer.compare(await readFile(file), await readFile(join(root, 'every', 'pagefind', name))), name).toBe(0)
    }
  }, 60_000)

  it('is deterministic: two builds give byte-identical folders, search index included', async () => {
    const root = await temp()
    await build({ out: join(root, 'a'), reportDir: join(root, 'r') })
    await build({ out: join(root, 'b'), reportDir: join(root, 'r') })
    const list = async (dir: string): Promise<string[]> => (await readdir(dir, { recursive: true })).map(String).sort()
    const files = await list(join(root, 'a'))
    expect(await list(join(root, 'b'))).toEqual(files)
    for (const name of files) {
      const a = join(root, 'a', name)
      if ((await stat(a)).isDirectory()) continue
      expect(Buffer.compare(await readFile(a), await readFile(join(root, 'b', name))), name).toBe(0)
    }
  }, 60_000)

  // The report is made while the site is finished, except in the output folder, which the swap replaces: it must survive the swap.
  it.each([
    ['beside the output folder', 'report'],
    ['inside the output folder', join('dist', 'report')],
  ])('writes the report %s', async (_where, dir) => {
    const root = await temp()
    const out = join(root, 'dist')
    const reportDir = join(root, dir)
    for (let run = 0; run < 2; run++) {
      const result = await build({ out, reportDir, search: false })
      expect(result.reportPath).toBe(join(reportDir, 'report.txt'))
      expect(toSummary(result)).toMatch(/^time: .*, write \d[^,]*, report \d[^,;]*; total /m)
      expect(await readFile(join(reportDir, 'report.txt'), 'utf8')).toMatch(/chrome-headline-list/)
      expect(JSON.parse(await readFile(join(reportDir, 'report.json'), 'utf8')).length).toBe(result.files.length)
    }
  }, 60_000)

  it.each([false, true])('says why when the report folder cannot be made, before building (lean: %s)', async (lean) => {
    const root = await temp()
    await writeFile(join(root, 'a-file'), '')
    const out = join(root, 'dist')
    const failed = build({ out, reportDir: join(root, 'a-file', 'report'), lean, search: false })
    await expect(failed).rejects.toThrow(StageError)
    await expect(failed).rejects.toThrow(/^\[write\] Cannot make the report folder .*a-file\/report: (ENOTDIR|EEXIST), expected a folder Chronique can write$/)
    // Nothing was written.
    await expect(stat(out)).rejects.toThrow()
  })

  it.each([false, true])('says why it cannot write the site, as a write failure with the system\'s reason (writer thread: %s)', async (writerThread) => {
    const root = await temp()
    await writeFile(join(root, 'a-file'), '')
    // The output folder's parent is a file: no lock, no staging folder can be made there.
    const failed = build({ out: join(root, 'a-file', 'dist'), reportDir: join(root, 'report'), search: false, cache: false, writerThread })
    await expect(failed).rejects.toThrow(StageError)
    await expect(failed).rejects.toThrow(/^\[write\] Cannot write the site to .*a-file\/dist: ENOTDIR: not a directory, .*; .*a-file\/dist left as it was \(expected room on the disk and permission to write beside it\)$/)
  })

  it('writes the site when its cache cannot be saved, and says so', async () => {
    const root = await temp()
    await mkdir(join(root, 'report'))
    // The cache folder is a file: nothing can be saved there.
    await writeFile(join(root, 'report', 'cache'), '')
    const result = await build({ out: join(root, 'dist'), reportDir: join(root, 'report'), search: false })
    expect((await stat(join(root, 'dist', 'index.html'))).isFile()).toBe(true)
    const said = result.configFile.messages.filter((message) => message.ruleId === 'cache-not-saved').map((message) => message.reason)
    expect(said).toEqual([expect.stringMatching(/^Cannot save the build cache in .*report\/cache: (EEXIST|ENOTDIR); the site is written, and the next build writes every file$/)])
  })

  it('leaves the previous site untouched when a dump has an error, unless --allow-errors', async () => {
    const root = await temp()
    await cp('seeds', join(root, 'seeds'), { recursive: true })
    await writeFile(join(root, 'seeds', 'zz-bad.txt'), new Uint8Array([0x41, 0x00, 0x42]))
    await mkdir(join(root, 'dist'))
    await writeFile(join(root, 'dist', 'index.html'), 'previous site')
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'src/bin.js'), 'build', '--no-search', '--config', join(process.cwd(), 'chronique.yaml'), '--seeds', 'seeds', '--out', 'dist', ...args], { cwd: root, encoding: 'utf8' })
    const refused = cli()
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/seeds\/zz-bad\.txt\s*\n\s*1:2\s+error\s+Found a NUL byte/)
    expect(refused.stdout).toMatch(/not written: 1 file\(s\) with errors; dist\/ left as it was/)
    expect(await readFile(join(root, 'dist', 'index.html'), 'utf8')).toBe('previous site')
    expect(await readFile(join(root, '.chronique', 'report.txt'), 'utf8')).toMatch(/zz-bad\.txt\n1:2 +error +Found a NUL byte/)
    const allowed = cli('--allow-errors')
    expect(allowed.status).toBe(0)
    expect(await readFile(join(root, 'dist', 'index.html'), 'utf8')).toMatch(/<!doctype html>/i)
  }, 60_000)
})
