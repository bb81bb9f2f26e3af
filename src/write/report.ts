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
import { Worker } from 'node:worker_threads'
import { packMessage } from '../util/messages.ts'
import type { PackedMessage } from '../util/messages.ts'
import type { SpilledMessages } from './spill.ts'

/**
 * Writes report.txt and report.json in one pass over the files, in chunks:
 * at 40,000 dumps they hold 1.6 million messages (0.7 GB), which must not
 * be built as two strings in memory. The bytes are those of toReportText
 * and of `JSON.stringify(toReportJson(files), null, 2)`. `messagesOf` gives
 * a file's messages (a lean build's notes are read back from disk: spill.ts).
 */
export async function writeReport(files: readonly VFile[], dir: string, messagesOf: (file: VFile) => VFileMessage[] = (file) => file.messages): Promise<string> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, 'report.txt')
  const text = openChunks(path)
  const json = openChunks(join(dir, 'report.json'))
  try {
    const report = createTextReport((chunk) => text.write(chunk))
    for (const [index, file] of files.entries()) {
      // Made while the site is finished (build.ts): the writer thread's answer and Pagefind's start must not wait for the whole report.
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve))
      const messages = messagesOf(file)
      json.write(`${index === 0 ? '[' : ','}\n  ${toFileJsonText(file.path, messages)}`)
      report.add(file.path, messages)
    }
    report.end()
    json.write(files.length === 0 ? '[]\n' : '\n]\n')
  } finally {
    text.close()
    json.close()
  }
  return path
}

/** What the report thread is given: each file's messages (packed), and where a lean build spilled the rest. */
export interface ReportJob {
  dir: string
  /** The lean build's scratch file (spill.ts), null when none. */
  scratch: string | null
  files: Array<{ path: string; messages: PackedMessage[]; spilled: SpilledMessages | null }>
}

export type ReportReply = { type: 'written'; path: string } | { type: 'failed'; code: string | null; error: string }

/**
 * writeReport on a thread of its own, so that the main thread can go on
 * (render) while it is made: the same bytes. The files' messages must be
 * final (the stages that add them are done); `scratch` is the lean build's
 * spill, handed over (MessageSpill.handOver). The main thread only packs the
 * messages it holds.
 */
export function writeReportOnThread(files: readonly VFile[], dir: string, scratch: string | null): Promise<string> {
  const job: ReportJob = {
    dir,
    scratch,
    files: files.map((file) => ({ path: file.path, messages: file.messages.map((message) => packMessage(message, file.path)), spilled: file.data.spilled ?? null })),
  }
  return new Promise<string>((resolve, reject) => {
    const worker = new Worker(new URL('./report-worker.js', import.meta.url), { workerData: job })
    let settled = false
    worker.once('message', (reply: ReportReply) => {
      settled = true
      if (reply.type === 'written') resolve(reply.path)
      else reject(Object.assign(new Error(reply.error), reply.code === null ? {} : { code: reply.code }))
    })
    worker.once('error', (error) => {
      settled = true
      reject(error)
    })
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The report thread stopped (exit code ${code})`))
    })
  })
}

/** Files of the report between two turns of the event loop. */
const YIELD_EVERY = 256

/** A file written about 1 Mi characters at a time. */
function openChunks(path: string): { write(chunk: string): void; close(): void } {
  const fd = openSync(path, 'w')
  let pending: string[] = []
  let size = 0
  const flush = () => {
    if (pending.length > 0) writeSync(fd, pending.join(''))
    pending = []
    size = 0
  }
  return {
    write(chunk) {
      pending.push(chunk)
      size += chunk.length
      if (size >= 2 ** 20) flush()
    },
    close() {
      try {
        flush()
      } finally {
        closeSync(fd)
      }
    },
  }
}

export type Severity = 'error' | 'warning' | 'info'

export function toSeverity(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Every file with its messages (and their notes), then a count line. */
export function toReportText(files: readonly VFile[], keep: (message: VFileMessage) => boolean = () => true): string {
  const chunks: string[] = []
  streamReportText(files, (chunk) => chunks.push(chunk), keep)
  return chunks.join('')
}

/**
 * toReportText a file at a time, each chunk given to `write`: at 40,000
 * dumps the report is 0.3 GB of text, which `check` prints without making
 * it one string (that took 1.7 GB more at the end of the run).
 */
export function streamReportText(files: readonly VFile[], write: (chunk: string) => void, keep: (message: VFileMessage) => boolean = () => true): void {
  const report = createTextReport(write)
  for (const file of files) report.add(file.path, file.messages.filter(keep))
  report.end()
}

/** The text report, a file at a time: `add` each file's messages (any order: sorted by place here), then `end`. */
function createTextReport(write: (chunk: string) => void): { add(path: string, messages: readonly VFileMessage[]): void; end(): void } {
  const counts = { error: 0, warning: 0, info: 0 }
  let first = true
  return {
    add(path, messages) {
      if (messages.length === 0) return
      const sorted = [...messages].sort(byPlace)
      write((first ? '' : '\n\n') + toFileBlock(path, sorted))
      first = false
      for (const message of sorted) counts[toSeverity(message)]++
    },
    end() {
      write(first ? 'no issues found\n' : toCountLine(counts))
    },
  }
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

/**
 * `JSON.stringify(toFileJson(path, messages), null, 2)`, indented one level
 * (an item of the report's array), written out field by field: the generic
 * pretty-printer and the re-indenting took half the report's time.
 */
function toFileJsonText(path: string, messages: readonly VFileMessage[]): string {
  if (messages.length === 0) return `{\n    "path": ${JSON.stringify(path)},\n    "messages": []\n  }`
  const items = messages.map(
    (message) =>
      `      {\n        "line": ${JSON.stringify(message.line ?? null)},\n        "column": ${JSON.stringify(message.column ?? null)},\n        "severity": "${toSeverity(message)}",\n        "ruleId": ${JSON.stringify(message.ruleId ?? null)},\n        "reason": ${JSON.stringify(message.reason)},\n        "actual": ${JSON.stringify(message.actual ?? null)}\n      }`,
  )
  return `{\n    "path": ${JSON.stringify(path)},\n    "messages": [\n${items.join(',\n')}\n    ]\n  }`
}

export function toReportJson(files: readonly VFile[]) {
  return files.map((file) => toFileJson(file.path, file.messages))
}

function toFileJson(path: string, messages: readonly VFileMessage[]) {
  return {
    path,
    messages: messages.map((message) => ({
      line: message.line ?? null,
      column: message.column ?? null,
      severity: toSeverity(message),
      ruleId: message.ruleId ?? null,
      reason: message.reason,
      actual: message.actual ?? null,
    })),
  }
}
