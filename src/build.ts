/**
 * Runs the stages in order. `runPipeline` is pure (values in, values out:
 * tests run the whole site in memory); `build` adds the edges (read seeds,
 * templates and config; write dist/).
 */
import { createHash } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { VFile } from 'vfile'
import { buildArchive } from './archive/index.ts'
import { createRecordSlimmer } from './archive/merge.ts'
import { CONFIG_FILE, ConfigError, lineOf, resolveConfig } from './config.ts'
import { extractArticles } from './extract/index.ts'
import { extractPage } from './extract/page.ts'
import { ingestSeeds, toSourceFile, visitSeeds } from './ingest/index.ts'
import { normaliseDump } from './normalise/dump.ts'
import type { NormaliseOptions } from './normalise/index.ts'
import { blocksOf, parseDump } from './parse/index.ts'
import { createNormaliseContext } from './normalise/context.ts'
import { forgetLexicon } from './normalise/lexicon.ts'
import { forgetTextMemos } from './util/text.ts'
import { STATIC_FOLDER, TemplateError, renderSite } from './render/index.ts'
import { noteMissingHost } from './render/feeds/index.ts'
import { SEARCHED_PAGES, SITE_TOP_LEVEL } from './render/urls.ts'
import { readTemplates } from './ingest/templates.ts'
import type { Archive, ArticleRecord, DateInfo, DumpTree, OutputFile, ResolvedConfig, TemplateSet, UserConfig } from './types.ts'
import { openSite } from './write/index.ts'
import { findForeignContent, findOutputClash } from './write/guard.ts'
import { SearchError } from './write/search.ts'
import type { KeptPath } from './write/guard.ts'
import { UsageError } from './errors.ts'
import { writeReport, writeReportOnThread } from './write/report.ts'
import { compactMessages } from './util/messages.ts'
import { isInside } from './util/paths.ts'
import { createDetach, detachDeep } from './util/detach.ts'
import { createLeanCollector, parseAside } from './lean.ts'
import { PageKeys, auditSource } from './ledger.ts'
import type { Ledger } from './ledger.ts'
import { openMessageSpill } from './write/spill.ts'
import { CONSOLE_LIMIT } from './summary.ts'
import type { MessageSpill } from './write/spill.ts'
import type { LeanSource } from './lean.ts'
import { startHelpers } from './parallel/index.ts'
import type { WriteManifest, WriteResult } from './write/index.ts'
import { loadCache, resolveCacheDir, saveCache } from './cache/store.ts'

/** The manifest of the last written site, under `.chronique/cache/`. */
const MANIFEST_FILE = 'manifest.bin'

/** Where a build is, for a progress line: `done` of `total` files through `stage`. */
export interface ProgressEvent {
  stage: StageName
  done: number
  total: number
}

/** The templates that ship with Chronique (used unless `templatesDir` is given). */
export const DEFAULT_TEMPLATES = join(packageRoot(), 'templates')

/** The folder of Chronique's package.json, above this module (in src/, or in the bundle src/bin.js runs from node_modules/.cache/). */
function packageRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url))
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir
    if (dirname(dir) === dir) return dirname(start)
  }
}

export type StageName = 'ingest' | 'parse' | 'normalise' | 'extract' | 'archive' | 'render' | 'ledger' | 'write'

export interface PipelineInput {
  /** Source files, already through `toSourceFile` (or `ingestSeeds`). */
  files: VFile[]
  config: ResolvedConfig
  templates: TemplateSet
  /** Messages of files refused at ingest, reported with the rest. */
  rejected?: VFile[]
}

/** What parse → archive make of the input: everything render needs. */
export interface Analysis {
  archive: Archive
  /** Every file with its messages (rejected ones included), sorted by path. */
  files: VFile[]
  /** Each dump's normalised tree (empty when `keepTrees` was false, or the analysis lean). */
  trees: Map<string, DumpTree>
  /** With `keepTrees`, the dumps that had a tree, in order: those of `trees`, or of a lean analysis, which kept none. */
  parsed?: string[]
  timings: Partial<Record<StageName, number>>
  /** Files with at least one error (fatal message). */
  failed: string[]
}

export interface PipelineResult extends Analysis {
  output: OutputFile[]
}

/** A whole run of parse → render on values. Never throws for a bad dump. */
export async function runPipeline(
  input: PipelineInput,
  clock: () => number = () => 0,
  onProgress: (event: ProgressEvent) => void = () => {},
): Promise<PipelineResult> {
  const analysis = await analyse(input, clock, onProgress)
  onProgress({ stage: 'render', done: 0, total: analysis.archive.articles.length })
  const start = clock()
  const output = await renderSite(analysis.archive, input.templates)
  analysis.timings.render = clock() - start
  return { ...analysis, output }
}

