/**
 * What the main thread and the analysis workers say to each other (plain
 * data: it crosses threads by structured clone).
 */
import type { Archive, ArticleRecord, NormaliseResult, SourceData, TemplateSet } from '../types.ts'
import type { RenderShard } from '../render/index.ts'
import type { StagedFiles, WriteManifest } from '../write/index.ts'
import type { Vocabulary } from '../normalise/vocabulary.ts'

/** A source file as a worker needs it (messages stay with the main thread's VFile). */
export interface WireFile {
  path: string
  value: string
  source: SourceData
  /** The file already has an error (from ingest): parsed and normalised, but no records, as in the sequential pipeline. */
  hadError: boolean
}

/** A VFileMessage's own fields, without its stack. */
export type WireMessage = Record<string, unknown>

export interface WorkerInit {
  keepAsWritten: readonly string[]
}

/** A text's normalised result and language, as normaliseDump's memo holds it. */
export type Resolved = { result: NormaliseResult; lang: 'fr' | 'vi' }

export type ToWorker =
  /** Phase 1: parse these files, count their words, list their texts. */
  | { type: 'parse'; files: WireFile[] }
  /** Phase 2: which of these raw texts (this worker's share of the archive's) are clean under the whole archive's counts. */
  | { type: 'clean'; counted: Vocabulary; texts: string[] }
  /** Phase 3: the result of each of these texts (this worker's share), knowing every clean word of the archive. */
  | { type: 'resolve'; cleanWords: string[]; texts: string[] }
  /** Phase 4: normalise and extract your files, with the result of each of their texts. */
  | { type: 'finish'; results: [string, Resolved][] }

export type FromWorker =
  | { type: 'parsed'; counted: Vocabulary; raws: string[]; values: string[]; ms: number }
  | { type: 'cleaned'; cleanWords: string[]; ms: number }
  | { type: 'resolved'; results: Resolved[]; ms: number }
  | { type: 'finished'; files: { path: string; records: ArticleRecord[]; messages: WireMessage[] }[]; normaliseMs: number; extractMs: number }
  | { type: 'failed'; error: string }

/** What a render worker is given (as workerData): the whole archive, its shard, where to stage. */
export interface RenderJob {
  archive: Archive
  templates: TemplateSet
  shard: RenderShard
  staging: string
  outDir: string
  previous: WriteManifest | null
}

export type RenderReply =
  | { type: 'rendered'; staged: StagedFiles }
  | { type: 'failed'; name: string; error: string; stack: string }
