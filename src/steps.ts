/**
 * The per-dump steps of parse → normalise → extract, shared by the
 * sequential pipeline (build.ts `analyse`) and the parallel workers
 * (src/parallel/), so that both run exactly the same code on each file.
 * A crash in a step becomes an error message on that file only.
 */
import type { VFile } from 'vfile'
import { extractArticles } from './extract/index.ts'
import { extractPage } from './extract/page.ts'
import { normaliseDump } from './normalise/dump.ts'
import type { NormaliseOptions } from './normalise/index.ts'
import { parseDump } from './parse/index.ts'
import type { ArticleRecord, DumpTree } from './types.ts'

export type StepName = 'parse' | 'normalise' | 'extract'

/** Parse a dump (not a Markdown page) into `trees`. */
export function parseStep(file: VFile, trees: Map<string, DumpTree>): void {
  if (file.data.source?.kind !== 'dump') return
  guard(file, 'parse', () => trees.set(file.path, parseDump(file)))
}

/** Replace a parsed dump's tree by its normalised one. */
export function normaliseStep(file: VFile, trees: Map<string, DumpTree>, context: NormaliseOptions): void {
  const tree = trees.get(file.path)
  if (tree) guard(file, 'normalise', () => trees.set(file.path, normaliseDump(tree, file, context)))
}

/** The article records of a file (none when it has an error). */
export function extractStep(file: VFile, trees: ReadonlyMap<string, DumpTree>): ArticleRecord[] {
  if (hasError(file)) return []
  let found: ArticleRecord[] = []
  guard(file, 'extract', () => {
    const tree = trees.get(file.path)
    found = file.data.source?.kind === 'markdown' ? extractPage(file) : tree ? extractArticles(tree, file) : []
  })
  return found
}

/** The raw text of every block of a dump: what the archive's vocabulary is learnt from. */
export function rawTexts(tree: DumpTree): string[] {
  const texts: string[] = []
  for (const block of tree.lead?.children ?? []) texts.push(block.raw)
  for (const teaser of tree.teasers) for (const block of teaser.children) texts.push(block.raw)
  return texts
}

export function hasError(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}

/** Run one stage on one file; a crash becomes an error message on that file only. */
export function guard(file: VFile, stage: string, run: () => unknown): void {
  try {
    run()
  } catch (error) {
    const message = file.message(`Internal error in ${stage}: ${(error as Error).message ?? String(error)}; this dump was skipped (please report it)`, {
      ruleId: `internal-${stage}`, source: 'chronique', cause: error as Error,
    })
    message.fatal = true
  }
}
