/**
 * Full-text search: Pagefind's Node API over the staged site. Its binary
 * ships in the npm package (@pagefind/<platform>); nothing is downloaded.
 */
import * as pagefind from 'pagefind'
import { join } from 'node:path'

/** Index the pages of `dir` that match `glob` (default: every page) into `dir/pagefind/`; returns the number of pages read. */
export async function indexSearch(dir: string, glob?: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory(glob === undefined ? { path: dir } : { path: dir, glob })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return added.page_count
  } finally {
    await pagefind.close()
  }
}
