/**
 * The sample archive, end to end, in memory: seeds/ → output files.
 * Assertions are on the HTML a reader gets.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { PipelineResult } from '../../src/build.ts'
import { buildInMemory, fileContent, htmlPages, readSeedFiles, toVisibleText } from '../helpers/site.ts'

let site: PipelineResult
const pageOf = (title: string) => {
  const article = site.archive.articles.find((candidate) => candidate.title === title)
  if (!article) throw new Error(`No article titled ${title}; have:\n${site.archive.articles.map((a) => a.title).join('\n')}`)
  return { article, html: fileContent(site.output, `${article.url}index.html`) }
}

beforeAll(async () => {
  site = await buildInMemory(readSeedFiles())
})

describe('the sample archive', () => {
  it('builds without errors', () => {
    const errors = site.files.flatMap((file) => file.messages.filter((m) => m.fatal).map((m) => `${file.path}:${m.line}:${m.column} ${m.reason}`))
    expect(errors).toEqual([])
    expect(site.failed).toEqual([])
  })

  it('has a page for each lead, with one h1 holding its title', () => {
    const leads = [
      'La diplomatie numérique offre des niveaux d’interaction sans précédent, selon des experts',
      'La diplomatie accompagne toujours la nation, sert la Patrie et le peuple',
      'Renforcement des liens de défense entre le Vietnam et d’autres pays',
      'Le Vietnam reçoit de l\'équipement japonais pour le système d\'information du gouvernement',
    ]
    for (const title of leads) {
      const { article, html } = pageOf(title)
      expect(article.kind).toBe('lead')
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    }
    const vietnamVn = site.archive.articles.find((article) => article.provenance.some((p) => p.path.endsWith('002_711c1f60d4ccf35c.txt') && p.role === 'lead'))
    expect(vietnamVn?.title).toMatch(/^Le ministère des Affaires étrangères a organisé une conférence/)
    expect(vietnamVn?.source.url).toMatch(/^https:\/\/baoquocte\.vn\//)
    expect(vietnamVn?.date?.value).toBe('2025-07-05')
  })

  it('has a page for every teaser, marked as a summary and linked from its lead', () => {
    const { article } = pageOf('Le Vietnam souhaite développer ses relations avec le Belize')
    expect(article.kind).toBe('teaser')
    const html = fileContent(site.output, `${article.url}index.html`)
    expect(toVisibleText(html)).toMatch(/[Rr]ésumé/)
    const lead = site.archive.byId.get(article.appearedUnder[0] ?? '')
    expect(lead?.title).toMatch(/^La diplomatie numérique/)
    expect(lead?.teaserIds).toContain(article.id)
  })

  it('repairs teaser damage: missing caption, cut first letter, spliced summary', () => {
    const doubled = site.archive.articles.filter((a) => a.title === 'Les relations d\'amitié traditionnelle Vietnam - Algérie')
    expect(doubled).toHaveLength(1)
    const spliced = pageOf('30 ans des relations Vietnam–États-Unis : confiance en un avenir prometteur').article
    expect(spliced.summary).toMatch(/^À l’occasion du 30e anniversaire/)
    expect(spliced.summary).toMatch(/pour ce partenariat\.$/)
  })

  it('shows no site chrome and no scraper artefact on any page', () => {
    const chrome = ['No data', 'Comment (0)', 'No videos available', 'Nền tảng quảng bá', 'ảnh 1', 'ảnh 2', 'Découvrez la beauté poétique', 'Báo Quốc TếBáo Quốc Tế']
    for (const page of htmlPages(site.output)) {
      const text = toVisibleText(String(page.contents))
      for (const needle of chrome) expect(text.includes(needle), `${needle} on ${page.path}`).toBe(false)
    }
  })

  it('lists every dropped block in the messages, with its rule', () => {
    const file = site.files.find((candidate) => candidate.path.endsWith('002_711c1f60d4ccf35c.txt'))
    const rules = new Set(file?.messages.map((m) => m.ruleId))
    for (const rule of ['chrome-banner', 'chrome-comment-count', 'chrome-no-data', 'chrome-headline-list', 'chrome-navigation', 'chrome-no-videos']) expect(rules).toContain(rule)
  })

  it('keeps Vietnamese captions, marked lang="vi", next to their French translation', () => {
    const article = site.archive.articles.find((a) => a.provenance.some((p) => p.path.endsWith('002_711c1f60d4ccf35c.txt') && p.role === 'lead'))
    const html = fileContent(site.output, `${article?.url}index.html`)
    expect(html).toMatch(/lang="vi"[^>]*>[^<]*Phó Thủ tướng/)
    expect(toVisibleText(html)).toContain('prend la parole')
  })

  it('applies French typography on output', () => {
    const { html } = pageOf('Le Vietnam et les États-Unis cherchent à approfondir leurs relations bilatérales')
    expect(html).toMatch(/Photo\u00a0: /)
    expect(html).not.toMatch(/>[^<]*\p{L} [:;!?][^<]*</u)
  })

  it('marks the Vietnamese words of French text with lang="vi", only there', () => {
    const { html } = pageOf('Les ambassadeurs confiants dans une nouvelle ère de percée et de prospérité pour le Vietnam')
    expect(html).toContain('<span lang="fr">L’exposition artistique «\u202f<span lang="vi">Vó ngựa khai Xuân</span>\u202f» met en scène')
    expect(html).toContain('<p class="summary">À l’occasion du Nouvel An lunaire <span lang="vi">Bính Ngọ</span> 2026, ')
    expect(html).toContain('<meta name="description" content="À l’occasion du Nouvel An lunaire Bính Ngọ 2026, ')
    const marked = htmlPages(site.output).flatMap((page) => [...String(page.contents).matchAll(/<span lang="vi">([^<]*)<\/span>/g)].map((m) => m[1]))
    expect([...new Set(marked)].filter((run) => (run ?? '').split(' ').length <= 4).sort()).toEqual(['Bính Ngọ', 'Vó ngựa khai Xuân'])
  })

  it('renders dump text as text: nothing from a dump becomes markup', async () => {
    const hostile = await buildInMemory([
      { path: 'seeds/x.txt', text: '<script>alert(1)</script> {{ 7*7 }}\n\n# pas un titre <img src=x onerror=alert(2)>\n\nHanoï (VNA) - 1. pas une liste {% raw %} -VNA\n' },
    ])
    for (const page of htmlPages(hostile.output)) {
      const html = String(page.contents)
      expect(html).not.toContain('<script>alert')
      expect(html).not.toContain('<img src=x')
      expect(html).not.toMatch(/>\s*49\s*</)
    }
    const article = hostile.archive.articles[0]
    expect(article?.title).toBe('<script>alert(1)</script> {{ 7*7 }}')
    expect(toVisibleText(fileContent(hostile.output, `${article?.url}index.html`))).toContain('<script>alert(1)</script> {{ 7*7 }}')
  })

  it('is deterministic: the same seeds give byte-identical output', async () => {
    const again = await buildInMemory([...readSeedFiles()].reverse())
    expect(again.output.map((f) => f.path)).toEqual(site.output.map((f) => f.path))
    for (let i = 0; i < again.output.length; i++) expect(again.output[i]?.contents).toEqual(site.output[i]?.contents)
  })
})
