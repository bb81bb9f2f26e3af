/**
 * The spare site (src/write/spare.ts): the site a build replaces is kept in
 * .chronique/cache/spare, and the next build stages into it. Whatever that
 * folder holds, the site swapped in must be, byte for byte and folder for
 * folder, the one a clean build makes, search index included; and the live
 * site must not change while the next one is staged beside it.
 */
import { appendFileSync, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.ts'
import type { BuildOptions } from '../../src/build.ts'
import { writeSyntheticProject } from '../helpers/mixed-archive.ts'

let root = ''
const spare = () => join(root, '.chronique', 'cache', 'spare')
const options = (out: string, more: Partial<BuildOptions> = {}): BuildOptions => ({ cwd: root, configPath: 'chronique.yaml', out, search: true, ...more })

/** Every entry under `dir`: a file's bytes, `<folder>` for a folder. */
function tree(dir: string): Map<string, string> {
  const entries = new Map<string, string>()
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = join(dir, name)
    entries.set(name, lstatSync(full).isDirectory() ? '<folder>' : readFileSync(full, 'latin1'))
  }
  return entries
}

function expectSameTree(actual: string, expected: string): void {
  const left = tree(join(root, actual))
  const right = tree(join(root, expected))
  expect([...left.keys()].filter((path) => !right.has(path))).toEqual([])
  expect([...right.keys()].filter((path) => !left.has(path))).toEqual([])
  expect([...left.keys()].filter((path) => left.get(path) !== right.get(path))).toEqual([])
}

/** A clean build of the seeds as they are now, into `out`. */
async function clean(out: string): Promise<void> {
  rmSync(join(root, out), { recursive: true, force: true })
  const result = await build(options(out, { cache: false }))
  expect(result.written?.recycled).toBe(false)
}

const seeds = () => readdirSync(join(root, 'seeds')).sort()

/** Remove a dump, build again (into the recycled spare, search index rebuilt) and compare with a clean build. */
async function removeDumpAndCompare(): Promise<void> {
  unlinkSync(join(root, 'seeds', seeds()[0] as string))
  const result = await build(options('A'))
  expect(result.written).toMatchObject({ recycled: true, searchReused: false })
  await clean('C')
  expectSameTree('A', 'C')
}

beforeAll(() => {
  root = writeSyntheticProject('chronique-spare-', 24, 5, 6)
})

describe('the spare site', () => {
  it('is staged into by the build after next, which gives the clean build’s site, search index included', async () => {
    const first = await build(options('A'))
    expect(first.written?.recycled).toBe(false)
    expect(existsSync(spare())).toBe(false)

    copyFileSync(join(root, 'extra', 'synth_0.txt'), join(root, 'seeds', 'zz_added_0.txt'))
    const second = await build(options('A'))
    // The first site is now the spare: nothing was removed.
    expect(second.written?.recycled).toBe(false)
    expect(existsSync(spare())).toBe(true)

    unlinkSync(join(root, 'seeds', seeds()[0] as string))
    copyFileSync(join(root, 'extra', 'synth_1.txt'), join(root, 'seeds', 'zz_added_1.txt'))
    const third = await build(options('A'))
    expect(third.written?.recycled).toBe(true)
    expect(third.written?.changed).toBeGreaterThan(0)
    expect(third.written?.changed).toBeLessThan(third.written?.files ?? 0)
    expect(third.written?.searchReused).toBe(false)
    await clean('C')
    expectSameTree('A', 'C')

    // Nothing changed: the index is the live one, linked into the recycled folder.
    const fourth = await build(options('A'))
    expect(fourth.written).toMatchObject({ recycled: true, changed: 0, searchReused: true })
    expectSameTree('A', 'C')

    await removeDumpAndCompare()
  }, 120_000)

  it('counts a change undone as a change: the pages the spare has right differ from the live ones', async () => {
    const name = seeds()[0] as string
    const text = readFileSync(join(root, 'seeds', name))
    await build(options('A'))
    unlinkSync(join(root, 'seeds', name))
    await build(options('A'))
    // The spare has every page as it is about to be again: kept, not written, yet the search index must follow.
    writeFileSync(join(root, 'seeds', name), text)
    const undone = await build(options('A'))
    expect(undone.written).toMatchObject({ recycled: true, searchReused: false })
    expect(undone.written?.changed).toBeGreaterThan(0)
    await clean('C')
    expectSameTree('A', 'C')
  }, 120_000)

  it('trusts nothing in the spare that is not as it was written', async () => {
    const dir = spare()
    const pages = readdirSync(join(dir, 'articles'))
    // A stray file and folder, a page replaced by a folder, a folder replaced by a file, a page and a search file changed in place.
    writeFileSync(join(dir, 'stray.html'), '<p>stray</p>')
    mkdirSync(join(dir, 'articles', 'stray', 'deeper'), { recursive: true })
    writeFileSync(join(dir, 'articles', 'stray', 'deeper', 'index.html'), 'stray')
    rmSync(join(dir, 'index.html'))
    mkdirSync(join(dir, 'index.html'))
    rmSync(join(dir, 'articles', pages[1] as string), { recursive: true })
    writeFileSync(join(dir, 'articles', pages[1] as string), 'a file where a folder was')
    const page = join(dir, 'articles', pages[2] as string, 'index.html')
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<script>alert(1)</script></main>'))
    const fragments = readdirSync(join(dir, 'pagefind', 'fragment'))
    appendFileSync(join(dir, 'pagefind', 'fragment', fragments[0] as string), 'garbage')
    writeFileSync(join(dir, 'pagefind', 'fragment', 'fr_0000000.pf_fragment'), 'stray fragment')
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'stray script')

    await removeDumpAndCompare()
  }, 120_000)

  it('leaves the live site and the spare as they were when render fails, and the next build recovers', async () => {
    const before = tree(join(root, 'A'))
    const spareBefore = statSync(spare()).ino
    cpSync(join(root, 'templates'), join(root, 'broken'), { recursive: true })
    writeFileSync(join(root, 'broken', 'pages', 'topic.liquid'), "{% render 'partials/no-such-partial' %}")
    unlinkSync(join(root, 'seeds', seeds()[0] as string))
    await expect(build(options('A', { templatesDir: 'broken' }))).rejects.toThrow(/no-such-partial/)
    expect(tree(join(root, 'A'))).toEqual(before)
    // The recycled folder went back to the spare's place (the same folder, as far as it got).
    expect(statSync(spare()).ino).toBe(spareBefore)
    expect(readdirSync(root).filter((name) => name.startsWith('A.'))).toEqual([])

    const result = await build(options('A'))
    expect(result.written?.recycled).toBe(true)
    await clean('C')
    expectSameTree('A', 'C')
  }, 120_000)

  it('is not used when the cache is lost, and replaced by the next site set aside; a build without the cache leaves it alone', async () => {
    rmSync(join(root, '.chronique', 'cache', 'manifest.bin'))
    const lost = await build(options('A'))
    expect(lost.written?.recycled).toBe(false)
    expectSameTree('A', 'C')
    // No manifest described the site replaced: it was removed, not kept; the old spare waits to be replaced.
    const stale = statSync(spare()).ino

    const again = await build(options('A'))
    expect(again.written?.recycled).toBe(false)
    const ino = statSync(spare()).ino
    expect(ino).not.toBe(stale)
    await build(options('A', { cache: false }))
    expect(statSync(spare()).ino).toBe(ino)
    const recycled = await build(options('A'))
    expect(recycled.written?.recycled).toBe(true)
    expectSameTree('A', 'C')
  }, 120_000)
})