export interface AnalyseOptions {
  /**
   * Keep each dump's tree (the conservation ledger of `check` reads them);
   * a lean analysis lists the dumps that had one instead (`parsed`: the
   * ledger parses them again). False lets a tree go as soon as its articles
   * are extracted: a build keeps only what render needs. Default true.
   */
  keepTrees?: boolean
  /**
   * Helper threads for normalise's text-level work (src/parallel/); 0 or 1
   * runs it all on this thread. Same result either way. Default 0.
   */
  workers?: number
  /**
   * The lean build (src/lean.ts): the input files were released as ingest
   * read them (createLeanCollector); each is read again, analysed and let go
   * in turn. Same result; trees are never kept (workers are ignored).
   */
  lean?: LeanSource
  /**
   * Called on each file of a lean build once extract is done with it: the
   * build moves its notes to disk until the report (write/spill.ts).
   */
  spill?: (file: VFile) => void
  /** Called on each file of a lean build once archive is done: its notes go to disk too (the text of merged copies left out). */
  spillMore?: (file: VFile) => void
}

/** parse → normalise → extract → archive. */
export async function analyse(
  input: PipelineInput,
  clock: () => number = () => 0,
  onProgress: (event: ProgressEvent) => void = () => {},
  options: AnalyseOptions = {},
): Promise<Analysis> {
  const keepTrees = options.keepTrees ?? true
  const timings: Partial<Record<StageName, number>> = {}
  const timed = <T>(stage: StageName, run: () => T): T => {
    const start = clock()
    const result = run()
    timings[stage] = (timings[stage] ?? 0) + (clock() - start)
    return result
  }
  const files = [...input.files].sort((a, b) => compare(a.path, b.path))
  const trees = new Map<string, DumpTree>()

  const report = (stage: StageName, done: number) => {
    if (done % 100 === 0 || done === files.length) onProgress({ stage, done, total: files.length })
  }
  const firstByHash = new Map<string, string>()
  const records: ArticleRecord[] = []
  let leanParsed: string[] | undefined
  if (options.lean) {
    // In a function of its own: the normalise context and its memos are let go before archive.
    leanParsed = keepTrees ? [] : undefined
    for (const record of analyseLean(files, options.lean, input.config, { timed, report, firstByHash, spill: options.spill, parsed: leanParsed })) records.push(record)
  } else {
    // Helper threads start now: they load the lexicon while this thread parses.
    const helpers = (options.workers ?? 0) >= 2 ? startHelpers(options.workers ?? 0, input.config.keepAsWritten) : null
    try {
      timed('parse', () => {
        files.forEach((file, index) => {
          report('parse', index + 1)
          if (file.data.source?.kind === 'dump' && !isCopy(file, firstByHash)) parseStep(file, trees)
        })
      })
      // The archive's vocabulary is learnt from the raw text of every block; normaliseDump asks for each block's value.
      const blocks = [...trees.values()].flatMap(blocksOf)
      const raws = blocks.map((block) => block.raw)
      const start = clock()
      const context = helpers ? await helpers.context(raws, blocks.map((block) => block.value)) : createNormaliseContext(raws, input.config.keepAsWritten)
      timings.normalise = clock() - start
      timed('normalise', () => {
        for (const [index, file] of files.entries()) {
          report('normalise', index + 1)
          normaliseStep(file, trees, context)
        }
      })
    } finally {
      await helpers?.close()
    }
    timed('extract', () => {
      for (const [index, file] of files.entries()) {
        report('extract', index + 1)
        for (const record of extractStep(file, trees)) records.push(record)
        if (!keepTrees) {
          trees.delete(file.path)
          // Its stages are done with the file's messages: they wait for the report in a smaller form.
          compactMessages(file)
        }
      }
    })
  }
  const byPath = new Map(files.map((file) => [file.path, file]))
  onProgress({ stage: 'archive', done: 0, total: records.length })
  // The records are given up: those no article keeps go once merged.
  const archive = timed('archive', () => buildArchive(records, input.config, byPath, { release: true }))
  // The archive's messages (a note with its text for each copy of an article merge left text out of) wait for the report in the smaller form too, their notes on disk in a lean build.
  if (!keepTrees || options.lean) {
    for (const file of files) {
      options.spillMore?.(file)
      compactMessages(file)
    }
  }
  const all = [...files, ...(input.rejected ?? [])].sort((a, b) => compare(a.path, b.path))
  return { archive, files: all, trees, parsed: leanParsed ?? (keepTrees ? [...trees.keys()] : undefined), timings, failed: all.filter(hasError).map((file) => file.path) }
}

/**
 * The lean build's parse → normalise → extract (src/lean.ts): the context is
 * learnt from the texts kept by the first pass, then each file is read
 * again, analysed and let go. Returns the records, strings of their own.
 */
