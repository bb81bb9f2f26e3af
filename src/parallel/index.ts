/**
 * Normalise's text-level work on several threads: `count` helper threads
 * each take a share of the archive's distinct texts (the main thread, which
 * has parsed meanwhile, only counts words and hands out the shares: it then
 * never needs the lexicon, whose loading the helpers did during the parse).
 *
 * Normalise learns from the whole archive (vocabulary.ts): the context of a
 * build is the archive's word counts, the clean texts found under those
 * counts, and the result of every distinct text. Building it is most of
 * normalise's work, and it splits by text, not by dump:
 *
 *   1. count     the main thread counts the words of every raw text
 *   2. examine   the distinct raw texts are shared out by a hash of the
 *                text; each thread finds the clean ones of its share under
 *                the whole archive's counts; their words are united
 *   3. resolve   the distinct texts of the blocks are shared out by the same
 *                hash (so a text meets its first-pass result again); each
 *                thread gives the result of each text of its share
 *
 * The main thread then runs normaliseDump on every dump with every result in
 * the memo, so the site and the report are byte-identical to a sequential
 * build (tests/parallel). Only texts, clean words and results cross threads;
 * the trees, records and messages never do (moving them cost more than the
 * work saved: see BENCHMARKS.md).
 *
 * Plain worker_threads rather than a pool (piscina, tinypool): each thread
 * keeps its first-pass results between steps 2 and 3, so a step must go to
 * the thread that holds the share, which a pool's any-idle-worker dispatch
 * does not do.
 */
import { Worker } from 'node:worker_threads'
import type { NormaliseOptions } from '../normalise/index.ts'
import { learnVocabulary } from '../normalise/vocabulary.ts'
import type { FromHelper, HelperInit, Resolved, ToHelper } from './protocol.ts'

const ENTRY = new URL('./worker.js', import.meta.url)

export interface NormaliseHelpers {
  /** The normalise context of a build, as createNormaliseContext(raws) gives it, with a result for every text of `values`. */
  context(raws: readonly string[], values: readonly string[]): Promise<NormaliseOptions>
  close(): Promise<void>
}

/** Start `count` helper threads now (they load the lexicon while the main thread parses). `count` ≥ 1. */
export function startHelpers(count: number, keepAsWritten: readonly string[]): NormaliseHelpers {
  const workers = Array.from({ length: count }, () => new Worker(ENTRY, { workerData: { keepAsWritten } satisfies HelperInit }))
  return {
    async context(raws, values) {
      const counted = learnVocabulary(raws)
      const rawShares = shareOut(raws, count)
      const cleanWords = new Set<string>()
      for (const reply of await ask(workers, (index) => ({ type: 'examine', counted, texts: rawShares[index] ?? [] }), 'examined')) {
        for (const word of reply.cleanWords) cleanWords.add(word)
      }

      const words = [...cleanWords]
      const valueShares = shareOut(values, count)
      const memo = new Map<string, Resolved>()
      const resolved = await ask(workers, (index) => ({ type: 'resolve', cleanWords: words, texts: valueShares[index] ?? [] }), 'resolved')
      resolved.forEach((reply, index) => (valueShares[index] ?? []).forEach((text, at) => memo.set(text, reply.results[at] as Resolved)))
      // Every text normaliseDump will ask for is in the memo: no lexicon needed on this thread.
      return { vocabulary: { ...counted, cleanWords }, keepAsWritten, memo }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}

/** The distinct texts, shared out among `count` threads by a hash of the text. */
function shareOut(texts: readonly string[], count: number): string[][] {
  const shares: string[][] = Array.from({ length: count }, () => [])
  const seen = new Set<string>()
  for (const text of texts) {
    if (seen.has(text)) continue
    seen.add(text)
    shares[hashText(text) % count]?.push(text)
  }
  return shares
}

/** FNV-1a over the UTF-16 code units: cheap, and the same on every run. */
function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

type Reply<T extends FromHelper['type']> = Extract<FromHelper, { type: T }>

/** Send each helper its message, wait for every reply of the expected type. */
function ask<T extends FromHelper['type']>(workers: Worker[], message: (index: number) => ToHelper, expected: T): Promise<Reply<T>[]> {
  return Promise.all(workers.map((worker, index) => new Promise<Reply<T>>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    const onMessage = (reply: FromHelper) => {
      cleanup()
      if (reply.type === expected) resolve(reply as Reply<T>)
      else reject(new Error(reply.type === 'failed' ? `A normalise helper thread failed: ${reply.error}` : `A normalise helper answered ${reply.type}, expected ${expected}`))
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    const onExit = (code: number) => {
      cleanup()
      reject(new Error(`A normalise helper thread stopped (exit code ${code})`))
    }
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage(message(index))
  })))
}
