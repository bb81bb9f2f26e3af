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

  it('accounts for every word of a page written in Markdown: title, standfirst, text, code, links, images; raw HTML is in the report', async () => {
    const page = [
      '---',
      'title: Une page écrite à la main',
      'standfirst: Un chapeau rédigé pour la page',
      'date: 2025-03-04',
      '---',
      '',
      'Du texte *en Markdown* avec `du code` et un [lien](https://example.org/article-source).',
      '',
      '![Une photo du port](https://example.org/photo.jpg)',
      '',
      '```',
      'bloc de code',
      '```',
      '',
      '<div class="encadre">Un encadré écrit en HTML</div>',
      '',
      'Une fin <b>appuyée</b>.',
      '',
    ].join('\n')
    const site = await buildInMemory([{ path: 'seeds/page.md', text: page }])
    const ledger = auditConservation(site)
    expect(ledger.unaccounted).toEqual([])
    // Every word of the page counted: title 6, standfirst 5, the texts and what HTML holds.
    expect(ledger.words).toBeGreaterThanOrEqual(40)
    const file = site.files.find((candidate) => candidate.path === 'seeds/page.md')
    const dropped = file?.messages.filter((message) => message.ruleId === 'page-html-dropped') ?? []
    expect(dropped.map((message) => `${message.line}:${message.column} ${message.actual}`)).toEqual([
      '15:1 <div class="encadre">Un encadré écrit en HTML</div>',
      '17:9 <b>',
      '17:19 </b>',
    ])
    expect(dropped[0]?.reason).toBe('Found raw HTML `<div class="encadre">Un encadré écrit en HTML</div>`, expected Markdown (HTML in a page is never copied to the site); dropped it')

    // A word of a page that no page and no report line shows is caught, where it is.
    const output = site.output.find((candidate) => candidate.path === `${site.archive.articles[0]?.url}index.html`)
    if (output) output.contents = String(output.contents).replaceAll('appuyée', '')
    expect(auditConservation(site).unaccounted.map((w) => `${w.path}:${w.line}:${w.column} ${w.word}`)).toEqual(['seeds/page.md:17:12 appuyée'])
  })

  it('counts a draft page as left out on purpose', async () => {
    const site = await buildInMemory([{ path: 'seeds/brouillon.md', text: '---\ntitle: Un brouillon\ndraft: true\n---\n\nPas encore publié.\n' }])
    const ledger = auditConservation(site)
    expect(ledger.unaccounted).toEqual([])
    expect(ledger.inReport).toBe(ledger.words)
    expect(ledger.words).toBe(5)
  })

  it('says which link addresses and images of a page are left out, so that their words are in the report', async () => {
    const page = [
      '---',
      'title: Des liens douteux',
      '---',
      '',
      'Un [lien piégé](javascript:alert(1)) et [une page](data:text/html,coucou) et [une référence][ref].',
      '',
      '![Une image embarquée](data:image/png;base64,AAAA)',
      '',
      '[ref]: vbscript:msgbox',
      '',
    ].join('\n')
    const site = await buildInMemory([{ path: 'seeds/liens.md', text: page }])
    expect(auditConservation(site).unaccounted).toEqual([])
    const file = site.files.find((candidate) => candidate.path === 'seeds/liens.md')
    const said = file?.messages.filter((message) => message.ruleId?.startsWith('page-')).map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual}`)
    expect(said).toEqual([
      '5:4 page-link-unsafe [lien piégé](javascript:alert(1))',
      '5:41 page-link-unsafe [une page](data:text/html,coucou)',
      '7:1 page-image-unsafe ![Une image embarquée](data:image/png;base64,AAAA)',
      '9:1 page-link-unsafe [ref]: vbscript:msgbox',
    ])
    const html = String(site.output.find((candidate) => candidate.path === `${site.archive.articles[0]?.url}index.html`)?.contents)
    expect(html).not.toMatch(/javascript:|data:|vbscript:/)
    expect(html).toMatch(/<a>lien piégé<\/a>/)
  })
})
