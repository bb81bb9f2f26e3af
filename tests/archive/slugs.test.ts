import { describe, expect, it } from 'vitest'
import { buildArchive } from '../../src/archive/index.ts'
import { toIds } from '../../src/archive/ids.ts'
import { toMatchKey, toShortHash } from '../../src/util/text.ts'
import { makeConfig, makeDate, makeFiles, makeRecord, makeTeaser, permutations } from './records.ts'

const config = makeConfig()

/** Titles that differ only past the 80 characters a slug keeps. */
const LONG = 'Le Vietnam et les États-Unis organisent la cérémonie de rapatriement des dépouilles de militaires portés disparus'

const records = [
  makeRecord('Le Vietnam reçoit l’équipement du Japon', { path: 'seeds/004.txt' }),
  makeTeaser('Message de vœux du Têt du Cheval 2026', 'r', { path: 'seeds/003.txt', line: 60 }),
  makeTeaser(`${LONG} (première partie)`, 'r', { path: 'seeds/000.txt', line: 30, date: makeDate('2025-04-19') }),
  makeTeaser(`${LONG} (seconde partie)`, 'r', { path: 'seeds/001.txt', line: 30, date: makeDate('2024-04-19') }),
  makeTeaser(`${LONG} (troisième partie)`, 'r', { path: 'seeds/002.txt', line: 30 }),
  makeTeaser('Vietnam–Afrique du Sud', 'r', { path: 'seeds/001.txt', line: 70 }),
]

function slugsOf(list = records): Map<string, string> {
  const archive = buildArchive(list, config, makeFiles({}))
  return new Map(archive.articles.map((article) => [article.title, article.url]))
}

describe('ids and slugs', () => {
  it('derives ids from the title key', () => {
    const archive = buildArchive(records, config, makeFiles({}))
    const article = archive.articles.find((item) => item.title.startsWith('Message'))
    expect(article?.id).toBe(toShortHash(toMatchKey('Message de vœux du Têt du Cheval 2026')))
  })

  it('makes French-aware slugs and site-relative URLs', () => {
    const urls = slugsOf()
    expect(urls.get('Le Vietnam reçoit l’équipement du Japon')).toBe('articles/le-vietnam-recoit-l-equipement-du-japon/')
    expect(urls.get('Message de vœux du Têt du Cheval 2026')).toBe('articles/message-de-voeux-du-tet-du-cheval-2026/')
    expect(urls.get('Vietnam–Afrique du Sud')).toBe('articles/vietnam-afrique-du-sud/')
  })

  it('gives distinct slugs to titles that slug alike: the oldest keeps it, the others get -<id>', () => {
    const archive = buildArchive(records, config, makeFiles({}))
    const long = archive.articles.filter((article) => article.title.startsWith(LONG))
    const slugs = long.map((article) => article.slugPath)
    expect(new Set(slugs).size).toBe(3)
    const oldest = long.find((article) => article.title.includes('seconde'))
    const base = oldest?.slugPath ?? ''
    expect(base).not.toMatch(/-[0-9a-z]{7}$/)
    for (const article of long) if (article !== oldest) expect(article.slugPath).toBe(`${base}-${article.id}`)
  })

  it('is the same whatever the order of the records', () => {
    const expected = slugsOf()
    for (const order of permutations(records)) expect(slugsOf(order)).toEqual(expected)
    const ids = (list: typeof records) => buildArchive(list, config, makeFiles({})).articles.map((article) => article.id)
    for (const order of permutations(records)) expect(ids(order)).toEqual(ids(records))
  })

  it('keeps existing URLs when a dump with a newer namesake is added', () => {
    const before = slugsOf(records.slice(0, 4))
    const after = slugsOf(records)
    for (const [title, url] of before) expect(after.get(title)).toBe(url)
  })

  it('uses the front-matter slug, which wins a contested slug', () => {
    const page = makeRecord('Une page écrite à la main', { kind: 'page', path: 'seeds/page.md', slug: 'vietnam-afrique-du-sud' })
    const urls = slugsOf([...records, page])
    expect(urls.get('Une page écrite à la main')).toBe('articles/vietnam-afrique-du-sud/')
    expect(urls.get('Vietnam–Afrique du Sud')).toMatch(/^articles\/vietnam-afrique-du-sud-[0-9a-z]{7}\/$/)
  })

  it('warns (slug-collision) on the file and line of the article that moved', () => {
    const files = makeFiles({ 'seeds/000.txt': 'a', 'seeds/001.txt': 'b', 'seeds/002.txt': 'c' })
    buildArchive(records, config, files)
    expect(files.get('seeds/001.txt')?.messages).toEqual([])
    for (const path of ['seeds/000.txt', 'seeds/002.txt']) {
      const messages = files.get(path)?.messages ?? []
      expect(messages.map((message) => [message.ruleId, message.line, message.column, message.source])).toEqual([['slug-collision', 30, 1, 'chronique']])
      expect(messages[0]?.reason).toContain('seeds/001.txt:30')
    }
  })

  it('breaks hash collisions deterministically', () => {
    // Two keys whose 32-bit `toShortHash` collide (found by brute force).
    const [a, b] = ['titre1505704', 'titre946908']
    expect(toShortHash(a)).toBe(toShortHash(b))
    const ids = toIds([b, a])
    expect(toIds([a, b])).toEqual(ids)
    expect(ids.get(a)).toBe(toShortHash(a))
    expect(ids.get(b)).toMatch(new RegExp(`^${toShortHash(a)}-[0-9a-z]{4}$`))
  })
})
