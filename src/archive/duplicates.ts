/**
 * The same dump saved twice under two names (same bytes, `data.source.hash`)
 * gives one set of articles: the records of every copy but the first (by
 * path) are left out, and the copy gets an info message naming the original.
 */
import type { VFile } from 'vfile'
import type { ArticleRecord } from '../types.ts'
import { compareCodeUnits } from './ids.ts'
import { reportAt } from './messages.ts'

/** Records without those of duplicate files. */
export function dropDuplicateFiles(records: readonly ArticleRecord[], files: ReadonlyMap<string, VFile>): ArticleRecord[] {
  const paths = new Set<string>()
  for (const record of records) for (const place of record.provenance) paths.add(place.path)
  const originals = new Map<string, string>()
  const duplicates = new Set<string>()
  for (const path of [...paths].sort(compareCodeUnits)) {
    const hash = files.get(path)?.data.source?.hash
    if (hash === undefined) continue
    const original = originals.get(hash)
    if (original === undefined) {
      originals.set(hash, path)
      continue
    }
    duplicates.add(path)
    reportAt(files, { path, line: 1 }, `Same content as \`${original}\`: this file duplicates it, so its articles are taken from \`${original}\` only`, 'duplicate', 'info')
  }
  if (duplicates.size === 0) return [...records]
  return records.filter((record) => !record.provenance.some((place) => duplicates.has(place.path)))
}
