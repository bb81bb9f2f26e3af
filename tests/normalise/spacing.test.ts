/** Part 1 (issue #2): spacing basics. */
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../../src/normalise/index.ts'
import { checkRepairs, fix } from './helpers.ts'

describe('normaliseText: spaces', () => {
  it('collapses doubled spaces and tabs, trims the ends', () => {
    expect(fix("Mai Tien Dung reçoit  l'équipement")).toBe("Mai Tien Dung reçoit l'équipement")
    expect(fix('  les\trelations   extérieures ')).toBe('les relations extérieures')
  })

  it('turns the page’s no-break spaces into plain ones (typography places its own on output), never touching line breaks', () => {
    expect(fix('Photo\u00a0: VNA et «\u202fmot\u202f»')).toBe('Photo : VNA et « mot »')
    expect(fix('postes et\u00a0 télécommunications')).toBe('postes et télécommunications')
  })

  it('removes invisible and control characters, keeping joiners', () => {
    expect(fix('Un titre\u200b avec\u202e des\u0007 marques\ufeff')).toBe('Un titre avec des marques')
    expect(fix('👩\u200d💻 et\u200c')).toBe('👩\u200d💻 et\u200c')
  })

  it('removes a space before a comma', () => {
    expect(fix('sous la direction du Politburo , du Secrétariat')).toBe('sous la direction du Politburo, du Secrétariat')
  })
})

describe('normaliseText: a space missing after punctuation', () => {
  it.each([
    ['Hanoï,17 mars (VNA)', 'Hanoï, 17 mars (VNA)'],
    ['Dans ce contexte,la mission', 'Dans ce contexte, la mission'],
    ['Bui Thanh Son. Photo :VNA', 'Bui Thanh Son. Photo : VNA'],
    ['synchrone,créative', 'synchrone, créative'],
    ['le pays;les voisins', 'le pays; les voisins'],
    ['Quoi?Rien!Enfin', 'Quoi? Rien! Enfin'],
    ['(VNA)Le ministre', '(VNA) Le ministre'],
    ['en 2021.Le pays', 'en 2021. Le pays'],
    ['(mandat 2011–2014).Photo : VNA', '(mandat 2011–2014). Photo : VNA'],
    ['David B.Shear', 'David B. Shear'],
    ['la cybercriminalité –dite Convention de Hanoï– se', 'la cybercriminalité – dite Convention de Hanoï – se'],
    ['sur le«traitement préférentiel»pour', 'sur le «traitement préférentiel» pour'],
  ])('%s', (input, expected) => {
    expect(fix(input)).toBe(expected)
  })

  it('leaves numbers, times, URLs, e-mails and domains alone', () => {
    for (const text of ['une hausse de 1,5 %', 'à 10:30 précises', 'voir https://baoquocte.vn/a,b:c?x=1', 'écrire à presse.fr@vna.vn', 'Photo : baoquocte.vn', 'le ratio 3:1']) {
      expect(fix(text)).toBe(text)
    }
    expect(fix('Source:https://baoquocte.vn/x')).toBe('Source: https://baoquocte.vn/x')
  })
})

describe('normaliseText: parentheses and signature', () => {
  it('puts a space before "(" after a word, not in inclusive writing or notation', () => {
    expect(fix('Hanoï(VNA) - Le')).toBe('Hanoï (VNA) - Le')
    for (const text of ['les ami(e)s', 'la fonction(s)', 'soit f(x) = 2', '<script>alert(1)</script>']) expect(fix(text)).toBe(text)
  })

  it('spaces the agency signature from the last sentence', () => {
    expect(fix('une intégration internationale intégrale.-VNA')).toBe('une intégration internationale intégrale. -VNA')
    expect(fix('-VNA')).toBe('-VNA')
    expect(fix('coopéreront bien à cet égard à l’avenir. - VNA')).toBe('coopéreront bien à cet égard à l’avenir. - VNA')
  })
})

describe('normaliseText: letters glued to digits', () => {
  it.each([
    ["L'année2021 a ouvert", "L'année 2021 a ouvert"],
    ['la pandémie de15 pays', 'la pandémie de 15 pays'],
    ['le 16juillet à Hanoi', 'le 16 juillet à Hanoi'],
    ['lors de la 4erévolution industrielle', 'lors de la 4e révolution industrielle'],
    ['la 11e session du13e Comité', 'la 11e session du 13e Comité'],
    ['les 25et 26 octobre', 'les 25 et 26 octobre'],
  ])('%s', (input, expected) => {
    expect(fix(input)).toBe(expected)
  })

  it('leaves ordinals, units, acronyms with numbers and codes alone', () => {
    const text = 'le 14ᵉ, 2e, 1er, 19e, XIVe, 3ème ; CO2, G20, COP26, 4G, 5G ; 52-NQ/TW ; 10h30, 5km, 20kg, 100m ; A320, mp3'
    expect(fix(text)).toBe(text)
  })
})

describe('repairs', () => {
  it('name a rule and point at the input text they change', () => {
    const input = 'Hanoï,17 mars  (VNA) - L\'année2021 a ouvert.-VNA'
    const { value, repairs } = normaliseText(input)
    expect(value).toBe("Hanoï, 17 mars (VNA) - L'année 2021 a ouvert. -VNA")
    checkRepairs(input, repairs)
    expect(repairs.map((repair) => repair.rule)).toEqual(['spacing-after-punctuation', 'spacing-double', 'unglue-digit', 'spacing-signature'])
    expect(repairs[0]).toMatchObject({ offset: 5, from: ',1', to: ', 1' })
    expect(repairs[2]).toMatchObject({ offset: 25, from: 'année2021', to: 'année 2021' })
  })

  it('is empty for clean text, and repairing twice changes nothing more', () => {
    const clean = 'Le Vietnam et la Bulgarie renforcent leurs relations, selon des experts.'
    expect(normaliseText(clean).repairs).toEqual([])
    const once = fix('Lemonde a connu des changements rapides,compliqués causés par la pandémie deCOVID-19')
    expect(fix(once)).toBe(once)
  })
})
