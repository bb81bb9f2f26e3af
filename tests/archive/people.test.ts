import { describe, expect, it } from 'vitest'
import { buildArchive } from '../../src/archive/index.ts'
import type { Archive, Person, PersonConfig, ResolvedConfig } from '../../src/types.ts'
import { buildInMemory, readSeedFiles } from '../helpers/site.ts'
import { makeConfig, makeFiles, makeRecord, makeTeaser } from './records.ts'

function archiveOf(texts: readonly string[], overrides: Partial<ResolvedConfig> = {}): Archive {
  const records = texts.map((text, at) => makeTeaser(`Titre numéro ${at + 1}`, text, { line: at * 4 + 1 }))
  return buildArchive(records, { ...makeConfig(), ...overrides }, makeFiles({}))
}

function peopleOf(texts: readonly string[], overrides: Partial<ResolvedConfig> = {}): Person[] {
  return archiveOf(texts, overrides).people
}

function namesOf(texts: readonly string[], overrides: Partial<ResolvedConfig> = {}): string[] {
  return peopleOf(texts, overrides).map((person) => person.name)
}

function titlesOf(text: string, name: string): string[] {
  return peopleOf([text]).find((person) => person.name === name)?.titles.map((title) => title.label) ?? []
}

describe('people: title forms', () => {
  it.each([
    ['Le Premier ministre Pham Minh Chinh a salué le ministère.', 'Pham Minh Chinh', 'Premier ministre'],
    ['Le président Luong Cuong a accueilli officiellement le secrétaire.', 'Luong Cuong', 'président'],
    ['Le président de la République, Luong Cuong, a présidé la cérémonie.', 'Luong Cuong', 'président de la République'],
    ['Le secrétaire général Tô Lâm promeut une Garde-côte moderne.', 'Tô Lâm', 'secrétaire général'],
    ['Le secrétaire général du Parti, Tô Lâm, secrétaire de la Commission militaire centrale, a effectué une visite.', 'Tô Lâm', 'secrétaire général du Parti'],
    ['L’ambassadeur Nguyên Nam Duong a souligné que le Vietnam est prêt.', 'Nguyên Nam Duong', 'ambassadeur'],
    ['La vice-ministre vietnamienne des Affaires étrangères, Nguyên Minh Hang, a reçu son homologue.', 'Nguyên Minh Hang', 'vice-ministre vietnamienne des Affaires étrangères'],
    ['Selon le ministre des Affaires étrangères Bui Thanh Son, le monde a changé.', 'Bui Thanh Son', 'ministre des Affaires étrangères'],
    ['Le général Trinh Van Quyêt a reçu sa décision.', 'Trinh Van Quyêt', 'général'],
    ['Thong Mengdavid, analyste en géopolitique et affaires internationales, a salué les efforts.', 'Thong Mengdavid', 'analyste en géopolitique'],
  ])('%s', (text, name, title) => {
    expect(namesOf([text])).toEqual([name])
    expect(titlesOf(text, name)).toContain(title)
  })

  it('reads the complement up to the name, a country whole (`du Vietnam Le Hoai Trung`, `au Sri Lanka, …`)', () => {
    expect(namesOf(['Le ministre des Affaires étrangères du Vietnam Le Hoai Trung et le secrétaire d’État américain Marco Rubio (droite).']))
      .toEqual(['Le Hoai Trung', 'Marco Rubio'])
    expect(namesOf(['L’ambassadrice du Vietnam au Sri Lanka, Trinh Thi Tam, a effectué une visite.'])).toEqual(['Trinh Thi Tam'])
    expect(namesOf(['L’ancien ambassadeur des Etats-Unis au Vietnam David B. Shear (mandat 2011–2014).'])).toEqual(['David B. Shear'])
    expect(namesOf(['Le secrétaire général du Comité central du Parti communiste du Vietnam (PCV), Tô Lâm, a assisté.'])).toEqual(['Tô Lâm'])
  })

  it('keeps particles and hyphens inside a name, leaves honorifics out', () => {
    expect(namesOf(['Elle a reçu son homologue chilienne, Gloria de la Fuente, à Hanoï.'])).toEqual(['Gloria de la Fuente'])
    expect(namesOf(['Il a rencontré le président de l’Assemblée nationale de la République de Corée, Woo Won-sik.'])).toEqual(['Woo Won-sik'])
    expect(namesOf(['Ses lettres de créance à la gouverneure générale du Belize, Dame Froyla Tzalam, 14 juillet.'])).toEqual(['Froyla Tzalam'])
  })

  it('gives both titles of `le vice-Premier ministre et ministre des Affaires étrangères …`', () => {
    const text = 'Ont assisté le vice-Premier ministre et ministre des Affaires étrangères Bui Thanh Son et les dirigeants.'
    expect(titlesOf(text, 'Bui Thanh Son')).toEqual(['ministre des Affaires étrangères', 'vice-Premier ministre'])
  })

  it('adds the titles of a name-first apposition to a titled mention (`le camarade X, directeur …`)', () => {
    const text = 'Le camarade Nguyen Tat Thanh, directeur du département Asie du Sud-Est, a pris la parole.'
    expect(titlesOf(text, 'Nguyen Tat Thanh')).toEqual(['camarade', 'directeur du département'])
  })
})

