import { describe, expect, it } from 'vitest'
import { buildArchive } from '../../src/archive/index.ts'
import type { Article } from '../../src/types.ts'
import { makeConfig, makeDate, makeFiles, makeRecord, makeTeaser } from './records.ts'

const config = makeConfig()

function only(articles: Article[], title: string): Article {
  const found = articles.filter((article) => article.title === title)
  expect(found).toHaveLength(1)
  return found[0] as Article
}

describe('merging records into articles', () => {
  const lead = makeRecord('Le Vietnam souhaite développer ses relations avec le Belize', {
    path: 'seeds/002.txt', line: 1, endLine: 20,
    standfirst: 'Un chapeau.',
    body: ['Hanoï (VNA) - Le texte complet.'],
    teaserTitles: ['Le président vietnamien accueille le Secrétaire général de l’ONU'],
  })
  const teaser = makeTeaser('Le Vietnam souhaite développer ses relations avec le Belize', 'Le résumé du teaser.', {
    path: 'seeds/000.txt', line: 40,
    figures: [{ caption: 'L’ambassadeur. Photo : VNA', credit: 'VNA', lang: 'fr', position: { start: { line: 39, column: 1 }, end: { line: 39, column: 20 } } }],
  })
  const other = makeTeaser('Le président vietnamien accueille le Secrétaire général de l’ONU', 'Résumé.', { path: 'seeds/002.txt', line: 30 })

  it('makes one page of a teaser and the full text, the full text winning', () => {
    const archive = buildArchive([teaser, lead, other], config, makeFiles({}))
    expect(archive.articles).toHaveLength(2)
    const article = only(archive.articles, lead.title)
    expect(article.kind).toBe('lead')
    expect(article.body).toEqual(lead.body)
    expect(article.standfirst).toBe('Un chapeau.')
    expect(article.summary).toBe('Le résumé du teaser.')
    expect(article.figures).toEqual(teaser.figures)
    expect(article.provenance).toEqual([
      { path: 'seeds/000.txt', role: 'teaser', startLine: 40, endLine: 42 },
      { path: 'seeds/002.txt', role: 'lead', startLine: 1, endLine: 20 },
    ])
  })

  it('links a lead to the teasers of its Voir plus block, both ways', () => {
    const archive = buildArchive([lead, other, teaser], config, makeFiles({}))
    const article = only(archive.articles, lead.title)
    const linked = only(archive.articles, other.title)
    expect(article.teaserIds).toEqual([linked.id])
    expect(linked.appearedUnder).toEqual([article.id])
    expect(article.appearedUnder).toEqual([])
  })

  it('lets an editor page win over a lead it revises (a paragraph in common)', () => {
    const page = makeRecord(lead.title, { kind: 'page', path: 'seeds/edit.md', body: ['Hanoï (VNA) - Le texte complet.', 'Texte revu.'], slug: 'belize' })
    const archive = buildArchive([lead, page], config, makeFiles({}))
    const article = only(archive.articles, lead.title)
    expect(article.kind).toBe('page')
    expect(article.body.children).toHaveLength(2)
    expect(article.slugPath).toBe('belize')
    expect(article.standfirst).toBe('Un chapeau.')
  })

  it('gives the article its most complete copy of a text, and reports the paragraphs of other copies it lacks', () => {
    const p = ['Le gouvernement a annoncé mardi un nouveau programme de coopération.', 'Ce programme prévoit des investissements dans les ports du pays.', 'Les premiers projets doivent commencer au début de l’année prochaine.', 'Une phrase qui ne figure que dans la troisième copie du texte.']
    const title = 'Un nouveau programme de coopération économique'
    const cut = makeRecord(title, { path: 'seeds/a.txt', body: [p[0] as string] })
    const whole = makeRecord(title, { path: 'seeds/b.txt', body: [p[0], p[1], p[2]] as string[] })
    const other = makeRecord(title, { path: 'seeds/c.txt', body: [p[0], p[3]] as string[] })
    for (const order of [[cut, whole, other], [other, whole, cut], [whole, cut, other]]) {
      const files = makeFiles({ 'seeds/a.txt': '', 'seeds/b.txt': '', 'seeds/c.txt': '' })
      const article = only(buildArchive(order, config, files).articles, title)
      expect(article.body.children).toHaveLength(3)
      expect(article.provenance.map((place) => place.path)).toEqual(['seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt'])
      const said = [...files.values()].flatMap((file) => file.messages.filter((message) => message.ruleId === 'merged-text-dropped').map((message) => [`${file.path}:${message.line} ${message.reason}`, message.actual]))
      // The paragraph left out is in the report in full.
      expect(said).toEqual([[`seeds/c.txt:1 Found the article "${title}" again with a paragraph that the copy kept (seeds/b.txt:1) lacks, expected copies of one text; kept that copy, without it`, p[3]]])
    }
  })

  it('gives a teaser its longest summary, and reports another summary that says more (not a cut or glued copy)', () => {
    const title = 'Le Vietnam et le Japon renforcent leur coopération'
    const cut = makeTeaser(title, 'Les deux pays ont signé…', { path: 'seeds/a.txt', line: 40 })
    const whole = makeTeaser(title, 'Les deux pays ont signé mardi un accord sur les ports.', { path: 'seeds/b.txt', line: 30 })
    const glued = makeTeaser(title, 'Lesdeux pays ont signémardi un accord sur les ports.', { path: 'seeds/c.txt', line: 20 })
    const other = makeTeaser(title, 'Un tout autre résumé, sur les investissements.', { path: 'seeds/d.txt', line: 10 })
    for (const order of [[cut, whole, glued, other], [other, glued, whole, cut]]) {
      const files = makeFiles({ 'seeds/a.txt': '', 'seeds/b.txt': '', 'seeds/c.txt': '', 'seeds/d.txt': '' })
      const article = only(buildArchive(order, config, files).articles, title)
      expect(article.summary).toBe(whole.summary)
      const said = [...files.values()].flatMap((file) => file.messages.map((message) => `${file.path}:${message.line} ${message.ruleId}`))
      expect(said).toEqual(['seeds/d.txt:10 merged-summary-dropped'])
    }
  })

  it('gives a teaser its copy with the most caption text, and reports a caption the kept one lacks', () => {
    const title = 'Le Vietnam et la Corée renforcent leurs liens'
    const figure = (caption: string, credit: string | null = 'VNA') => ({ caption, credit, lang: 'fr' as const, position: { start: { line: 9, column: 1 }, end: { line: 9, column: 20 } } })
    // A copy cut short (its credit lost with the end), a whole one, and one with another caption.
    const cut = makeTeaser(title, 'Un résumé.', { path: 'seeds/a.txt', line: 10, figures: [figure('Le président à Séoul', null)] })
    const whole = makeTeaser(title, 'Un résumé.', { path: 'seeds/b.txt', line: 10, figures: [figure('Le président à Séoul, mardi 12 août.')] })
    const other = makeTeaser(title, 'Un résumé.', { path: 'seeds/c.txt', line: 10, figures: [figure('Une autre photo de la visite.')] })
    const files = makeFiles({ 'seeds/a.txt': '', 'seeds/b.txt': '', 'seeds/c.txt': '' })
    const article = only(buildArchive([cut, whole, other], config, files).articles, title)
    expect(article.figures.map((each) => each.caption)).toEqual(['Le président à Séoul, mardi 12 août.'])
    const said = [...files.values()].flatMap((file) => file.messages.map((message) => [`${file.path}:${message.line} ${message.ruleId}`, message.actual]))
    expect(said).toEqual([['seeds/c.txt:10 merged-caption-dropped', 'Une autre photo de la visite. (photo : VNA)']])
  })

  it('gives an article the dateline of the body it keeps, and reports another copy\'s', () => {
    const title = 'Le Premier ministre en visite officielle en Corée'
    const p = ['Le Premier ministre a rencontré mardi le président de l’Assemblée nationale.', 'Les deux dirigeants ont évoqué la coopération économique.']
    const dateline = (text: string, place: string) => ({ place, agency: 'VNA', text })
    const short = makeRecord(title, { path: 'seeds/a.txt', body: [p[0] as string], dateline: dateline('Séoul, 12 août (VNA) -', 'Séoul') })
    const whole = makeRecord(title, { path: 'seeds/b.txt', body: p, dateline: dateline('Hanoï, 12 août (VNA) -', 'Hanoï') })
    const files = makeFiles({ 'seeds/a.txt': '', 'seeds/b.txt': '' })
    const article = only(buildArchive([short, whole], config, files).articles, title)
    expect(article.dateline?.place).toBe('Hanoï')
    const said = [...files.values()].flatMap((file) => file.messages.map((message) => [`${file.path}:${message.line} ${message.ruleId}`, message.actual]))
    expect(said).toEqual([['seeds/a.txt:1 merged-dateline-dropped', 'Séoul, 12 août (VNA) -']])
  })

  it('gives a lead its longest standfirst, and reports another one that says more', () => {
    const title = 'La coopération portuaire entre les deux pays'
    const body = ['Le gouvernement a annoncé mardi un nouveau programme de coopération.']
    const short = makeRecord(title, { path: 'seeds/a.txt', body, standfirst: 'Un accord signé.' })
    const long = makeRecord(title, { path: 'seeds/b.txt', body, standfirst: 'Un accord signé mardi à Hanoï.' })
    const other = makeRecord(title, { path: 'seeds/c.txt', body, standfirst: 'Une tout autre phrase.' })
    const files = makeFiles({ 'seeds/a.txt': '', 'seeds/b.txt': '', 'seeds/c.txt': '' })
    const article = only(buildArchive([short, long, other], config, files).articles, title)
    expect(article.standfirst).toBe(long.standfirst)
    const said = [...files.values()].flatMap((file) => file.messages.map((message) => `${file.path}:${message.line} ${message.ruleId}`))
    // The short one is a cut copy of the kept one: nothing of it is lost.
    expect(said).toEqual(['seeds/c.txt:1 merged-standfirst-dropped'])
  })

  it('keeps apart two texts under one title when one has only short paragraphs, so that neither is lost', () => {
    const page = makeRecord(lead.title, { kind: 'page', path: 'seeds/edit.md', body: ['Texte revu.'] })
    const short = makeRecord(lead.title, { kind: 'page', path: 'seeds/short.md', body: ['Bref.', 'Court.'] })
    const files = makeFiles({ 'seeds/002.txt': '', 'seeds/edit.md': '', 'seeds/short.md': '' })
    const archive = buildArchive([lead, page, short], config, files)
    const texts = archive.articles.filter((article) => article.title === lead.title).map((article) => article.body.children.length)
    expect(texts.sort()).toEqual([1, 1, 2])
    const said = [...files.values()].flatMap((file) => file.messages.map((message) => `${file.path} ${message.ruleId}`))
    expect(said.filter((line) => line.endsWith('same-title-different-text')).sort()).toEqual(['seeds/edit.md same-title-different-text', 'seeds/short.md same-title-different-text'])
  })

  it('merges glued and clean copies of a title', () => {
    const clean = makeRecord('Le Vietnam reçoit de l’équipement japonais', { path: 'seeds/004.txt' })
    const glued = makeTeaser('LeVietnam reçoit del\'équipement  japonais', 'Résumé.', { path: 'seeds/001.txt', line: 50 })
    const archive = buildArchive([clean, glued], config, makeFiles({}))
    expect(archive.articles).toHaveLength(1)
    expect(archive.articles[0]?.title).toBe(clean.title)
    expect(archive.articles[0]?.provenance.map((place) => place.path)).toEqual(['seeds/001.txt', 'seeds/004.txt'])
  })

  it('keeps the most trusted date: front matter, publication, dateline, text; a certain year over a guess', () => {
    const fromText = makeRecord('Un titre', { path: 'a.txt', date: makeDate('2025-10-24', { source: 'text' }) })
    const guessed = makeTeaser('Un titre', 'r', { path: 'b.txt', date: makeDate('2024-07-17', { yearCertain: false, yearSource: 'sibling' }) })
    const certain = makeTeaser('Un titre', 'r', { path: 'c.txt', date: makeDate('2019-07-17') })
    expect(buildArchive([fromText, guessed, certain], config, makeFiles({})).articles[0]?.date?.value).toBe('2019-07-17')
    const matter = makeRecord('Un titre', { kind: 'page', path: 'd.md', date: makeDate('2020', { source: 'front-matter' }) })
    expect(buildArchive([certain, matter, fromText], config, makeFiles({})).articles[0]?.date?.value).toBe('2020')
  })

  it('puts a text with the first text of its title when, through a third, they came to share a paragraph', () => {
    const a = 'Premier paragraphe assez long pour compter.'
    const b = 'Deuxième paragraphe assez long pour compter.'
    const c = 'Troisième paragraphe assez long pour compter.'
    const title = 'Un titre qui revient chaque semaine'
    const records = [
      makeRecord(title, { path: 'seeds/001.txt', body: [a] }),
      makeRecord(title, { path: 'seeds/002.txt', body: [b] }),
      makeRecord(title, { path: 'seeds/003.txt', body: [a, b] }),
      makeRecord(title, { path: 'seeds/004.txt', body: [b, c] }),
    ]
    const archive = buildArchive(records, config, makeFiles({}))
    const paths = archive.articles.map((article) => article.provenance.map((place) => place.path))
    expect(paths.sort()).toEqual([['seeds/001.txt', 'seeds/003.txt', 'seeds/004.txt'], ['seeds/002.txt']])
  })
})
