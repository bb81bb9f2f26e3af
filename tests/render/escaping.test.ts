import { describe, expect, it } from 'vitest'
import { htmlPages, renderFixture, text } from './helpers.ts'

const { files } = await renderFixture()
const hostile = text(files, 'articles/piege/index.html')
const editor = text(files, 'articles/page-redaction/index.html')

describe('dump text is data', () => {
  it('never produces a script or an img from dump text on any page', () => {
    for (const page of htmlPages(files)) {
      const html = page.contents as string
      expect(html, page.path).not.toMatch(/<script>alert/i)
      expect(html, page.path).not.toMatch(/<img\b/i)
      expect(html, page.path).not.toMatch(/<iframe\b/i)
      for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag, page.path).not.toMatch(/\son\w+=/i)
      expect(html, page.path).not.toMatch(/href="javascript:/i)
    }
  })

  it('prints Liquid syntax in titles, body, captions as text, never evaluated', () => {
    expect(hostile).not.toContain('49')
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Titre {{ 7*7 }} {% raw %}piège{% endraw %}</h1>')
    expect(hostile).toContain('&#x3C;img src=x onerror=alert(1)> puis {{ 7*7 }} et {% if true %}oui{% endif %}')
    expect(hostile).toContain('<span lang="fr">{{ 7*7 }} &lt;script&gt;alert(1)&lt;/script&gt; légende</span>')
    expect(hostile).toContain('<span lang="vi">{{ 7*7 }} &lt;script&gt;alert(1)&lt;/script&gt;</span>')
    expect(hostile).toContain('Photo\u00a0: &lt;b&gt;VNA&lt;/b&gt;')
    expect(hostile).toContain('<p class="signature">{{ 7*7 }}</p>')
    const home = text(files, 'index.html')
    expect(home).not.toContain('49')
  })

  it('escapes dump text inside attributes', () => {
    expect(hostile).toMatch(/<meta name="description" content="Chapeau &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; \{\{ 7\*7 \}\}">/)
    expect(hostile).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; Titre')
  })

  it('keeps JSON-LD inside its script: < is \\u003c', () => {
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(hostile)?.[1] ?? ''
    expect(script).not.toContain('<')
    expect(script).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e')
    expect(JSON.parse(script).headline).toBe('<script>alert(1)</script> Titre {{ 7*7 }} {% raw %}piège{% endraw %}')
  })

  it('renders dump lines that look like Markdown as the text they are', () => {
    expect(hostile).toContain('<p># pas un titre</p>')
    expect(hostile).toContain('<p>1. pas une liste</p>')
  })

  it('drops raw HTML and unsafe links from editor Markdown, demotes its headings below the h1', () => {
    expect(editor).not.toContain('<iframe')
    expect(editor).not.toContain('javascript:')
    expect(editor).toContain('<a>ce lien</a>')
    expect(editor).toContain('<a href="https://www.vietnamplus.vn/" rel="nofollow noopener">VietnamPlus</a>')
    expect(editor).toContain('<h2>Un intertitre</h2>')
  })
})
