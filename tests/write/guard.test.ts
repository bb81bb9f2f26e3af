/**
 * The output folder is replaced whole by each build, so it must never be, hold
 * or sit inside what the build reads (src/write/guard.ts); a mistake here
 * once replaced the seeds folder with the site.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from '../../src/build.ts'
import { ConfigError } from '../../src/config.ts'
import { UsageError } from '../../src/errors.ts'
import { findForeignContent, findOutputClash } from '../../src/write/guard.ts'
import { isInside } from '../../src/util/paths.ts'
import { SITE_TOP_LEVEL } from '../../src/render/urls.ts'
import { buildInMemory, readSeedFiles } from '../helpers/site.ts'

function project(): { root: string; seeds: string; templates: string } {
  const root = mkdtempSync(join(tmpdir(), 'chronique-guard-'))
  const seeds = join(root, 'seeds')
  const templates = join(root, 'templates')
  mkdirSync(seeds)
  mkdirSync(templates)
  writeFileSync(join(seeds, 'a.txt'), 'Titre\n\nUn paragraphe.\n')
  return { root, seeds, templates }
}

describe('isInside', () => {
  it('compares paths, not strings', () => {
    expect([isInside('/a/b', '/a'), isInside('/a', '/a'), isInside('/a/..b', '/a')]).toEqual([true, true, true])
    expect([isInside('/ab', '/a'), isInside('/a-report', '/a'), isInside('/a/../c', '/a'), isInside('/', '/a')]).toEqual([false, false, false, false])
  })
})

describe('findOutputClash', () => {
  const { root, seeds, templates } = project()
  const kept = [
    { path: seeds, name: 'the seeds', noneInside: true },
    { path: templates, name: 'the templates', noneInside: true },
    { path: root, name: 'the working folder', noneInside: false },
  ]

  it('refuses the folder itself, a folder that holds it, and one inside a folder read as input', () => {
    expect(findOutputClash(seeds, kept)).toBe('is the seeds')
    expect(findOutputClash(join(seeds, 'site'), kept)).toBe('is inside the seeds')
    expect(findOutputClash(join(templates, 'a', 'b'), kept)).toBe('is inside the templates')
    expect(findOutputClash(root, kept)).toBe('holds the seeds')
    expect(findOutputClash(join(root, '..'), kept)).toBe('holds the seeds')
    expect(findOutputClash('/', kept)).toBe('holds the seeds')
  })

  it('accepts a folder of its own, made or not yet, and names that only share a prefix', () => {
    expect(findOutputClash(join(root, 'dist'), kept)).toBeNull()
    expect(findOutputClash(join(root, 'seeds-site'), kept)).toBeNull()
    expect(findOutputClash(join(root, 'not', 'yet', 'made'), kept)).toBeNull()
  })

  it('lets an output folder hold a path marked mayHold (the report folder), never be it or sit inside it', () => {
    const report = { path: join(root, 'dist', '.report'), name: 'the report', noneInside: true, mayHold: true }
    expect(findOutputClash(join(root, 'dist'), [report])).toBeNull()
    expect(findOutputClash(join(root, 'dist', '.report'), [report])).toBe('is the report')
    expect(findOutputClash(join(root, 'dist', '.report', 'cache', 'spare'), [report])).toBe('is inside the report')
  })

  it('sees through symbolic links, on either side', () => {
    const link = join(root, 'link-to-seeds')
    symlinkSync(seeds, link)
    expect(findOutputClash(link, kept)).toBe('is the seeds')
    expect(findOutputClash(join(link, 'new'), kept)).toBe('is inside the seeds')
    expect(findOutputClash(join(root, 'dist'), [{ path: link, name: 'the seeds', noneInside: true }])).toBeNull()
    expect(findOutputClash(seeds, [{ path: link, name: 'the seeds', noneInside: true }])).toBe('is the seeds')
  })
})

describe('build refuses an output folder that is not its own, before it writes anything', () => {
  it('as a usage mistake of --out, and as an error on `out:` in the config file', async () => {
    const { root } = project()
    const before = readdirSync(root).sort()
    for (const out of ['seeds', '.', '..', 'seeds/site', 'templates', '.chronique', '.chronique/cache/spare']) {
      const error = await build({ cwd: root, out, seeds: 'seeds', templatesDir: 'templates', search: false, cache: false }).then(() => null, (caught: unknown) => caught)
      expect(error, out).toBeInstanceOf(UsageError)
      expect((error as Error).message, out).toMatch(new RegExp(`^--out ${out.replaceAll('.', '\\.')}: the output folder (is|holds|is inside) the (seeds|templates|report) folder`))
    }
    writeFileSync(join(root, 'chronique.yaml'), 'title: Archive\nout: .\n')
    const error = await build({ cwd: root, search: false, cache: false, templatesDir: 'templates' }).then(() => null, (caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as ConfigError).file.messages.find((each) => each.fatal)
    expect([message?.line, message?.column, message?.ruleId, message?.fatal]).toEqual([2, 1, 'config-out', true])
    expect(message?.reason).toMatch(/^The output folder \. holds the seeds folder \(seeds\); a build replaces its output folder whole, expected a folder of its own/)
    // Nothing written: no report folder, no lock, no staging folder.
    expect(readdirSync(root).sort()).toEqual([...before, 'chronique.yaml'].sort())
    expect(readdirSync(join(root, 'seeds'))).toEqual(['a.txt'])
  })
})

describe('findForeignContent', () => {
  it('passes a folder not made yet, an empty one, and one with only what a site has at its top (and file browsers\' litter)', () => {
    const { root } = project()
    expect(findForeignContent(join(root, 'dist'), SITE_TOP_LEVEL)).toBeNull()
    mkdirSync(join(root, 'dist'))
    expect(findForeignContent(join(root, 'dist'), SITE_TOP_LEVEL)).toBeNull()
    for (const name of ['index.html', 'articles', 'pagefind', 'feed.xml', '.DS_Store']) writeFileSync(join(root, 'dist', name), '')
    expect(findForeignContent(join(root, 'dist'), SITE_TOP_LEVEL)).toBeNull()
  })

  it('names what a build would delete: a file where the folder should be, or the first 3 entries no site has', () => {
    const { root } = project()
    writeFileSync(join(root, 'file'), 'x')
    expect(findForeignContent(join(root, 'file'), SITE_TOP_LEVEL)).toEqual({ kind: 'not-a-folder' })
    mkdirSync(join(root, 'www'))
    for (const name of ['index.html', 'z.pdf', '.git', 'notes', 'a.md']) writeFileSync(join(root, 'www', name), '')
    expect(findForeignContent(join(root, 'www'), SITE_TOP_LEVEL)).toEqual({ kind: 'foreign', names: ['.git', 'a.md', 'notes'] })
  })

  it('knows every top-level entry of a site with feeds, sitemap and assets', async () => {
    const { output } = await buildInMemory(readSeedFiles(), { baseUrl: 'https://archive.example/' })
    const top = new Set(output.map((file) => file.path.split('/')[0] as string))
    expect(top.has('feed.xml') && top.has('sitemap.xml') && top.has('assets')).toBe(true)
    expect([...top].filter((name) => !SITE_TOP_LEVEL.has(name))).toEqual([])
    // Pagefind's index is the one folder render does not make (src/write/search.ts).
    expect([...SITE_TOP_LEVEL].filter((name) => !top.has(name))).toEqual(['pagefind'])
  })

  it('build refuses such a folder and leaves it as it was; it rebuilds over its own site', async () => {
    const { root } = project()
    mkdirSync(join(root, 'www'))
    writeFileSync(join(root, 'www', 'mine.txt'), 'keep me')
    const error = await build({ cwd: root, out: 'www', seeds: 'seeds', search: false, cache: false }).then(() => null, (caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(/^--out www: the output folder holds `mine\.txt`, which no build of Chronique wrote; a build replaces its output folder whole/)
    expect(readFileSync(join(root, 'www', 'mine.txt'), 'utf8')).toBe('keep me')
    expect(readdirSync(join(root, 'www'))).toEqual(['mine.txt'])
    for (let run = 0; run < 2; run++) await build({ cwd: root, out: 'dist', seeds: 'seeds', search: false })
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true)
    // What templates/static/ puts at the top of the site is the build's own too (a deploy's CNAME).
    cpSync('templates', join(root, 'templates'), { recursive: true })
    mkdirSync(join(root, 'templates', 'static'))
    writeFileSync(join(root, 'templates', 'static', 'CNAME'), 'archive.example.org\n')
    for (let run = 0; run < 2; run++) await build({ cwd: root, out: 'dist', seeds: 'seeds', templatesDir: 'templates', search: false })
    expect(readFileSync(join(root, 'dist', 'CNAME'), 'utf8')).toBe('archive.example.org\n')
  }, 60_000)
})

