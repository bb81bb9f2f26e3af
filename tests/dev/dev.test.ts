/**
 * `chronique dev`: serves the built site with a live-reload script injected
 * at serve time (never in dist/), rebuilds on a seed change and sends a
 * reload event; a failing rebuild keeps the last good site.
 */
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startDev } from '../../src/commands/dev.ts'
import type { DevOptions } from '../../src/commands/dev.ts'
import { LIVE_RELOAD_PATH } from '../../src/serve.ts'

type BuildOutcome = Parameters<NonNullable<DevOptions['onBuild']>>[0]

/**
 * A project folder (the sample seeds, the config, and `setUp` for more) with
 * `chronique dev` started on it: every build's outcome, and `nextBuild`, a
 * promise of the next one.
 */
async function startProject(prefix: string, options: Partial<DevOptions> = {}, setUp: (root: string) => void = () => {}) {
  const root = mkdtempSync(join(tmpdir(), prefix))
  cpSync('seeds', join(root, 'seeds'), { recursive: true })
  copyFileSync('chronique.yaml', join(root, 'chronique.yaml'))
  setUp(root)
  const builds: BuildOutcome[] = []
  let notify = () => {}
  const dev = await startDev({
    cwd: root, port: 0, search: false, configPath: 'chronique.yaml', debounceMs: 50, log: () => {}, ...options,
    onBuild: (outcome) => { builds.push(outcome); notify() },
  })
  const nextBuild = () => new Promise<void>((done) => { notify = done })
  return { root, dev, builds, nextBuild }
}

function sitePages(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.html')).map((name) => readFileSync(join(dir, name), 'utf8'))
}

describe('chronique dev', () => {
  it('rebuilds on a seed change and tells the open page to reload', async () => {
    const { root, dev, builds, nextBuild } = await startProject('chronique-dev-')
    try {
      expect(builds[0]?.result?.written).not.toBeNull()
      const page = await (await fetch(dev.url)).text()
      expect(page).toContain(LIVE_RELOAD_PATH)
      expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).not.toContain(LIVE_RELOAD_PATH)

      const controller = new AbortController()
      const events = await fetch(new URL(LIVE_RELOAD_PATH, dev.url), { signal: controller.signal })
      expect(events.headers.get('content-type')).toBe('text/event-stream')
      const reader = (events.body as ReadableStream<Uint8Array>).getReader()
      const reloaded = (async () => {
        let text = ''
        while (!text.includes('event: reload')) {
          const { value, done } = await reader.read()
          if (done) break
          text += new TextDecoder().decode(value)
        }
        return text
      })()

      // An editor's atomic save: write a temporary file, rename it over the seed.
      const seed = readdirSync(join(root, 'seeds')).find((name) => name.endsWith('.txt')) as string
      const text = readFileSync(join(root, 'seeds', seed), 'utf8')
      const lines = text.split('\n')
      lines[0] = 'Un titre changé pour le test du serveur de développement'
      let rebuilt = nextBuild()
      writeFileSync(join(root, 'seeds', `.${seed}.swp`), lines.join('\n'))
      const { renameSync } = await import('node:fs')
      renameSync(join(root, 'seeds', `.${seed}.swp`), join(root, 'seeds', seed))
      await rebuilt
      expect(await reloaded).toContain('event: reload')
      const last = builds.at(-1)
      expect(last?.reloaded).toBe(true)
      expect(last?.result?.written?.changed).toBeLessThan(last?.result?.written?.files ?? 0)
      expect(sitePages(join(root, 'dist')).some((html) => html.includes('Un titre changé'))).toBe(true)
      controller.abort()

      // A dump with an error: the site stays as it was.
      rebuilt = nextBuild()
      writeFileSync(join(root, 'seeds', 'broken.txt'), new Uint8Array([0, 1, 2, 3]))
      await rebuilt
      expect(builds.at(-1)?.reloaded).toBe(false)
      expect(builds.at(-1)?.result?.failed).toContain(join('seeds', 'broken.txt'))
      expect(sitePages(join(root, 'dist')).some((html) => html.includes('Un titre changé'))).toBe(true)
      expect(await (await fetch(dev.url)).text()).toContain(LIVE_RELOAD_PATH)

      // A dump in a subfolder is watched and read too.
      const { mkdirSync, rmSync } = await import('node:fs')
      rmSync(join(root, 'seeds', 'broken.txt'))
      mkdirSync(join(root, 'seeds', '2025'))
      rebuilt = nextBuild()
      writeFileSync(join(root, 'seeds', '2025', 'nouveau.txt'), 'Un article rangé dans un sous-dossier\n\nHanoï (VNA) – Un paragraphe de texte pour cet article.\n')
      await rebuilt
      expect(builds.at(-1)?.result?.failed).toEqual([])
      expect(sitePages(join(root, 'dist')).some((html) => html.includes('rangé dans un sous-dossier'))).toBe(true)
    } finally {
      await dev.close()
    }
  }, 30_000)

  it('says the same warnings in one line when a template edit reuses the analysis', async () => {
    const lines: string[] = []
    const { root, dev, nextBuild } = await startProject('chronique-dev-tpl-', { templatesDir: 'templates', log: (text) => lines.push(...text.split('\n')) }, (folder) => {
      mkdirSync(join(folder, 'templates', 'pages'), { recursive: true })
      copyFileSync('templates/pages/article.liquid', join(folder, 'templates', 'pages', 'article.liquid'))
    })
    try {
      const first = lines.find((line) => line.startsWith('seeds/'))
      expect(first).toBeDefined()
      const printed = lines.length
      const rebuilt = nextBuild()
      writeFileSync(join(root, 'templates', 'pages', 'article.liquid'), readFileSync('templates/pages/article.liquid', 'utf8') + '\n')
      await rebuilt
      const after = lines.slice(printed)
      expect(after.some((line) => /^\(the same \d+ warnings as above\)$/.test(line))).toBe(true)
      expect(after.some((line) => line.startsWith('seeds/'))).toBe(false)
      expect(after.some((line) => line.startsWith('time: analysis reused'))).toBe(true)
    } finally {
      await dev.close()
    }
  }, 30_000)

  it('watches the seeds folder again when it is made anew (removed and copied back)', async () => {
    const { root, dev, builds, nextBuild } = await startProject('chronique-dev-anew-')
    try {
      const { rmSync } = await import('node:fs')
      let rebuilt = nextBuild()
      rmSync(join(root, 'seeds'), { recursive: true })
      await rebuilt
      expect(builds.at(-1)?.reloaded).toBe(false)
      rebuilt = nextBuild()
      cpSync('seeds', join(root, 'seeds'), { recursive: true })
      await rebuilt
      // An edit in the new folder is seen.
      const seed = readdirSync(join(root, 'seeds')).find((name) => name.endsWith('.txt')) as string
      const text = readFileSync(join(root, 'seeds', seed), 'utf8').split('\n')
      text[0] = 'Un titre changé dans le dossier refait'
      const shown = () => sitePages(join(root, 'dist')).some((html) => html.includes('Un titre changé dans le dossier refait'))
      rebuilt = nextBuild()
      writeFileSync(join(root, 'seeds', seed), text.join('\n'))
      // The copy's last events may bring one more build first: wait for a few.
      for (let i = 0; i < 3 && !shown(); i++) {
        await rebuilt
        rebuilt = nextBuild()
      }
      expect(shown()).toBe(true)
    } finally {
      await dev.close()
    }
  }, 30_000)
})
