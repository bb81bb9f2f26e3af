/**
 * A render worker: one shard of the site's pages (renderSite's `shard`),
 * staged straight into the staging folder by its own Stager; only the
 * manifest entries of what it staged go back to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { renderSite } from '../render/index.ts'
import { createStager } from '../write/index.ts'
import type { RenderJob, RenderReply } from './protocol.ts'

const port = parentPort
if (!port) throw new Error('src/parallel/render-worker.ts runs as a worker thread')
const job = workerData as RenderJob
try {
  const stager = createStager(job.staging, job.outDir, job.previous)
  await renderSite(job.archive, job.templates, stager.add, job.shard)
  port.postMessage({ type: 'rendered', staged: stager.staged } satisfies RenderReply)
} catch (error) {
  port.postMessage({ type: 'failed', name: (error as Error).constructor?.name ?? 'Error', error: (error as Error).message ?? String(error), stack: (error as Error).stack ?? '' } satisfies RenderReply)
}
