import type { VFile } from 'vfile'
import type { ArticleRecord, DumpTree } from '../types.ts'

/** extract (pure): a normalised DumpTree → one record for the lead and one per teaser. */
export function extractArticles(tree: DumpTree, file: VFile): ArticleRecord[] {
  throw new Error('extractArticles: not implemented yet ' + file.path + tree.path)
}
