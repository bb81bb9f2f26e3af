import type { VFile } from 'vfile'
import type { ArticleRecord } from '../types.ts'

/** extract (pure): an editor-written `*.md` (front matter + Markdown) → one record. */
export function extractPage(file: VFile): ArticleRecord[] {
  throw new Error('extractPage: not implemented yet ' + file.path)
}
