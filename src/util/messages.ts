/**
 * Messages on files (vfile), made cheaply: a build makes ~35 per dump.
 */
import { stringifyPosition } from 'unist-util-stringify-position'
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Detach } from './detach.ts'

/**
 * Make a message (`file.message`, `file.info`) without recording the call
 * stack. A VFileMessage is an Error, so V8 captures the stack when one is
 * made, which is most of the cost of a message (a dump gets dozens), and
 * vfile-message then sets `stack` to '' anyway: the message is the same.
 * Only the message's construction runs with the limit at 0; it is restored
 * even if that throws.
 */
export function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * A file's messages, each made smaller once its stages are done with it
 * (build calls this per dump, after extract): the same fields for whoever
 * reads them (report, console, API; `instanceof VFileMessage` holds), but a
 * VFileMessage is an Error with sixteen own fields and a place object of two
 * points, about 300 bytes, and a build of 40,000 dumps has 1.6 million
 * messages. A compact one keeps nine fields (about 90 bytes); its place,
 * name and message are worked out when read.
 */
export function compactMessages(file: VFile, options: { own?: Detach } = {}): void {
  const messages = file.messages
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as VFileMessage
    if (Object.getPrototypeOf(message) === CompactMessage.prototype) continue
    if (isPlain(message)) messages[i] = compact(message, options.own)
    else if (options.own) {
      message.reason = options.own(message.reason)
      message.message = options.own(message.message)
    }
  }
}

/** Only messages with nothing beyond what a compact one keeps (no cause, ancestors, url, expected). */
function isPlain(message: VFileMessage): boolean {
  return message.cause === undefined && message.ancestors === undefined && message.url === undefined && message.expected === undefined
}

/**
 * A message of nine fields. Not a subclass (that would make an Error); its
 * prototype is put under VFileMessage's below, so `instanceof VFileMessage`
 * holds and every field it does not keep reads VFileMessage's default.
 */
class CompactMessage {
  declare note?: string
  declare actual?: string
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly ruleId: string | undefined,
    readonly source: string | undefined,
    readonly fatal: boolean | null | undefined,
    readonly line: number | undefined,
    readonly column: number | undefined,
    /** End of the place; -1 when the place is a point (or none: line undefined). */
    readonly endLine: number,
    readonly endColumn: number,
  ) {}
}
Object.setPrototypeOf(CompactMessage.prototype, VFileMessage.prototype)
Object.defineProperties(CompactMessage.prototype, {
  message: {
    configurable: true, enumerable: true,
    get(this: CompactMessage) {
      return this.reason
    },
  },
  place: {
    configurable: true, enumerable: true,
    get(this: CompactMessage) {
      if (this.line === undefined || this.column === undefined) return undefined
      const start = { line: this.line, column: this.column }
      return this.endLine === -1 ? start : { start, end: { line: this.endLine, column: this.endColumn } }
    },
  },
  name: {
    configurable: true, enumerable: true,
    get(this: VFileMessage) {
      // As VFile.message names it: the file's path, then the place.
      return (this.file ? `${this.file}:` : '') + (stringifyPosition(this.place) || '1:1')
    },
  },
})

/** `own`: the texts (reason, note, actual) as strings of their own, not views into the dump's text (src/util/detach.ts). */
function compact(message: VFileMessage, own: Detach | undefined): VFileMessage {
  const place = message.place
  const end = place && 'end' in place ? place.end : null
  const text = own ?? ((value: string) => value)
  const made = new CompactMessage(message.file ?? '', text(message.reason), message.ruleId, message.source, message.fatal, message.line, message.column, end ? end.line : -1, end ? end.column : -1)
  if (message.note !== undefined) made.note = text(message.note)
  if (message.actual !== undefined) made.actual = text(message.actual)
  return made as unknown as VFileMessage
}

/**
 * What the report reads of a message, as one array (JSON-safe): place,
 * severity, rule, texts. `unpackMessage` makes a compact message of it
 * again; write/spill.ts keeps a lean build's notes on disk in this form.
 */
export type PackedMessage = [
  line: number | null, column: number | null, endLine: number, endColumn: number,
  fatal: boolean | null, ruleId: string | null, source: string | null,
  reason: string, note: string | null, actual: string | null, file: string | null,
]

/** `path`: the file's path, not repeated on each message when the message names it. */
export function packMessage(message: VFileMessage, path: string): PackedMessage {
  const place = message.place
  const end = place && 'end' in place ? place.end : null
  return [
    message.line ?? null, message.column ?? null, end ? end.line : -1, end ? end.column : -1,
    message.fatal ?? null, message.ruleId ?? null, message.source ?? null,
    message.reason, message.note ?? null, message.actual ?? null, (message.file ?? '') === path ? null : (message.file ?? ''),
  ]
}

export function unpackMessage(packed: PackedMessage, path: string): VFileMessage {
  const [line, column, endLine, endColumn, fatal, ruleId, source, reason, note, actual, file] = packed
  const made = new CompactMessage(file ?? path, reason, ruleId ?? undefined, source ?? undefined, fatal, line ?? undefined, column ?? undefined, endLine, endColumn)
  if (note !== null) made.note = note
  if (actual !== null) made.actual = actual
  return made as unknown as VFileMessage
}
