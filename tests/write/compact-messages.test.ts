import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { compactMessages } from '../../src/util/messages.ts'
import { toReportJson, toReportText } from '../../src/write/report.ts'

function sample(): VFile {
  const file = new VFile({ path: 'seeds/a.txt', value: 'x' })
  file.info('Removed « chrome » block', { ruleId: 'chrome-banner', source: 'chronique', place: { start: { line: 3, column: 1, offset: 10 }, end: { line: 4, column: 7, offset: 30 } } })
  const warning = file.message('Year of "3 mai" inferred', { ruleId: 'date-year-inferred', source: 'chronique', place: { line: 2, column: 5 } })
  warning.note = 'a note'
  warning.actual = '3 mai'
  const error = file.message('Found nothing, expected text', { ruleId: 'empty', source: 'chronique' })
  error.fatal = true
  file.message('With a cause', { ruleId: 'internal-parse', cause: new Error('boom') })
  return file
}

const FIELDS = ['file', 'reason', 'message', 'name', 'ruleId', 'source', 'fatal', 'line', 'column', 'place', 'note', 'actual', 'url', 'expected', 'ancestors', 'stack'] as const

describe('compactMessages', () => {
  it('keeps every field a reader sees, and the report is the same', () => {
    const full = sample()
    const compacted = sample()
    compactMessages(compacted)
    expect(compacted.messages).toHaveLength(full.messages.length)
    full.messages.forEach((message, index) => {
      const small = compacted.messages[index] as VFileMessage
      expect(small).toBeInstanceOf(VFileMessage)
      for (const field of FIELDS) {
        const expected = field === 'place' && message.place && 'start' in message.place
          ? { start: { line: message.place.start.line, column: message.place.start.column }, end: { line: message.place.end.line, column: message.place.end.column } }
          : field === 'place' && message.place && 'line' in message.place ? { line: message.place.line, column: message.place.column } : message[field]
        expect([field, small[field]]).toEqual([field, expected])
      }
    })
    expect(toReportText(compacted.messages.length ? [compacted] : [])).toBe(toReportText([full]))
    expect(toReportJson([compacted])).toEqual(toReportJson([full]))
  })

  it('leaves a message with a cause as it is, and compacts a file twice without harm', () => {
    const file = sample()
    compactMessages(file)
    const once = [...file.messages]
    compactMessages(file)
    expect(file.messages).toEqual(once)
    expect(file.messages[3]?.cause).toBeInstanceOf(Error)
    expect(Object.getPrototypeOf(file.messages[3])).toBe(VFileMessage.prototype)
  })
})
