/**
 * The lean build: for archives too large to hold every dump's text and tree
 * at once (40,000 dumps are 0.5 GB of text, and their trees twice that).
 *
 * Normalise learns from the whole archive before it repairs any dump
 * (normalise/vocabulary.ts), which is why the plain build parses every dump
 * and keeps every tree until normalise ends. The lean build reads the
 * archive twice instead:
 *
 *   1. as ingest reads each file, the collector below parses it, keeps the
 *      raw text of its blocks (one copy per distinct text: teasers repeat
 *      across dumps) and lets the file's text go;
 *   2. analyse (build.ts) learns the context from those texts, then takes
 *      one dump at a time: reads it again, parses, normalises, extracts,
 *      and keeps only its records and messages, as strings of their own
 *      (util/detach.ts), so that nothing holds the dump's text.
 *
 * The second parse is the price (about 0.15 ms per dump). The site and the
 * report are the same bytes as the plain build's (tests/lean).
 */
import { VFile } from 'vfile'
import { releaseSource, reloadSource } from './ingest/index.ts'
import { blocksOf, parseDump } from './parse/index.ts'
import { detachString } from './util/detach.ts'
import type { DumpTree } from './types.ts'

export interface LeanSource {
  /** The raw text of every block of a dump, by the dump's content hash; the same text is the same string. */
  raws: ReadonlyMap<string, readonly string[]>
  /** Read a released file again (false, with an error on the file, when it cannot be). */
  reload(file: VFile): boolean
  /** Let a file's text go again. */
  release(file: VFile): void
  /** Let the texts of the first pass go (once the context is learnt: it keeps those it needs). */
  forget(): void
  /** Time spent parsing in the first pass (ms). */
  parseMs: number
}

/** The first pass, file by file as ingest reads them (`collect` is ingest's `onFile`). */
export function createLeanCollector(cwd: string, clock: () => number = () => 0): { collect: (file: VFile) => void; source: LeanSource } {
  const raws = new Map<string, readonly string[]>()
  const interned = new Map<string, string>()
  const source: LeanSource = {
    raws,
    reload: (file) => reloadSource(file, cwd),
    release: releaseSource,
    forget: () => {
      raws.clear()
      interned.clear()
    },
    parseMs: 0,
  }
  const intern = (text: string) => {
    let own = interned.get(text)
    if (own === undefined) {
      own = detachString(text)
      interned.set(own, own)
    }
    return own
  }
  const collect = (file: VFile) => {
    const hash = file.data.source?.hash
    if (file.data.source?.kind === 'dump' && hash !== undefined && !raws.has(hash)) {
      const start = clock()
      // As the plain build: a dump whose parse fails has no tree, so no words to learn (the second pass reports the failure).
      const tree = parseAside(file)
      raws.set(hash, tree ? blocksOf(tree).map((block) => intern(block.raw)) : [])
      source.parseMs += clock() - start
    }
    releaseSource(file)
  }
  return { collect, source }
}

/**
 * The tree of a dump as read now, parsed on a scratch copy: the messages of
 * its parse are made on the file itself by the build's own pass. Null when
 * the parse fails (the build reports why).
 */
export function parseAside(file: VFile): DumpTree | null {
  const scratch = new VFile({ path: file.path, value: file.value })
  scratch.data.source = file.data.source
  try {
    return parseDump(scratch)
  } catch {
    return null
  }
}
