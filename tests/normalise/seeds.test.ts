/** The five sample dumps, as a build would see them (context learned from all of them). */
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../../src/normalise/index.ts'
import { detectLanguage } from '../../src/normalise/lang.ts'
import { checkRepairs, findSplitsInsideWords, readSeedLines, toSeedContext } from './helpers.ts'

const repair = (line: string) => normaliseText(line, { ...toSeedContext(), lang: detectLanguage(line) })

describe('the clean dumps 000 and 002', () => {
  it.each(['000', '002'])('%s: no space inserted inside a word', (prefix) => {
    const splits = readSeedLines(prefix).flatMap((line) => findSplitsInsideWords(line, repair(line).value))
    expect(splits).toEqual([])
  })
})

describe('the glued dumps 001, 003 and 004', () => {
  const lines = [...readSeedLines('001'), ...readSeedLines('003'), ...readSeedLines('004')]
  const repaired = new Map(lines.map((line) => [line, repair(line)]))
  const all = [...repaired.values()].map((result) => result.value).join('\n')

  it('every repair points at its input', () => {
    for (const [line, result] of repaired) checkRepairs(line, result.repairs)
  })

  it.each([
    'Le monde a connu', 'la pandémie de COVID-19', "L'année 2021", 'Dans ce contexte, la mission', 'continuer à maintenir',
    'développement socio-économique', 'la position du pays', "l’Année du Tigre", 'Photo : VNA', 'travail des relations',
    "diplomatie d'État", 'synchrone, créative', 'le Vietnam a promu', 'la scène internationale', 'du Conseil de sécurité',
    "sur l'UNESCO", 'trois célébrités', 'intégrale. -VNA', 'les autres pays', 'grâce aux activités', 'le 16 juillet',
    'général de corps', "d’intégration internationale", 'le Vietnam reposent', 'de maintien de la paix', 'se préparera activement',
    'Hanoï, 17 mars', 'la réception', "système d'information", 'Le ministre', 'Mai Tien Dung a également', "Tout l'équipement",
    'Pour sa part', "la plate-forme", "d'administration", 'Selon le diplomate',
  ])('repairs into "%s"', (expected) => {
    expect(all).toContain(expected)
  })

  it('keeps the names and acronyms whole', () => {
    for (const name of ['Thong Mengdavid', 'Al Jazaïralyoum', 'Matamela Cyril Ramaphosa', 'Vietcombank', '(IISPP)', '(RUPP)', '(CPPNM)', "l'AIEA", 'Phnom Penh', '30ᵉ anniversaire', 'XIVe Congrès', 'COP26']) {
      expect(all).toContain(name)
    }
  })
})
