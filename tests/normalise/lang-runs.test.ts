/** toLanguageRuns: runs of Vietnamese words inside French text. */
import { describe, expect, it } from 'vitest'
import { detectLanguage, toLanguageRuns } from '../../src/normalise/lang.ts'
import type { LanguageRun } from '../../src/normalise/lang.ts'
import { readSeedLines } from './helpers.ts'

const vi = (text: string): string[] => toLanguageRuns(text).filter((run) => run.lang === 'vi').map((run) => run.text)
const joined = (runs: readonly LanguageRun[]): string => runs.map((run) => run.text).join('')

/** The scraper's `ảnh N` glue between a repeated title and a caption, which the parser cuts out. */
const withoutGlue = (line: string): string => line.replace(/(?<=^|\s)ảnh ?\d{1,3}/giu, ' ')

describe('toLanguageRuns', () => {
  it('marks the 003 caption and summary runs, and nothing else of them', () => {
    const caption = 'L’exposition artistique « Vó ngựa khai Xuân » met en scène le cheval aux fleurs d’abricot. Photo : VNA'
    expect(toLanguageRuns(caption)).toEqual([
      { text: 'L’exposition artistique « ', lang: 'fr' },
      { text: 'Vó ngựa khai Xuân', lang: 'vi' },
      { text: ' » met en scène le cheval aux fleurs d’abricot. Photo : VNA', lang: 'fr' },
    ])
    expect(vi('À l’occasion du Nouvel An lunaire Bính Ngọ 2026, les ambassadeurs')).toEqual(['Bính Ngọ'])
  })

  it('finds the same runs in the sample lines themselves', () => {
    const lines = readSeedLines('003')
    expect(lines.flatMap((line) => vi(withoutGlue(line)))).toEqual(['Vó ngựa khai Xuân', 'Bính Ngọ'])
  })

  it('finds no run in the French dump 000 nor in the French lines of 002 (the parser drops the `ảnh N` glue)', () => {
    for (const line of readSeedLines('000')) expect(vi(withoutGlue(line)), line).toEqual([])
    const french = readSeedLines('002').filter((line) => detectLanguage(line) === 'fr')
    expect(french.length).toBeGreaterThan(5)
    for (const line of french) expect(vi(withoutGlue(line)), line).toEqual([])
  })

  it('reads the `ảnh N` glue itself as the Vietnamese word it is', () => {
    expect(vi('Panorama du colloque ảnh 1Le ministre')).toEqual(['ảnh'])
  })

  it('concatenates back to the input exactly, never an empty piece, French and Vietnamese alternating', () => {
    const texts = [
      ...readSeedLines(),
      '',
      ' ',
      'Ngọ',
      '  Bính Ngọ  ',
      '«\u202fVó ngựa khai Xuân\u202f»',
      'Hà Nội, Đà Nẵng et Huế.',
      'e\u0301te\u0301 a\u0300 Ha\u0300 N\u00f4\u0323i', // decomposed (NFD) marks
    ]
    for (const text of texts) {
      const runs = toLanguageRuns(text)
      expect(joined(runs), text).toBe(text)
      for (const run of runs) expect(run.text, text).not.toBe('')
      for (let i = 1; i < runs.length; i++) expect(runs[i]?.lang, text).not.toBe(runs[i - 1]?.lang)
    }
    expect(toLanguageRuns('')).toEqual([])
  })

  it('reads decomposed (NFD) letters like composed ones, without changing them', () => {
    const nfd = 'la ville de Ha\u0300 N\u00f4\u0323i'
    expect(vi(nfd)).toEqual(['Ha\u0300 N\u00f4\u0323i'])
  })

  it('needs a Vietnamese-only letter: â ê ô and ó í ý alone are not enough', () => {
    expect(vi('Le secrétaire général Tô Lâm a reçu José Martí')).toEqual([])
    expect(vi('São Paulo et Hanoï')).toEqual([])
    expect(vi('Le secrétaire général Nguyễn Phú Trọng a reçu le ministre')).toEqual(['Nguyễn Phú Trọng'])
    expect(vi('Nguyễn')).toEqual(['Nguyễn'])
    expect(vi('Đà Nẵng')).toEqual(['Đà Nẵng'])
  })

  it('extends a run over adjacent syllables that are not French words, and stops at French ones', () => {
    expect(vi('le président Tô Lâm et M. Nguyễn Văn Thành sont à Hà Nội')).toEqual(['Nguyễn Văn Thành', 'Hà Nội'])
    expect(vi('à l’occasion de la nouvelle année Bính Ngọ de la fête')).toEqual(['Bính Ngọ'])
    // `Têt` (French spelling of Tết) is no form of the lexicon: next to a run, it joins it.
    expect(vi('la fête du Têt Bính Ngọ')).toEqual(['Têt Bính Ngọ'])
    expect(vi('le district de Cầu Giấy')).toEqual(['Cầu Giấy'])
    // `an` and `de` are French forms: the run stops before them.
    expect(vi('M. Nguyễn Văn An de Hà Nội')).toEqual(['Nguyễn Văn', 'Hà Nội'])
  })

  it('joins words over spaces only (plain, no-break, narrow no-break), never over punctuation, digits or apostrophes', () => {
    expect(vi('Hà\u00a0Nội')).toEqual(['Hà\u00a0Nội'])
    expect(vi('Hà, Nội')).toEqual(['Nội'])
    expect(vi('Bính Ngọ 2026')).toEqual(['Bính Ngọ'])
    expect(toLanguageRuns('d’Hà Nội.')).toEqual([
      { text: 'd’', lang: 'fr' },
      { text: 'Hà Nội', lang: 'vi' },
      { text: '.', lang: 'fr' },
    ])
  })

  it('never splits a word: hyphenated compounds and letters glued to digits stay whole', () => {
    expect(vi('la province de Bà-Rịa')).toEqual(['Bà-Rịa'])
    expect(vi('le mot Ngọ2026 ici')).toEqual(['Ngọ2026'])
    // `Minh-Ville` is one (French) word: it is not a syllable, so the run stops before it.
    expect(vi('Hồ Chí Minh-Ville')).toEqual(['Hồ Chí'])
  })

  it('leaves URLs, e-mails and domains alone', () => {
    expect(vi('Source : https://example.vn/tin-tức/ngọ et baoquocte.vn')).toEqual([])
  })

  it('keeps markup-looking text as text', () => {
    expect(toLanguageRuns('<script>Ngọ</script> {{ 7*7 }}')).toEqual([
      { text: '<script>', lang: 'fr' },
      { text: 'Ngọ', lang: 'vi' },
      { text: '</script> {{ 7*7 }}', lang: 'fr' },
    ])
  })
})
