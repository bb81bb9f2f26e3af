/**
 * Ctrl-C during a build (src/util/interrupt.ts): the output folder is left
 * as it was, the staging folder goes (a recycled spare site goes back to
 * its place), the lock is released, and the exit code is the signal's.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotFolder, writeSyntheticProject } from '../helpers/mixed-archive.ts'

let root = ''
const out = () => join(root, 'dist')
const spare = () => join(root, '.chronique', 'cache', 'spare')

/** `chronique build` in the project; `signal`: sent by the process to itself once its staging folder exists. */
function build(signal: NodeJS.Signals | null, ...flags: string[]) {
  return buildWith({}, signal, '--no-search', ...flags)
}

function buildWith(env: Record<string, string>, signal: NodeJS.Signals | null, ...flags: string[]) {
  const preload = signal ? ['--import', join(process.cwd(), 'tests/helpers/interrupt-when-staging.mjs')] : []
  const result = spawnSync(process.execPath, [...preload, join(process.cwd(), 'src/bin.js'), 'build', ...flags], {
    cwd: root,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, ...env, CHRONIQUE_TEST_OUT: out(), ...(signal ? { CHRONIQUE_TEST_SIGNAL: signal } : {}) },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** What is beside the output folder besides it (staging folders, the lock, old sites). */
const leftovers = () => readdirSync(root).filter((name) => name.startsWith('dist.'))

beforeAll(() => {
  // Enough pages for render to let the event loop turn a few times (every 64 pages).
  root = writeSyntheticProject('chronique-interrupt-', 80, 11, 12)
}, 60_000)

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('a build stopped by a signal', () => {
  it('leaves the output folder as it was, keeps the spare site and releases the lock; the next build goes on from there', () => {
    expect(build(null).code).toBe(0)
    // The second build keeps the first site as the spare, which the third build recycles as its staging folder.
    expect(build(null).code).toBe(0)
    expect(existsSync(spare())).toBe(true)
    const before = snapshotFolder(out())
    const spareIno = statSync(spare()).ino
    // A new dump: the build stopped would have changed the site.
    for (const name of readdirSync(join(root, 'extra'))) renameSync(join(root, 'extra', name), join(root, 'seeds', name))

    const stopped = build('SIGINT')
    expect(stopped.code).toBe(130)
    expect(stopped.stderr).toMatch(/^chronique: stopped \(SIGINT\); the staging folder is removed and the output folder holds the last complete site\n$/m)
    expect(stopped.stderr).not.toMatch(/internal error|\n\s+at /)
    expect(snapshotFolder(out())).toEqual(before)
    expect(leftovers()).toEqual([])
    // The recycled folder went back to be the spare (the same folder: nothing deleted).
    expect(statSync(spare()).ino).toBe(spareIno)

    const next = build(null)
    expect(next.code).toBe(0)
    expect(next.stdout).toMatch(/kept in the recycled folder/)
    expect(leftovers()).toEqual([])
    expect(snapshotFolder(out())).not.toEqual(before)
  }, 120_000)

  it('says SIGTERM the same way, exit 143, and removes a staging folder of its own', () => {
    const before = snapshotFolder(out())
    const stopped = build('SIGTERM', '--no-cache')
    expect(stopped.code).toBe(143)
    expect(stopped.stderr).toMatch(/^chronique: stopped \(SIGTERM\)/m)
    expect(snapshotFolder(out())).toEqual(before)
    expect(leftovers()).toEqual([])
  }, 60_000)

  it('stops while Pagefind makes the search index, and leaves nothing behind', async () => {
    const before = snapshotFolder(out())
    const stopped = buildWith({ CHRONIQUE_TEST_INSIDE: 'pagefind' }, 'SIGINT', '--no-cache')
    expect(stopped.stderr).toMatch(/^chronique: stopped \(SIGINT\); the staging folder is removed/m)
    expect(stopped.code).toBe(130)
    // Pagefind's own process ends with ours (it would otherwise write on into a folder removed).
    await new Promise((done) => setTimeout(done, 500))
    expect(snapshotFolder(out())).toEqual(before)
    expect(leftovers()).toEqual([])
  }, 60_000)
})
