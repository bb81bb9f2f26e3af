/**
 * A lock file beside the output folder, so that two builds never write at
 * once. It holds the owner's pid; a lock whose owner is dead (a crashed or
 * killed build) is taken over, so it can never stay stuck.
 */
import { open, readFile, rm } from 'node:fs/promises'
import { isAlive } from './leftovers.ts'

export class LockError extends Error {}

export async function acquireLock(path: string, waitMs = 30_000): Promise<() => Promise<void>> {
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return async () => {
        await rm(path, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10)
    if (!Number.isInteger(owner) || owner <= 0 || !isAlive(owner)) {
      // Stale: its build died. Remove it and try again.
      await rm(path, { force: true })
      continue
    }
    if (Date.now() > deadline) {
      throw new LockError(`Another build (pid ${owner}) is writing the same output folder; waited ${Math.round(waitMs / 1000)} s. Try again when it ends, or remove ${path} if no build is running.`)
    }
    await new Promise((done) => setTimeout(done, 100))
  }
}
