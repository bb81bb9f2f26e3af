import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { toReportJson, toReportText, writeReport, writeReportOnThread } from '../../src/write/report.ts'

function fileWith(path: string, count: number): VFile {
  const file = new VFile({ path, value: '' })
  // Added out of place order: the report sorts them by place.
  for (let i = count; i > 0; i--) {
    const message = file.message(`Found « ${'é'.repeat(i)} »\nexpected x`, { ruleId: `rule-${i % 3}`, source: 'test', place: { line: i, column: 2 } })
    message.fatal = i % 5 === 0 ? true : i % 2 === 0 ? false : undefined
    if (i === 3) message.note = 'a note\non two lines'
    // Values JSON must escape, and absent ones (null in the JSON).
    if (i % 4 === 1) message.actual = `« ${i} »\t"quoted"\\\u2028\u0001`
    if (i === 7) {
      message.ruleId = undefined
      message.line = undefined
      message.column = undefined
      message.place = undefined
    }
  }
  return file
}

describe('writeReport', () => {
  // Written in chunks, file by file: the bytes must be those of the whole-string forms.
  it.each([
    ['no files', []],
    ['files without messages', [fileWith('a.txt', 0), fileWith('b.txt', 0)]],
    ['many files, some without messages', Array.from({ length: 400 }, (_, i) => fileWith(`seeds/d${String(i).padStart(3, '0')}.txt`, i % 7 === 0 ? 0 : 40 + (i % 11)))],
  ])('writes the text and JSON report of %s', async (_name, files) => {
    const dir = await mkdtemp(join(tmpdir(), 'chronique-report-'))
    const path = await writeReport(files, dir)
    expect(path).toBe(join(dir, 'report.txt'))
    expect(await readFile(path, 'utf8')).toBe(toReportText(files))
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe(JSON.stringify(toReportJson(files), null, 2) + '\n')
  })
})

describe('writeReportOnThread', () => {
  it('writes the same bytes as writeReport, from packed messages', async () => {
    const files = Array.from({ length: 300 }, (_, i) => fileWith(`seeds/d${String(i).padStart(3, '0')}.txt`, i % 9 === 0 ? 0 : 30 + (i % 13)))
    const [here, there] = [await mkdtemp(join(tmpdir(), 'chronique-report-')), await mkdtemp(join(tmpdir(), 'chronique-report-'))]
    await writeReport(files, here)
    expect(await writeReportOnThread(files, there, null)).toBe(join(there, 'report.txt'))
    for (const name of ['report.txt', 'report.json']) expect(await readFile(join(there, name), 'utf8'), name).toBe(await readFile(join(here, name), 'utf8'))
  })

  it('fails with the error code when the folder cannot be made', async () => {
    const root = await mkdtemp(join(tmpdir(), 'chronique-report-'))
    await writeFile(join(root, 'a-file'), '')
    await expect(writeReportOnThread([fileWith('a.txt', 2)], join(root, 'a-file', 'report'), null)).rejects.toMatchObject({ code: expect.stringMatching(/^(ENOTDIR|EEXIST)$/) })
  })
})
