import { describe, expect, it } from 'vitest'
import { buildArchive } from '../../src/archive/index.ts'
import type { Archive, ArticleRecord, OrganisationConfig, ResolvedConfig } from '../../src/types.ts'
import { buildInMemory, readSeedFiles } from '../helpers/site.ts'
import { makeConfig, makeFiles, makeRecord, makeTeaser } from './records.ts'

function archiveOf(texts: readonly string[], overrides: Partial<ResolvedConfig> = {}): Archive {
  const records = texts.map((text, at) => makeTeaser(`Titre numéro ${at + 1}`, text, { line: at * 4 + 1 }))
  return archiveOfRecords(records, overrides)
}

function archiveOfRecords(records: ArticleRecord[], overrides: Partial<ResolvedConfig> = {}): Archive {
  return buildArchive(records, { ...makeConfig(), ...overrides }, makeFiles({}))
}

/** `ONU=Organisation des Nations unies:2`: acronym or name, full name, number of articles. */
function organisationsOf(texts: readonly string[], overrides: Partial<ResolvedConfig> = {}): string[] {
  return archiveOf(texts, overrides).organisations.map((found) => `${found.name}=${found.fullName ?? ''}:${found.articleIds.length}`)
}

describe('organisations: acronyms defined in the text', () => {
  it('reads `Long Form (ACR)`, the long form starting where the letters fit', () => {
    expect(organisationsOf(['Le secrétaire général du Comité central du Parti communiste du Vietnam (PCV), Tô Lâm, est venu.']))
      .toEqual(['PCV=Parti communiste du Vietnam:1'])
    expect(organisationsOf(['Au siège de l’Agence internationale de l’énergie atomique (AIEA) à Vienne.']))
      .toEqual(['AIEA=Agence internationale de l’énergie atomique:1'])
    expect(organisationsOf(['Les pays de l’Association des nations de l’Asie du Sud-Est (ASEAN) se réunissent.']))
      .toEqual(['ASEAN=Association des nations de l’Asie du Sud-Est:1'])
  })

  it('takes the farthest capitalised start when the letters do not fit (an English acronym)', () => {
    expect(organisationsOf(['Dans une interview accordée à l’Agence vietnamienne d’Information (VNA), il a salué.']))
      .toEqual(['VNA=Agence vietnamienne d’Information:1'])
    expect(organisationsOf(['Il enseigne à l’Université royale de Phnom Penh (RUPP) depuis dix ans.']))
      .toEqual(['RUPP=Université royale de Phnom Penh:1'])
  })

  it('counts the long form as a mention of the acronym', () => {
    expect(organisationsOf(['Le Parti communiste du Vietnam (PCV) a tenu son congrès.', 'Le Parti communiste du Vietnam a salué la visite.']))
      .toEqual(['PCV=Parti communiste du Vietnam:2'])
  })

  it('is no organisation when the long form is a text or an event (`Convention … (CPPNM)`)', () => {
    expect(organisationsOf([
      'La Convention sur la protection physique des matières nucléaires (CPPNM) et son Amendement.',
      'Son adhésion à l’Amendement à la CPPNM en 2025.',
    ])).toEqual([])
  })

  it('needs a long form starting with a capital (`soldats portés disparus (MIA)`)', () => {
    expect(organisationsOf(['La recherche des soldats américains portés disparus (MIA) se poursuit.'])).toEqual([])
  })
})

