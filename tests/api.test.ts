/** The public API (src/index.ts): the whole pipeline through its exports, in memory. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TEMPLATES, auditConservation, fromText, normaliseText, readTemplates, resolveConfig, runPipeline } from '../src/index.ts'

describe('public API', () => {
  it('builds a site in memory from text, and repairs text on its own', async () => {
    const { config } = resolveConfig(readFileSync('chronique.yaml', 'utf8'))
    const file = fromText('seeds/a.txt', 'Le Vietnam et l’Algérie\n\nAlger, 19 novembre 2025 (VNA) - Le Premier ministre a visité lemusée. -VNA\n')
    const site = await runPipeline({ files: [file], config, templates: await readTemplates(DEFAULT_TEMPLATES) })
    expect(site.archive.articles.map((article) => article.url)).toEqual(['articles/le-vietnam-et-l-algerie/'])
    expect(site.output.some((output) => output.path === 'articles/le-vietnam-et-l-algerie/index.html')).toBe(true)
    expect(auditConservation(site).unaccounted).toEqual([])
    expect(normaliseText('Le Vietnam a visité lemusée.').value).toBe('Le Vietnam a visité le musée.')
  })
})
