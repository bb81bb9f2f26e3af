import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config.ts'
import { toConfigFailure } from './helpers.ts'

const fail = toConfigFailure

describe('config: people, notPeople, organisations', () => {
  it('reads them, a bare name standing for a person without aliases', () => {
    const { config, file } = resolveConfig([
      'people:',
      '  - name: Tô Lâm',
      '    aliases: [To Lam]',
      '  - Pham Minh Chinh',
      'notPeople: [Hô Chi Minh-Ville]',
      'organisations:',
      '  - name: Organisation des Nations unies',
      '    short: ONU',
      '    aliases: [Nations unies]',
      '  - name: Assemblée nationale',
      '',
    ].join('\n'))
    expect(file.messages).toEqual([])
    expect(config.people).toEqual([{ name: 'Tô Lâm', aliases: ['To Lam'] }, { name: 'Pham Minh Chinh', aliases: [] }])
    expect(config.notPeople).toEqual(['Hô Chi Minh-Ville'])
    expect(config.organisations).toEqual([
      { name: 'Organisation des Nations unies', short: 'ONU', aliases: ['Nations unies'] },
      { name: 'Assemblée nationale', aliases: [] },
    ])
  })

  it('defaults to empty lists', () => {
    const { config } = resolveConfig('title: X\n')
    expect([config.people, config.notPeople, config.organisations]).toEqual([[], [], []])
  })

  it('gives clear errors with positions', () => {
    expect(fail('people: Tô Lâm\n')).toBe('1:1 config-type: Expected `people` to be a list, found `"Tô Lâm"` (text)')
    expect(fail('people:\n  - aliases: [x]\n')).toBe('1:1 config-type: Expected `people[0].name` to be text, found `undefined` (undefined)')
    expect(fail('people:\n  - name: X\n    aliases: y\n')).toBe('3:5 config-type: Expected `people[0].aliases` to be a list of words, found `"y"` (text)')
    expect(fail('people:\n  - Tô Lâm\n  - name: to lam\n')).toBe('1:1 config-duplicate-person: Person `to lam` is listed twice in `people`, expected one entry per person (put other spellings in its `aliases`)')
    expect(fail('notPeople: 3\n')).toBe('1:1 config-type: Expected `notPeople` to be a list of words, found `3` (number)')
    expect(fail('organisations:\n  - name: X\n    short: onu\n')).toBe('3:5 config-type: Expected `organisations[0].short` to be an acronym in capitals and digits (`ONU`, `G20`), found `"onu"` (text)')
    expect(fail('organisations:\n  - [ONU]\n')).toBe('1:1 config-type: Expected `organisations[0]` to be a mapping with a name, found a list')
    expect(fail('organisations:\n  - { name: A, short: ONU }\n  - { name: B, short: ONU }\n')).toBe('1:1 config-duplicate-organisation: Organisation `ONU` is listed twice in `organisations`, expected one entry per organisation')
  })
})
