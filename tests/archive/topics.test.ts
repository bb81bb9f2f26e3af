import { describe, expect, it } from 'vitest'
import { buildArchive } from '../../src/archive/index.ts'
import type { ArticleRecord } from '../../src/types.ts'
import { makeConfig, makeDate, makeFiles, makeRecord, makeTeaser } from './records.ts'

const config = makeConfig()

function topicsOf(record: ArticleRecord): string[] {
  const archive = buildArchive([record], config, makeFiles({}))
  return archive.articles[0]?.topicRefs.map((ref) => ref.slug) ?? []
}

function themesOf(text: string): string[] {
  return topicsOf(makeTeaser('Un titre', text)).filter((slug) => ['diplomatie', 'defense-securite', 'numerique'].includes(slug))
}

describe('editorial themes', () => {
  it('match accent- and case-insensitively', () => {
    expect(themesOf('La DEFENSE nationale.')).toEqual(['defense-securite'])
    expect(themesOf('Le Numerique avance.')).toEqual(['numerique'])
  })

  it('match whole words only', () => {
    expect(themesOf('Le défenseur des droits et les ambassadeurs honoraires.')).toEqual([])
    expect(themesOf('La sécuritaire question.')).toEqual([])
  })

  it('match multi-word keywords as phrases, whatever the spacing, hyphens and apostrophes', () => {
    expect(themesOf('Le ministère des Affaires  étrangères.')).toEqual(['diplomatie'])
    expect(themesOf('Une visite d’État au Japon.')).toEqual(['diplomatie'])
    expect(themesOf('Les affaires sont étrangères à cela.')).toEqual([])
    expect(themesOf('La Garde côte vietnamienne.')).toEqual(['defense-securite'])
    expect(themesOf("L'e-gouvernement.")).toEqual(['numerique'])
  })

  it('look in the title, standfirst, summary and body', () => {
    expect(topicsOf(makeRecord('La diplomatie', {}))).toContain('diplomatie')
    expect(topicsOf(makeRecord('Un titre', { standfirst: 'La défense.' }))).toContain('defense-securite')
    expect(topicsOf(makeRecord('Un titre', { body: ['Le numérique.', 'Encore le numérique.'] }))).toContain('numerique')
  })

  it('need two mentions in the body when the title, standfirst and summary do not name them', () => {
    expect(topicsOf(makeRecord('Un titre', { body: ['Rien.', 'Le numérique, une fois.'] }))).not.toContain('numerique')
    expect(topicsOf(makeRecord('Le numérique', { body: ['Rien.'] }))).toContain('numerique')
  })

  it('add themes named in front matter, by name or slug', () => {
    expect(topicsOf(makeRecord('Un titre', { kind: 'page', topics: ['Défense et sécurité', 'numerique'] }))).toEqual(['defense-securite', 'numerique'])
  })

  it('warn (unknown-topic) on the file and line for names they do not know, listing the known ones', () => {
    const files = makeFiles({ 'seeds/page.md': '---\ntopics: [Sport]\n---' })
    const page = makeRecord('Un titre', { kind: 'page', path: 'seeds/page.md', line: 4, topics: ['Sport', 'Algérie'] })
    const archive = buildArchive([page], config, files)
    expect(archive.articles[0]?.topicRefs.map((ref) => ref.slug)).toEqual(['algerie'])
    const messages = files.get('seeds/page.md')?.messages ?? []
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['unknown-topic', 4, 1]])
    expect(messages[0]?.reason).toContain('"Sport"')
    expect(messages[0]?.reason).toContain('Diplomatie (`diplomatie`)')
  })
})