function analyseLean(files: readonly VFile[], lean: LeanSource, config: ResolvedConfig, step: LeanSteps): ArticleRecord[] {
  const { timed, report, firstByHash } = step
  const trees = new Map<string, DumpTree>()
  const records: ArticleRecord[] = []
  // The same texts in the same order as the plain build’s: every block of each dump (copies left out), dumps by path.
  const raws: string[] = []
  const counted = new Set<string>()
  for (const file of files) {
    const hash = file.data.source?.hash
    if (file.data.source?.kind !== 'dump' || hash === undefined || counted.has(hash)) continue
    counted.add(hash)
    for (const raw of lean.raws.get(hash) ?? []) raws.push(raw)
  }
  lean.forget()
  // What is kept of each dump gets strings of its own, one per distinct text, so that nothing holds the dump's text.
  const own = createDetach()
  // Each text's result is let go after its last use: most texts occur once.
  const uses = new Map<string, number>()
  for (const raw of raws) uses.set(raw, (uses.get(raw) ?? 0) + 1)
  const context = timed('normalise', () => ({ ...createNormaliseContext(raws, config.keepAsWritten), own, uses }))
  // The copies of a teaser come in merge order (files by path): those merge takes only a place and a date from are made bare.
  const slim = createRecordSlimmer()
  raws.length = 0
  for (const [index, file] of files.entries()) {
    report('normalise', index + 1)
    if (!lean.reload(file)) continue
    if (file.data.source?.kind === 'dump' && !isCopy(file, firstByHash)) timed('parse', () => parseStep(file, trees))
    if (trees.has(file.path)) step.parsed?.push(file.path)
    timed('normalise', () => normaliseStep(file, trees, context))
    timed('extract', () => {
      for (const record of extractStep(file, trees)) records.push(slim(detachDeep(record, own)))
      trees.delete(file.path)
      // The notes go to disk first (written out as they are), then what stays is made compact.
      step.spill?.(file)
      compactMessages(file, { own })
      lean.release(file)
    })
  }
  return records
}

interface LeanSteps {
  timed: <T>(stage: StageName, run: () => T) => T
  report: (stage: StageName, done: number) => void
  firstByHash: Map<string, string>
  spill?: ((file: VFile) => void) | undefined
  /** Where to list the dumps that had a tree (AnalyseOptions.keepTrees). */
  parsed?: string[] | undefined
}

export interface BuildOptions {
  cwd?: string
  seeds?: string
  out?: string
  baseUrl?: string
  configPath?: string
  templatesDir?: string
  /** Write the site even when some dumps have errors (without those dumps). */
  allowErrors?: boolean
  /** Run everything but writing (`chronique check`). */
  dryRun?: boolean
  /** Build the Pagefind index (default true). */
  search?: boolean
  /** Where the build report goes (default `.chronique`, relative to cwd). */
  reportDir?: string
  /**
   * Reuse what the last build wrote (default true): the manifest in
   * `<reportDir>/cache/` lists every file written with its content hash; a
   * file whose content did not change, and that is still as written, is
   * hard-linked from the current site instead of written again, and the
   * search index is kept when no page changed. False writes everything.
   */
  cache?: boolean
  /** Kept in memory between builds of one process (`chronique dev`); read from disk when absent. */
  memory?: BuildMemory
  /**
   * Helper threads for normalise's text-level work (`--workers N`). Default
   * 0: on the 2-core build machine they save less than their start-up costs
   * at 4,000 dumps (BENCHMARKS.md). The site is the same either way.
   */
  workers?: number
  /**
   * Write the files on a thread of their own while render makes the next
   * pages. Default: from WRITER_THREAD_MIN_FILES files on.
   */
  writerThread?: boolean
  /**
   * Write the report on a thread of its own while render runs (same bytes).
   * Default: from REPORT_THREAD_MIN_FILES files on, when the report goes
   * outside the output folder.
   */
  reportThread?: boolean
  /**
   * Trade build time for memory (`--low-memory`): V8 compacts its heap as it
   * goes (see withHeapFlags), and the build is lean unless `lean` is false.
   * Peak memory 17 % lower at 20,000 and 40,000 dumps, 13–14 % slower. Same
   * site. Default: from LOW_MEMORY_MIN_FILES entries in the seeds folder on
   * (never for `check` unless asked).
   */
  lowMemory?: boolean
  /** Called as the stages go (stage, count): for a progress line. */
  onProgress?: (event: ProgressEvent) => void
  /**
   * The lean build (src/lean.ts): each dump's text and tree are let go once
   * it is analysed, at the cost of a second parse. Default: from
   * LEAN_MIN_FILES entries in the seeds folder on, for `check` too (its
   * ledger then reads each dump again). The site, the report and the
   * ledger are the same either way.
   */
  lean?: boolean
}

/** What `build` keeps between builds of one process (dev). */
export interface BuildMemory {
  manifest?: WriteManifest | null
  /**
   * The last analysis (parse → archive) and what it was made from: the
   * next build reuses it when the dumps and the config are the same (only
   * templates changed), and renders at once. Not kept for a lean build.
   */
  analysis?: { key: string; analysis: Analysis } | undefined
}

export interface BuildResult extends Analysis {
  /** HTML pages made (written or not): a build streams them to disk, a check drops them once the ledger has their text. */
  pages: number
  /** The conservation ledger (`check`, dryRun; null for a build). */
  ledger: Ledger | null
  config: ResolvedConfig
  configFile: VFile
  written: WriteResult | null
  /** Why nothing was written, when it was not. */
  notWritten: string | null
  /** The build report (`.chronique/report.txt`), null for `check`. */
  reportPath: string | null
  totalMs: number
  /** The analysis was the last build's (BuildMemory: same dumps and config). */
  analysisReused?: boolean
  /** Time spent writing the report (on its thread during render, or while the site was finished: not a share of the total); null when none was written. */
  reportMs?: number | null
  /** What the manifest of the last build gave (null with `cache: false`). */
  cache: { warning: string | null; loadMs: number; saveMs: number } | null
}

