/**
 * Nothing is lost: every word of every sample dump is on a page of the site
 * or in the build report under a named rule.
 */
import { describe, expect, it } from 'vitest'
import { auditConservation } from '../../src/ledger.ts'
import { buildInMemory, readSeedFiles } from '../helpers/site.ts'

describe('conservation ledger', () => {
  it('accounts for every word of the sample dumps', async () => {
    const site = await buildInMemory(readSeedFiles())
    const ledger = auditConservation(site)
    expect(ledger.unaccounted.map((w) => `${w.path}:${w.line}:${w.column} ${w.word}`)).toEqual([])
    expect(ledger.words).toBeGreaterThan(5000)
    expect(ledger.onPages + ledger.inReport).toBe(ledger.words)
  })

  it('catches a word that no page and no report line shows', async () => {
    const site = await buildInMemory([{ path: 'seeds/a.txt', text: 'Un titre\n\nHanoï (VNA) - Un texte avec zyxwvu dedans. -VNA\n' }])
    const page = site.output.find((file) => file.path === `${site.archive.articles[0]?.url}index.html`)
    if (page) page.contents = String(page.contents).replaceAll('zyxwvu', '')
    expect(auditConservation(site).unaccounted.map((w) => `${w.line}:${w.column} ${w.word}`)).toEqual(['3:29 zyxwvu'])
  })
})
