/**
 * ingest (edge): the templates folder → TemplateSet, read once per build.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { TemplateSet } from '../types.ts'

const TEXT = /\.(liquid|html|css|js|mjs|svg|txt|json|xml|webmanifest)$/i

/**
 * Every file of `dir`, by its path in it. With `under` (the shipped
 * templates), a file `dir` lacks comes from there: a templates folder of
 * one's own holds only the files it changes.
 */
export async function readTemplates(dir: string, under?: string): Promise<TemplateSet> {
  const own = await readFolder(dir)
  if (under === undefined) return own
  const set = await readFolder(under)
  for (const [path, contents] of own) set.set(path, contents)
  return new Map([...set].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
}

async function readFolder(dir: string): Promise<TemplateSet> {
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
