import { describe, expect, it } from 'vitest'
import { renderFixture, text } from './helpers.ts'

const { files } = await renderFixture()

function jsonld(path: string): Record<string, unknown> {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(text(files, path))?.[1]
  if (!script) throw new Error(`no JSON-LD in ${path}`)
  return JSON.parse(script) as Record<string, unknown>
}

describe('NewsArticle JSON-LD', () => {
  it('has headline, inLanguage and the absolute URL', () => {
    const data = jsonld('articles/conference-six-mois/index.html')
    expect(data['@type']).toBe('NewsArticle')
    expect(data.headline).toBe('Le ministère des Affaires étrangères a organisé une conférence pour examiner le travail effectué au cours des six premiers mois de l’année')
    expect(data.inLanguage).toBe('fr')
    expect(data.url).toBe('https://archive.example.org/articles/conference-six-mois/')
  })

  it('states datePublished only for a certain day', () => {
    expect(jsonld('articles/conference-six-mois/index.html').datePublished).toBe('2025-07-05')
    expect(jsonld('articles/belize/index.html').datePublished).toBe('2025-07-14')
    for (const path of [
      'articles/liens-de-defense/index.html', // year guessed
      'articles/bureau-politique/index.html', // year guessed
      'articles/diplomatie-numerique/index.html', // year unknown
      'articles/equipement-japonais/index.html', // month only, guessed
      'articles/page-redaction/index.html', // year only
      'articles/diplomatie-du-bambou/index.html', // undated
    ]) expect(jsonld(path), path).not.toHaveProperty('datePublished')
  })

  it('is only on article pages', () => {
    expect(text(files, 'index.html')).not.toContain('application/ld+json')
    expect(text(files, 'sujets/vietnam/index.html')).not.toContain('application/ld+json')
  })
})
