/** Part 2 (issue #3): glued words, by rule, on sentences from the seeds and elsewhere. */
import { describe, expect, it } from 'vitest'
import { createNormaliseContext } from '../../src/normalise/context.ts'
import { normaliseText } from '../../src/normalise/index.ts'
import { checkRepairs, fix, toSeedContext } from './helpers.ts'

describe('unglue-case: a capital inside a token', () => {
  it('splits after a known word', () => {
    expect(fix('la pandémie deCOVID-19')).toBe('la pandémie de COVID-19')
    expect(fix('Premièrement, leVietnam a promu')).toBe('Premièrement, le Vietnam a promu')
    expect(fix('lesVietnamiens duConseil desNations deMoscou')).toBe('les Vietnamiens du Conseil des Nations de Moscou')
  })

  it('splits a known acronym from the word glued to it', () => {
    expect(fix("les pays de l'ASEANet la Chine")).toBe("les pays de l'ASEAN et la Chine")
  })

  it('splits two capitalised names only when the archive writes them apart', () => {
    expect(fix('MaiTien Dung a également pris note')).toBe('MaiTien Dung a également pris note')
    expect(fix('MaiTien Dung a également pris note', toSeedContext())).toBe('Mai Tien Dung a également pris note')
  })

  it('leaves brand and name shapes alone', () => {
    const text = 'iPhone, McDonald, eBay, PhD, YouTube, VinFast, macOS, LinkedIn, PowerPoint, TikTok'
    expect(fix(text)).toBe(text)
    expect(fix(text, toSeedContext())).toBe(text)
  })
})

describe('unglue-lexicon: words glued at an old line break', () => {
  it.each([
    ['Lemonde a connu des changements', 'Le monde a connu des changements'],
    ['entre le Vietnam et lesautres pays', 'entre le Vietnam et les autres pays'],
    ["l’ASEAN et se prépareraactivement aux réunions", "l’ASEAN et se préparera activement aux réunions"],
    ['aux opérations demaintien de la paix', 'aux opérations de maintien de la paix'],
    ["Le Vietnam a fait pression surl'UNESCO", "Le Vietnam a fait pression sur l'UNESCO"],
    ['examiner le travail d’intégrationinternationale', 'examiner le travail d’intégration internationale'],
    ['favorable au développementsocio-économique', 'favorable au développement socio-économique'],
    ["à savoir laplate-forme nationale", "à savoir la plate-forme nationale"],
    ["Toutl'équipement a été remis", "Tout l'équipement a été remis"],
    ["Leministre a apprécié", "Le ministre a apprécié"],
    ["sous la direction dela Commission", "sous la direction de la Commission"],
  ])('%s', (input, expected) => {
    expect(fix(input)).toBe(expected)
  })

  it('learns words from the archive (`Vietnam` is no lexicon form)', () => {
    const text = 'les activités de coopération menées par le Vietnamreposent sur les accords signés'
    expect(fix(text, toSeedContext())).toBe('les activités de coopération menées par le Vietnam reposent sur les accords signés')
    expect(fix("l'ambassade du Japon au Vietnamont signé une note", toSeedContext())).toBe("l'ambassade du Japon au Vietnam ont signé une note")
  })

  it('repairs sentences never seen in the sample dumps', () => {
    expect(fix('Les deux pays ontsigné un accord surla coopération énergétique.')).toBe('Les deux pays ont signé un accord sur la coopération énergétique.')
    expect(fix('La conférence aréuni plusieurs centainesde délégués venus dumonde entier.')).toBe('La conférence a réuni plusieurs centaines de délégués venus du monde entier.')
    expect(fix('Cette décisionpermettra de renforcer lapréservation des forêts tropicales.')).toBe('Cette décision permettra de renforcer la préservation des forêts tropicales.')
    expect(fix('Le gouvernement aannoncé mardi unplan de relance pourles petites entreprises.')).toBe('Le gouvernement a annoncé mardi un plan de relance pour les petites entreprises.')
    expect(fix('Selon lerapport, lesexportations ont progressé de12% en2023.')).toBe('Selon le rapport, les exportations ont progressé de 12% en 2023.')
    expect(fix('Le ministre afélicité les athlètespour leurs résultats.')).toBe('Le ministre a félicité les athlètes pour leurs résultats.')
    expect(fix('Les initiatives sont lancéesproactivement dans les forums.')).toBe('Les initiatives sont lancées proactivement dans les forums.')
  })

  it('explains each split', () => {
    const input = 'entre le Vietnam et lesautres pays'
    const { repairs } = normaliseText(input, toSeedContext())
    checkRepairs(input, repairs)
    expect(repairs).toHaveLength(1)
    expect(repairs[0]).toMatchObject({ rule: 'unglue-lexicon', offset: 20, from: 'lesautres', to: 'les autres' })
    expect(repairs[0]?.note).toMatch(/log-odds.*archive: les autres×/)
  })
})

