import { describe, expect, it } from 'vitest'
import { toPaginationItems } from '../../src/render/pages/topic.ts'
import { count, renderFixture, text } from './helpers.ts'

const { archive, files } = await renderFixture()

describe('topic pages', () => {
  it('splits a topic into pages of config.pageSize', () => {
    const vietnam = archive.topics.find((t) => t.slug === 'vietnam')
    expect(vietnam?.articleIds.length).toBe(30)
    const pages = files.filter((f) => f.path.startsWith('sujets/vietnam/') && f.path.endsWith('.html'))
    expect(pages.map((f) => f.path)).toEqual(['sujets/vietnam/index.html', 'sujets/vietnam/page/2/index.html', 'sujets/vietnam/page/3/index.html'])
    for (const page of pages) expect(count(page.contents as string, /<article class="card/)).toBe(10)
    expect(files.some((f) => f.path === 'sujets/vietnam/page/4/index.html')).toBe(false)
    expect(files.some((f) => f.path === 'sujets/diplomatie/page/2/index.html')).toBe(false)
  })

  it('keeps the archive order across pages: newest first, undated last', () => {
    const first = text(files, 'sujets/vietnam/index.html')
    const last = text(files, 'sujets/vietnam/page/3/index.html')
    expect(first.indexOf('articles/bureau-politique/')).toBeLessThan(first.indexOf('articles/belize/'))
    const cards = [...last.matchAll(/<h2 class="card__title"[^>]*><a href="([^"]+)"/g)].map((m) => m[1])
    expect(cards.at(-1)).toBe('../../../../articles/depeche-24/index.html')
  })

  it('links prev/next with rel and <link rel>', () => {
    const first = text(files, 'sujets/vietnam/index.html')
    const middle = text(files, 'sujets/vietnam/page/2/index.html')
    const last = text(files, 'sujets/vietnam/page/3/index.html')
    expect(first).not.toContain('rel="prev"')
    expect(first).toContain('<link rel="next" href="../../sujets/vietnam/page/2/index.html">')
    expect(middle).toContain('<link rel="prev" href="../../../../sujets/vietnam/index.html">')
    expect(middle).toContain('<link rel="next" href="../../../../sujets/vietnam/page/3/index.html">')
    expect(middle).toMatch(/<a href="..\/..\/..\/..\/sujets\/vietnam\/index.html" rel="prev">/)
    expect(last).not.toContain('rel="next"')
    expect(middle).toContain('<span aria-current="page" class="is-current">2</span>')
    expect(middle).toContain('<title>Vietnam (page 2 sur 3) — ')
  })

  it('shows first, last and the pages around the current one', () => {
    const numbers = (current: number, total: number) =>
      toPaginationItems(current, total, (n) => String(n)).map((item) => item.number ?? '…')
    expect(numbers(1, 3)).toEqual([1, 2, 3])
    expect(numbers(10, 20)).toEqual([1, '…', 8, 9, 10, 11, 12, '…', 20])
    expect(numbers(4, 20)).toEqual([1, 2, 3, 4, 5, 6, '…', 20])
  })
})
