import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertSafePath, createThreadedStager, finishInterruptedSwap, openSite, pendingSize, writeSite } from '../../src/write/index.ts'
import { acquireLock, LockError } from '../../src/write/lock.ts'

async function tempRoot(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'chronique-write-'))
}

const options = (_cwd: string) => ({ search: false })

describe('writeSite', () => {
  it('writes every file and replaces the previous site whole', async () => {
    const root = await tempRoot()
    const out = join(root, 'dist')
    await writeSite([{ path: 'index.html', contents: 'v1' }, { path: 'old/page.html', contents: 'gone' }], out, options(root))
    const result = await writeSite([{ path: 'index.html', contents: 'v2' }, { path: 'a/b/c.txt', contents: new Uint8Array([65]) }], out, options(root))
    expect(result.files).toBe(2)
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('v2')
    expect(await readFile(join(out, 'a/b/c.txt'), 'utf8')).toBe('A')
    expect((await readdir(out)).sort()).toEqual(['a', 'index.html'])
    expect((await readdir(root)).sort()).toEqual(['dist'])
  })

  it('refuses a path that leaves the output folder before touching anything', async () => {
    const root = await tempRoot()
    const out = join(root, 'dist')
    await writeSite([{ path: 'index.html', contents: 'old' }], out, options(root))
    for (const path of ['../evil.html', '/etc/passwd', 'a/../../x', 'a\\b', 'C:/x', '', 'a//b', './a']) {
      await expect(writeSite([{ path: 'index.html', contents: 'new' }, { path, contents: 'x' }], out, options(root))).rejects.toThrow(/Refused to write output path/)
    }
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('old')
    expect(() => assertSafePath('articles/x/index.html')).not.toThrow()
  })
})

describe('openSite on the writer thread', () => {
  it.each([false, true])('writes what it is handed, assets copied before transfer, and swaps the site in (small writer: %s)', async (smallWriter) => {
    const root = await tempRoot()
    const out = join(root, 'dist')
    const asset = new Uint8Array([65, 66])
    const site = await openSite(out, { search: false, thread: true, smallWriter })
    site.add({ path: 'index.html', contents: 'accueil — « à la une »' })
    site.add({ path: 'assets/a.txt', contents: asset })
    const result = await site.finish()
    expect(result.files).toBe(2)
    expect(Object.keys(result.manifest.files)).toEqual(['assets/a.txt', 'index.html'])
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('accueil — « à la une »')
    expect(await readFile(join(out, 'assets/a.txt'), 'utf8')).toBe('AB')
    // The caller's bytes are still whole (a copy crossed, not them).
    expect([...asset]).toEqual([65, 66])
    expect((await readdir(root)).sort()).toEqual(['dist'])
  })

  it('refuses a bad or repeated path at the page that has it; abort leaves the old site', async () => {
    const root = await tempRoot()
    const out = join(root, 'dist')
    await writeSite([{ path: 'index.html', contents: 'old' }], out, options(root))
    const site = await openSite(out, { search: false, thread: true })
    site.add({ path: 'index.html', contents: 'new' })
    expect(() => site.add({ path: '../evil.html', contents: 'x' })).toThrow(/Refused to write output path/)
    expect(() => site.add({ path: 'index.html', contents: 'x' })).toThrow(/Two files would be written/)
    await site.abort()
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('old')
    expect((await readdir(root)).sort()).toEqual(['dist'])
  })
})

describe('the writer thread keeps up', () => {
  it('makes render wait while the writer is too far behind, and stages every file', async () => {
    const root = await tempRoot()
    const staging = join(root, 'staging')
    await mkdir(staging)
    const page = (i: number) => `<p>${'é'.repeat(6400)} ${i}</p>`
    const maxPending = pendingSize(page(0))
    const stager = createThreadedStager(staging, join(root, 'dist'), null, null, maxPending)
    for (let i = 0; i < 200; i++) {
      stager.add({ path: `p/${i}.html`, contents: page(i) })
      // Never more than one page beyond the limit is in flight.
      expect(stager.backlog()).toBeLessThanOrEqual(maxPending + pendingSize(page(i)))
    }
    const staged = await stager.done()
    expect(Object.keys(staged.files)).toHaveLength(200)
    expect(await readFile(join(staging, 'p/199.html'), 'utf8')).toBe(page(199))
  })

  it('does not wait for a writer that stopped on a failure', async () => {
    const root = await tempRoot()
    await mkdir(join(root, 'staging'))
    const stager = createThreadedStager(join(root, 'staging'), join(root, 'dist'), null, null, 1)
    stager.add({ path: 'a', contents: 'a file' })
    // `a` is a file: the writer cannot make a folder of it, and stops.
    stager.add({ path: 'a/b.html', contents: 'x' })
    for (let i = 0; i < 50; i++) stager.add({ path: `c/${i}.html`, contents: 'y'.repeat(1000) })
    await expect(stager.done()).rejects.toThrow(/ENOTDIR|EEXIST/)
    // The system error's code crosses from the thread: the build says it as a write failure (build.ts, sayWrite).
    await expect(stager.done()).rejects.toMatchObject({ code: expect.stringMatching(/^(ENOTDIR|EEXIST)$/) })
  })

  it('stops waiting for a writer that died out of memory, and says so', async () => {
    const root = await tempRoot()
    await mkdir(join(root, 'staging'))
    // A heap too small to load the writer: the thread is killed before its own code can report anything.
    const stager = createThreadedStager(join(root, 'staging'), join(root, 'dist'), null, null, 1, { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 }, 200)
    for (let i = 0; i < 5; i++) stager.add({ path: `c/${i}.html`, contents: 'y'.repeat(1000) })
    await expect(stager.done()).rejects.toThrow(/memory/i)
  })
})

describe('finishInterruptedSwap', () => {
  it('restores the last complete site when a build died between the two renames', async () => {
    const root = await tempRoot()
    const out = join(root, 'dist')
    await mkdir(join(root, 'dist.old-123'))
    await writeFile(join(root, 'dist.old-123', 'index.html'), 'complete old')
    await mkdir(join(root, 'dist.staging-456'))
    await finishInterruptedSwap(out)
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('complete old')
    expect((await readdir(root)).sort()).toEqual(['dist'])
  })

  it('removes leftovers beside a complete site', async () => {
    const root = await tempRoot()
    const out = join(root, 'dist')
    await mkdir(out)
    await mkdir(join(root, 'dist.old-1'))
    await mkdir(join(root, 'dist.staging-2'))
    await finishInterruptedSwap(out)
    expect(await readdir(root)).toEqual(['dist'])
  })
})

describe('acquireLock', () => {
  it('takes over a lock left by a dead process', async () => {
    const root = await tempRoot()
    const path = join(root, 'dist.lock')
    await writeFile(path, '999999999')
    const release = await acquireLock(path)
    expect(await readFile(path, 'utf8')).toBe(String(process.pid))
    await release()
    expect(await readdir(root)).toEqual([])
  })

  it('refuses with a clear message while a live build holds it', async () => {
    const root = await tempRoot()
    const path = join(root, 'dist.lock')
    await writeFile(path, String(process.ppid))
    await expect(acquireLock(path, 200)).rejects.toThrow(LockError)
    await expect(acquireLock(path, 200)).rejects.toThrow(/Another build \(pid \d+\) is writing the same output folder/)
  })
})
