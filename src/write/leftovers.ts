/**
 * What a build killed outright leaves behind: scratch files named after its
 * process id (the lean build's spilled notes, a cache file half saved). The
 * next build removes those whose process is gone.
 */
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/** The process `pid` is running (ours, or one we may not signal). */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Remove the files of `dir` whose name matches `pattern` (its first group:
 * the process id that made them) when that process is gone. Quiet: a folder
 * missing or a file that cannot be removed is left as it is.
 */
export function removeLeftovers(dir: string, pattern: RegExp): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1])
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue
    try {
      rmSync(join(dir, name), { force: true })
    } catch {
      // left for the next build
    }
  }
}
