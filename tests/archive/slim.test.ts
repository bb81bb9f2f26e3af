/**
 * createRecordSlimmer (src/archive/merge.ts): the copies of a teaser that
 * merge takes only a place and a date from are made bare as they come; the
 * merged articles must be the same, field by field, as from the whole
 * records, whatever fields each copy has.
 */
import { describe, expect, it } from 'vitest'
import { compareRecords, createRecordSlimmer, mergeRecords } from '../../src/archive/merge.ts'
import type { ArticleRecord } from '../../src/types.ts'
import { toRandom } from '../../scripts/eval-spacing/prng.ts'
import { makeDate, makeRecord, makeTeaser } from './records.ts'

const TITLES = ['Le Vietnam et le Belize', 'Visite officielle au Laos', 'La coopération avec le Chili', 'Un sommet à Hanoï']
const DATES = [null, makeDate('2025-07-17'), makeDate('2025-07-17', { yearCertain: false, yearSource: 'sibling' }), makeDate('2024-03'), makeDate('2025-01-02', { source: 'front-matter' })]

/** Teasers of a few titles across many dumps, some fields present at random, and a few full texts. */
function archiveOf(seed: number): ArticleRecord[] {
  const next = toRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const maybe = <T>(value: T, chance = 0.5): T | null => (next() < chance ? value : null)
  const records: ArticleRecord[] = []
  for (let dump = 0; dump < 40; dump++) {
    const path = `seeds/${String(dump).padStart(3, '0')}.txt`
    if (next() < 0.15) records.push(makeRecord(pick(TITLES), { path, line: 1, body: [`Texte complet ${dump % 3}, assez long pour une clé de paragraphe.`], standfirst: maybe('Un chapeau.') }))
    for (let line = 10; line < 10 + 8 * (1 + Math.floor(next() * 4)); line += 8) {
      const title = pick(TITLES)
      records.push(makeTeaser(title, `Résumé ${Math.floor(next() * 2)} de ${title}`, {
        path, line,
        summary: maybe(`Résumé ${Math.floor(next() * 2)} de ${title}`, 0.8),
        date: pick(DATES),
        dateline: maybe({ place: 'Hanoï', agency: 'VNA', text: 'Hanoï (VNA) -' }, 0.2),
        figures: next() < 0.5 ? [{ caption: `Légende ${dump}. Photo : VNA`, credit: 'VNA', lang: 'fr', position: { start: { line: line - 1, column: 1 }, end: { line: line - 1, column: 20 } } }] : [],
        signature: maybe('Thu Hà', 0.1),
        source: { url: maybe(`https://example.org/${dump}`, 0.2), publication: maybe('VNA', 0.6) },
        topics: next() < 0.05 ? ['Diplomatie'] : [],
        slug: maybe('un-slug', 0.05),
      }))
    }
  }
  return records
}

describe('slimming the copies of a teaser before merge', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives the same articles (seed %i)', (seed) => {
    const records = archiveOf(seed).sort(compareRecords)
    const slim = createRecordSlimmer()
    const slimmed = records.map((record) => slim(record))
    const bare = slimmed.filter((record, index) => record !== records[index])
    expect(bare.length).toBeGreaterThan(10)
    // A bare record keeps only what merge reads of it: place, date, kind, title, language, its summary, standfirst and
    // dateline, and its captions (the first copy's figures, the same captions).
    for (const [index, record] of slimmed.entries()) {
      const whole = records[index] as ArticleRecord
      if (record === whole) continue
      expect(record.source).toEqual({ url: null, publication: null })
      expect([record.summary, record.standfirst, record.dateline]).toEqual([whole.summary, whole.standfirst, whole.dateline])
      expect(record.figures.map((figure) => figure.caption)).toEqual(whole.figures.map((figure) => figure.caption))
    }
    expect(mergeRecords(slimmed)).toEqual(mergeRecords(records))
  })

  it('keeps whole a copy with a field no earlier copy has, and every copy of a title once one came out of order', () => {
    const first = makeTeaser('Un titre', 'Un résumé.', { path: 'seeds/001.txt', line: 10 })
    const withCredit = makeTeaser('Un titre', 'Un résumé.', { path: 'seeds/002.txt', line: 10, source: { url: null, publication: 'VNA' } })
    const copy = makeTeaser('Un titre', 'Un résumé.', { path: 'seeds/003.txt', line: 10, source: { url: null, publication: 'VNA' } })
    const slim = createRecordSlimmer()
    expect(slim(first)).toBe(first)
    expect(slim(withCredit)).toBe(withCredit)
    expect(slim(copy)).not.toBe(copy)
    const early = makeTeaser('Un titre', 'Un résumé.', { path: 'seeds/000.txt', line: 10 })
    const later = makeTeaser('Un titre', 'Un résumé.', { path: 'seeds/004.txt', line: 10 })
    expect(slim(early)).toBe(early)
    expect(slim(later)).toBe(later)
  })
})
