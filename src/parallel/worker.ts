/**
 * An analysis worker: its share of the dumps through parse → normalise →
 * extract, in four phases the main thread synchronises (see index.ts). The
 * trees stay here between phases; counts, texts, clean words, results,
 * records and messages travel.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { VFile } from 'vfile'
import { examineTexts, settleTexts } from '../normalise/context.ts'
import type { Examined } from '../normalise/context.ts'
import { normaliseText } from '../normalise/index.ts'
import { detectLanguage } from '../normalise/lang.ts'
import { loadLexicon } from '../normalise/lexicon.ts'
import { EMPTY_VOCABULARY, learnCleanWords, learnVocabulary } from '../normalise/vocabulary.ts'
import type { Vocabulary } from '../normalise/vocabulary.ts'
import { extractStep, normaliseStep, parseStep, rawTexts } from '../steps.ts'
import type { DumpTree } from '../types.ts'
import type { FromWorker, Resolved, ToWorker, WireMessage, WorkerInit } from './protocol.ts'

const { keepAsWritten } = workerData as WorkerInit
const port = parentPort
if (!port) throw new Error('src/parallel/worker.ts runs as a worker thread')

let files: VFile[] = []
let hadError = new Set<string>()
const trees = new Map<string, DumpTree>()
let counted: Vocabulary = EMPTY_VOCABULARY
/** The counts with every clean word of the archive (from phase 3 on). */
let vocabulary: Vocabulary = EMPTY_VOCABULARY
/** The first pass over this worker's share of the archive's raw texts (context.ts). */
let examined: Examined = { clean: [], memo: new Map(), unclean: [] }

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
      const raws: string[] = []
      const values = new Set<string>()
      for (const file of files) {
        const tree = trees.get(file.path)
        if (!tree) continue
        for (const text of rawTexts(tree)) raws.push(text)
        for (const block of [...(tree.lead?.children ?? []), ...tree.teasers.flatMap((teaser) => teaser.children)]) values.add(block.value)
      }
      return { type: 'parsed', counted: learnVocabulary(raws), raws: [...new Set(raws)], values: [...values], ms: performance.now() - start }
    }
    case 'clean': {
      counted = message.counted
      examined = examineTexts(message.texts, counted, keepAsWritten)
      return { type: 'cleaned', cleanWords: [...learnCleanWords(EMPTY_VOCABULARY, examined.clean).cleanWords], ms: performance.now() - start }
    }
    case 'resolve': {
      // As normaliseDump would give it with the sequential context: a kept result of the first pass, else a pass with everything known.
      vocabulary = { ...counted, cleanWords: new Set(message.cleanWords) }
      const options = settleTexts(examined, vocabulary, keepAsWritten)
      const results = message.texts.map((text): Resolved => {
        const known = options.memo?.get(text)
        if (known) return known
        const lang = options.languages?.get(text) ?? detectLanguage(text)
        return { result: normaliseText(text, { ...options, memo: undefined, languages: undefined, lang }), lang }
      })
      examined = { clean: [], memo: new Map(), unclean: [] }
      return { type: 'resolved', results, ms: performance.now() - start }
    }
    case 'finish': {
      // Every text of this worker's dumps is in the memo: normaliseDump only reads results and places messages.
      const context = { lexicon: loadLexicon(), vocabulary, keepAsWritten, memo: new Map(message.results) }
      for (const file of files) normaliseStep(file, trees, context)
      const normaliseMs = performance.now() - start
      const done = files.map((file) => {
        const records = hadError.has(file.path) ? [] : extractStep(file, trees)
        trees.delete(file.path)
        return { path: file.path, records, messages: file.messages.map(toWire) }
      })
      files = []
      return { type: 'finished', files: done, normaliseMs, extractMs: performance.now() - start - normaliseMs }
    }
  }
}

function toWire(message: object): WireMessage {
  const wire: WireMessage = { ...message }
  delete wire.stack
  return wire
}