/** The whole build with its edges. Throws `StageError` only for problems outside the dumps. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd()
  const clock = () => performance.now()
  const begin = clock()
  const configPath = options.configPath ?? CONFIG_FILE
  const configText = await readFile(resolve(cwd, configPath), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && options.configPath === undefined) return null
    throw new StageError('ingest', `Cannot read config file ${configPath}: ${error.code ?? error.message}`)
  })
  const overrides: Partial<UserConfig> = {}
  if (options.seeds !== undefined) overrides.seeds = options.seeds
  if (options.out !== undefined) overrides.out = options.out
  if (options.baseUrl !== undefined) overrides.baseUrl = options.baseUrl
  const { config, file: configFile } = resolveConfig(configText, configPath, overrides)
  noteMissingHost(configFile, config)

  const ingestStart = clock()
  const seedsDir = resolve(cwd, config.seeds)
  // The kind of build goes by the size of the archive unless the options say; --low-memory makes it lean too (unless --no-lean).
  const entries = options.lean !== undefined && options.lowMemory !== undefined ? 0 : countEntries(seedsDir)
  const lowMemory = options.lowMemory ?? (!options.dryRun && entries >= LOW_MEMORY_MIN_FILES)
  const collector = options.lean ?? (lowMemory || entries >= LEAN_MIN_FILES) ? createLeanCollector(cwd, clock) : null
  const reportDir = resolve(cwd, options.reportDir ?? '.chronique')
  if (!options.dryRun) checkOutputFolder(config, configFile, { cwd, configPath: configText === null ? null : resolve(cwd, configPath), templatesDir: templatesDirOf(options, cwd), reportDir, fromFlag: options.out !== undefined })
  // The report is written at the end, and a lean build writes beside it from extract on: a folder it cannot make fails now, not after the build.
  if (!options.dryRun) makeReportDir(reportDir, options.reportDir ?? '.chronique')
  // A lean build keeps its notes on disk from extract to the report (a check, which writes nothing, keeps them in memory).
  const spill = collector && !options.dryRun ? openMessageSpill(reportDir, CONSOLE_LIMIT) : null
  const started: Started = { cwd, clock, begin, config, configFile, seedsDir, ingestStart, collector, reportDir, spill }
  if (!collector && !lowMemory) return buildFrom(options, started)
  try {
    return await withHeapFlags({ tight: collector !== null, small: lowMemory }, () => buildFrom(options, started))
  } finally {
    spill?.close()
  }
}

/** Where build() is when the config is read and the kind of build chosen. */
interface Started {
  cwd: string
  clock: () => number
  begin: number
  config: ResolvedConfig
  configFile: VFile
  seedsDir: string
  ingestStart: number
  collector: ReturnType<typeof createLeanCollector> | null
  /** Where the report goes (`.chronique`). */
  reportDir: string
  spill: MessageSpill | null
}

/**
 * Run `work` with V8's heap set for memory. The flags are V8's and
 * process-wide (the writer and report threads follow them too); each is put
 * back to its default afterwards.
 *
 * - `tight` (a lean build): the heap grows by 25 % after each full
 *   collection instead of V8's own factor (up to 4× the live heap). A lean
 *   build keeps ~1 GB live at 40,000 dumps, and V8's default let the
 *   process reach 3 GB; with 25 %: 2,135 MiB, same wall time (BENCHMARKS.md).
 * - `small` (`--low-memory`): V8's `--optimize-for-size`. Its full
 *   collections move objects out of any page with 20 % free space, up to
 *   6 MB each (V8's ComputeEvacuationHeuristics; by default from 70 % free,
 *   up to 4 MB), and the young generation stays small. An analysis leaves
 *   pages half full (its garbage outlives the young generation), and this
 *   keeps V8 from holding them. At 40,000 dumps: peak RSS 1,159 → 959 MiB,
 *   wall time +13 % (medians of 3; BENCHMARKS.md, eighth round). Not put
 *   back when the process was started with the flag.
 */
async function withHeapFlags<T>(heap: { tight: boolean; small: boolean }, work: () => Promise<T>): Promise<T> {
  const small = heap.small && !startedOptimizedForSize()
  if (heap.tight) setFlagsFromString(`--heap-growing-percent=${LEAN_HEAP_GROWING_PERCENT}`)
  if (small) setFlagsFromString('--optimize-for-size')
  try {
    return await work()
  } finally {
    if (heap.tight) setFlagsFromString('--heap-growing-percent=0')
    if (small) setFlagsFromString('--no-optimize-for-size')
  }
}

/** Node was started with V8's --optimize-for-size (then a build leaves it on). */
function startedOptimizedForSize(): boolean {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((arg) => /^--optimi[sz]e[-_]for[-_]size$/.test(arg))
}

const LEAN_HEAP_GROWING_PERCENT = 25

