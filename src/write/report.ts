/**
 * The build report: every message of every file (info included: repairs,
 * dropped chrome with its full text), as text for people and JSON for tools.
 * Not deployed. Laid out like vfile-reporter (`line:col-line:col  severity
 * reason  rule`), but measured with `.length`: a large archive has tens of
 * thousands of notes, and vfile-reporter's per-cell string-width made the
 * report cost more than the build (6 s for 1,000 dumps).
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/**
 * Writes report.txt and report.json file by file, in chunks: at 40,000 dumps
 * they hold 1.6 million messages (0.7 GB), which must not be built as two
 * strings in memory. The bytes are those of toReportText and of
 * `JSON.stringify(toReportJson(files), null, 2)`.
 */
export async function writeReport(files: readonly VFile[], dir: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, 'report.txt')
  writeChunks(path, toReportChunks(files))
  writeChunks(join(dir, 'report.json'), toJsonChunks(files))
  return path
}

/** `JSON.stringify(toReportJson(files), null, 2)` and a newline, a file at a time. */
function* toJsonChunks(files: readonly VFile[]): Generator<string> {
  if (files.length === 0) return yield '[]\n'
  for (const [index, file] of files.entries()) {
    yield `${index === 0 ? '[' : ','}\n  ${JSON.stringify(toFileJson(file), null, 2).replace(/\n/g, '\n  ')}`
  }
  yield '\n]\n'
}

/** Write `chunks` to `path`, about 1 Mi characters at a time. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w')
  try {
    let pending: string[] = []
    let size = 0
    for (const chunk of chunks) {
      pending.push(chunk)
      size += chunk.length
      if (size < 2 ** 20) continue
      writeSync(fd, pending.join(''))
      pending = []
      size = 0
    }
    if (pending.length > 0) writeSync(fd, pending.join(''))
  } finally {
    closeSync(fd)
  }
}

export type Severity = 'error' | 'warning' | 'info'

export function toSeverity(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Every file with its messages (and their notes), then a count line. */
export function toReportText(files: readonly VFile[], keep: (message: VFileMessage) => boolean = () => true): string {
  return [...toReportChunks(files, keep)].join('')
}

/** toReportText a file at a time. */
function* toReportChunks(files: readonly VFile[], keep: (message: VFileMessage) => boolean = () => true): Generator<string> {
  const counts = { error: 0, warning: 0, info: 0 }
  let first = true
  for (const file of files) {
    const messages = file.messages.filter(keep).sort(byPlace)
    if (messages.length === 0) continue
    yield (first ? '' : '\n\n') + toFileBlock(file.path, messages)
    first = false
    for (const message of messages) counts[toSeverity(message)]++
  }
  yield first ? 'no issues found\n' : toCountLine(counts)
}

function toCountLine(counts: Record<Severity, number>): string {
  const total = counts.error + counts.warning + counts.info
  const parts = [counts.error && `${counts.error} errors`, counts.warning && `${counts.warning} warnings`, counts.info && `${counts.info} notes`].filter(Boolean)
  return `\n\n${total} messages (${parts.join(', ')})\n`
}

function toFileBlock(path: string, messages: readonly VFileMessage[]): string {
  const places = messages.map(toPlace)
  const width = Math.max(...places.map((place) => place.length))
  const lines = [path]
  messages.forEach((message, index) => {
    const severity = toSeverity(message).padEnd(7)
    lines.push(`${(places[index] ?? '').padEnd(width)}  ${severity} ${message.reason.replace(/\n/g, ' ')}  ${message.ruleId ?? ''}`.trimEnd())
    if (message.note) lines.push(`  [note]: ${message.note.replace(/\n/g, '\n  ')}`)
  })
  return lines.join('\n')
}

/** In reading order (stages add their messages one after the other). */
function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

function toPlace(message: VFileMessage): string {
  const place = message.place
  if (!place) return '1:1'
  if ('start' in place) return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  return `${place.line}:${place.column}`
}

export function toReportJson(files: readonly VFile[]) {
  return files.map(toFileJson)
}

function toFileJson(file: VFile) {
  return {
    path: file.path,
    messages: file.messages.map((message) => ({
      line: message.line ?? null,
      column: message.column ?? null,
      severity: toSeverity(message),
      ruleId: message.ruleId ?? null,
      reason: message.reason,
      actual: message.actual ?? null,
    })),
  }
}
