/**
 * Full-text search: Pagefind's Node API over the staged site. Its binary
 * ships in the npm package (@pagefind/<platform>); nothing is downloaded.
 */
import * as pagefind from 'pagefind'
import { join } from 'node:path'

/** Pagefind could not start, read the pages or write its index (the build says it as a write failure). */
export class SearchError extends Error {
  override name = 'SearchError'
}

/** Index the pages of `dir` that match `glob` (default: every page) into `dir/pagefind/`; returns the number of pages read. */
export async function indexSearch(dir: string, glob?: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' })
    if (!index) throw new SearchError(`Pagefind could not start: ${errors.join('; ')}`)
    const added = await index.addDirectory(glob === undefined ? { path: dir } : { path: dir, glob })
    if (added.errors.length > 0) throw new SearchError(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') })
    if (written.errors.length > 0) throw new SearchError(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return added.page_count
  } catch (error) {
    // Its service stopping (a binary that cannot run, a crash) rejects with its own error: one kind of failure for the build to say.
    throw error instanceof SearchError ? error : new SearchError(`Pagefind failed: ${(error as Error).message ?? String(error)}`)
  } finally {
    await pagefind.close()
  }
}

/**
 * Stop Pagefind where it is (the build was interrupted): its process is
 * killed, so that it writes nothing more into a staging folder about to be
 * removed; an index under way fails.
 */
export async function stopSearch(): Promise<void> {
  await pagefind.close()
}
