import { readFile, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSite, TemplateError } from '../../src/render/index.ts'
import { makeArchive } from './archive.ts'
import { loadTemplates, render } from './helpers.ts'

describe('render at scale and in purity', () => {
  it('renders 4,000 articles (speed is measured by scripts/bench.ts, not here)', async () => {
    const archive = makeArchive({ filler: 4000 })
    const files = await render(archive)
    expect(files.filter((f) => f.path.startsWith('articles/')).length).toBe(4010)
    expect(files.filter((f) => f.path.startsWith('sujets/vietnam/') && f.path.endsWith('.html')).length).toBe(Math.ceil(4006 / 10))
  }, 60000)

  it('names a missing template', async () => {
    const templates = new Map(await loadTemplates())
    templates.delete('pages/topic.liquid')
    await expect(renderSite(makeArchive(), templates)).rejects.toThrow(TemplateError)
    await expect(renderSite(makeArchive(), templates)).rejects.toThrow('pages/topic.liquid')
  })

  it('src/render touches no file system, clock, randomness, environment or console', async () => {
    const dir = resolve(import.meta.dirname, '../../src/render')
    const entries = await readdir(dir, { recursive: true })
    for (const entry of entries.filter((e) => e.endsWith('.ts'))) {
      const source = await readFile(join(dir, entry), 'utf8')
      expect(source, entry).not.toMatch(/from 'node:(?:fs|fs\/promises|path|os|process|child_process)'/)
      expect(source, entry).not.toMatch(/\b(?:Date\.now|new Date|Math\.random|process\.|console\.|performance\.now)/)
    }
  })
})
