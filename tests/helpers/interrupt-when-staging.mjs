// Preloaded (`node --import`) by tests/cli/interrupt.test.ts: once the build's
// staging folder exists beside CHRONIQUE_TEST_OUT (and, with
// CHRONIQUE_TEST_INSIDE, that path inside it: `pagefind` while the search
// index is made), the process sends itself CHRONIQUE_TEST_SIGNAL (SIGINT by
// default), as Ctrl-C would.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isMainThread } from 'node:worker_threads'

if (isMainThread && process.env.CHRONIQUE_TEST_OUT) {
  const staging = `${resolve(process.env.CHRONIQUE_TEST_OUT)}.staging-${process.pid}`
  const wanted = process.env.CHRONIQUE_TEST_INSIDE ? join(staging, process.env.CHRONIQUE_TEST_INSIDE) : staging
  const timer = setInterval(() => {
    if (!existsSync(wanted)) return
    clearInterval(timer)
    process.kill(process.pid, process.env.CHRONIQUE_TEST_SIGNAL ?? 'SIGINT')
  }, 1)
  timer.unref()
}
