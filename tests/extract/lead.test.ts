import { describe, expect, it } from 'vitest'
import type { Paragraph, Text } from 'mdast'
import { extractText, toMessageList } from '../parse/helpers.ts'
import type { ArticleRecord } from '../../src/types.ts'

function toParagraphTexts(record: ArticleRecord): string[] {
  return record.body.children.map((node) => {
    const paragraph = node as Paragraph
    expect(paragraph.type).toBe('paragraph')
    expect(paragraph.children).toHaveLength(1)
    expect(paragraph.children[0]!.type).toBe('text')
    return (paragraph.children[0] as Text).value
  })
}

describe('extractArticles: lead', () => {
  it.each([
    ['Hanoï (VNA) - ', { place: 'Hanoï', agency: 'VNA', text: 'Hanoï (VNA) -' }],
    ['Hanoi, 17 juillet (VNA) - ', { place: 'Hanoi', agency: 'VNA', text: 'Hanoi, 17 juillet (VNA) -' }],
    ['Hanoï,17 mars (VNA) - ', { place: 'Hanoï', agency: 'VNA', text: 'Hanoï,17 mars (VNA) -' }],
    ['Alger, 19 novembre (VNA) – ', { place: 'Alger', agency: 'VNA', text: 'Alger, 19 novembre (VNA) –' }],
    ['Ho Chi Minh-Ville, 1er mai (VNA) - ', { place: 'Ho Chi Minh-Ville', agency: 'VNA', text: 'Ho Chi Minh-Ville, 1er mai (VNA) -' }],
  ])('cuts the dateline %j off the first paragraph', (dateline, expected) => {
    const { records } = extractText(['Un titre', '', 'Un chapeau.', '', `${dateline}Les relations se renforcent.`, '', 'Un autre paragraphe.'])
    const lead = records[0]!
    expect(lead.dateline).toEqual(expected)
    expect(toParagraphTexts(lead)).toEqual(['Les relations se renforcent.', 'Un autre paragraphe.'])
    const first = lead.body.children[0]!
    expect(first.position!.start).toMatchObject({ line: 5, column: dateline.length + 1 })
  })

  it('keeps markup-looking text literal: one text node per paragraph, never parsed as Markdown', () => {
    const lines = ['# titre', '1. point', '- tiret', '<script>alert(1)</script>', '**gras** et [lien](http://x)']
    const { records } = extractText(['Un titre', '', 'Un chapeau.', '', ...lines.flatMap((line) => [line, ''])])
    expect(toParagraphTexts(records[0]!)).toEqual(lines)
  })

  it('splits credits from captions and pairs a Vietnamese caption with its French translation', () => {
    const { records } = extractText([
      'Un titre', '', 'Un chapeau.',
      'Un titre ảnh 1Panorama du colloque. Photo: VNA', '',
      'Un paragraphe.', '',
      'Aperçu de la conférence. (Photo : Thanh Long)', '',
      'Phó Thủ tướng phát biểu kết luận. (Ảnh: Thành Long)',
      'Le vice-Premier ministre prend la parole.', '',
      'Bộ Ngoại giao tổ chức Hội nghị Sơ kết công tác', '',
      'L’ambassadrice lors de la session. Photo diffusée par la VNA',
    ])
    expect(records[0]!.figures.map(({ position, ...figure }) => ({ ...figure, line: position.start.line }))).toEqual([
      { caption: 'Panorama du colloque.', credit: 'VNA', creditText: 'Photo: VNA', lang: 'fr', line: 4 },
      { caption: 'Aperçu de la conférence.', credit: 'Thanh Long', creditText: '(Photo : Thanh Long)', lang: 'fr', line: 8 },
      { caption: 'Le vice-Premier ministre prend la parole.', credit: 'Thành Long', creditText: '(Ảnh: Thành Long)', lang: 'fr', original: { text: 'Phó Thủ tướng phát biểu kết luận.', lang: 'vi' }, line: 10 },
      { caption: 'Bộ Ngoại giao tổ chức Hội nghị Sơ kết công tác', credit: null, lang: 'vi', line: 13 },
      { caption: 'L’ambassadrice lors de la session.', credit: 'VNA', creditText: 'Photo diffusée par la VNA', lang: 'fr', line: 15 },
    ])
  })

  it('reads signature, source URL and publication', () => {
    const { records, file } = extractText([
      'Un titre', '', 'Un chapeau.', '', 'Báo Quốc TếBáo Quốc Tế05/07/2025', '', 'Le texte. - VNA', '', 'Source : https://baoquocte.vn/article-1.html',
    ])
    expect(records[0]).toMatchObject({
      signature: 'VNA',
      source: { url: 'https://baoquocte.vn/article-1.html', publication: 'Báo Quốc Tế' },
      date: { value: '2025-07-05', year: 2025, month: 7, day: 5, precision: 'day', source: 'publication', yearCertain: true, yearSource: 'stated', text: '05/07/2025', position: { start: { line: 5, column: 23 } } },
    })
    expect(file.messages.find((message) => message.ruleId === 'publication-line')?.reason).toBe(
      'Read "Báo Quốc TếBáo Quốc Tế05/07/2025" as the publication "Báo Quốc Tế" (written twice by the scraper: one copy dropped) dated 05/07/2025',
    )
  })

  it('lists its teasers’ titles and its provenance', () => {
    const { records } = extractText([
      'Un titre', '', 'Un chapeau.', '', 'Un paragraphe.', '', 'Voir plus', '',
      'Une légende. Photo : VNA', '', 'Premier teaser', '', 'Les délégations des deux pays ont examiné la coopération lors d’une longue séance de travail à Hanoï.',
    ])
    expect(records.map((record) => [record.kind, record.title])).toEqual([['lead', 'Un titre'], ['teaser', 'Premier teaser']])
    expect(records[0]!.teaserTitles).toEqual(['Premier teaser'])
    expect(records[0]!.provenance).toEqual([{ path: 'seeds/test.txt', role: 'lead', startLine: 1, endLine: 5 }])
  })

  it('lets front matter override title, topics, source, publication and slug', () => {
    const { records } = extractText([
      '---', 'title: Titre choisi', 'topics: [Diplomatie, ASEAN]', 'source: https://example.org/a', 'publication: Le Courrier', 'slug: titre-choisi', '---',
      'Un titre', '', 'Un chapeau.', '', 'Un paragraphe.', '', 'Voir plus', '', 'Une légende. Photo : VNA', '', 'Un teaser', '', 'Les délégations des deux pays ont examiné la coopération lors d’une longue séance de travail.',
    ])
    expect(records[0]).toMatchObject({
      title: 'Titre choisi', topics: ['Diplomatie', 'ASEAN'], slug: 'titre-choisi',
      source: { url: 'https://example.org/a', publication: 'Le Courrier' },
    })
    expect(records[1]).toMatchObject({ title: 'Un teaser', topics: [], slug: null, source: { url: null, publication: null } })
  })

  it('gives no records for a draft', () => {
    const { records, file } = extractText(['---', 'draft: true', '---', 'Un titre', '', 'Un chapeau.'])
    expect(records).toEqual([])
    expect(toMessageList(file, ['draft'])).toEqual(['1:1 draft'])
  })
})