describe('countries', () => {
  const countriesOf = (text: string) => topicsOf(makeTeaser('Un titre', text)).filter((slug) => !['diplomatie', 'defense-securite', 'numerique', 'non-classe'].includes(slug))

  it('are found by their French names, with accents or without', () => {
    expect(countriesOf('Relations Vietnam - Algérie.')).toEqual(['algerie', 'vietnam'])
    expect(countriesOf('Le Vietnam et les Etats-Unis.')).toEqual(['etats-unis', 'vietnam'])
    expect(countriesOf('Vietnam–Afrique du Sud.')).toEqual(['afrique-du-sud', 'vietnam'])
    expect(countriesOf('Vietnam-Chili : liens.')).toEqual(['chili', 'vietnam'])
  })

  it('are found by adjectives, in every gender and number', () => {
    expect(countriesOf('Le président sud-africain.')).toEqual(['afrique-du-sud'])
    expect(countriesOf('Les médias algériens et la presse algérienne.')).toEqual(['algerie'])
    expect(countriesOf('Un équipement japonais.')).toEqual(['japon'])
    expect(countriesOf('Son homologue chilienne.')).toEqual(['chili'])
    expect(countriesOf('Un expert cambodgien.')).toEqual(['cambodge'])
    expect(countriesOf('Le ministre bulgare.')).toEqual(['bulgarie'])
    expect(countriesOf('Le président palestinien.')).toEqual(['palestine'])
    expect(countriesOf('Des soldats américains.')).toEqual(['etats-unis'])
    expect(countriesOf('Le Premier ministre lao.')).toEqual(['laos'])
  })

  it('know the forms news uses: R. de Corée, République de Corée, Sud-Soudan', () => {
    expect(countriesOf('Coopération Vietnam-R. de Corée.')).toEqual(['coree-du-sud', 'vietnam'])
    expect(countriesOf('La République de Corée.')).toEqual(['coree-du-sud'])
    expect(countriesOf('Une unité au Sud-Soudan.')).toEqual(['soudan-du-sud'])
  })

  it('match whole words and the longest name', () => {
    expect(countriesOf('Une machine chinoise.')).toEqual(['chine'])
    expect(countriesOf('Une machine.')).toEqual([])
    expect(countriesOf('La Guinée-Bissau.')).toEqual(['guinee-bissau'])
    expect(countriesOf('La Papouasie-Nouvelle-Guinée.')).toEqual(['papouasie-nouvelle-guinee'])
    expect(countriesOf('La Guinée.')).toEqual(['guinee'])
    expect(countriesOf('Le Niger et le Nigeria.')).toEqual(['niger', 'nigeria'])
    expect(countriesOf('Les Indes galantes.')).toEqual([])
    expect(countriesOf("Dans l'océan Indien.")).toEqual([])
    expect(countriesOf('La Jordanie.')).toEqual(['jordanie'])
  })

  it('need a capital for names that are also words', () => {
    expect(countriesOf('Après la réunion du comité.')).toEqual([])
    expect(countriesOf('La réunion du comité.')).toEqual([])
    expect(countriesOf('Réunion du Bureau politique.')).toEqual([])
    expect(countriesOf('Un voyage à la Réunion.')).toEqual(['reunion'])
  })

  it('count in the body only when named twice there', () => {
    const once = makeRecord('Un titre', { body: ['Les ambassadeurs aux États-Unis, en France et en Inde.'] })
    expect(topicsOf(once).filter((slug) => slug !== 'diplomatie')).toEqual(['non-classe'])
    const twice = makeRecord('Un titre', { body: ['Le Japon.', 'Les entreprises japonaises.'] })
    expect(topicsOf(twice)).toEqual(['japon'])
  })

  it('list the home country (Vietnam) last on an article', () => {
    expect(countriesOf('Vietnam–Algérie, Afrique du Sud.')).toEqual(['afrique-du-sud', 'algerie', 'vietnam'])
  })
})

describe('the topic list', () => {
  it('orders themes as configured, then countries by name, then non-classé; articles newest first', () => {
    const records = [
      makeTeaser('Aucun sujet', 'Rien ici.', { path: 'a.txt' }),
      makeTeaser('États-Unis : défense', 'r', { path: 'b.txt', date: makeDate('2025-07-12') }),
      makeTeaser('Algérie : diplomatie et défense', 'r', { path: 'c.txt', date: makeDate('2025-11-18') }),
      makeTeaser('Le Japon', 'r', { path: 'd.txt', date: makeDate('2022') }),
    ]
    const archive = buildArchive(records, config, makeFiles({}))
    expect(archive.topics.map((topic) => [topic.slug, topic.kind])).toEqual([
      ['diplomatie', 'theme'],
      ['defense-securite', 'theme'],
      ['algerie', 'country'],
      ['etats-unis', 'country'],
      ['japon', 'country'],
      ['non-classe', 'unclassified'],
    ])
    const titles = (slug: string) => archive.topics.find((topic) => topic.slug === slug)?.articleIds.map((id) => archive.byId.get(id)?.title)
    expect(titles('defense-securite')).toEqual(['Algérie : diplomatie et défense', 'États-Unis : défense'])
    expect(titles('non-classe')).toEqual(['Aucun sujet'])
    expect(archive.topics.find((topic) => topic.slug === 'etats-unis')?.name).toBe('États-Unis')
  })
})
