/** A normalise helper thread: its share of the archive's texts (see index.ts). */
import { parentPort, workerData } from 'node:worker_threads'
import { loadLexicon } from '../normalise/lexicon.ts'
import type { FromHelper, HelperInit, ToHelper } from './protocol.ts'
import { TextShare } from './share.ts'

const port = parentPort
if (!port) throw new Error('src/parallel/worker.ts runs as a worker thread')
const share = new TextShare((workerData as HelperInit).keepAsWritten)
// Loaded while the main thread parses.
loadLexicon()

port.on('message', (message: ToHelper) => {
  try {
    port.postMessage(handle(message))
  } catch (error) {
    port.postMessage({ type: 'failed', error: (error as Error).stack ?? String(error) } satisfies FromHelper)
  }
})

function handle(message: ToHelper): FromHelper {
  if (message.type === 'examine') return { type: 'examined', cleanWords: share.examine(message.counted, message.texts) }
  return { type: 'resolved', results: share.resolve(message.cleanWords, message.texts) }
}
