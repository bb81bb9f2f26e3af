import { describe, expect, it } from 'vitest'
import { buildArchive } from '../../src/archive/index.ts'
import type { Archive } from '../../src/types.ts'
import { makeConfig, makeDate, makeFiles, makeRecord, makeTeaser, permutations } from './records.ts'

const config = makeConfig()

const records = [
  makeTeaser('Bravo, sans date', 'r', { path: 'a.txt', line: 1 }),
  makeTeaser('Alpha, sans date', 'r', { path: 'a.txt', line: 5 }),
  makeTeaser('Guessed 2025-07-17', 'r', { path: 'b.txt', date: makeDate('2025-07-17', { yearCertain: false, yearSource: 'sibling' }) }),
  makeTeaser('Certain 2025-07-17', 'r', { path: 'c.txt', date: makeDate('2025-07-17') }),
  makeTeaser('Month 2025-07', 'r', { path: 'd.txt', date: makeDate('2025-07') }),
  makeTeaser('Guessed 2026-02-16', 'r', { path: 'e.txt', date: makeDate('2026-02-16', { yearCertain: false, yearSource: 'text-mention' }) }),
  makeRecord('Old 2019-07-17', { path: 'f.txt', date: makeDate('2019-07-17') }),
  makeTeaser('Year only 2025', 'r', { path: 'g.txt', date: makeDate('2025') }),
  makeTeaser('Day without year', 'r', { path: 'h.txt', date: { ...makeDate('2025-03-17'), value: '03-17', year: null, yearCertain: false } }),
]

const titles = (archive: Archive) => archive.articles.map((article) => article.title)

describe('archive order', () => {
  it('is newest first, a guessed year with its guess, undated last, then by title', () => {
    expect(titles(buildArchive(records, config, makeFiles({})))).toEqual([
      'Guessed 2026-02-16',
      'Certain 2025-07-17',
      'Guessed 2025-07-17',
      'Month 2025-07',
      'Year only 2025',
      'Old 2019-07-17',
      'Alpha, sans date',
      'Bravo, sans date',
      'Day without year',
    ])
  })

  it('is the same, topics and links included, whatever the order of the records', () => {
    const snapshot = (archive: Archive) => JSON.stringify({ articles: archive.articles, topics: archive.topics })
    const expected = snapshot(buildArchive(records, config, makeFiles({})))
    for (const order of permutations(records)) expect(snapshot(buildArchive(order, config, makeFiles({})))).toBe(expected)
  })

  it('indexes every article by id', () => {
    const archive = buildArchive(records, config, makeFiles({}))
    expect(archive.byId.size).toBe(records.length)
    for (const article of archive.articles) expect(archive.byId.get(article.id)).toBe(article)
  })

  it('puts every article in at least one topic', () => {
    const archive = buildArchive(records, config, makeFiles({}))
    for (const article of archive.articles) expect(article.topicRefs.length).toBeGreaterThan(0)
    expect(archive.topics.at(-1)?.slug).toBe('non-classe')
    expect(archive.topics.at(-1)?.articleIds).toEqual(archive.articles.map((article) => article.id))
  })

  it('builds an empty archive from no records', () => {
    const archive = buildArchive([], config, makeFiles({}))
    expect(archive).toEqual({ articles: [], byId: new Map(), topics: [], people: [], organisations: [], config })
  })
})
