/**
 * Whole-site helpers: run the pipeline in memory on a folder of seeds (or
 * inline dumps) and look at the output files, Hugo-style.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runPipeline } from '../../src/build.ts'
import type { PipelineResult } from '../../src/build.ts'
import { resolveConfig } from '../../src/config.ts'
import { toSourceFile } from '../../src/ingest/index.ts'
import { readTemplates } from '../../src/ingest/templates.ts'
import type { OutputFile, UserConfig } from '../../src/types.ts'

export const SEEDS = 'seeds'

export function readSeedFiles(dir = SEEDS): Array<{ path: string; text: string }> {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }))
}

export async function buildInMemory(
  inputs: Array<{ path: string; text: string | Uint8Array }>,
  overrides: Partial<UserConfig> = {},
): Promise<PipelineResult> {
  const { config } = resolveConfig(readFileSync('chronique.yaml', 'utf8'), 'chronique.yaml', overrides)
  const templates = await readTemplates('templates')
  const files = inputs.map((input) => toSourceFile(input.path, typeof input.text === 'string' ? new TextEncoder().encode(input.text) : input.text))
  return runPipeline({ files: files.filter((f) => !f.messages.some((m) => m.fatal)), rejected: files.filter((f) => f.messages.some((m) => m.fatal)), config, templates })
}

export function fileContent(output: readonly OutputFile[], path: string): string {
  const file = output.find((candidate) => candidate.path === path)
  if (!file) throw new Error(`No output file ${path}; have ${output.slice(0, 20).map((f) => f.path).join(', ')}…`)
  return typeof file.contents === 'string' ? file.contents : new TextDecoder().decode(file.contents)
}

export { toVisibleText, fromEntities as decodeEntities } from '../../src/util/html.ts'

export function htmlPages(output: readonly OutputFile[]): OutputFile[] {
  return output.filter((file) => file.path.endsWith('.html'))
}
