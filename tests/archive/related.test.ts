import { describe, expect, it } from 'vitest'
import { buildArchive } from '../../src/archive/index.ts'
import { findRelated, RELATED_LIMIT } from '../../src/archive/related.ts'
import { createTokenizer } from '../../src/archive/tokens.ts'
import type { Article, DateInfo, TopicRef } from '../../src/types.ts'
import { makeConfig, makeDate, makeFiles, makeTeaser, permutations } from './records.ts'

interface Draft {
  title?: string
  date?: DateInfo | null
  people?: string[]
  organisations?: string[]
  countries?: string[]
}

function article(id: string, draft: Draft = {}): Article {
  const topicRefs: TopicRef[] = (draft.countries ?? ['vietnam']).map((slug) => ({ slug, name: slug, kind: 'country' }))
  return {
    ...makeTeaser(draft.title ?? `Sans titre ${id}`, ''),
    date: draft.date ?? null,
    id,
    slugPath: id,
    url: `articles/${id}/`,
    topicRefs,
    teaserIds: [],
    appearedUnder: [],
    people: (draft.people ?? []).map((slug) => ({ slug, name: slug })),
    organisations: (draft.organisations ?? []).map((slug) => ({ slug, name: slug.toUpperCase(), fullName: null })),
    relatedIds: [],
  }
}

/** Articles about nothing in common but Vietnam, to give idf something to weigh against. */
function filler(count: number): Article[] {
  return Array.from({ length: count }, (_, at) => article(`f${String(at).padStart(3, '0')}`, { countries: ['vietnam'] }))
}

const tokenize = createTokenizer()

describe('related articles', () => {
  it('relates articles that share a person, never the article itself', () => {
    const articles = [article('a', { people: ['to-lam'] }), article('b', { people: ['to-lam'] }), ...filler(20)]
    const related = findRelated(articles, tokenize)
    expect(related.get('a')).toEqual(['b'])
    expect(related.get('b')).toEqual(['a'])
    for (const [id, ids] of related) expect(ids).not.toContain(id)
  })

  it('does not relate articles that only share Vietnam (idf)', () => {
    const articles = [
      article('a', { title: 'Le Vietnam et le monde', countries: ['vietnam'] }),
      article('b', { title: 'Le Vietnam avance', countries: ['vietnam'] }),
      ...filler(20),
    ]
    for (const ids of findRelated(articles, tokenize).values()) expect(ids).toEqual([])
  })

  it('cuts weak candidates under the threshold instead of filling with the latest', () => {
    const articles = [
      article('a', { title: 'Coopération agricole renforcée', countries: ['vietnam', 'japon'], organisations: ['jica'] }),
      article('b', { title: 'Tourisme balnéaire en hausse', countries: ['vietnam', 'japon'] }),
      article('c', { title: 'Coopération agricole renforcée avec Tokyo', countries: ['vietnam', 'japon'], people: ['x'], organisations: ['jica'] }),
      article('d', { title: 'Un autre sujet', people: ['x'] }),
      ...filler(20),
    ]
    const related = findRelated(articles, tokenize)
    expect(related.get('b')).toEqual([])
    expect(related.get('a')).toEqual(['c'])
  })

  it(`keeps the best ${RELATED_LIMIT}: score, then the newer, then the smaller id`, () => {
    const shared = { people: ['pham-minh-chinh'], organisations: ['asean'] }
    const articles = [
      article('main', { ...shared, people: ['pham-minh-chinh', 'luong-cuong'] }),
      article('best', { ...shared, people: ['pham-minh-chinh', 'luong-cuong'] }),
      ...['t3', 't1', 't2', 't5', 't4'].map((id) => article(id, { ...shared, date: makeDate('2025-01-01') })),
      article('newer', { ...shared, date: makeDate('2025-06-01') }),
      article('undated', shared),
      ...filler(40),
    ]
    expect(findRelated(articles, tokenize).get('main')).toEqual(['best', 'newer', 't1', 't2', 't3'])
  })

  it('gives the same answer whatever the order of the articles', () => {
    const articles = [
      article('a', { people: ['p'], organisations: ['onu'] }),
      article('b', { people: ['p'] }),
      article('c', { organisations: ['onu'], countries: ['vietnam', 'japon'] }),
      article('d', { countries: ['vietnam', 'japon'], people: ['q'] }),
      article('e', { people: ['q', 'p'] }),
      ...filler(10),
    ]
    const expected = findRelated(articles, tokenize)
    for (const order of permutations(articles)) expect(findRelated(order, tokenize)).toEqual(expected)
  })

  it('is the same for the archive built from shuffled records', () => {
    const records = [
      makeTeaser('Le président Luong Cuong reçoit le secrétaire général de l’ONU', 'Le président Luong Cuong a reçu Antonio Guterres.', { date: makeDate('2025-10-24') }),
      makeTeaser('Le président vietnamien donne une réception', 'Le président Luong Cuong et le secrétaire général de l’ONU, António Guterres.', { date: makeDate('2025-10-24') }),
      makeTeaser('Message de vœux du président Luong Cuong', 'Le président Luong Cuong adresse ses vœux.', { date: makeDate('2026-02-16') }),
      makeTeaser('La visite du Premier ministre Pham Minh Chinh en Algérie', 'Le Premier ministre Pham Minh Chinh à Alger.'),
      makeTeaser('Le Premier ministre Pham Minh Chinh au Musée de l’Armée à Alger', 'Le Premier ministre Pham Minh Chinh en Algérie.'),
      makeTeaser('La diplomatie numérique', 'Des experts du Vietnam.'),
    ]
    const relatedOf = (list: typeof records) => {
      const archive = buildArchive(list, makeConfig(), makeFiles({}))
      return Object.fromEntries(archive.articles.map((found) => [found.title, found.relatedIds.map((id) => archive.byId.get(id)?.title)]))
    }
    const expected = relatedOf(records)
    expect(expected['Le président vietnamien donne une réception']?.[0]).toBe('Le président Luong Cuong reçoit le secrétaire général de l’ONU')
    expect(expected['La diplomatie numérique']).toEqual([])
    for (const order of permutations(records)) expect(relatedOf(order)).toEqual(expected)
  })

  it('handles 5,000 articles sharing people, organisations and countries (speed: scripts/bench.ts)', () => {
    const words = Array.from({ length: 400 }, (_, at) => `mot${String.fromCharCode(97 + (at % 26))}${String.fromCharCode(97 + Math.floor(at / 26))}x`)
    const articles = Array.from({ length: 5000 }, (_, at) => article(`a${at}`, {
      title: Array.from({ length: 12 }, (_, k) => words[(at * 7 + k * 13) % words.length]).join(' '),
      people: [`p${at % 300}`, `p${(at * 3) % 500}`],
      organisations: [`o${at % 40}`],
      countries: ['vietnam', `c${at % 60}`],
      date: makeDate(`20${10 + (at % 15)}-0${1 + (at % 9)}-1${at % 9}`),
    }))
    const related = findRelated(articles, tokenize)
    expect(related.size).toBe(5000)
    expect([...related.values()].every((ids) => ids.length <= RELATED_LIMIT)).toBe(true)
  })
})
