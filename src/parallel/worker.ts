/**
 * An analysis worker: its share of the dumps through parse → normalise →
 * extract, in three phases the main thread synchronises (the vocabulary that
 * normalise learns belongs to the whole archive). The trees stay here between
 * phases; only counts, clean words, records and messages travel.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { VFile } from 'vfile'
import { findCleanTexts } from '../normalise/context.ts'
import type { NormaliseMemo } from '../normalise/index.ts'
import { loadLexicon } from '../normalise/lexicon.ts'
import { EMPTY_VOCABULARY, learnCleanWords, learnVocabulary } from '../normalise/vocabulary.ts'
import type { Vocabulary } from '../normalise/vocabulary.ts'
import { extractStep, normaliseStep, parseStep, rawTexts } from '../steps.ts'
import type { DumpTree } from '../types.ts'
import type { FromWorker, ToWorker, WireMessage, WorkerInit } from './protocol.ts'

const { keepAsWritten } = workerData as WorkerInit
const port = parentPort
if (!port) throw new Error('src/parallel/worker.ts runs as a worker thread')

let files: VFile[] = []
let hadError = new Set<string>()
let texts: string[] = []
const trees = new Map<string, DumpTree>()
let counted: Vocabulary = EMPTY_VOCABULARY
let memo: NormaliseMemo = new Map()

port.on('message', (message: ToWorker) => {
  try {
    port.postMessage(handle(message))
  } catch (error) {
    port.postMessage({ type: 'failed', error: (error as Error).stack ?? String(error) } satisfies FromWorker)
  }
})

function handle(message: ToWorker): FromWorker {
  const start = performance.now()
  switch (message.type) {
    case 'parse': {
      loadLexicon()
      hadError = new Set(message.files.filter((wire) => wire.hadError).map((wire) => wire.path))
      files = message.files.map((wire) => {
        const file = new VFile({ path: wire.path, value: wire.value })
        file.data.source = wire.source
        return file
      })
      for (const file of files) parseStep(file, trees)
      texts = []
      for (const file of files) {
        const tree = trees.get(file.path)
        if (tree) for (const text of rawTexts(tree)) texts.push(text)
      }
      return { type: 'parsed', counted: learnVocabulary(texts), ms: performance.now() - start }
    }
    case 'clean': {
      counted = message.counted
      const found = findCleanTexts(texts, counted, keepAsWritten)
      memo = found.memo
      texts = []
      return { type: 'cleaned', cleanWords: [...learnCleanWords(EMPTY_VOCABULARY, found.clean).cleanWords], ms: performance.now() - start }
    }
    case 'finish': {
      const context = { lexicon: loadLexicon(), vocabulary: { ...counted, cleanWords: new Set(message.cleanWords) }, keepAsWritten, memo }
      for (const file of files) normaliseStep(file, trees, context)
      const normaliseMs = performance.now() - start
      const done = files.map((file) => {
        const records = hadError.has(file.path) ? [] : extractStep(file, trees)
        trees.delete(file.path)
        return { path: file.path, records, messages: file.messages.map(toWire) }
      })
      files = []
      memo = new Map()
      return { type: 'finished', files: done, normaliseMs, extractMs: performance.now() - start - normaliseMs }
    }
  }
}

function toWire(message: object): WireMessage {
  const wire: WireMessage = { ...message }
  delete wire.stack
  return wire
}
