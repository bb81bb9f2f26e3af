import { describe, expect, it } from 'vitest'
import { escapeXml, toSitemapXml } from '../../src/render/sitemap.ts'
import { htmlPages, renderFixture, text } from './helpers.ts'

describe('sitemap and robots', () => {
  it('lists every HTML page but 404 with absolute clean URLs', async () => {
    const { files } = await renderFixture()
    const xml = text(files, 'sitemap.xml')
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    const expected = htmlPages(files)
      .filter((f) => f.path !== '404.html')
      .map((f) => 'https://archive.example.org/' + f.path.replace(/index\.html$/, ''))
      .sort()
    expect(locs).toEqual(expected)
    expect(locs).toContain('https://archive.example.org/')
    expect(locs).toContain('https://archive.example.org/sujets/vietnam/page/2/')
    expect(text(files, 'robots.txt')).toContain('Sitemap: https://archive.example.org/sitemap.xml')
  })

  it('builds canonical and sitemap URLs under a sub-path base URL', async () => {
    const { files } = await renderFixture({ baseUrl: 'https://example.org/archive/' })
    expect(text(files, 'articles/belize/index.html')).toContain('<link rel="canonical" href="https://example.org/archive/articles/belize/">')
    expect(text(files, 'articles/belize/index.html')).toContain('<meta property="og:url" content="https://example.org/archive/articles/belize/">')
    expect(text(files, 'index.html')).toContain('<link rel="canonical" href="https://example.org/archive/">')
    expect(text(files, 'sitemap.xml')).toContain('<loc>https://example.org/archive/sujets/diplomatie/</loc>')
    expect(text(files, 'robots.txt')).toContain('Sitemap: https://example.org/archive/sitemap.xml')
  })

  it('leaves the sitemap out when no host is known', async () => {
    const { files } = await renderFixture({ baseUrl: '/' })
    expect(files.some((f) => f.path === 'sitemap.xml')).toBe(false)
    expect(text(files, 'robots.txt')).not.toContain('Sitemap')
  })

  it('escapes XML', () => {
    expect(escapeXml(`a&b<c>"d"'e'\u0001`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;')
    expect(toSitemapXml(['https://x.org/?a=1&b=2'])).toContain('<loc>https://x.org/?a=1&amp;b=2</loc>')
  })
})
