/**
 * Bad input, one case a row: each row is a file dropped among the sample
 * dumps. The row states the messages the file must get (line:col severity
 * rule: reason) and the build must still make every sample article.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { PipelineResult } from '../../src/build.ts'
import { buildInMemory, readSeedFiles } from '../helpers/site.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)
const TEASER = 'Le ministre et son homologue lors de la rencontre. Photo : VNA\n\nUn titre de teaser pour le test\n\nLe ministre a rencontré son homologue le 2 mars 2025 pour parler de coopération entre les deux pays et de leurs projets communs.\n'
const LEAD = 'Un titre de test pour la robustesse\n\nUn chapeau qui résume l’article en une phrase.\n\nHanoï, 3 mars 2025 (VNA) - Le premier paragraphe du texte de test.\n\nUn second paragraphe. -VNA\n'

interface Row {
  name: string
  path: string
  bytes: Uint8Array
  /** Warnings and errors of that file, `line:col severity rule: reason` (reason may be a prefix ending with …). */
  messages: string[]
  /** Titles the file must give (omit: not checked). */
  titles?: string[]
  /** Other files dropped in with it. */
  also?: Array<{ path: string; text: string }>
}

const SLUG_BASE = 'Le Vietnam et l’ASEAN renforcent leur coopération dans la région du Mékong pour les années à venir'

