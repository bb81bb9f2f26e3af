/**
 * All or nothing: a build killed (SIGKILL) at random moments never leaves a
 * half-written output folder. After every kill the folder is the complete
 * old site or the complete new one; the only other state, between the two
 * renames of the swap, is a complete `dist.old-*` that the next build (or
 * `finishInterruptedSwap`) puts back.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { finishInterruptedSwap } from '../../src/write/index.ts'

const COUNT = 120
const KILLS = Number(process.env.KILLS ?? 25)

/** Every file present, all of one version: returns that version, or throws. */
async function assertComplete(dir: string): Promise<string> {
  const versions = new Set<string>()
  let files = 0
  for (const sub of await readdir(join(dir, 'p'))) {
    for (const name of await readdir(join(dir, 'p', sub))) {
      files++
      versions.add((await readFile(join(dir, 'p', sub, name), 'utf8')).split(' ')[0] ?? '')
    }
  }
  if (files !== COUNT || versions.size !== 1) throw new Error(`incomplete site in ${dir}: ${files} files, versions ${[...versions].join(',')}`)
  return [...versions][0] as string
}

function killAfter(out: string, root: string, ms: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'kill-child.ts'), out, String(COUNT)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let done = 0
    child.stdout.on('data', (chunk: Buffer) => (done += chunk.toString().split('done').length - 1))
    setTimeout(() => child.kill('SIGKILL'), ms)
    child.on('exit', () => resolve(done))
  })
}

describe('writeSite under SIGKILL', () => {
  it(`leaves a complete site after each of ${KILLS} kills at random moments`, async () => {
    const root = await mkdtemp(join(tmpdir(), 'chronique-kill-'))
    const out = join(root, 'dist')
    let seed = 12345
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
    let survived = 0
    let completed = 0
    for (let i = 0; i < KILLS; i++) {
      completed += await killAfter(out, root, 250 + Math.floor(random() * 500))
      const entries = await readdir(root)
      if (entries.includes('dist')) await assertComplete(out)
      else if (entries.some((e) => e.startsWith('dist.old-'))) {
        // Killed between the two renames: the old site is whole beside it.
        await assertComplete(join(root, entries.find((e) => e.startsWith('dist.old-')) as string))
      }
      await finishInterruptedSwap(out)
      if ((await readdir(root)).includes('dist')) await assertComplete(out)
      survived++
    }
    expect(survived).toBe(KILLS)
    expect(completed).toBeGreaterThan(0)
  }, 120_000)
})
