import { describe, expect, it } from 'vitest'
import type { Archive, Organisation, Person } from '../../src/types.ts'
import { toHtmlProblems } from '../helpers/html-validate.ts'
import { makeArchive } from './archive.ts'
import type { ArchiveOptions } from './archive.ts'
import { count, findBrokenLinks, htmlPages, render, text } from './helpers.ts'

const HOSTILE_NAME = '<b>Nguyễn</b> {{ 7*7 }}'

/** The render fixture, with people, organisations and related articles set as the archive stage would. */
function makeEntityArchive(options: ArchiveOptions = {}): Archive {
  const archive = makeArchive({ filler: 24, ...options })
  const newestFirst = archive.topics.find((topic) => topic.slug === 'vietnam')?.articleIds ?? []
  const toLam: Person = {
    slug: 'to-lam',
    name: 'Tô Lâm',
    variants: ['To Lam'],
    titles: [{ label: 'secrétaire général', count: 5 }, { label: 'secrétaire d\'État', count: 1 }],
    articleIds: [...newestFirst.filter((id) => id !== 'diplomatie-numerique').slice(0, 22), 'diplomatie-numerique'],
  }
  const hostile: Person = { slug: 'hostile', name: HOSTILE_NAME, variants: [], titles: [{ label: '<i>ministre</i>', count: 1 }], articleIds: ['diplomatie-numerique'] }
  const onu: Organisation = {
    slug: 'onu', name: 'ONU', fullName: 'Organisation des Nations unies', short: 'ONU', variants: ['Nations unies'], articleIds: ['diplomatie-numerique', 'conference-six-mois'],
  }
  archive.people = [hostile, toLam]
  archive.organisations = [onu]
  for (const person of archive.people) {
    for (const id of person.articleIds) archive.byId.get(id)?.people.push({ slug: person.slug, name: person.name })
  }
  for (const id of onu.articleIds) archive.byId.get(id)?.organisations.push({ slug: 'onu', name: 'ONU', fullName: onu.fullName })
  const lead = archive.byId.get('diplomatie-numerique')
  if (lead) lead.relatedIds = ['conference-six-mois', 'liens-de-defense']
  return archive
}

describe('people and organisation pages', () => {
  it('writes a page per person, paginated like topics, and the people index', async () => {
    const files = await render(makeEntityArchive())
    const pages = files.filter((file) => file.path.startsWith('personnes/to-lam/')).map((file) => file.path)
    expect(pages).toEqual(['personnes/to-lam/index.html', 'personnes/to-lam/page/2/index.html', 'personnes/to-lam/page/3/index.html'])
    const first = text(files, 'personnes/to-lam/index.html')
    expect(count(first, /<h1[\s>]/)).toBe(1)
    expect(first).toContain('<h1>Tô Lâm</h1>')
    expect(first).toContain('To Lam')
    expect(first).toMatch(/secrétaire général <span class="entity__count">×5<\/span>/)
    expect(first).toContain('secrétaire d’État')
    expect(first).toContain('23 articles')
    expect(count(first, /class="card[ "]/)).toBe(10)
    expect(first).toContain('href="../../personnes/to-lam/page/2/index.html" rel="next"')
    const index = text(files, 'personnes/index.html')
    expect(index).toContain('href="../personnes/to-lam/index.html"')
    expect(index).toContain('href="../organisations/index.html"')
  })

  it('writes organisation pages with the full name and the acronym, and their index', async () => {
    const files = await render(makeEntityArchive())
    const page = text(files, 'organisations/onu/index.html')
    expect(page).toContain('<h1>Organisation des Nations unies <span class="entity__short">(ONU)</span></h1>')
    expect(page).toContain('Nations unies')
    expect(page).toContain('2 articles')
    expect(text(files, 'organisations/index.html')).toContain('href="../organisations/onu/index.html"')
  })

  it('shows Personnes, Organisations and À lire aussi (with dates) on an article', async () => {
    const files = await render(makeEntityArchive())
    const html = text(files, 'articles/diplomatie-numerique/index.html')
    expect(html).toMatch(/<h2 class="section-label">Personnes<\/h2>[\s\S]*href="\.\.\/\.\.\/personnes\/to-lam\/index\.html">Tô Lâm</)
    expect(html).toMatch(/<h2 class="section-label">Organisations<\/h2>[\s\S]*href="\.\.\/\.\.\/organisations\/onu\/index\.html" title="Organisation des Nations unies">ONU</)
    const related = html.slice(html.indexOf('id="a-lire-aussi"'))
    expect(related).toMatch(/href="\.\.\/\.\.\/articles\/conference-six-mois\/index\.html"[^<]*<\/a> <time class="date" datetime="2025-07-05">/)
    expect(related).toContain('href="../../articles/liens-de-defense/index.html"')
    expect(text(files, 'articles/belize/index.html')).not.toContain('a-lire-aussi')
  })

  it('escapes names and titles from the dumps', async () => {
    const files = await render(makeEntityArchive())
    const page = text(files, 'personnes/hostile/index.html')
    expect(page).toContain('&lt;b&gt;Nguyễn&lt;/b&gt; {{ 7*7 }}')
    expect(page).toContain('&lt;i&gt;ministre&lt;/i&gt;')
    expect(page).not.toContain('<b>Nguyễn')
    expect(text(files, 'articles/diplomatie-numerique/index.html')).not.toContain('<b>Nguyễn')
  })

  it('links relatively, naming index.html, under any base path; the sitemap lists the new pages', async () => {
    const files = await render(makeEntityArchive({ baseUrl: 'https://example.org/archive/' }))
    expect(findBrokenLinks(files, '/archive/')).toEqual([])
    const sitemap = text(files, 'sitemap.xml')
    for (const url of ['personnes/', 'personnes/to-lam/', 'personnes/to-lam/page/3/', 'organisations/', 'organisations/onu/']) {
      expect(sitemap).toContain(`<loc>https://example.org/archive/${url}</loc>`)
    }
    const footer = text(files, 'index.html')
    expect(footer).toContain('href="personnes/index.html"')
    expect(footer).toContain('href="organisations/index.html"')
  })

  it('passes html-validate', async () => {
    const files = await render(makeEntityArchive())
    const pages = htmlPages(files).filter((file) => /^(?:personnes|organisations)\//.test(file.path) || file.path === 'articles/diplomatie-numerique/index.html')
    expect(await toHtmlProblems(pages)).toEqual([])
  })

  it('renders an archive with no people or organisations: empty indexes, no chips', async () => {
    const files = await render(makeArchive())
    expect(text(files, 'personnes/index.html')).toContain('Aucun nom pour l’instant.')
    expect(text(files, 'organisations/index.html')).toContain('Aucun nom pour l’instant.')
    expect(text(files, 'articles/diplomatie-numerique/index.html')).not.toContain('<h2 class="section-label">Personnes</h2>')
  })
})