const rows: Row[] = [
  { name: 'empty file', path: 'seeds/empty.txt', bytes: utf8(''), messages: ['1:1 error empty-file: Found an empty file, expected a dump: a title line, then paragraphs'], titles: [] },
  { name: 'whitespace only', path: 'seeds/blank.txt', bytes: utf8(' \n\t\n\n'), messages: ['1:1 error empty-file: Found an empty file, expected a dump: a title line, then paragraphs'], titles: [] },
  { name: 'NUL bytes (binary)', path: 'seeds/image.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), messages: ['3:1 error encoding-binary: Found a NUL byte at byte 8, expected text: this looks like a binary file'], titles: [] },
  { name: 'invalid UTF-8', path: 'seeds/junk.txt', bytes: new Uint8Array([...utf8('Titre\n\n'), 0xc3, 0x28, 0xff, 0xfe, 0xfd, 0x81, 0x82]), messages: ['3:1 error encoding-invalid: Found byte 0xc3 that is not UTF-8, expected UTF-8 text (save the file as UTF-8)'], titles: [] },
  {
    name: 'Windows-1252 text',
    path: 'seeds/latin1.txt',
    bytes: new Uint8Array([...utf8('Le Vietnam c'), 0xe9, ...utf8('l'), 0xe8, ...utf8('bre la f'), 0xea, ...utf8('te nationale\n\nHano'), 0xef, ...utf8(' (VNA) - Les c'), 0xe9, ...utf8('l'), 0xe9, ...utf8('brations ont eu lieu dans tout le pays. -VNA\n')]),
    messages: ['1:13 warning encoding-cp1252: Found byte 0xe9 that is not UTF-8, expected UTF-8; decoded as Windows-1252 (Latin-1)'],
    titles: ['Le Vietnam célèbre la fête nationale'],
  },
  {
    name: 'UTF-16 with BOM',
    path: 'seeds/utf16.txt',
    bytes: (() => {
      const text = 'Un titre venu de Windows\n\nHanoï (VNA) - Un texte enregistré en UTF-16. -VNA\n'
      const out = new Uint8Array(2 + text.length * 2)
      out.set([0xff, 0xfe])
      for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2)
      return out
    })(),
    messages: ['0:0 warning encoding-utf16: Found a UTF-16 LE byte order mark, expected UTF-8; decoded as UTF-16'],
    titles: ['Un titre venu de Windows'],
  },
  { name: 'file over the size limit', path: 'seeds/huge.txt', bytes: new Uint8Array(17 * 1024 * 1024).fill(0x61), messages: ['1:1 error file-too-large: Found a file of 17.0 MiB, expected at most 16 MiB per dump (one article page); split it or remove it'], titles: [] },
  { name: 'front matter not YAML', path: 'seeds/fm.txt', bytes: utf8('---\ntitle: "unclosed\ndate: 2025-01-01\n---\n' + LEAD), messages: ['5:1 error front-matter-yaml: Cannot read front matter: unexpected end of the stream within a double quoted scalar, expected YAML between two `---` lines'], titles: [] },
  { name: 'front matter with wrong types', path: 'seeds/fm-types.txt', bytes: utf8('---\ndate: "demain"\ntopics: 3\n---\n' + LEAD), messages: ['2:1 error front-matter-date: Expected `date` to be a date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, found `"demain"` (text)', '3:1 error front-matter-type: Expected `topics` to be a list of topic names, found `3` (number)'], titles: [] },
  { name: 'front matter with an empty topic', path: 'seeds/fm-topics.txt', bytes: utf8('---\ntopics: [Économie, "  "]\n---\n' + LEAD), messages: ['2:1 error front-matter-type: Expected every item of `topics` to be a topic name, found `"  "` (text) (item 2)'], titles: [] },
  { name: 'front matter source that is no web address', path: 'seeds/fm-source.md', bytes: utf8('---\ntitle: X\nsource: javascript:alert(1)\n---\nTexte.\n'), messages: ['3:1 warning front-matter-source: Expected `source` to be the article\'s web address (`https://…`), found `"javascript:alert(1)"` (text); shown as text, not as a link'], titles: ['X'] },
  { name: 'front matter with unknown keys', path: 'seeds/fm-unknown.txt', bytes: utf8('---\nauteur: Moi\n---\n' + LEAD), messages: ['2:1 warning front-matter-unknown-key: Unknown front matter key `auteur`, …'], titles: ['Un titre de test pour la robustesse'] },
  { name: 'slug trying ../', path: 'seeds/fm-slug.txt', bytes: utf8('---\nslug: ../../../etc/passwd\n---\n' + LEAD), messages: ['2:1 error front-matter-slug: Refused `slug` `"../../../etc/passwd"` (text): …'], titles: [] },
  { name: 'permalink that is a URL', path: 'seeds/fm-url.md', bytes: utf8('---\ntitle: X\npermalink: https://evil.example/x\n---\nTexte.\n'), messages: ['3:1 error front-matter-slug: Refused `permalink` `"https://evil.example/x"` (text): …'], titles: [] },
  { name: 'absolute slug', path: 'seeds/fm-abs.md', bytes: utf8('---\ntitle: X\nslug: /root\n---\nTexte.\n'), messages: ['3:1 error front-matter-slug: Refused `slug` `"/root"` (text): …'], titles: [] },
  { name: 'no Voir plus', path: 'seeds/no-voir-plus.txt', bytes: utf8(LEAD), messages: [], titles: ['Un titre de test pour la robustesse'] },
  {
    name: 'two Voir plus',
    path: 'seeds/two-voir-plus.txt',
    bytes: utf8(LEAD + '\nVoir plus\n\n' + TEASER + '\nVoir plus\n\n' + TEASER.replace('Un titre de teaser', 'Un autre titre de teaser')),
    messages: ['17:1 warning dump-voir-plus-repeated: Found another "Voir plus" (first one on line 9), expected one related-articles block; read what follows as more teasers'],
    titles: ['Un titre de test pour la robustesse', 'Un titre de teaser pour le test', 'Un autre titre de teaser pour le test'],
  },
  {
    name: 'only teasers',
    path: 'seeds/only-teasers.txt',
    bytes: utf8('Voir plus\n\n' + TEASER),
    messages: ['1:1 warning dump-no-lead: Found "Voir plus" before any article, expected a lead article (title, paragraphs) first; the dump has teasers only'],
    titles: ['Un titre de teaser pour le test'],
  },
  { name: 'a lone title', path: 'seeds/lone.txt', bytes: utf8('Un titre tout seul\n'), messages: ['1:1 warning lead-title-only: Found only a title line, expected a standfirst and paragraphs after it'], titles: ['Un titre tout seul'] },
  { name: 'file name with spaces, accents, uppercase', path: 'seeds/Mon Fichier Été.TXT', bytes: utf8(LEAD.replace('Un titre de test', 'Un titre accentué')), messages: [], titles: ['Un titre accentué pour la robustesse'] },
  { name: 'a .md that is not UTF-8', path: 'seeds/note.md', bytes: new Uint8Array([...utf8('# Un r'), 0xe9, ...utf8('sum'), 0xe9, ...utf8('\n\nDu texte.\n')]), messages: ['1:7 warning encoding-cp1252: Found byte 0xe9 that is not UTF-8, expected UTF-8; decoded as Windows-1252 (Latin-1)'], titles: ['Un résumé'] },
  {
    name: 'a 1 MB single line',
    path: 'seeds/long-line.txt',
    bytes: utf8('Un titre pour une ligne immense\n\nHanoï, 3 mars 2025 (VNA) - ' + 'Le texte continue sans fin, phrase après phrase. '.repeat(21000) + '-VNA\n'),
    messages: [],
    titles: ['Un titre pour une ligne immense'],
  },
  {
    name: 'two different articles whose titles slug alike (the slug keeps 80 characters)',
    path: 'seeds/slug-b.txt',
    bytes: utf8(`${SLUG_BASE}, volet culturel\n\nHanoï, 4 mars 2025 (VNA) - Second texte. -VNA\n`),
    messages: [
      `1:1 warning slug-collision: Title "${SLUG_BASE}, volet culturel" gives the slug \`le-vietnam-et-l-asean-renforcent-leur-cooperation-dans-la-region-du-mekong-pour\`, already the slug of "${SLUG_BASE}, volet économique" (seeds/slug-a.txt:1); this article is published at \`articles/le-vietnam-et-l-asean-renforcent-leur-cooperation-dans-la-region-du-mekong-pour-1boiyms/\` instead (set \`slug\` in front matter to choose another)`,
    ],
    titles: [`${SLUG_BASE}, volet culturel`],
    also: [{ path: 'seeds/slug-a.txt', text: `${SLUG_BASE}, volet économique\n\nHanoï, 3 mars 2025 (VNA) - Premier texte. -VNA\n` }],
  },
  {
    name: 'two different articles under one title (a recurring headline): both kept',
    path: 'seeds/same-title-b.txt',
    bytes: utf8('Déclaration conjointe Vietnam–Afrique du Sud\n\nPretoria, 9 juin 2024 (VNA) - Les dirigeants ont évoqué la coopération minière et portuaire. -VNA\n'),
    messages: ['1:1 warning same-title-different-text: Found another article titled "Déclaration conjointe Vietnam–Afrique du Sud" with a different text (seeds/same-title-a.txt:1), expected one text per title; kept both, as separate articles'],
    titles: ['Déclaration conjointe Vietnam–Afrique du Sud'],
    also: [{ path: 'seeds/same-title-a.txt', text: 'Déclaration conjointe Vietnam–Afrique du Sud\n\nHanoï, 3 mars 2025 (VNA) - Les deux pays ont signé un accord sur le commerce du riz. -VNA\n' }],
  },
]

