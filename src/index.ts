/**
 * Chronique's public API: re-exports only. One verb per stage, the whole
 * build with its edges, and the pure pipeline that runs in memory.
 */
export { build, runPipeline, fromText, StageError, DEFAULT_TEMPLATES } from './build.ts'
export type { BuildOptions, BuildResult, PipelineInput, PipelineResult, ProgressEvent, StageName } from './build.ts'
export { resolveConfig, defaultConfig, ConfigError, CONFIG_FILE } from './config.ts'
export { ingestSeeds, toSourceFile } from './ingest/index.ts'
export { readTemplates } from './ingest/templates.ts'
export { parseDump } from './parse/index.ts'
export { normaliseText } from './normalise/index.ts'
export type { NormaliseOptions } from './normalise/index.ts'
export { normaliseDump } from './normalise/dump.ts'
export { createNormaliseContext } from './normalise/context.ts'
export { detectLanguage, toLanguageRuns } from './normalise/lang.ts'
export { toFrenchTypography } from './normalise/typography.ts'
export { extractArticles } from './extract/index.ts'
export { extractPage } from './extract/page.ts'
export { buildArchive } from './archive/index.ts'
export { renderSite } from './render/index.ts'
export { openSite, writeSite } from './write/index.ts'
export type { SiteWriter, WriteOptions, WriteResult } from './write/index.ts'
export { auditConservation } from './ledger.ts'
export type * from './types.ts'
