/**
 * ingest (edge): the templates folder → TemplateSet, read once per build.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { TemplateSet } from '../types.ts'

const TEXT = /\.(liquid|html|css|js|mjs|svg|txt|json|xml|webmanifest)$/i

export async function readTemplates(dir: string): Promise<TemplateSet> {
  const set: TemplateSet = new Map()
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name))
    .sort()
  for (const full of paths) {
    const key = relative(dir, full).split(sep).join('/')
    set.set(key, TEXT.test(full) ? await readFile(full, 'utf8') : new Uint8Array(await readFile(full)))
  }
  return set
}
