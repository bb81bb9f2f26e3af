/**
 * Every HTML page of the sample site (seeds/, whole pipeline in memory)
 * passes html-validate's recommended rules (zero errors, zero warnings), and
 * only article pages are given to Pagefind.
 * The render fixture has its own check (tests/render/valid-html.test.ts);
 * this one sees the real, damaged text of the dumps.
 */
import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { buildInMemory, htmlPages, readSeedFiles } from '../helpers/site.ts'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
})

const { output } = await buildInMemory(readSeedFiles())
const pages = htmlPages(output)

describe('sample site HTML', () => {
  it('every page of the sample build passes html-validate', async () => {
    const kinds = ['index.html', '404.html', 'recherche/index.html', 'sujets/index.html', 'archives/index.html', 'archives/sans-date/index.html']
    for (const kind of kinds) expect(pages.map((page) => page.path)).toContain(kind)
    expect(pages.some((page) => /^archives\/\d{4}\/\d{2}\/index\.html$/.test(page.path))).toBe(true)
    const problems: string[] = []
    for (const page of pages) {
      const report = await validator.validateString(page.contents as string, page.path)
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${page.path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`)
      }
    }
    expect(problems).toEqual([])
  }, 30_000)

  it('only article pages are indexed for search (one data-pagefind-body each)', () => {
    for (const page of pages) {
      const bodies = (page.contents as string).split('data-pagefind-body').length - 1
      expect(bodies, page.path).toBe(page.path.startsWith('articles/') ? 1 : 0)
    }
  })
})
