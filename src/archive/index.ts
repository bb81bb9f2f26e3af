import type { VFile } from 'vfile'
import type { Archive, ArticleRecord, ResolvedConfig } from '../types.ts'

/** archive (pure): all records → Archive (merged, ids, slugs, topics). Messages go on the files by path. */
export function buildArchive(records: ArticleRecord[], config: ResolvedConfig, files: ReadonlyMap<string, VFile>): Archive {
  void files
  return { articles: [], byId: new Map(), topics: [], config }
}
