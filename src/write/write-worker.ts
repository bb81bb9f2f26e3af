/**
 * The writer thread: stages the files the main thread hands over (in the
 * order given), then answers with what it staged. See createThreadedStager.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createStager, pendingSize } from './index.ts'
import type { WriterFile, WriterInit, WriterReply } from './index.ts'

const port = parentPort
if (!port) throw new Error('src/write/write-worker.ts runs as a worker thread')
const { staging, outDir, previous, spare, progress } = workerData as WriterInit
const stager = createStager(staging, outDir, previous, spare)
let failed = false
port.on('message', (file: WriterFile | null) => {
  if (failed) return
  try {
    if (file === null) {
      void stager.done().then((staged) => port.postMessage({ type: 'staged', staged } satisfies WriterReply))
      return
    }
    stager.add({ path: file.path, contents: file.data })
    Atomics.add(progress, 0, pendingSize(file.data))
    Atomics.notify(progress, 0)
  } catch (error) {
    failed = true
    // The main thread may be waiting for room (createThreadedStager): it must not wait for a writer that stopped.
    Atomics.store(progress, 1, 1)
    Atomics.notify(progress, 0)
    port.postMessage({ type: 'failed', code: (error as NodeJS.ErrnoException).code ?? null, error: (error as Error).message ?? String(error) } satisfies WriterReply)
  }
})
