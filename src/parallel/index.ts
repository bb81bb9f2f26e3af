/**
 * parse → normalise → extract on worker threads (both cores of the build
 * machine), giving exactly what the sequential `analyse` gives.
 *
 * Normalise learns from the whole archive (vocabulary.ts), so the dumps
 * cannot simply be split: each worker takes an interleaved share of the
 * files (in path order) and the main thread synchronises four phases:
 *
 *   1. parse     each worker parses its share, counts its words and lists its
 *                texts; the main thread adds the counts up (mergeVocabularies)
 *   2. clean     the archive's distinct raw texts are shared out by hash;
 *                each worker finds the clean ones of its share under the
 *                whole archive's counts; the main thread unites their words
 *   3. resolve   the distinct texts to normalise, shared out by the same
 *                hash: each worker gives the result of each of its share
 *   4. finish    each worker gets the result of every text of its dumps,
 *                normalises (only placing the repairs' messages) and
 *                extracts its dumps, and sends back records and messages
 *
 * Each distinct text is normalised once in the whole pool, however many
 * dumps (on several workers) share it, as in the sequential pipeline's memo.
 * The trees stay in the workers. The records are put back in path order and
 * the messages on the main thread's VFiles, so the archive, the site and the
 * report are byte-identical to a sequential build (tests/parallel).
 *
 * Plain worker_threads rather than a pool (piscina, tinypool): the work is
 * stateful (a worker keeps its trees and memo across the phases), so each
 * phase must go to the worker that holds the files, which a pool's
 * any-idle-worker dispatch does not do.
 */
import { Worker } from 'node:worker_threads'
import { VFileMessage } from 'vfile-message'
import type { VFile } from 'vfile'
import { mergeVocabularies } from '../normalise/vocabulary.ts'
import { hasError } from '../steps.ts'
import type { ArticleRecord } from '../types.ts'
import type { FromWorker, Resolved, ToWorker, WireFile, WireMessage, WorkerInit } from './protocol.ts'

const ENTRY = new URL('./worker.js', import.meta.url)

export interface ParallelTimings {
  parse: number
  normalise: number
  extract: number
}

/**
 * Run the files through parse → extract on `count` workers. Returns the
 * records in file order; messages are added to the given VFiles.
 */
export async function analyseFiles(
  files: readonly VFile[],
  keepAsWritten: readonly string[],
  count: number,
  clock: () => number,
): Promise<{ records: ArticleRecord[]; timings: ParallelTimings }> {
  const shares: VFile[][] = Array.from({ length: count }, () => [])
  files.forEach((file, index) => shares[index % count]?.push(file))
  const workers = shares.map(() => new Worker(ENTRY, { workerData: { keepAsWritten } satisfies WorkerInit }))
  try {
    let start = clock()
    const parsed = await each(workers, (_, index) => ({ type: 'parse', files: (shares[index] ?? []).map(toWire) }), 'parsed')
    const timings: ParallelTimings = { parse: clock() - start, normalise: 0, extract: 0 }

    start = clock()
    const counted = mergeVocabularies(parsed.map((reply) => reply.counted))
    const raws = shareOut(parsed.map((reply) => reply.raws), count)
    const cleaned = await each(workers, (_, index) => ({ type: 'clean', counted, texts: raws[index] ?? [] }), 'cleaned')
    const cleanWords = new Set<string>()
    for (const reply of cleaned) for (const word of reply.cleanWords) cleanWords.add(word)
    const values = shareOut(parsed.map((reply) => reply.values), count)
    const resolved = await each(workers, (_, index) => ({ type: 'resolve', cleanWords: [...cleanWords], texts: values[index] ?? [] }), 'resolved')
    const resultOf = new Map<string, Resolved>()
    resolved.forEach((reply, index) => reply.results.forEach((result, at) => resultOf.set((values[index] ?? [])[at] as string, result)))
    timings.normalise = clock() - start

    start = clock()
    const finished = await each(workers, (_, index) => ({
      type: 'finish',
      results: (parsed[index]?.values ?? []).map((text): [string, Resolved] => [text, resultOf.get(text) as Resolved]),
    }), 'finished')
    const byPath = new Map(files.map((file) => [file.path, file]))
    const recordsOf = new Map<string, ArticleRecord[]>()
    for (const reply of finished) {
      for (const done of reply.files) {
        const file = byPath.get(done.path) as VFile
        for (const wire of done.messages) file.messages.push(fromWire(wire))
        recordsOf.set(done.path, done.records)
      }
    }
    const records: ArticleRecord[] = []
    for (const file of files) for (const record of recordsOf.get(file.path) ?? []) records.push(record)
    // The phase's wall time, split between the two stages as the slowest worker spent it.
    const phase = clock() - start
    const slowest = finished.reduce((a, b) => (a.normaliseMs + a.extractMs >= b.normaliseMs + b.extractMs ? a : b))
    const share = slowest.normaliseMs / Math.max(1e-9, slowest.normaliseMs + slowest.extractMs)
    timings.normalise += phase * share
    timings.extract = phase * (1 - share)
    return { records, timings }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/**
 * The distinct texts of every worker, shared out among `count` workers by a
 * hash of the text (so a text goes to the same worker in phases 2 and 3,
 * which keeps its clean-pass result for phase 3).
 */
function shareOut(lists: readonly string[][], count: number): string[][] {
  const shares: string[][] = Array.from({ length: count }, () => [])
  const seen = new Set<string>()
  for (const list of lists) {
    for (const text of list) {
      if (seen.has(text)) continue
      seen.add(text)
      shares[hashText(text) % count]?.push(text)
    }
  }
  return shares
}

/** FNV-1a over the UTF-16 code units: cheap, and the same on every run. */
function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

function toWire(file: VFile): WireFile {
  return { path: file.path, value: String(file.value), source: file.data.source as WireFile['source'], hadError: hasError(file) }
}

/** A message back as a VFileMessage (its prototype and fields, without building a new Error and its stack). */
function fromWire(wire: WireMessage): VFileMessage {
  return Object.assign(Object.create(VFileMessage.prototype) as VFileMessage, wire, { stack: '' })
}

type Reply<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>

/** Send each worker its message, wait for every reply of the expected type. */
function each<T extends FromWorker['type']>(workers: Worker[], message: (worker: Worker, index: number) => ToWorker, expected: T): Promise<Reply<T>[]> {
  return Promise.all(workers.map((worker, index) => new Promise<Reply<T>>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    const onMessage = (reply: FromWorker) => {
      cleanup()
      if (reply.type === expected) resolve(reply as Reply<T>)
      else reject(new Error(reply.type === 'failed' ? `An analysis worker failed: ${reply.error}` : `An analysis worker answered ${reply.type}, expected ${expected}`))
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    const onExit = (code: number) => {
      cleanup()
      reject(new Error(`An analysis worker stopped (exit code ${code})`))
    }
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage(message(worker, index))
  })))
}