describe('organisations: acronyms used across the archive', () => {
  it('learns an undefined acronym used in two articles, not in one', () => {
    expect(organisationsOf(['Le Vietnam et l’ASEAN coopèrent.', 'La présidence vietnamienne de l’ASEAN en 2020.'])).toEqual(['ASEAN=:2'])
    expect(organisationsOf(['Le Vietnam et l’ASEAN coopèrent. L’ASEAN est forte.', 'Rien ici.'])).toEqual([])
  })

  it('refuses a learned acronym that the config lists in `notOrganisations`', () => {
    const texts = ['Les soldats MIA ont été rapatriés.', 'La recherche des MIA se poursuit.']
    expect(organisationsOf(texts)).toEqual(['MIA=:2'])
    expect(organisationsOf(texts, { notOrganisations: ['MIA'] })).toEqual([])
  })

  it.each([
    ['Roman numerals', ['Le XIV Congrès du Parti.', 'Le XIV Congrès national.', 'Le XIVe Congrès.']],
    ['codes glued to digits or by a slash', ['La résolution n° 52-NQ/TW du Bureau politique.', 'La résolution n° 57-NQ/TW du 22 décembre.', 'La pandémie de COVID-19.', 'Contre la COVID-19.']],
    ['a country’s acronym', ['Les USA et le Vietnam.', 'Les USA ont salué.']],
    ['two-letter acronyms (`PM`, `AE`, `AN`)', ['Le PM se recueille au Mémorial.', 'Le PM visite Alger.', 'Les permanences de l’Assemblée nationale (AN) et du gouvernement.']],
    ['words of a shouted text', ['LE VIETNAM ET LA FRANCE SIGNENT UN ACCORD', 'LE VIETNAM ET LE JAPON SIGNENT UN ACCORD']],
  ])('ignores %s', (_, texts) => {
    expect(organisationsOf(texts)).toEqual([])
  })

  it('never counts the agency credit: dateline, signature, photo credit', () => {
    const records = [1, 2, 3].map((n) => makeRecord(`Article ${n}`, {
      line: n * 20,
      body: ['Hanoï (VNA) - Une cérémonie a eu lieu le 17 mars à Hanoi.', 'Le ministre a parlé. -VNA'],
      figures: [{ caption: 'La cérémonie. Photo diffusée par la VNA', credit: 'VNA', lang: 'fr', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }],
    }))
    expect(archiveOfRecords(records).organisations).toEqual([])
  })
})

describe('organisations: the config', () => {
  const organisation = (name: string, short?: string, aliases: string[] = []): OrganisationConfig => short ? { name, short, aliases } : { name, aliases }

  it('gives a full name and aliases; the aliases count as mentions', () => {
    const organisations = [organisation('Organisation des Nations unies', 'ONU', ['Nations unies'])]
    expect(organisationsOf(['Le secrétaire général de l’ONU est venu.', 'La Convention des Nations Unies contre la cybercriminalité.', 'Les nations unies du quartier.'], { organisations }))
      .toEqual(['ONU=Organisation des Nations unies:2'])
  })

  it('makes an organisation of a two-letter acronym, and of one used once', () => {
    const organisations = [organisation('Assemblée nationale', 'AN'), organisation('Groupe des vingt', 'G20')]
    expect(organisationsOf(['Les permanences de l’AN et du gouvernement.', 'En marge du Sommet du G20.'], { organisations }))
      .toEqual(['AN=Assemblée nationale:1', 'G20=Groupe des vingt:1'])
  })

  it('lists an organisation on each article that names it, most mentioned first', () => {
    const archive = archiveOf(['L’ASEAN et l’ONU. L’ONU encore.', 'L’ASEAN et l’ONU.'])
    expect(archive.articles.map((article) => article.organisations.map((found) => found.name))).toEqual([['ONU', 'ASEAN'], ['ASEAN', 'ONU']])
  })
})

describe('organisations: the sample seeds', () => {
  it('finds ONU, ASEAN, UNESCO and AIEA (with the committed config), and VNA only where the text names it', async () => {
    const { archive } = await buildInMemory(readSeedFiles())
    const byName = new Map(archive.organisations.map((found) => [found.name, found]))
    for (const name of ['ONU', 'ASEAN', 'UNESCO', 'AIEA', 'PCV']) expect(byName.has(name), name).toBe(true)
    expect(byName.get('PCV')?.fullName).toBe('Parti communiste du Vietnam')
    expect(byName.get('VNA')?.articleIds.length ?? 0).toBeLessThanOrEqual(1)
    for (const name of ['AN', 'AE', 'PM', 'CPPNM', 'NQ', 'TW', 'COVID', 'XIVe', 'MIA']) expect(byName.has(name), name).toBe(false)
  })
})
