/**
 * parse → normalise → extract on worker threads (both cores of the build
 * machine), giving exactly what the sequential `analyse` gives.
 *
 * Normalise learns from the whole archive (vocabulary.ts), so the dumps
 * cannot simply be split: each worker takes an interleaved share of the
 * files (in path order) and the main thread synchronises three phases:
 *
 *   1. parse        each worker parses its share and counts its words;
 *                   the main thread adds the counts up (mergeVocabularies)
 *   2. clean pass   each worker finds its clean texts under the whole
 *                   archive's counts; the main thread unites their words
 *   3. finish       each worker normalises and extracts its share with the
 *                   whole context, and sends back records and messages
 *
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
import type { FromWorker, ToWorker, WireFile, WireMessage, WorkerInit } from './protocol.ts'

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
    const cleaned = await each(workers, () => ({ type: 'clean', counted }), 'cleaned')
    const cleanWords = new Set<string>()
    for (const reply of cleaned) for (const word of reply.cleanWords) cleanWords.add(word)
    timings.normalise = clock() - start

    start = clock()
    const finished = await each(workers, () => ({ type: 'finish', cleanWords: [...cleanWords] }), 'finished')
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
