/**
 * A lean build's notes on disk until the report is written. At 40,000
 * dumps a build has 1.6 million messages, 87 % of them notes (repairs,
 * dropped chrome): 280 MiB of heap that nothing reads before the report.
 * After extract, each file's messages go to a scratch file beside the
 * report (all of them, so that the report keeps their order); the file
 * keeps its errors (`failed` reads them) and the first warnings (what the
 * console shows; the others are counted by rule), and `file.data.spilled`
 * says where the rest is. The report reads
 * them back file by file (`messagesOf`): the same bytes as without the
 * spill (tests/lean, tests/write/spill.test.ts).
 */
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { removeLeftovers } from './leftovers.ts'
import { packMessage, unpackMessage } from '../util/messages.ts'
import type { PackedMessage } from '../util/messages.ts'

/** Where a file's messages are in the scratch file. */
export interface SpilledMessages {
  /** Byte offset and length of the file's packed messages (JSON). */
  at: number
  bytes: number
  /** How many of `file.messages` were there when spilled (the messages kept); later ones were added after. */
  kept: number
  /** Notes spilled and not kept. */
  notes: number
  /** Warnings spilled and not kept, by rule (sorted by rule; empty when the file kept its warnings). */
  warnings: Array<[rule: string, count: number]>
  /** Messages added after the first spill and spilled in turn (archive's notes), in order: where each batch is. */
  more: Array<{ at: number; bytes: number }>
}

declare module 'vfile' {
  interface DataMap {
    spilled: SpilledMessages
  }
}

export interface MessageSpill {
  /**
   * Write the file's messages to disk and keep its errors, and its warnings
   * while fewer than `keepWarnings` were kept (whole files, in the order
   * given): the console shows the first warnings and counts the others by
   * rule (summary.ts).
   */
  put(file: VFile): void
  /**
   * Later (after archive): the notes added since `put` (or since the
   * start, for a file `put` found empty) go to disk too; warnings and
   * errors stay in memory.
   */
  putMore(file: VFile): void
  /** Every message of the file, in the order they were made (spilled ones read back). */
  messagesOf(file: VFile): VFileMessage[]
  /** Everything put is on disk: the scratch file's path, for a reader of its own (readBack); null when nothing was spilled. */
  handOver(): string | null
  /** Remove the scratch file (the spilled messages are gone). */
  close(): void
}

let opened = 0

/** A scratch file's name; its group: the id of the process that made it. */
const SCRATCH_NAME = /^spill-(\d+)-\d+\.tmp$/

/**
 * A spill whose scratch file is made in `dir` on the first `put`. Files are
 * put in the order the console lists them (by path), so the warnings kept
 * are the first ones; `keepWarnings` should be at least what the console
 * shows (CONSOLE_LIMIT).
 */
export function openMessageSpill(dir: string, keepWarnings: number): MessageSpill {
  const path = join(dir, `spill-${process.pid}-${++opened}.tmp`)
  let fd: number | null = null
  let size = 0
  let pending: string[] = []
  let pendingBytes = 0
  let keptWarnings = 0
  const flush = () => {
    if (fd === null || pending.length === 0) return
    writeSync(fd, pending.join(''))
    pending = []
    pendingBytes = 0
  }
  const open = () => {
    if (fd !== null) return
    mkdirSync(dir, { recursive: true })
    // A lean build killed outright left its scratch file (hundreds of MiB at 40,000 dumps).
    removeLeftovers(dir, SCRATCH_NAME)
    fd = openSync(path, 'w+')
  }
  /** Messages packed at the end of the scratch file: where they are. */
  const write = (messages: readonly VFileMessage[], filePath: string): { at: number; bytes: number } => {
    const text = JSON.stringify(messages.map((message) => packMessage(message, filePath)))
    const bytes = Buffer.byteLength(text)
    const at = size
    size += bytes
    pending.push(text)
    pendingBytes += bytes
    if (pendingBytes >= 2 ** 20) flush()
    return { at, bytes }
  }
  /**
   * The messages added since the file was spilled (archive's), spilled in
   * turn; its warnings and errors stay (they arrive after every file's first
   * spill, and the console must show the same first warnings as a build that
   * keeps everything), only the notes go.
   */
  const putMore = (file: VFile) => {
    const spilled = file.data.spilled ?? { at: 0, bytes: 0, kept: 0, notes: 0, warnings: [], more: [] }
    const added = file.messages.slice(spilled.kept)
    if (!added.some((message) => message.fatal !== true && message.fatal !== false)) return
    open()
    file.data.spilled = spilled
    spilled.more.push(write(added, file.path))
    const kept = added.filter((message) => message.fatal === true || message.fatal === false)
    spilled.notes += added.length - kept.length
    file.messages = [...file.messages.slice(0, spilled.kept), ...kept]
    spilled.kept = file.messages.length
  }
  return {
    put(file) {
      if (file.messages.length === 0 || file.data.spilled) return
      open()
      const { at, bytes } = write(file.messages, file.path)
      const keepAll = keptWarnings < keepWarnings
      const kept: VFileMessage[] = []
      const rules = new Map<string, number>()
      let notes = 0
      for (const message of file.messages) {
        if (message.fatal === true || (message.fatal === false && keepAll)) kept.push(message)
        else if (message.fatal === false) rules.set(message.ruleId ?? '?', (rules.get(message.ruleId ?? '?') ?? 0) + 1)
        else notes++
      }
      if (keepAll) keptWarnings += kept.filter((message) => message.fatal === false).length
      const warnings = [...rules].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      file.data.spilled = { at, bytes, kept: kept.length, notes, warnings, more: [] }
      file.messages = kept
    },
    putMore,
    messagesOf(file) {
      const spilled = file.data.spilled
      if (!spilled || fd === null) return file.messages
      flush()
      return readBack(fd, path, file.path, spilled, file.messages)
    },
    handOver() {
      flush()
      return fd === null ? null : path
    },
    close() {
      if (fd === null) return
      closeSync(fd)
      fd = null
      rmSync(path, { force: true })
    },
  }
}

/**
 * Every message of the file at `filePath`, in the order they were made: its
 * spilled ones read from the scratch file (`fd`, opened on `path`), then
 * those added after the spill (the tail of `messages`, past the kept ones).
 */
export function readBack(fd: number, path: string, filePath: string, spilled: SpilledMessages, messages: readonly VFileMessage[]): VFileMessage[] {
  const packed = [spilled, ...spilled.more].flatMap((batch) => readSpilled(fd, path, batch))
  return [...packed.map((message) => unpackMessage(message, filePath)), ...messages.slice(spilled.kept)]
}

/** A batch of spilled messages, read from the scratch file (`fd`, opened on `path`). */
function readSpilled(fd: number, path: string, batch: { at: number; bytes: number }): PackedMessage[] {
  if (batch.bytes === 0) return []
  const buffer = Buffer.allocUnsafe(batch.bytes)
  let read = 0
  while (read < batch.bytes) {
    const n = readSync(fd, buffer, read, batch.bytes - read, batch.at + read)
    if (n === 0) throw new Error(`The build's message scratch file ${path} is shorter than written`)
    read += n
  }
  return JSON.parse(buffer.toString('utf8')) as PackedMessage[]
}

/** How many notes of the file are in a spill and not kept (0 when none). */
export function spilledNotes(file: VFile): number {
  return file.data.spilled?.notes ?? 0
}

/** The file's warnings in a spill and not kept, by rule. */
export function spilledWarnings(file: VFile): ReadonlyArray<[rule: string, count: number]> {
  return file.data.spilled?.warnings ?? []
}
