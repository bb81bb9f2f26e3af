import { describe, expect, it } from 'vitest'
import { isCertainDay, toDateView, toFrenchDate } from '../../src/render/dates.ts'
import type { DateInfo } from '../../src/types.ts'

const base: DateInfo = { value: '2025-07-17', year: 2025, month: 7, day: 17, precision: 'day', source: 'dateline', yearCertain: true, text: '17 juillet' }

describe('French dates', () => {
  it('formats day, month and year', () => {
    expect(toFrenchDate(17, 7, 2025)).toBe('17 juillet 2025')
    expect(toFrenchDate(1, 8, 2024)).toBe('1er août 2024')
    expect(toFrenchDate(null, 12, 2020)).toBe('décembre 2020')
    expect(toFrenchDate(null, null, 2020)).toBe('2020')
  })

  it('states a certain date as fact', () => {
    expect(toDateView(base)).toMatchObject({ text: '17 juillet 2025', qualifier: null, datetime: '2025-07-17', certain: true })
    expect(isCertainDay(base)).toBe(true)
  })

  it('shows a guessed year as a guess, with where it came from', () => {
    const view = toDateView({ ...base, year: 2019, value: '2019-07-17', yearCertain: false, yearSource: 'sibling' })
    expect(view).toMatchObject({ text: '17 juillet 2019', qualifier: '(année supposée)', datetime: '--07-17', certain: false })
    expect(view.note).toContain('les autres articles du même fichier')
    expect(view.note).toContain('17 juillet')
    expect(isCertainDay({ ...base, yearCertain: false })).toBe(false)
  })

  it('says when the year is unknown, and when there is no date', () => {
    expect(toDateView({ ...base, year: null, value: '07-17', yearCertain: false })).toMatchObject({ text: '17 juillet', qualifier: '(année inconnue)' })
    expect(toDateView(null)).toMatchObject({ text: 'Date inconnue', known: false })
  })

  it('month and year precision never claim a day', () => {
    expect(toDateView({ ...base, precision: 'month', day: null, value: '2025-07' })).toMatchObject({ text: 'juillet 2025', datetime: '2025-07' })
    expect(isCertainDay({ ...base, precision: 'month' })).toBe(false)
  })
})
