import { describe, expect, it } from 'vitest'
import type { Heading, List } from 'mdast'
import { extractPage } from '../../src/extract/page.ts'
import { toDumpFile, toMessageList } from '../parse/helpers.ts'

function extractMarkdown(lines: string[]) {
  const file = toDumpFile(lines, 'seeds/note.md')
  return { records: extractPage(file), file }
}

describe('extractPage', () => {
  it('takes title, date, topics, standfirst and slug from front matter and parses the body as Markdown', () => {
    const { records, file } = extractMarkdown([
      '---', 'title: Note de la rédaction', 'date: 2025-07-05', 'topics: [Diplomatie]', 'standfirst: Pourquoi cette archive.', 'slug: note-redaction', '---',
      'Un paragraphe avec *emphase*.', '', '1. premier point', '2. second point',
    ])
    expect(toMessageList(file)).toEqual([])
    const [record] = records
    expect(record).toMatchObject({
      kind: 'page', title: 'Note de la rédaction', standfirst: 'Pourquoi cette archive.', topics: ['Diplomatie'], slug: 'note-redaction',
      date: { value: '2025-07-05', source: 'front-matter', yearCertain: true }, teaserTitles: [], figures: [], lang: 'fr',
      provenance: [{ path: 'seeds/note.md', role: 'page', startLine: 8, endLine: 11 }],
    })
    expect(record!.body.children.map((node) => node.type)).toEqual(['paragraph', 'list'])
    expect((record!.body.children[1] as List).ordered).toBe(true)
    expect(record!.body.children[0]!.position!.start).toEqual({ line: 8, column: 1, offset: 131 })
  })

  it('takes the title from the first `# heading` and removes it from the body', () => {
    const { records } = extractMarkdown(['# Le *titre* de la page', '', 'Le texte, écrit le 3 mars 2024.', '', '## Une section'])
    expect(records[0]!.title).toBe('Le titre de la page')
    expect(records[0]!.body.children.map((node) => node.type)).toEqual(['paragraph', 'heading'])
    expect((records[0]!.body.children[1] as Heading).depth).toBe(2)
    expect(records[0]!.date).toMatchObject({ value: '2024-03-03', source: 'text', position: { start: { line: 3, column: 20 } } })
  })

  it('fails with a positioned error when there is no title', () => {
    const { records, file } = extractMarkdown(['---', 'topics: [ASEAN]', '---', '', 'Un texte sans titre.'])
    expect(records).toEqual([])
    expect(toMessageList(file)).toEqual(['5:1 page-title-missing'])
    expect(file.messages[0]!.fatal).toBe(true)
    expect(file.messages[0]!.reason).toBe('Found no title, expected `title:` in front matter or a first-level heading (`# Title`)')
  })

  it('skips a draft', () => {
    const { records, file } = extractMarkdown(['---', 'title: Brouillon', 'draft: true', '---', 'Texte.'])
    expect(records).toEqual([])
    expect(toMessageList(file)).toEqual(['1:1 draft'])
  })
})
