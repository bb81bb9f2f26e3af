/** toFrenchTypography: Imprimerie nationale spacing and apostrophes, on output. */
import { describe, expect, it } from 'vitest'
import { toFrenchTypography } from '../../src/normalise/typography.ts'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

describe('toFrenchTypography', () => {
  it.each([
    ['no-break space before ":"', 'Photo : VNA', `Photo${NBSP}: VNA`],
    ['… also when the space is missing', 'Photo: VNA', `Photo${NBSP}: VNA`],
    ['narrow no-break space before "; ! ?"', 'Oui ; non ! Vraiment?', `Oui${NNBSP}; non${NNBSP}! Vraiment${NNBSP}?`],
    ['one space only before "?!"', 'Quoi ?!', `Quoi${NNBSP}?!`],
    ['narrow no-break spaces inside « »', '« Lutter contre la cybercriminalité »', `«${NNBSP}Lutter contre la cybercriminalité${NNBSP}»`],
    ['… also when glued', '«Diên Biên Phu»', `«${NNBSP}Diên Biên Phu${NNBSP}»`],
    ['typographic apostrophe between letters', "l'équipement d'État aujourd'hui", 'l’équipement d’État aujourd’hui'],
    ['no-break space between a day and its month', 'le 17 juillet et le 1er mars 2025', `le 17${NBSP}juillet et le 1er${NBSP}mars 2025`],
    ['no-break space after n°', 'la résolution n° 52-NQ/TW et le n°60', `la résolution n°${NBSP}52-NQ/TW et le n°${NBSP}60`],
  ])('%s', (_, input, expected) => {
    expect(toFrenchTypography(input)).toBe(expected)
  })

  it('leaves URLs, e-mails, times and ratios alone', () => {
    for (const text of ['à 10:30 précises', 'le ratio 3:1', 'https://baoquocte.vn/a?b=c:d', "écrire à l.x@vna.vn", "www.vietnamplus.vn/l'article"]) {
      expect(toFrenchTypography(text)).toBe(text)
    }
    expect(toFrenchTypography('Source : https://baoquocte.vn/x?y=1')).toBe(`Source${NBSP}: https://baoquocte.vn/x?y=1`)
  })

  it('leaves quotes that are no apostrophes, and numbers that are no days', () => {
    expect(toFrenchTypography("le mot 'paix'")).toBe("le mot 'paix'")
    expect(toFrenchTypography('le 40 mars')).toBe('le 40 mars')
  })

  it('is idempotent', () => {
    const text = "Le 17 juillet, l'ambassadeur a dit : « Oui ! » ; n° 52 ; à 10:30 ?"
    const once = toFrenchTypography(text)
    expect(toFrenchTypography(once)).toBe(once)
  })

  it('collapses only spaces and tabs, never the no-break spaces it meets (the \\s trap)', () => {
    expect(toFrenchTypography(`Photo${NNBSP}: VNA`)).toBe(`Photo${NBSP}: VNA`)
    expect(toFrenchTypography(`mot${NBSP}${NBSP}suivant`)).toBe(`mot${NBSP}${NBSP}suivant`)
    expect(toFrenchTypography('Photo \t : VNA')).toBe(`Photo${NBSP}: VNA`)
  })
})
