/**
 * A lean build's notes on disk (src/write/spill.ts): what the report reads
 * back is every message, in the order made, the same report bytes as with
 * the messages in memory, including messages added after the spill.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { compactMessages } from '../../src/util/messages.ts'
import { writeReport } from '../../src/write/report.ts'
import { openMessageSpill, spilledNotes, spilledWarnings } from '../../src/write/spill.ts'
import { CONSOLE_LIMIT, toConsoleReport } from '../../src/summary.ts'

/** A file with notes, warnings, an error, a ranged place, a note, an actual and non-ASCII text, out of place order. */
function fileWith(path: string, count: number): VFile {
  const file = new VFile({ path, value: '' })
  for (let i = count; i > 0; i--) {
    const place = i % 4 === 0 ? { start: { line: i, column: 2 }, end: { line: i + 1, column: 7 } } : { line: i, column: 3 }
    const message = file.message(`Trouvé « ${'é’'.repeat(i % 9)} »\nattendu x`, { ruleId: `rule-${i % 3}`, source: 'test', place })
    message.fatal = i % 13 === 0 ? true : i % 3 === 0 ? false : undefined
    if (i % 5 === 0) message.note = 'une note\nsur deux lignes'
    if (i % 7 === 0) message.actual = `texte ${i}`
  }
  return file
}

function reports(dir: string): [string, string] {
  return [readFileSync(join(dir, 'report.txt'), 'utf8'), readFileSync(join(dir, 'report.json'), 'utf8')]
}

describe('the message spill', () => {
  it('gives the report every message back, with those added after the spill', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chronique-spill-'))
    const make = () => Array.from({ length: 300 }, (_, i) => fileWith(`seeds/d${String(i).padStart(3, '0')}.txt`, i % 10 === 0 ? 0 : 20 + (i % 17)))
    const inMemory = make()
    const spilled = make()
    const spill = openMessageSpill(join(root, 'scratch'), CONSOLE_LIMIT)
    for (const file of spilled) {
      compactMessages(file)
      spill.put(file)
    }
    // The scratch file holds the notes and the warnings past the first ones; the files keep errors and those first warnings.
    expect(readdirSync(join(root, 'scratch'))).toHaveLength(1)
    const all = inMemory.flatMap((file) => file.messages)
    const notes = all.filter((message) => message.fatal == null).length
    const warnings = all.filter((message) => message.fatal === false).length
    expect(notes).toBeGreaterThan(1000)
    expect(warnings).toBeGreaterThan(CONSOLE_LIMIT * 4)
    expect(spilled.reduce((sum, file) => sum + spilledNotes(file), 0)).toBe(notes)
    const keptWarnings = spilled.flatMap((file) => file.messages).filter((message) => message.fatal === false).length
    expect(keptWarnings).toBeGreaterThanOrEqual(CONSOLE_LIMIT)
    expect(keptWarnings).toBeLessThan(CONSOLE_LIMIT + 60)
    expect(keptWarnings + spilled.flatMap((file) => spilledWarnings(file)).reduce((sum, [, n]) => sum + n, 0)).toBe(warnings)
    expect(spilled.flatMap((file) => file.messages).filter((message) => message.fatal === true)).toHaveLength(all.filter((message) => message.fatal === true).length)
    // What the console shows is the same: every error, the first warnings, the count of each rule.
    expect(toConsoleReport(spilled)).toBe(toConsoleReport(inMemory))
    // As the archive stage does: messages added afterwards, a note among them.
    for (const files of [inMemory, spilled]) {
      files[5]?.message('Ajouté après', { ruleId: 'later', place: { line: 1, column: 1 } })
      files[5]?.info('Note ajoutée après', { ruleId: 'later-note', place: { line: 2, column: 1 } })
      files[0]?.info('Sur un fichier sans messages', { ruleId: 'later-note', place: { line: 2, column: 1 } })
    }
    await writeReport(inMemory, join(root, 'memory'))
    await writeReport(spilled, join(root, 'spilled'), spill.messagesOf)
    expect(reports(join(root, 'spilled'))).toEqual(reports(join(root, 'memory')))
    expect(reports(join(root, 'memory'))[0]).toContain('Note ajoutée après')
    // Those notes go to disk in turn (putMore): the warning added stays, the report is the same bytes, here and from the thread's reading.
    const notesBefore = spilled.reduce((sum, file) => sum + spilledNotes(file), 0)
    for (const file of spilled) spill.putMore(file)
    expect(spilled.reduce((sum, file) => sum + spilledNotes(file), 0)).toBe(notesBefore + 2)
    expect(spilled[5]?.messages.some((message) => message.reason === 'Ajouté après')).toBe(true)
    expect(spilled.flatMap((file) => file.messages).some((message) => message.fatal == null)).toBe(false)
    // And a note added after that.
    for (const files of [inMemory, spilled]) files[5]?.info('Encore une note', { ruleId: 'late-note', place: { line: 3, column: 1 } })
    await writeReport(inMemory, join(root, 'memory-2'))
    await writeReport(spilled, join(root, 'spilled-2'), spill.messagesOf)
    expect(reports(join(root, 'spilled-2'))).toEqual(reports(join(root, 'memory-2')))
    expect(toConsoleReport(spilled)).toBe(toConsoleReport(inMemory))
    spill.close()
    expect(readdirSync(join(root, 'scratch'))).toEqual([])
  })

  it('makes no scratch file when no file has messages', () => {
    const root = mkdtempSync(join(tmpdir(), 'chronique-spill-'))
    const spill = openMessageSpill(join(root, 'scratch'), CONSOLE_LIMIT)
    const file = new VFile({ path: 'a.txt' })
    spill.put(file)
    expect(spill.messagesOf(file)).toEqual([])
    spill.close()
    expect(readdirSync(root)).toEqual([])
  })

  it('removes the scratch file a build killed outright left, and no live build\'s', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'chronique-spill-left-')), 'scratch')
    mkdirSync(dir)
    // The id of a process that has ended: its build was killed.
    const gone = spawnSync(process.execPath, ['-e', '']).pid as number
    writeFileSync(join(dir, `spill-${gone}-1.tmp`), 'x'.repeat(1000))
    writeFileSync(join(dir, `spill-${process.pid}-999.tmp`), 'a build of this process')
    writeFileSync(join(dir, 'report.txt'), 'not a scratch file')
    const spill = openMessageSpill(dir, CONSOLE_LIMIT)
    spill.put(fileWith('seeds/a.txt', 5))
    const names = readdirSync(dir).sort()
    expect(names).not.toContain(`spill-${gone}-1.tmp`)
    expect(names).toContain(`spill-${process.pid}-999.tmp`)
    expect(names).toContain('report.txt')
    spill.close()
  })
})
