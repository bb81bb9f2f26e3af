import { describe, expect, it } from 'vitest'
import { extractText } from '../parse/helpers.ts'

describe('extractArticles: teasers', () => {
  it('makes a record with its summary, caption figure and an empty body', () => {
    const summary = 'Les délégations des deux pays ont examiné la coopération lors d’une longue séance de travail à Hanoï.'
    const { records } = extractText(['Un titre', '', 'Un chapeau.', '', 'Voir plus', '', 'Les ministres à Hanoï. Photo : VNA', '', 'Un teaser', '', summary])
    const teaser = records[1]!
    expect(teaser).toMatchObject({
      kind: 'teaser', title: 'Un teaser', standfirst: null, summary, dateline: null, signature: null,
      body: { type: 'root', children: [] }, teaserTitles: [], lang: 'fr',
      provenance: [{ path: 'seeds/test.txt', role: 'teaser', startLine: 7, endLine: 11 }],
    })
    expect(teaser.figures).toEqual([{ caption: 'Les ministres à Hanoï.', credit: 'VNA', creditText: 'Photo : VNA', lang: 'fr', position: { start: { line: 7, column: 1, offset: 34 }, end: { line: 7, column: 35, offset: 68 } } }])
  })

  it('takes the title from the summary when the title is missing', () => {
    const summary = 'Le Vietnam et le Laos ont signé un accord ferroviaire. Les travaux commenceront l’an prochain selon les deux ministères concernés.'
    const { records } = extractText(['Un titre', '', 'Un chapeau.', '', 'Voir plus', '', 'Une légende. Photo : VNA', '', summary])
    expect(records[1]!.title).toBe('Le Vietnam et le Laos ont signé un accord ferroviaire.')
  })
})
