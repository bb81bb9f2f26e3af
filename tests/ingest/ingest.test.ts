import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestSeeds, toSourceFile } from '../../src/ingest/index.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)
const messages = (file: { messages: Array<{ line?: number | null; column?: number | null; reason: string; ruleId?: string | null; fatal?: boolean | null }> }) =>
  file.messages.map((m) => `${m.line ?? 0}:${m.column ?? 0} ${m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.ruleId}: ${m.reason}`)

describe('toSourceFile: bytes → VFile', () => {
  it('decodes UTF-8, strips a BOM and turns CRLF into LF', () => {
    const file = toSourceFile('seeds/a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Titre\r\n\r\nHanoï (VNA) - Texte.\r\n')]))
    expect(file.value).toBe('Titre\n\nHanoï (VNA) - Texte.\n')
    expect(file.data.source?.kind).toBe('dump')
    expect(file.data.source?.body).toBe(file.value)
    expect(file.messages).toEqual([])
  })

  it('blanks front matter to empty lines so positions stay those of the file', () => {
    const text = '---\ntitle: Un titre\ndate: 2025-07-17\ntopics: [diplomatie]\n---\nTitre\n\nTexte.\n'
    const file = toSourceFile('seeds/a.txt', utf8(text))
    expect(file.data.source?.matter).toEqual({ title: 'Un titre', date: '2025-07-17', topics: ['diplomatie'] })
    const body = file.data.source?.body ?? ''
    expect(body.split('\n')[5]).toBe('Titre')
    expect(body.split('\n').length).toBe(text.split('\n').length)
  })

  it('gives the YAML error position in the file', () => {
    const file = toSourceFile('seeds/bad.md', utf8('---\ntitle: [unclosed\ndate: 2025\n---\nTexte\n'))
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message?.fatal).toBe(true)
    expect(message?.ruleId).toBe('front-matter-yaml')
    expect(message?.line).toBeGreaterThanOrEqual(2)
    expect(message?.reason).toMatch(/Cannot read front matter: .*expected YAML/)
  })

  it('refuses wrong types, unsafe slugs and warns on unknown keys', () => {
    const file = toSourceFile('seeds/x.md', utf8('---\ntitle: T\ndate: demain\nslug: ../../etc\npermalink: /abs\ncolour: red\n---\nTexte\n'))
    expect(messages(file)).toEqual([
      '6:1 warning front-matter-unknown-key: Unknown front matter key `colour`, expected one of `title`, `date`, `year`, `topics`, `source`, `publication`, `slug`, `permalink`, `standfirst`, `draft`; ignored',
      '3:1 error front-matter-date: Expected `date` to be a date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, found `"demain"` (text)',
      '4:1 error front-matter-slug: Refused `slug` `"../../etc"` (text): expected lowercase letters, digits and dashes only (no `/`, `..`, URL or absolute path)',
      '5:1 error front-matter-slug: Refused `permalink` `"/abs"` (text): expected lowercase letters, digits and dashes only (no `/`, `..`, URL or absolute path)',
    ])
  })

  it('rejects an impossible date', () => {
    const file = toSourceFile('seeds/x.md', utf8('---\ntitle: T\ndate: 2025-02-30\n---\nTexte\n'))
    expect(file.messages[0]?.ruleId).toBe('front-matter-date')
  })

  it('reports an empty file and a whitespace-only file as errors at 1:1', () => {
    for (const text of ['', '  \n\t\n']) {
      const file = toSourceFile('seeds/empty.txt', utf8(text))
      expect(messages(file)).toEqual(['1:1 error empty-file: Found an empty file, expected a dump: a title line, then paragraphs'])
    }
  })

  it('refuses binary files with the place of the NUL byte', () => {
    const file = toSourceFile('seeds/bin.txt', new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x43]))
    expect(messages(file)).toEqual(['2:2 error encoding-binary: Found a NUL byte at byte 3, expected text: this looks like a binary file'])
  })

  it('decodes Windows-1252 French text with a warning', () => {
    const bytes = new Uint8Array([...utf8('Le minist'), 0xe8, ...utf8('re des Affaires '), 0xe9, ...utf8('trang'), 0xe8, ...utf8('res\n')])
    const file = toSourceFile('seeds/latin.txt', bytes)
    expect(file.value).toBe('Le ministère des Affaires étrangères\n')
    expect(messages(file)).toEqual(['1:10 warning encoding-cp1252: Found byte 0xe8 that is not UTF-8, expected UTF-8; decoded as Windows-1252 (Latin-1)'])
  })

  it('refuses invalid UTF-8 that does not look like Latin-1', () => {
    const file = toSourceFile('seeds/junk.txt', new Uint8Array([...utf8('abc'), 0xc3, 0xc3, 0xff, 0xfe, 0x80, 0x81]))
    expect(file.messages[0]?.ruleId).toBe('encoding-invalid')
    expect(file.messages[0]?.fatal).toBe(true)
  })

  it('decodes UTF-16 with a BOM, with a warning', () => {
    const text = 'Titre ảnh\n'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes[0] = 0xff
    bytes[1] = 0xfe
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8
    }
    const file = toSourceFile('seeds/u16.txt', bytes)
    expect(file.value).toBe(text)
    expect(file.messages[0]?.ruleId).toBe('encoding-utf16')
  })

  it('marks .md files as markdown', () => {
    expect(toSourceFile('seeds/Note.MD', utf8('# T\n')).data.source?.kind).toBe('markdown')
  })
})

