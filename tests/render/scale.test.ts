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

  it('gives a LiquidJS error as a TemplateError with its place: parse errors and render errors, in a page or in a partial', async () => {
    const cases: Array<[string, (source: string) => string, { file: string; line: number; column: number }, RegExp]> = [
      ['pages/home.liquid', (source) => `${source}\n{% if x %}`, { file: 'pages/home.liquid', line: 0, column: 0 }, /not closed/],
      ['partials/card.liquid', (source) => source.replace('\n', '\n{{ card.title | no_such_filter }}\n'), { file: 'partials/card.liquid', line: 2, column: 1 }, /^undefined filter: no_such_filter$/],
      ['partials/card.liquid', (source) => source.replace('\n', '\n{% render "partials/nope" %}\n'), { file: 'partials/card.liquid', line: 2, column: 1 }, /partials\/nope/],
    ]
    for (const [file, edit, place, reason] of cases) {
      const templates = new Map(await loadTemplates())
      templates.set(file, edit(templates.get(file) as string))
      const error = await renderSite(makeArchive(), templates).then(() => null, (caught: unknown) => caught)
      expect(error, file).toBeInstanceOf(TemplateError)
      const { place: found, reason: said, excerpt, message } = error as TemplateError
      expect(found?.file).toBe(place.file)
      if (place.line > 0) expect([found?.line, found?.column]).toEqual([place.line, place.column])
      expect(said).toMatch(reason)
      expect(message).toBe(`${found?.file}:${found?.line}:${found?.column}: ${said}`)
      expect(excerpt).toMatch(/^>> +\d+\|/m)
    }
  })

  it('copies templates/static/ to the site root as it is, and refuses a static file over a page', async () => {
    const templates = new Map(await loadTemplates())
    templates.set('static/CNAME', new TextEncoder().encode('archive.example.org\n'))
    templates.set('static/.well-known/security.txt', 'Contact: mailto:archive@example.org\n')
    const files = await renderSite(makeArchive(), templates)
    const byPath = new Map(files.map((file) => [file.path, file.contents]))
    expect(new TextDecoder().decode(byPath.get('CNAME') as Uint8Array)).toBe('archive.example.org\n')
    expect(byPath.get('.well-known/security.txt')).toBe('Contact: mailto:archive@example.org\n')
    expect([...byPath.keys()].some((path) => path.startsWith('static/'))).toBe(false)
    templates.set('static/index.html', 'mine')
    await expect(renderSite(makeArchive(), templates)).rejects.toThrow(new TemplateError('templates/static/index.html would be written over `index.html`, a file the site makes, expected a static file with a path of its own'))
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
