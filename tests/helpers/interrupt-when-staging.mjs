// Preloaded (`node --import`) by tests/cli/interrupt.test.ts: once the build's
// staging folder exists beside CHRONIQUE_TEST_OUT, the process sends itself
// CHRONIQUE_TEST_SIGNAL (SIGINT by default), as Ctrl-C would, while render runs.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { isMainThread } from 'node:worker_threads'

if (isMainThread && process.env.CHRONIQUE_TEST_OUT) {
  const staging = `${resolve(process.env.CHRONIQUE_TEST_OUT)}.staging-${process.pid}`
  const timer = setInterval(() => {
    if (!existsSync(staging)) return
    clearInterval(timer)
    process.kill(process.pid, process.env.CHRONIQUE_TEST_SIGNAL ?? 'SIGINT')
  }, 1)
  timer.unref()
}