describe('what must stay whole', () => {
  it('names the lexicon does not know and that do not split with confidence', () => {
    const text = 'Thong Mengdavid, Al Jazaïralyoum, Matamela Cyril Ramaphosa, Haiyang, la Vietcombank, Le Hoai Trung, Phu Quoc, Nguyen Tat Thanh, Pham Minh Chinh, Guterres, Zapryanov'
    expect(fix(text)).toBe(text)
    expect(fix(text, toSeedContext())).toBe(text)
  })

  it('acronyms', () => {
    const text = "l'AIEA, les soldats MIA, la CPPNM, l'IISPP de la RUPP, l'ONU, le PCV"
    expect(fix(text, toSeedContext())).toBe(text)
  })

  it('valid words, compounds and elisions, even when they look like two words', () => {
    const text = "lesquels, dedans, desquels, surtout, parfois, les Vietnamiens, proactivement, multicentrique, socio-économique, aujourd'hui, quelqu'un, entre-temps, sémantiquement, gouverneure"
    expect(fix(text)).toBe(text)
    expect(fix(text, toSeedContext())).toBe(text)
  })

  it('junk: never shredded into words', () => {
    for (const text of ['a'.repeat(40), 'hahahahahahaha', 'dGhpcyBpcyBiYXNlNjQ', 'lesautreslesautreslesautres']) expect(fix(text)).toBe(text)
  })

  it('Vietnamese text', () => {
    const text = 'Toàn cảnh Hội nghị Sơ kết công tác 6 tháng đầu năm'
    expect(fix(text, { ...toSeedContext(), lang: 'vi' })).toBe(text)
    expect(fix(text, toSeedContext())).toBe(text)
  })
})

describe('keepAsWritten', () => {
  it('leaves the exact forms an editor vetoes', () => {
    expect(fix('Lemonde a connu', { keepAsWritten: ['Lemonde'] })).toBe('Lemonde a connu')
    expect(fix('Lemonde a connu, Lemondial aussi', { keepAsWritten: ['Lemondial'] })).toBe('Le monde a connu, Lemondial aussi')
  })

  it('comes through the build context', () => {
    const context = createNormaliseContext(['Mai Tien Dung', 'MaiTien Dung a pris note'], ['MaiTien'])
    expect(fix('MaiTien Dung a pris note', context)).toBe('MaiTien Dung a pris note')
  })
})

describe('archive learning', () => {
  it('a word of a clean text is a word everywhere', () => {
    const word = 'visioconférencier'
    const withoutArchive = fix(`le ${word} a parlé`)
    const context = createNormaliseContext([`Le ${word} de la conférence a été salué par les participants.`], [])
    expect(context.vocabulary?.cleanWords.has(word)).toBe(true)
    expect(fix(`le ${word} a parlé`, context)).toBe(`le ${word} a parlé`)
    expect(withoutArchive).toBeTypeOf('string')
  })

  it('a pair the archive writes apart is evidence of glue', () => {
    const context = createNormaliseContext(['Le ministre Mai Tien Dung', 'MaiTien Dung'], [])
    expect(context.vocabulary?.pairs.get('mai tien')).toBe(1)
    expect(fix('MaiTien Dung', context)).toBe('Mai Tien Dung')
  })
})
