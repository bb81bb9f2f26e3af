/** A normalise helper thread: its share of the archive's texts (see index.ts). */
import { parentPort, workerData } from 'node:worker_threads'
import { examineTexts, settleTexts } from '../normalise/context.ts'
import type { Examined } from '../normalise/context.ts'
import { normaliseText } from '../normalise/index.ts'
import { detectLanguage } from '../normalise/lang.ts'
import { loadLexicon } from '../normalise/lexicon.ts'
import { EMPTY_VOCABULARY, learnCleanWords } from '../normalise/vocabulary.ts'
import type { Vocabulary } from '../normalise/vocabulary.ts'
import type { FromHelper, HelperInit, Resolved, ToHelper } from './protocol.ts'

/** This thread's share of the archive's texts through normalise's two text-level steps. */
class TextShare {
  private counted: Vocabulary = EMPTY_VOCABULARY
  private examined: Examined = { clean: [], memo: new Map(), unclean: [] }

  constructor(private readonly keepAsWritten: readonly string[]) {}

  /** First pass over this share of the raw texts under the whole archive's counts: the words of its clean texts. */
  examine(counted: Vocabulary, texts: readonly string[]): string[] {
    this.counted = counted
    this.examined = examineTexts(texts, counted, this.keepAsWritten)
    return [...learnCleanWords(EMPTY_VOCABULARY, this.examined.clean).cleanWords]
  }

  /**
   * The result of each text of this share, as normaliseDump gets it from the
   * sequential context: a kept result of the first pass (the same hash sends a
   * text to the same share in both steps), else a pass with everything known.
   */
  resolve(cleanWords: readonly string[], texts: readonly string[]): Resolved[] {
    const vocabulary = { ...this.counted, cleanWords: new Set(cleanWords) }
    const options = settleTexts(this.examined, vocabulary, this.keepAsWritten)
    this.examined = { clean: [], memo: new Map(), unclean: [] }
    return texts.map((text): Resolved => {
      const known = options.memo?.get(text)
      if (known) return known
      const lang = options.languages?.get(text) ?? detectLanguage(text)
      return { result: normaliseText(text, { lexicon: options.lexicon, vocabulary, keepAsWritten: this.keepAsWritten, lang }), lang }
    })
  }
}

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
