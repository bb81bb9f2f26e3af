import { describe, expect, it } from 'vitest'
import { findBrokenLinks, htmlPages, renderFixture, text } from './helpers.ts'

describe('links', () => {
  it('every relative link of every page resolves to an output file', async () => {
    const { files } = await renderFixture()
    expect(htmlPages(files).length).toBeGreaterThan(40)
    expect(findBrokenLinks(files, '/')).toEqual([])
  })

  it('still resolves under a sub-path, including the 404 page’s absolute paths', async () => {
    const { files } = await renderFixture({ baseUrl: 'https://example.org/archive/' })
    expect(findBrokenLinks(files, '/archive/')).toEqual([])
    expect(text(files, '404.html')).toContain('href="/archive/sujets/index.html"')
  })

  it('links are relative and name index.html (works from disk), never root-absolute outside 404', async () => {
    const { files } = await renderFixture({ baseUrl: 'https://example.org/archive/' })
    for (const page of htmlPages(files)) {
      if (page.path === '404.html') continue
      const html = page.contents as string
      for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
        const href = match[1] ?? ''
        if (/^(?:https?:|#)/.test(href)) continue
        expect(href, `${page.path}: ${href}`).not.toMatch(/^\//)
        if (!/\.(?:css|js|svg|xml|json|txt)$/.test(href)) expect(href, `${page.path}: ${href}`).toMatch(/(?:^|\/)index\.html$/)
      }
    }
  })

  it('the checker itself notices a broken link', () => {
    const files = [{ path: 'a/index.html', contents: '<a href="../b/index.html">b</a><a href="#nope">x</a>' }]
    expect(findBrokenLinks(files, '/').map((b) => b.reason)).toEqual(['no file b/index.html', 'no such id'])
  })
})