describe('people: names that are not people', () => {
  it.each([
    'Le président de la République a salué les efforts du gouvernement.',
    'Le Premier ministre et ministre a demandé aux unités de travailler.',
    'Le Vice-Premier Ministre et Ministre a souligné l’importance des réglementations.',
    'Les Nations Unies et le Vietnam coopèrent. Le Vietnam Reste Fort.',
    'Lors du colloque, le ministre. Pham Minh Chinh a parlé ensuite.',
    'Le président Macron a parlé.',
    'Le président du Département général de la politique de l’Armée populaire du Vietnam est venu.',
    'Le ministre reçoit Le Vietnam Nouveau Demain Matin Encore en visite.',
    'Le secrétaire général de l’ONU a pris la parole à la conférence.',
    'Pham Minh Chinh a déclaré que la visite était importante.',
  ])('%s', (text) => {
    expect(namesOf([text])).toEqual([])
  })

  it('needs a titled mention somewhere, then counts every mention (bare ones too)', () => {
    const archive = archiveOf(['Mai Tien Dung a également pris note.', 'Le ministre et président du bureau du gouvernement, Mai Tien Dung, a déclaré.'])
    expect(archive.people.map((person) => [person.name, person.articleIds.length])).toEqual([['Mai Tien Dung', 2]])
    expect(archive.people[0]?.titles.map((title) => title.label)).toEqual(['ministre', 'président du bureau du gouvernement'])
  })

  it('does not find a person inside a longer hyphenated name (`Hô Chi Minh-Ville`)', () => {
    const archive = archiveOf(['Le Président Hô Chi Minh a dit.', 'Il est allé à Hô Chi Minh-Ville.'])
    expect(archive.people.map((person) => [person.name, person.articleIds.length])).toEqual([['Hô Chi Minh', 1]])
  })
})

describe('people: spellings merged', () => {
  it('merges `To Lam` and `Tô Lâm`, showing the most accented one and listing the others', () => {
    const people = peopleOf(['Le secrétaire général To Lam a rencontré le président.', 'Le secrétaire général Tô Lâm promeut la Garde-côte.', 'To Lam a dit.'])
    expect(people.map((person) => [person.name, person.slug, person.variants, person.articleIds.length])).toEqual([['Tô Lâm', 'to-lam', ['To Lam'], 3]])
  })

  it('merges `Nguyên` and `Nguyễn` (and case), showing `Nguyễn`', () => {
    const people = peopleOf(['L’ambassadeur Nguyên Van Hai a présenté ses lettres.', 'L’ambassadeur Nguyễn Văn Hai est arrivé.', 'L’ambassadeur NGUYÊN VAN HAI est parti.'])
    expect(people.map((person) => person.name)).toEqual(['Nguyễn Văn Hai'])
    expect(people[0]?.variants).toEqual(['Nguyên Van Hai'])
  })

  it('lists an article’s people most mentioned first, and each person’s articles in archive order', () => {
    const archive = buildArchive([
      makeRecord('Premier', { body: ['Le président Luong Cuong et le Premier ministre Pham Minh Chinh.', 'Pham Minh Chinh a parlé.'], date: undefined }),
      makeTeaser('Second', 'Le Premier ministre Pham Minh Chinh est venu.', { line: 10 }),
    ], makeConfig(), makeFiles({}))
    const first = archive.articles.find((article) => article.title === 'Premier')
    expect(first?.people.map((person) => person.name)).toEqual(['Pham Minh Chinh', 'Luong Cuong'])
    const chinh = archive.people.find((person) => person.name === 'Pham Minh Chinh')
    expect(chinh?.articleIds).toEqual(archive.articles.filter((article) => article.people.length > 0).map((article) => article.id))
  })
})

describe('people: the config', () => {
  const person = (name: string, aliases: string[] = []): PersonConfig => ({ name, aliases })

  it('merges aliases into a person and shows the config’s name', () => {
    const people = peopleOf(['Le secrétaire général Lam To a dit.', 'Le secrétaire général To Lam est venu.'], { people: [person('Tô Lâm', ['Lam To'])] })
    expect(people.map((found) => [found.name, found.articleIds.length])).toEqual([['Tô Lâm', 2]])
  })

  it('makes a person of a configured name the text never gives a title', () => {
    expect(namesOf(['Nguyen Phu Trong a prononcé un discours.'], { people: [person('Nguyen Phu Trong')] })).toEqual(['Nguyen Phu Trong'])
  })

  it('never makes a person of a `notPeople` name (accents and case ignored)', () => {
    expect(namesOf(['Le Président Hô Chi Minh a dit.', 'Le président Luong Cuong est venu.'], { notPeople: ['ho chi minh'] })).toEqual(['Luong Cuong'])
  })
})

describe('people: the sample seeds', () => {
  it('finds the leaders, merging To Lam with Tô Lâm without help from the config', async () => {
    const { archive } = await buildInMemory(readSeedFiles(), { people: [] })
    const byName = new Map(archive.people.map((found) => [found.name, found]))
    for (const name of ['Pham Minh Chinh', 'Luong Cuong', 'Tô Lâm', 'Bui Thanh Son']) expect(byName.has(name), name).toBe(true)
    expect(byName.get('Tô Lâm')?.variants).toContain('To Lam')
    expect(byName.get('Pham Minh Chinh')?.titles[0]?.label).toBe('Premier ministre')
    expect(byName.has('Jackie Chan')).toBe(false)
  })
})