describe('ingestSeeds: the seeds folder', () => {
  it('reads .txt and .md sorted by name, skips others with a message, never follows links', async () => {
    const root = await mkdtemp(join(tmpdir(), 'chronique-ingest-'))
    const seeds = join(root, 'seeds')
    await mkdir(seeds)
    await writeFile(join(root, 'secret.txt'), 'outside\n')
    await writeFile(join(seeds, 'b.txt'), 'B\n')
    await writeFile(join(seeds, 'a é.txt'), 'A\n')
    await writeFile(join(seeds, 'notes'), 'no extension\n')
    await writeFile(join(seeds, 'c.md'), '# C\n')
    await symlink(join(root, 'secret.txt'), join(seeds, 'link.txt'))
    const result = await ingestSeeds(seeds, root)
    expect(result.files.map((file) => file.path)).toEqual(['seeds/a é.txt', 'seeds/b.txt', 'seeds/c.md'])
    expect(result.rejected.map((file) => `${file.path} ${file.messages[0]?.ruleId}`)).toEqual([
      'seeds/link.txt skip-symlink',
      'seeds/notes skip-extension',
    ])
  })

  it('reads subfolders too, each folder in name order, passing over hidden ones and never following a linked folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'chronique-ingest-'))
    const seeds = join(root, 'seeds')
    for (const dir of ['2024/03', '2025', '.git', 'b-site']) await mkdir(join(seeds, dir), { recursive: true })
    await mkdir(join(root, 'elsewhere'))
    await writeFile(join(root, 'elsewhere', 'secret.txt'), 'outside\n')
    for (const path of ['a.txt', '2024/03/x.txt', '2024/b.txt', '2025/a.md', '.git/HEAD.txt', 'b-site/z.txt', 'c.txt']) await writeFile(join(seeds, path), `${path}\n`)
    await symlink(join(root, 'elsewhere'), join(seeds, 'linked'))
    const result = await ingestSeeds(seeds, root)
    expect(result.files.map((file) => file.path)).toEqual(['seeds/2024/03/x.txt', 'seeds/2024/b.txt', 'seeds/2025/a.md', 'seeds/a.txt', 'seeds/b-site/z.txt', 'seeds/c.txt'])
    expect(result.rejected.map((file) => `${file.path} ${file.messages[0]?.ruleId}`)).toEqual(['seeds/linked skip-symlink'])
  })
})
