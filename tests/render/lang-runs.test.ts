/**
 * Vietnamese runs inside French text are marked `<span lang="vi">` in the
 * page body (titles, standfirsts, captions, summaries, excerpts, body text),
 * never in `<title>`, meta descriptions or JSON-LD, and dump text stays data.
 */
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/types.ts'
import { toHtmlProblems } from '../helpers/html-validate.ts'
import { makeArchive } from './archive.ts'
import { htmlPages, render, text } from './helpers.ts'

const archive = makeArchive({ filler: 2 })
const get = (id: string): Article => {
  const article = archive.byId.get(id)
  if (!article) throw new Error(`no article ${id}`)
  return article
}

const piege = get('piege')
piege.title = '<script>alert(1)</script> Bính Ngọ {{ 7*7 }}<b>Ngọ</b>'
piege.standfirst = 'Chapeau « Vó ngựa khai Xuân » </script><script>alert(1)</script> {{ 7*7 }}'
const hostileFigure = piege.figures[0]
if (!hostileFigure) throw new Error('piege has no figure')
hostileFigure.caption = '{{ 7*7 }}Nguyễn <script>alert(1)</script> « Vó ngựa khai Xuân » : légende'
piege.body = {
  type: 'root',
  children: [
    { type: 'paragraph', position: { start: { line: 5, column: 1 }, end: { line: 5, column: 80 } }, children: [{ type: 'text', value: '<img src=x onerror=alert(1)>Ngọ puis {{ 7*7 }} à Hà Nội ; et `Ngọ`' }] },
    { type: 'paragraph', position: { start: { line: 7, column: 1 }, end: { line: 7, column: 80 } }, children: [{ type: 'inlineCode', value: 'Bính Ngọ' }, { type: 'text', value: ' et Đà Nẵng' }] },
  ],
}
piege.signature = 'Nguyễn Hằng'
const belize = get('belize')
belize.summary = 'À l’occasion du Nouvel An lunaire Bính Ngọ 2026, {{ 7*7 }} <i>x</i>'
const viet = get('bureau-politique')
viet.lang = 'vi'
viet.title = 'Bộ Ngoại giao tổ chức Hội nghị Sơ kết công tác'

const files = await render(archive)
const hostile = text(files, 'articles/piege/index.html')
const teaser = text(files, 'articles/belize/index.html')

describe('Vietnamese runs in French text', () => {
  it('marks runs in the title, standfirst, caption, body and signature, escaping the text around and inside them', () => {
    expect(hostile).toContain('<h1 class="article__title">&lt;script&gt;alert(1)&lt;/script&gt; <span lang="vi">Bính Ngọ</span> {{ 7*7 }}&lt;b&gt;<span lang="vi">Ngọ</span>&lt;/b&gt;</h1>')
    expect(hostile).toContain('<p class="standfirst">Chapeau «\u202f<span lang="vi">Vó ngựa khai Xuân</span>\u202f» &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}</p>')
    expect(hostile).toContain('<span lang="fr">{{ 7*7 }}<span lang="vi">Nguyễn</span> &lt;script&gt;alert(1)&lt;/script&gt; «\u202f<span lang="vi">Vó ngựa khai Xuân</span>\u202f»\u00a0: légende</span>')
    expect(hostile).toContain('<p>&#x3C;img src=x onerror=alert(1)><span lang="vi">Ngọ</span> puis {{ 7*7 }} à <span lang="vi">Hà Nội</span>\u202f; et `<span lang="vi">Ngọ</span>`</p>')
    expect(hostile).toContain('<p><code>Bính Ngọ</code> et <span lang="vi">Đà Nẵng</span></p>')
    expect(hostile).toContain('<p class="signature"><span lang="vi">Nguyễn Hằng</span></p>')
    // The original Vietnamese caption is Vietnamese as a whole: as before.
    expect(hostile).toContain('<span lang="vi">{{ 7*7 }} &lt;script&gt;alert(1)&lt;/script&gt;</span>')
    expect(hostile).not.toContain('49')
    expect(hostile).not.toMatch(/<script>alert|<b>|<img\b/)
  })

  it('marks runs in summaries and card excerpts', () => {
    expect(teaser).toContain('<p class="summary">À l’occasion du Nouvel An lunaire <span lang="vi">Bính Ngọ</span> 2026, {{ 7*7 }} &lt;i&gt;x&lt;/i&gt;</p>')
    const cards = htmlPages(files).filter((page) => (page.contents as string).includes('card__excerpt" lang="fr">À l’occasion du Nouvel An lunaire <span lang="vi">Bính Ngọ</span> 2026'))
    expect(cards.length).toBeGreaterThan(0)
    const lists = htmlPages(files).filter((page) => (page.contents as string).includes('<span lang="vi">Bính Ngọ</span> {{ 7*7 }}&lt;b&gt;<span lang="vi">Ngọ</span>&lt;/b&gt;</a>'))
    expect(lists.length).toBeGreaterThan(0)
  })

  it('keeps <title>, meta descriptions and JSON-LD plain text', () => {
    expect(hostile).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; Bính Ngọ {{ 7*7 }}&lt;b&gt;Ngọ&lt;/b&gt; — ')
    expect(hostile).toMatch(/<meta name="description" content="Chapeau «\u202fVó ngựa khai Xuân\u202f» &lt;/)
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(hostile)?.[1] ?? ''
    expect(script).not.toContain('span')
    expect(script).not.toContain('<')
    const feeds = files.filter((file) => /\.(xml|json)$/.test(file.path))
    expect(feeds.some((feed) => String(feed.contents).includes('Bính Ngọ'))).toBe(true)
    for (const feed of feeds) expect(String(feed.contents), feed.path).not.toMatch(/span|&lt;span/)
  })

  it('leaves text that is Vietnamese as a whole unmarked inside', () => {
    const page = text(files, 'articles/bureau-politique/index.html')
    expect(page).toContain('<h1 class="article__title">Bộ Ngoại giao tổ chức Hội nghị Sơ kết công tác</h1>')
    expect(page).not.toContain('<span lang="vi">Bộ')
  })

  it('passes html-validate', async () => {
    expect(await toHtmlProblems(htmlPages(files))).toEqual([])
  })
})