let baseline: PipelineResult

beforeAll(async () => {
  baseline = await buildInMemory(readSeedFiles())
})

describe('bad input: a clear message, and the rest still builds', () => {
  for (const row of rows) {
    it(row.name, async () => {
      const result = await buildInMemory([...readSeedFiles(), ...(row.also ?? []), { path: row.path, text: row.bytes }])
      const file = result.files.find((candidate) => candidate.path === row.path)
      const got = (file?.messages ?? [])
        .filter((m) => m.fatal === true || m.fatal === false)
        .map((m) => `${m.line ?? 0}:${m.column ?? 0} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`)
      expect(got.length, got.join('\n')).toBe(row.messages.length)
      row.messages.forEach((expected, i) => {
        if (expected.endsWith('…')) expect(got[i]?.startsWith(expected.slice(0, -1)), `${got[i]} should start with ${expected}`).toBe(true)
        else expect(got[i]).toBe(expected)
      })
      const titles = result.archive.articles.filter((a) => a.provenance.some((p) => p.path === row.path)).map((a) => a.title)
      if (row.titles) expect(titles).toEqual(expect.arrayContaining(row.titles))
      if (row.titles?.length === 0) expect(titles).toEqual([])
      // Every sample article is still there.
      const have = new Set(result.archive.articles.map((a) => a.id))
      for (const article of baseline.archive.articles) expect(have.has(article.id), article.title).toBe(true)
    })
  }
})
