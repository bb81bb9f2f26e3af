import { describe, expect, it } from 'vitest'
import { toDateArchivePath } from '../../src/render/date-archive.ts'
import { count, htmlPages, renderFixture, text } from './helpers.ts'
import { toVisibleText } from '../helpers/site.ts'

const { files } = await renderFixture()
const visible = (path: string) => toVisibleText(text(files, path))

describe('date archives', () => {
  it('index lists years newest first with their months and counts, then the undated', () => {
    const html = text(files, 'archives/index.html')
    const years = [...html.matchAll(/<h2 id="annee-(\d{4})">/g)].map((match) => Number(match[1]))
    expect(years).toEqual([...years].sort((a, b) => b - a))
    expect(years).toEqual(expect.arrayContaining([2025, 2024, 2020, 2019, 2018]))
    expect(html).toContain('<a href="../archives/2025/index.html">2025</a>')
    expect(html).toMatch(/<a href="\.\.\/archives\/2025\/07\/index\.html">juillet<\/a> <span class="month-list__count">4 articles<\/span>/)
    expect(visible('archives/index.html')).toContain('2025 4 articles, dont 1 à l’année supposée')
    expect(html).toMatch(/<a href="\.\.\/archives\/sans-date\/index\.html">Sans date<\/a> <span class="archive-year__count">3 articles<\/span>/)
  })

  it('a month lists its articles oldest first, a supposed year flagged as such', () => {
    const page = visible('archives/2025/07/index.html')
    const order = ['Le ministère des Affaires étrangères a organisé', 'Vietnam, un pont pour la Bulgarie', 'Le Vietnam souhaite développer', 'Le Bureau politique et les permanences']
      .map((title) => page.indexOf(title))
    expect(order.every((index) => index > 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(page).toContain('15 juillet 2025 (année supposée) Le Bureau politique')
    expect(page).toContain('4 articles, dont 1 à l’année supposée')
    expect(text(files, 'archives/2025/07/index.html')).toContain('<h1>Juillet 2025</h1>')
  })

  it('a year lists its months and, apart, the articles whose month is not known', () => {
    const html = text(files, 'archives/2024/index.html')
    expect(html).toContain('<h1>2024</h1>')
    expect(html).toMatch(/<a href="\.\.\/\.\.\/archives\/2024\/12\/index\.html">décembre 2024<\/a>/)
    expect(html).toMatch(/<h2 id="mois-non-precise" class="archive-group__title">Mois non précisé<\/h2>[\s\S]*articles\/page-redaction\/index\.html/)
  })

  it('links neighbouring months and years', () => {
    const html = text(files, 'archives/2020/03/index.html')
    expect(html).toMatch(/<li class="period-nav__prev"><a href="\.\.\/\.\.\/\.\.\/archives\/2019\/07\/index\.html">← juillet 2019<\/a><\/li>/)
    expect(html).toMatch(/<li class="period-nav__next"><a href="\.\.\/\.\.\/\.\.\/archives\/2023\/\d\d\/index\.html">[a-zéû]+ 2023 →<\/a><\/li>/)
  })

  it('puts year-unknown and undated articles on their own page, in their own sections', () => {
    const html = text(files, 'archives/sans-date/index.html')
    const page = visible('archives/sans-date/index.html')
    expect(page).toMatch(/Année inconnue .* 2 novembre \(année inconnue\) La diplomatie numérique/)
    expect(html.indexOf('id="annee-inconnue"')).toBeLessThan(html.indexOf('id="sans-date"'))
    expect(html.slice(html.indexOf('id="sans-date"'))).toContain('articles/diplomatie-du-bambou/index.html')
    expect(html.slice(html.indexOf('id="sans-date"'))).not.toContain('Date inconnue')
  })

  it('links an article’s date to its month, its year, or the undated page', () => {
    expect(text(files, 'articles/conference-six-mois/index.html')).toContain('<a class="byline__date" href="../../archives/2025/07/index.html"><time')
    expect(text(files, 'articles/page-redaction/index.html')).toContain('<a class="byline__date" href="../../archives/2024/index.html">')
    expect(text(files, 'articles/diplomatie-numerique/index.html')).toContain('<a class="byline__date" href="../../archives/sans-date/index.html">')
    expect(toDateArchivePath(null)).toBe('archives/sans-date/index.html')
  })

  it('has an « Archives » entry in the navigation of every page, current on archive pages', () => {
    for (const page of htmlPages(files)) {
      const html = page.contents as string
      expect(count(html, />Archives<\/a>/), page.path).toBeGreaterThanOrEqual(2)
      if (page.path === 'archives/index.html') expect(html).toContain('href="../archives/index.html" aria-current="page">Archives</a>')
      else if (page.path.startsWith('archives/')) expect(html, page.path).toMatch(/aria-current="true">Archives<\/a>/)
    }
  })
})
