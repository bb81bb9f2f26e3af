import type { VFile } from 'vfile'
import type { DumpTree } from '../types.ts'

/** parse (pure): a dump's text (`file.data.source.body`) → DumpTree. Messages go on `file`. */
export function parseDump(file: VFile): DumpTree {
  throw new Error('parseDump: not implemented yet ' + file.path)
}
