/** Paths compared as paths, not as strings (`/tmp/dist-report` is not inside `/tmp/dist`). */
import { isAbsolute, relative, sep } from 'node:path'

/** `path` is `dir` or inside it (after `..` and `.` are resolved; symbolic links are not). */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
