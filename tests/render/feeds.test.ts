import { describe, expect, it } from 'vitest'
import { FEED_SIZE, toFeedTimestamp } from '../../src/render/feeds/entries.ts'
import type { DateInfo } from '../../src/types.ts'
import { htmlPages, renderFixture, text } from './helpers.ts'

const { files } = await renderFixture()
const atom = text(files, 'feed.xml')
const entries = [...atom.matchAll(/<entry(?: [^>]*)?>([\s\S]*?)<\/entry>/g)].map((match) => match[1] ?? '')
const tag = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1] ?? null

describe('Atom feeds', () => {
  it('has the feed elements RFC 4287 requires, with absolute URLs', () => {
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">')).toBe(true)
    expect(tag(atom, 'id')).toBe('https://archive.example.org/feed.xml')
    expect(tag(atom, 'title')).toBe('Chronique — archives de presse')
    expect(atom).toContain('<link rel="self" type="application/atom+xml" href="https://archive.example.org/feed.xml" />')
    expect(atom).toContain('<link rel="alternate" type="text/html" href="https://archive.example.org/" />')
    expect(atom).toMatch(/<author>\s*<name>Chronique — archives de presse<\/name>/)
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) expect(tag(entry, name), entry).not.toBeNull()
      expect(entry).toMatch(/<link rel="alternate" type="text\/html" href="https:\/\/archive\.example\.org\/articles\/[^"]+\/" \/>/)
      expect(tag(entry, 'id')).toMatch(/^https:\/\/archive\.example\.org\/articles\/[^/]+\/$/)
    }
  })

  it('derives updated from the newest article, never the clock, and lists newest first', () => {
    const stamps = entries.map((entry) => tag(entry, 'updated') ?? '')
    expect(tag(atom, 'updated')).toBe(stamps[0])
    expect(stamps).toEqual([...stamps].sort().reverse())
    expect(stamps[0]).toBe('2025-07-15T12:00:00Z')
    expect(entries.length).toBeLessThanOrEqual(FEED_SIZE)
  })

  it('leaves out undated and year-less articles; says a supposed year in the summary', () => {
    expect(atom).not.toContain('/articles/diplomatie-numerique/')
    expect(atom).not.toContain('/articles/diplomatie-du-bambou/')
    const guessed = entries.find((entry) => entry.includes('/articles/bureau-politique/')) ?? ''
    expect(tag(guessed, 'summary')).toMatch(/Date\u00a0: 15 juillet 2025 \(année supposée\)\.$/)
    const certain = entries.find((entry) => entry.includes('/articles/belize/')) ?? ''
    expect(tag(certain, 'summary')).not.toContain('Date')
  })

  it('gives entries their topics as categories, the agency as author and the original page as related', () => {
    const lead = entries.find((entry) => entry.includes('/articles/conference-six-mois/')) ?? ''
    expect(lead).toContain('<category term="diplomatie" label="Diplomatie" scheme="https://archive.example.org/sujets/" />')
    expect(lead).toContain('<link rel="related" type="text/html" href="https://baoquocte.vn/')
    expect(lead).toMatch(/<author>\s*<name>Báo Quốc Tế<\/name>/)
  })

  it('escapes dump text (xast, never concatenated)', () => {
    const hostile = entries.find((entry) => entry.includes('/articles/piege/')) ?? ''
    expect(hostile).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(hostile).not.toContain('<script>')
  })

  it('writes one feed per topic with a dated article, linked from the topic page head', () => {
    const topic = text(files, 'sujets/diplomatie/feed.xml')
    expect(tag(topic, 'id')).toBe('https://archive.example.org/sujets/diplomatie/feed.xml')
    expect(topic).toContain('<link rel="alternate" type="text/html" href="https://archive.example.org/sujets/diplomatie/" />')
    expect(text(files, 'sujets/diplomatie/index.html')).toContain('<link rel="alternate" type="application/atom+xml" title="Diplomatie — Chronique — archives de presse (Atom)" href="../../sujets/diplomatie/feed.xml">')
    expect(text(files, 'sujets/vietnam/page/2/index.html')).toContain('type="application/atom+xml" title="Vietnam — Chronique — archives de presse (Atom)" href="../../../../sujets/vietnam/feed.xml"')
  })

  it('links the site feeds from every page head', () => {
    for (const page of htmlPages(files)) {
      const html = page.contents as string
      expect(html, page.path).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="[./]*feed\.xml">/)
      expect(html, page.path).toMatch(/<link rel="alternate" type="application\/feed\+json" title="[^"]+" href="[./]*feed\.json">/)
    }
  })

  it('places a date-only value at noon UTC, a month or a year on its first day, and has no timestamp without a year', () => {
    const date = (extra: Partial<DateInfo>): DateInfo => ({ value: '', year: 2025, month: 7, day: 17, precision: 'day', source: 'dateline', yearCertain: true, text: '', ...extra })
    expect(toFeedTimestamp(date({}))).toBe('2025-07-17T12:00:00Z')
    expect(toFeedTimestamp(date({ precision: 'month', day: null }))).toBe('2025-07-01T12:00:00Z')
    expect(toFeedTimestamp(date({ precision: 'year', month: null, day: null }))).toBe('2025-01-01T12:00:00Z')
    expect(toFeedTimestamp(date({ year: null }))).toBeNull()
    expect(toFeedTimestamp(null)).toBeNull()
  })
})

describe('JSON Feed', () => {
  it('is JSON Feed 1.1 with the same entries as the Atom feed', () => {
    const feed = JSON.parse(text(files, 'feed.json')) as { version: string; title: string; home_page_url: string; feed_url: string; items: { id: string; url: string; title: string; content_text: string; date_published: string }[] }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe('https://archive.example.org/feed.json')
    expect(feed.home_page_url).toBe('https://archive.example.org/')
    expect(feed.items.map((item) => item.id)).toEqual(entries.map((entry) => tag(entry, 'id')))
    for (const item of feed.items) {
      expect(item.content_text.length).toBeGreaterThan(0)
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T12:00:00Z$/)
    }
  })
})

describe('without a host in baseUrl', () => {
  it('writes no feed and links none (ids and links must be absolute)', async () => {
    const { files: local } = await renderFixture({ baseUrl: '/' })
    expect(local.filter((file) => /feed\.(xml|json)$/.test(file.path))).toEqual([])
    for (const page of htmlPages(local)) expect(page.contents as string, page.path).not.toContain('feed.')
  })
})