async function buildFrom(options: BuildOptions, started: Started): Promise<BuildResult> {
  const { cwd, clock, begin, config, configFile, seedsDir, ingestStart, collector, reportDir, spill } = started
  const ingested = await ingestSeeds(seedsDir, cwd, { onFile: collector?.collect }).catch((error: NodeJS.ErrnoException) => {
    const found = error.code === 'ENOENT' ? 'does not exist' : error.code === 'ENOTDIR' ? 'is a file' : `cannot be read (${error.code ?? error.message})`
    const reason = `The seeds folder ${config.seeds} ${found}, expected a folder of dumps (\`.txt\`) and pages (\`.md\`)`
    // Named by the config file (the flag's folder was checked before): said at its line.
    if (options.seeds === undefined && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) {
      const message = configFile.message(reason, { ruleId: 'config-seeds', source: 'chronique', place: lineOf(String(configFile.value), 'seeds') })
      message.fatal = true
      throw new ConfigError(configFile)
    }
    throw new StageError('ingest', reason)
  })
  if (ingested.files.length === 0 && !ingested.rejected.some((file) => file.messages.some((message) => message.fatal))) {
    configFile.message(`Found no dump in the seeds folder ${config.seeds} (no \`.txt\` or \`.md\` file in it or its subfolders), expected the archive's dumps there; the site has no article`, {
      ruleId: 'seeds-empty',
      source: 'chronique',
      place: lineOf(String(configFile.value), 'seeds'),
    })
  }
  const templatesDir = templatesDirOf(options, cwd)
  // A templates folder of one's own holds what it changes: the shipped templates give the rest, as a Hugo theme does.
  const templates = await readTemplates(templatesDir, templatesDir === DEFAULT_TEMPLATES ? undefined : DEFAULT_TEMPLATES).catch((error: NodeJS.ErrnoException) => {
    throw new StageError('ingest', `Cannot read templates folder ${templatesDir}: ${error.code ?? error.message}`)
  })
  // With the lean build, ingest parsed each dump once as it read it: that time is parse's.
  const firstParseMs = collector?.source.parseMs ?? 0
  const ingestMs = clock() - ingestStart - firstParseMs

  const useCache = options.cache ?? true
  const cacheDir = resolveCacheDir(reportDir)
  let cacheInfo: BuildResult['cache'] = null
  let manifest: WriteManifest | null = null
  if (useCache && !options.dryRun) {
    const loadStart = clock()
    let warning: string | null = null
    if (options.memory?.manifest !== undefined) manifest = options.memory.manifest
    else {
      const loaded = await loadCache<WriteManifest>(cacheDir, MANIFEST_FILE)
      manifest = isManifest(loaded.value) ? loaded.value : null
      warning = loaded.warning ?? (loaded.value !== null && manifest === null ? `Ignored the build cache ${cacheDir}: unexpected contents; writing every file` : null)
    }
    cacheInfo = { warning, loadMs: clock() - loadStart, saveMs: 0 }
    if (warning) configFile.message(warning, { ruleId: 'cache-ignored', source: 'chronique' })
  }
  // Dev: the same dumps and config give the same analysis (render and the report only read it).
  const memory = options.memory
  const key = memory && !collector && !options.dryRun ? analysisKey(ingested.files, ingested.rejected, config) : null
  const remembered = key !== null && memory?.analysis?.key === key ? memory.analysis.analysis : null
  if (memory && !remembered) memory.analysis = undefined
  const analysis: Analysis = remembered
    ? { ...remembered, files: [...remembered.files], timings: {} }
    : await analyse({ files: ingested.files, rejected: ingested.rejected, config, templates }, clock, options.onProgress, {
        keepTrees: options.dryRun === true,
        workers: options.workers ?? 0,
        lean: collector?.source,
        spill: spill?.put,
        spillMore: spill?.putMore,
      })
  if (memory && key !== null && !remembered) memory.analysis = { key, analysis: { ...analysis, files: [...analysis.files], timings: {} } }
  if (collector) {
    // Render needs neither the lexicon nor what extract and archive memoised (~70 MB at 40,000 dumps); a later build loads them again.
    forgetLexicon()
    forgetTextMemos()
  }
  analysis.timings.ingest = ingestMs
  if (collector) analysis.timings.parse = (analysis.timings.parse ?? 0) + firstParseMs
  analysis.files.unshift(configFile)

  let written: WriteResult | null = null
  let reportPath: string | null = null
  let reportMs: number | null = null
  let notWritten: string | null = null
  let ledger: Ledger | null = null
  let pages = 0
  const countPages = (file: OutputFile) => {
    if (file.path.endsWith('.html')) pages++
  }
  options.onProgress?.({ stage: 'render', done: 0, total: analysis.archive.articles.length })
  const renderStart = clock()
  if (options.dryRun) {
    notWritten = 'check only (nothing is written)'
    // The ledger reads the text of the articles' pages, not the pages: they are not kept.
    const pageKeys = new PageKeys(analysis.archive)
    await renderSite(analysis.archive, templates, (file) => {
      countPages(file)
      pageKeys.add(file)
    }, { releaseBodies: collector !== null }).catch(sayTemplate)
    const ledgerStart = clock()
    analysis.timings.render = ledgerStart - renderStart
    const dumps = analysis.parsed ?? []
    options.onProgress?.({ stage: 'ledger', done: 0, total: dumps.length })
    ledger = auditSource({
      files: analysis.files,
      archive: analysis.archive,
      dumps,
      pages: pageKeys,
      onProgress: (done, total) => options.onProgress?.({ stage: 'ledger', done, total }),
      // A lean check kept no tree and no text: each file is read again (an error on it if it changed meanwhile) and let go.
      ...(collector
        ? { open: (file) => collector.source.reload(file), done: (file) => collector.source.release(file), treeOf: (_path, file) => (file ? parseAside(file) : null) }
        : { treeOf: (path) => analysis.trees.get(path) ?? null }),
    })
    analysis.timings.ledger = clock() - ledgerStart
    analysis.failed = analysis.files.filter(hasError).map((file) => file.path)
  } else if (analysis.failed.length > 0 && !options.allowErrors) {
    notWritten = `${analysis.failed.length} file(s) with errors; ${config.out}/ left as it was (use --allow-errors to write the site without them)`
    // Rendered all the same (and dropped), so that a template error shows now, not after the dumps are fixed.
    await renderSite(analysis.archive, templates, countPages).catch(sayTemplate)
    analysis.timings.render = clock() - renderStart
  } else {
    // Each page goes to the staging folder as soon as it is rendered; a template error removes the staging folder.
    const outDir = resolve(cwd, config.out)
    const threads = options.writerThread ?? ingested.files.length >= WRITER_THREAD_MIN_FILES
    // The report says nothing of the writing, and the messages are final once analysed: it is made on a thread of its
    // own while render runs (or, for a smaller archive, while the writer and Pagefind finish); not when it goes inside
    // the output folder, which the swap replaces.
    const beside = !isInside(reportDir, outDir)
    // With the cache, the site replaced is kept in the cache folder, and the next build stages into it (src/write/spare.ts).
    const spareDir = useCache && !isInside(cacheDir, outDir) ? join(cacheDir, SPARE_FOLDER) : undefined
    const site = await openSite(outDir, { search: options.search ?? true, searchGlob: SEARCHED_PAGES, previous: manifest, thread: threads, smallWriter: collector !== null, spareDir }).catch(sayWrite)
    const reportingAside = beside && (options.reportThread ?? ingested.files.length >= REPORT_THREAD_MIN_FILES) ? report(analysis.files, true) : null
    reportingAside?.catch(() => {})
    try {
      // A lean build lets the articles' bodies go once their pages are made.
      await renderSite(analysis.archive, templates, (file) => {
        countPages(file)
        site.add(file)
      }, { releaseBodies: collector !== null })
    } catch (error) {
      await site.abort()
      await reportingAside?.catch(() => {})
      if (error instanceof TemplateError) sayTemplate(error)
      sayWrite(error)
    }
    const rendered = clock()
    analysis.timings.render = rendered - renderStart - site.addMs
    options.onProgress?.({ stage: 'write', done: 0, total: 1 })
    const finishing = site.finish().then((done) => {
      analysis.timings.write = site.addMs + (clock() - rendered)
      return done
    })
    const reporting = reportingAside ?? (beside ? report(analysis.files) : null)
    const [finished, reported] = await Promise.allSettled([finishing, reporting])
    if (finished.status === 'rejected') sayWrite(finished.reason)
    if (reported.status === 'rejected') throw reported.reason
    written = finished.value
    reportPath = reported.value
  }
  const result = { ...analysis, pages, ledger }
  if (cacheInfo && written) {
    const saveStart = clock()
    // The site is written: a cache that cannot be saved (no room left) costs the next build its shortcuts, nothing more.
    const saved = await saveCache(cacheDir, MANIFEST_FILE, written.manifest).then(
      () => true,
      async (error: NodeJS.ErrnoException) => {
        await rm(join(cacheDir, MANIFEST_FILE), { force: true }).catch(() => {})
        configFile.message(`Cannot save the build cache in ${shownPath(cacheDir, cwd)}: ${error.code ?? error.message}; the site is written, and the next build writes every file`, { ruleId: 'cache-not-saved', source: 'chronique' })
        return false
      },
    )
    if (options.memory) options.memory.manifest = saved ? written.manifest : null
    cacheInfo.saveMs = clock() - saveStart
  }
  // The report is written whether or not the site is: it says why not.
  if (reportPath === null && !options.dryRun) reportPath = await report(result.files)
  return { ...result, config, configFile, written, notWritten, reportPath, totalMs: clock() - begin, analysisReused: remembered !== null, reportMs, cache: cacheInfo }

  /** A mistake in the templates is the user's: said as a StageError naming the file (`templates/…:line:col`), with LiquidJS's excerpt. */
  function sayTemplate(error: unknown): never {
    if (!(error instanceof TemplateError)) throw error
    const from = error.place && !existsSync(join(templatesDir, error.place.file)) ? DEFAULT_TEMPLATES : templatesDir
    const where = error.place ? `${shownPath(join(from, error.place.file), cwd)}:${error.place.line}:${error.place.column}: ` : ''
    const excerpt = error.excerpt ? `\n${error.excerpt}` : ''
    throw new StageError('render', `${where}${error.reason}; nothing was written${excerpt}`)
  }

  /**
   * A system error while the site is written (no room left, no permission,
   * a read-only file system) is the machine's, not a bug: said as a
   * StageError naming the output folder, which is left as it was (the
   * staging folder is gone by then). Anything else is given back as it is.
   */
  function sayWrite(error: unknown): never {
    if (error instanceof SearchError) throw new StageError('write', `Cannot build the search index: ${error.message}; ${config.out} left as it was (--no-search builds the site without it)`)
    const code = (error as NodeJS.ErrnoException | null)?.code
    if (error instanceof StageError || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error
    throw new StageError('write', `Cannot write the site to ${config.out}: ${(error as Error).message}; ${config.out} left as it was (expected room on the disk and permission to write beside it)`)
  }

  function report(files: VFile[], onThread = false): Promise<string> {
    const start = clock()
    const writing = onThread ? writeReportOnThread(files, reportDir, spill?.handOver() ?? null) : writeReport(files, reportDir, spill?.messagesOf)
    return writing.then(
      (path) => {
        reportMs = clock() - start
        return path
      },
      (error: NodeJS.ErrnoException) => {
        throw new StageError('write', `Cannot write the build report in ${options.reportDir ?? '.chronique'}: ${error.code ?? error.message}`)
      },
    )
  }
}

/** What an analysis is made from: the config, and each file's path and content hash (a refused file's messages). */
function analysisKey(files: readonly VFile[], rejected: readonly VFile[], config: ResolvedConfig): string {
  const hash = createHash('sha256').update(JSON.stringify(config))
  for (const file of files) hash.update(`\0${file.path}\0${file.data.source?.kind}\0${file.data.source?.hash}`)
  for (const file of rejected) hash.update(`\0${file.path}\0${JSON.stringify(file.messages.map((message) => [message.ruleId, message.reason, message.line, message.column]))}`)
  return hash.digest('hex')
}

/** Make the report folder, or say why it cannot be made (`shown`: as the user gave it). */
function makeReportDir(dir: string, shown: string): void {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (error) {
    throw new StageError('write', `Cannot make the report folder ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}, expected a folder Chronique can write`)
  }
}

/**
 * From this many entries in the seeds folder on, a build is lean (src/lean.ts):
 * below it, holding every dump at once stays under 1 GiB and the plain build
 * is faster (BENCHMARKS.md).
 */
export const LEAN_MIN_FILES = 5000

/**
 * From this many entries in the seeds folder on, a build is also low-memory
 * (BuildOptions.lowMemory). A lean build's peak grows by about 20 MiB per
 * 1,000 dumps (766 MiB at 20,000, 1,159 MiB at 40,000) and would pass 1 GiB
 * at about 33,000; low-memory keeps 40,000 dumps at 959 MiB, for 13 % more
 * time (BENCHMARKS.md, eighth round).
 */
export const LOW_MEMORY_MIN_FILES = 30_000

function countEntries(dir: string): number {
  try {
    let count = 0
    visitSeeds(dir, () => count++)
    return count
  } catch {
    return 0 // ingest says why it cannot read the folder
  }
}

/** Below this many files, starting the writer thread costs more than it saves (see BENCHMARKS.md). */
export const WRITER_THREAD_MIN_FILES = 300

/**
 * From this many files, the report is made on a thread of its own (BENCHMARKS.md,
 * alternating runs on the RAM disk: +0.16 s at 1,000 dumps, +0.07 s at 2,000,
 * -0.20 s at 4,000): below, the thread's start and the packing of the
 * messages cost more than the report.
 */
export const REPORT_THREAD_MIN_FILES = 3000

function isManifest(value: unknown): value is WriteManifest {
  const manifest = value as WriteManifest | null
  if (typeof manifest !== 'object' || manifest === null || typeof manifest.outDir !== 'string' || typeof manifest.files !== 'object' || manifest.files === null) return false
  const spare = manifest.spare
  return spare === undefined || spare === null || (typeof spare === 'object' && typeof spare.dir === 'string' && typeof spare.files === 'object' && spare.files !== null)
}

/** The spare site's folder in the cache folder (WriteOptions.spareDir). */
const SPARE_FOLDER = 'spare'

/** An error outside any one dump (config, folders, disk), named by stage. */
export class StageError extends Error {
  constructor(readonly stage: StageName, message: string) {
    super(`[${stage}] ${message}`)
  }
}

export { ConfigError }

/** Parse a dump into `trees`. */
function parseStep(file: VFile, trees: Map<string, DumpTree>): void {
  guard(file, 'parse', () => trees.set(file.path, parseDump(file)))
}

/** Replace a parsed dump's tree by its normalised one. */
function normaliseStep(file: VFile, trees: Map<string, DumpTree>, context: NormaliseOptions): void {
  const tree = trees.get(file.path)
  if (tree) guard(file, 'normalise', () => trees.set(file.path, normaliseDump(tree, file, context)))
}

/** The article records of a file (none when it has an error). */
function extractStep(file: VFile, trees: ReadonlyMap<string, DumpTree>): ArticleRecord[] {
  if (hasError(file)) return []
  let found: ArticleRecord[] = []
  guard(file, 'extract', () => {
    const tree = trees.get(file.path)
    found = file.data.source?.kind === 'markdown' ? extractPage(file) : tree ? extractArticles(tree, file) : []
  })
  for (const record of found) record.date = withoutPosition(record.date)
  return found
}

/**
 * A date without its place in the dump: extract's messages are made, and
 * nothing after extract reads it. Three objects less per record (40,000
 * dumps make 290,000 records: about 100 MB).
 */
function withoutPosition(date: DateInfo | null): DateInfo | null {
  if (date === null || date.position === undefined) return date
  const { position: _position, ...rest } = date
  return rest
}

function hasError(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}

/** Run one stage on one file; a crash becomes an error message on that file only. */
function guard(file: VFile, stage: StageName, run: () => unknown): void {
  try {
    run()
  } catch (error) {
    const message = file.message(`Internal error in ${stage}: ${(error as Error).message ?? String(error)}; this dump was skipped (please report it)`, {
      ruleId: `internal-${stage}`, source: 'chronique', cause: error as Error,
    })
    message.fatal = true
  }
}

/**
 * The same bytes as a file earlier by path (a dump saved twice under two
 * names): one set of articles, and a note on the copy instead of every
 * message twice.
 */
function isCopy(file: VFile, firstByHash: Map<string, string>): boolean {
  const hash = file.data.source?.hash
  if (!hash) return false
  const first = firstByHash.get(hash)
  if (first === undefined) {
    firstByHash.set(hash, file.path)
    return false
  }
  file.info(`Same content as \`${first}\`: this file duplicates it, so its articles are taken from \`${first}\` only`, {
    ruleId: 'duplicate', source: 'chronique', place: { line: 1, column: 1 },
  })
  return true
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Build a VFile from text, as ingest would from bytes (tests, API users). */
export function fromText(path: string, text: string): VFile {
  return toSourceFile(path, new TextEncoder().encode(text))
}

function templatesDirOf(options: BuildOptions, cwd: string): string {
  return options.templatesDir === undefined ? DEFAULT_TEMPLATES : resolve(cwd, options.templatesDir)
}

/**
 * Refuse an output folder that is, holds or is inside what the build reads
 * (src/write/guard.ts): before anything is read or written. Said on the
 * config file's `out:` when the config set it, else as a usage mistake of
 * `--out`.
 */
function checkOutputFolder(config: ResolvedConfig, configFile: VFile, where: { cwd: string; configPath: string | null; templatesDir: string; reportDir: string; fromFlag: boolean }): void {
  const { cwd, configPath, templatesDir, reportDir, fromFlag } = where
  const kept: KeptPath[] = [
    { path: resolve(cwd, config.seeds), name: `the seeds folder (${config.seeds})`, noneInside: true },
    { path: templatesDir, name: `the templates folder (${shownPath(templatesDir, cwd)})`, noneInside: true },
    { path: cwd, name: 'the folder the command runs in', noneInside: false },
    // The report and the build cache (with the spare site) live there.
    { path: reportDir, name: `the report folder (${shownPath(reportDir, cwd)})`, noneInside: true, mayHold: true },
  ]
  if (configPath !== null) kept.push({ path: configPath, name: `the config file (${shownPath(configPath, cwd)})`, noneInside: false })
  // A templates folder of one's own is read over the shipped one: both are input.
  if (templatesDir !== DEFAULT_TEMPLATES) kept.push({ path: DEFAULT_TEMPLATES, name: `the shipped templates folder (${shownPath(DEFAULT_TEMPLATES, cwd)})`, noneInside: true })
  const outDir = resolve(cwd, config.out)
  const clash = findOutputClash(outDir, kept)
  // A report folder inside the output folder (BuildOptions.reportDir) is the build's own too, and so are the templates' static files.
  const ours = new Set([...SITE_TOP_LEVEL, ...staticTopLevel(templatesDir), ...(templatesDir === DEFAULT_TEMPLATES ? [] : staticTopLevel(DEFAULT_TEMPLATES))])
  if (isInside(reportDir, outDir) && reportDir !== outDir) ours.add(relative(outDir, reportDir).split(sep)[0] as string)
  const foreign = clash === null ? findForeignContent(outDir, ours) : null
  if (clash === null && foreign === null) return
  const found =
    clash !== null
      ? clash
      : foreign?.kind === 'not-a-folder'
        ? 'is a file'
        : `holds ${(foreign?.names ?? []).map((name) => `\`${name}\``).join(', ')}, which no build of Chronique wrote`
  const why = `${found}; a build replaces its output folder whole, expected a folder of its own (such as \`dist\`)`
  if (fromFlag) throw new UsageError(`--out ${config.out}: the output folder ${why}`)
  const message = configFile.message(`The output folder ${config.out} ${why}`, { ruleId: 'config-out', source: 'chronique', place: lineOf(String(configFile.value), 'out') })
  message.fatal = true
  throw new ConfigError(configFile)
}

/** The names at the top of templates/static/, which the site's root gets (none when there is no such folder). */
function staticTopLevel(templatesDir: string): string[] {
  try {
    return readdirSync(join(templatesDir, STATIC_FOLDER))
  } catch {
    return []
  }
}

/** A path as the user would type it from `cwd`: relative inside it, absolute outside. */
function shownPath(path: string, cwd: string): string {
  return isInside(path, cwd) ? relative(cwd, path) || '.' : path
}
