import { describe, expect, it } from 'vitest'
import { toSitemapXml } from '../../src/render/sitemap.ts'
import { toXmlSafeText } from '../../src/render/xml.ts'
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

  it('escapes XML and drops characters XML cannot carry (xast, no string building)', () => {
    expect(toSitemapXml(['https://x.org/?a=1&b=2<'])).toContain('<loc>https://x.org/?a=1&#x26;b=2&#x3C;</loc>')
    expect(toXmlSafeText('a\u0001b\uffffc\ud800d\t')).toBe('abcd\t')
    expect(toSitemapXml(['https://x.org/b', 'https://x.org/a'])).toBe([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      '  <url>',
      '    <loc>https://x.org/a</loc>',
      '  </url>',
      '  <url>',
      '    <loc>https://x.org/b</loc>',
      '  </url>',
      '</urlset>',
      '',
    ].join('\n'))
  })
})
