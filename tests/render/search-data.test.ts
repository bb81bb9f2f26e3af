import { describe, expect, it } from 'vitest'
import { toPeopleNames, toSearchData, toSortKey } from '../../src/render/search-data.ts'
import { toDateView } from '../../src/render/dates.ts'
import type { Article } from '../../src/types.ts'
import { htmlPages, renderFixture, text } from './helpers.ts'

const { archive, files } = await renderFixture()
const byId = (id: string) => archive.byId.get(id) as Article

describe('what Pagefind reads', () => {
  it('indexes article pages only: one data-pagefind-body each, none elsewhere', () => {
    for (const page of htmlPages(files)) {
      const bodies = (page.contents as string).split('data-pagefind-body').length - 1
      expect(bodies, page.path).toBe(page.path.startsWith('articles/') ? 1 : 0)
    }
  })

  it('gives each article its filters, sort key and shown date, inside the indexed article', () => {
    const html = text(files, 'articles/conference-six-mois/index.html')
    const data = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('<header class="article__header">'))
    expect(data).toContain('<span data-pagefind-filter="sujet">Diplomatie</span>')
    expect(data).toContain('<span data-pagefind-filter="pays">Vietnam</span>')
    expect(data).toContain('<span data-pagefind-filter="année">2025</span>')
    expect(data).toContain('<span data-pagefind-sort="date">2025-07-05</span>')
    expect(data).toContain('<span data-pagefind-meta="date">5 juillet 2025</span>')
    expect(data).toContain('hidden data-pagefind-ignore')
  })

  it('sorts a supposed year as its guess and what has no year last', () => {
    expect(toSortKey(byId('liens-de-defense').date)).toBe('2019-07-17')
    expect(toSortKey(byId('equipement-japonais').date)).toBe('2020-03-00')
    expect(toSortKey(byId('page-redaction').date)).toBe('2024-00-00')
    expect(toSortKey(byId('diplomatie-numerique').date)).toBe('0000-11-02')
    expect(toSortKey(null)).toBe('0000-00-00')
    const guessed = toSearchData(byId('liens-de-defense'), toDateView(byId('liens-de-defense').date))
    expect(guessed.date).toBe('17 juillet 2019 (année supposée)')
    expect(guessed.filters).toContainEqual({ name: 'année', value: '2019' })
    expect(toSearchData(byId('diplomatie-numerique'), toDateView(byId('diplomatie-numerique').date)).filters).toContainEqual({ name: 'année', value: 'Sans date' })
  })

  it('uses article.people when the archive provides it, and nothing when absent or malformed', () => {
    const article = byId('belize')
    expect(toPeopleNames(article)).toEqual([])
    expect(toPeopleNames({ ...article, people: [{ slug: 'to-lam', name: 'Tô Lâm' }, 'Luong Cuong', { name: 'Tô Lâm' }] } as Article)).toEqual(['Tô Lâm', 'Luong Cuong'])
    expect(toPeopleNames({ ...article, people: [{ id: 3 }, null, 7] } as unknown as Article)).toEqual([])
    expect(toPeopleNames({ ...article, people: 'Tô Lâm' } as unknown as Article)).toEqual([])
    const data = toSearchData({ ...article, people: [{ name: 'Tô Lâm' }] } as Article, toDateView(article.date))
    expect(data.filters).toContainEqual({ name: 'personne', value: 'Tô Lâm' })
  })
})
