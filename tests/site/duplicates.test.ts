/** The same dump saved twice under two names: one set of articles, one note on the copy. */
import { describe, expect, it } from 'vitest'
import { buildInMemory, readSeedFiles } from '../helpers/site.ts'

describe('the same dump twice under two names', () => {
  it('gives one set of articles, from the first file, and says so on the copy (info only)', async () => {
    const seeds = readSeedFiles()
    const original = seeds[0] as { path: string; text: string }
    const baseline = await buildInMemory(seeds)
    const site = await buildInMemory([...seeds, { path: 'seeds/999_copy.txt', text: original.text }])
    expect(site.archive.articles.map((article) => article.id)).toEqual(baseline.archive.articles.map((article) => article.id))
    for (const article of site.archive.articles) expect(article.provenance.some((place) => place.path === 'seeds/999_copy.txt')).toBe(false)
    const first = site.files.find((file) => file.path === original.path)
    expect(first?.messages.some((message) => message.ruleId === 'duplicate')).toBe(false)
    const messages = site.files.find((file) => file.path === 'seeds/999_copy.txt')?.messages ?? []
    expect(messages).toHaveLength(1)
    expect(messages[0]?.ruleId).toBe('duplicate')
    expect(messages[0]?.source).toBe('chronique')
    expect(messages[0]?.fatal).toBeUndefined()
    expect(messages[0]?.reason).toContain(original.path)
    expect(messages[0]?.line).toBe(1)
  })
})
