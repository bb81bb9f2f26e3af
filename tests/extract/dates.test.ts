import { describe, expect, it } from 'vitest'
import { extractText, toMessageList, toSummary } from '../parse/helpers.ts'

const DATE_RULES = ['date-year-inferred', 'date-year-unknown', 'date-missing']

/** A lead whose first paragraph (line 5) opens with `dateline`, then `paragraphs` from line 7 on. */
function toLead(dateline: string, paragraphs: string[], matter: string[] = []): string[] {
  return [...matter, 'Un titre', '', 'Un chapeau.', '', `${dateline}La conférence s’est tenue au siège du ministère.`, ...paragraphs.flatMap((text) => ['', text])]
}

describe('extractArticles: dates', () => {
  it('guesses the year of a dateline from a past event in the text, with a warning at the date', () => {
    const { records, file } = extractText(toLead('Hanoi, 17 juillet (VNA) - ', ['Le ministère a examiné le travail du premier semestre 2019.']))
    expect(records[0]!.date).toEqual({
      value: '2019-07-17', year: 2019, month: 7, day: 17, precision: 'day', source: 'dateline', yearCertain: false, yearSource: 'text-mention',
      text: '17 juillet', position: { start: { line: 5, column: 8, offset: 30 }, end: { line: 5, column: 18, offset: 40 } },
    })
    expect(toMessageList(file, DATE_RULES)).toEqual(['5:8 date-year-inferred'])
    expect(file.messages.find((message) => message.ruleId === 'date-year-inferred')!.reason).toBe(
      'Year of "17 juillet" inferred as 2019 from "premier semestre 2019" (line 7); set `year:` in front matter to confirm',
    )
  })

  it('moves the guess to the next year when the past event is later in the year than the date', () => {
    const { records } = extractText(toLead('Hanoï,17 mars (VNA) - ', ['Un accord avait été signé le 9 avril 2020 entre les deux pays.']))
    expect(records[0]!.date).toMatchObject({ value: '2021-03-17', yearCertain: false })
  })

  it.each([
    'Le plan vise la neutralité carbone pour 2030.',
    'Les deux pays veulent doubler leurs échanges d’ici 2030.',
    'La vision à l’horizon 2045 a été rappelée.',
    'Le pays accueillera le sommet de l’ASEAN en 2027.',
    'Le bilan du mandat 2021-2026 a été dressé, et l’étape 2026-2030 est en préparation.',
  ])('does not take a target year for the date of the text: %j', (text) => {
    const { records, file } = extractText(toLead('Hanoi, 17 juillet (VNA) - ', [text]))
    expect(records[0]!.date).toMatchObject({ value: '07-17', year: null })
    expect(toMessageList(file, DATE_RULES)).toEqual(['5:8 date-year-unknown'])
  })

  it('keeps a day without a year when nothing supports one', () => {
    const { records, file } = extractText(toLead('Hanoï (VNA) - ', ['Le colloque a été organisé le 2 novembre à Hanoï.']))
    expect(records[0]!.date).toEqual({
      value: '11-02', year: null, month: 11, day: 2, precision: 'day', source: 'text', yearCertain: false,
      text: '2 novembre', position: { start: { line: 7, column: 31, offset: 117 }, end: { line: 7, column: 41, offset: 127 } },
    })
    expect(file.messages.find((message) => message.ruleId === 'date-year-unknown')!.reason).toBe(
      'Found "2 novembre" with no year and nothing to infer one from, expected a year; kept the day without a year (set `year:` in front matter to give it)',
    )
  })

  it('takes the year from front matter `year:` as certain', () => {
    const { records, file } = extractText(toLead('Hanoi, 17 juillet (VNA) - ', [], ['---', 'year: 2018', '---']))
    expect(records[0]!.date).toMatchObject({ value: '2018-07-17', yearCertain: true, yearSource: 'front-matter', source: 'dateline' })
    expect(toMessageList(file, DATE_RULES)).toEqual([])
  })

  it('trusts a front matter date above everything else', () => {
    const { records } = extractText(['---', 'date: 2024-05', '---', 'Un titre', '', 'Báo Quốc TếBáo Quốc Tế05/07/2025', '', 'Hanoi, 17 juillet (VNA) - Le texte.'])
    expect(records[0]!.date).toEqual({ value: '2024-05', year: 2024, month: 5, day: null, precision: 'month', source: 'front-matter', yearCertain: true, yearSource: 'front-matter', text: '2024-05' })
  })

  it('reads the first date in the text, with weekday and `1er`', () => {
    const { records } = extractText(toLead('Hanoï (VNA) - ', ['La cérémonie a eu lieu lundi 1er septembre 2025 à Hanoï.']))
    expect(records[0]!.date).toMatchObject({ value: '2025-09-01', source: 'text', yearCertain: true, yearSource: 'stated', text: 'lundi 1er septembre 2025' })
  })

  it('skips a stated date older than a past event the text also mentions', () => {
    const { records } = extractText(toLead('Hanoï (VNA) - ', ['Le 22 décembre 1992, les deux pays ont établi leurs relations, rehaussées en décembre 2022 ; le 5 mai 2023, un accord a été signé.']))
    expect(records[0]!.date).toMatchObject({ value: '2023-05-05', text: '5 mai 2023' })
  })

  it('gives null and an info message when there is no date at all', () => {
    const { records, file } = extractText(['Un titre', '', 'Un chapeau.', '', 'Hanoï (VNA) - Un texte sans date.'])
    expect(records[0]!.date).toBeNull()
    expect(toMessageList(file, DATE_RULES)).toEqual(['1:1 date-missing'])
    expect(file.messages.find((message) => message.ruleId === 'date-missing')!.fatal).toBeUndefined()
  })

  it('lets sibling teasers lend a year, nearest to their latest date, checked against the weekday', () => {
    const { records, file } = extractText([
      'Un titre', '', 'Un chapeau.', '', 'Voir plus', '',
      'Une légende. Photo : VNA', '', 'Premier teaser', '', toSummary('le commerce le 12 juillet 2025'), '',
      'Une légende. Photo : VNA', '', 'Second teaser', '', toSummary('la défense lundi 14 juillet'), '',
      'Une légende. Photo : VNA', '', 'Troisième teaser', '', toSummary('la culture le 28 décembre'),
    ])
    expect(records.slice(1).map((record) => [record.date?.value, record.date?.yearCertain, record.date?.yearSource])).toEqual([
      ['2025-07-12', true, 'stated'], ['2025-07-14', false, 'sibling'], ['2024-12-28', false, 'sibling'],
    ])
    const reason = file.messages.find((message) => message.ruleId === 'date-year-inferred' && message.line === 17)!.reason
    expect(reason).toBe('Year of "lundi 14 juillet" inferred as 2025 from sibling teaser "Premier teaser" ("12 juillet 2025", line 11) (the weekday "lundi" agrees); a teaser: the year stays marked as a guess')
  })

  it('does not lend the teasers’ years to the lead (captured at another time)', () => {
    const { records } = extractText([
      'Un titre', '', 'Un chapeau.', '', 'Hanoi, 17 juillet (VNA) - Le texte.', '', 'Voir plus', '',
      'Une légende. Photo : VNA', '', 'Un teaser', '', toSummary('le commerce le 12 juillet 2025'),
    ])
    expect(records[0]!.date).toMatchObject({ value: '07-17', year: null })
  })
})
