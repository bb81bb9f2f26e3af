/**
 * Render on several threads: the main thread makes shard 0 of the pages and
 * hands them to the site writer as usual; each worker gets a copy of the
 * archive (structured clone), makes its own shard and stages its pages into
 * the same staging folder. Shards split the pages by rank, so each thread
 * gets a fair mix of article, topic and listing pages; every thread knows
 * every path, so the sitemap is the same. The bytes of each page do not
 * depend on the thread that made it (renderSite is pure).
 */
import { Worker } from 'node:worker_threads'
import { renderSite, TemplateError } from '../render/index.ts'
import type { Archive, TemplateSet } from '../types.ts'
import type { SiteWriter, StagedFiles } from '../write/index.ts'
import type { RenderJob, RenderReply } from './protocol.ts'

const ENTRY = new URL('./render-worker.js', import.meta.url)

/** Render the whole site into `site` on `threads` threads (this one included). */
export async function renderInParallel(archive: Archive, templates: TemplateSet, site: SiteWriter, outDir: string, threads: number): Promise<void> {
  const replies = Array.from({ length: threads - 1 }, (_, n) => runWorker({
    archive, templates, shard: { index: n + 1, count: threads }, staging: site.staging, outDir, previous: site.previous,
  }))
  // Replies are awaited below; until then a failure must not count as unhandled.
  for (const reply of replies) reply.catch(() => {})
  await renderSite(archive, templates, (file) => site.add(file), { index: 0, count: threads })
  for (const staged of await Promise.all(replies)) site.absorb(staged)
}

function runWorker(job: RenderJob): Promise<StagedFiles> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: job })
    let settled = false
    worker.once('message', (reply: RenderReply) => {
      settled = true
      void worker.terminate()
      if (reply.type === 'rendered') resolve(reply.staged)
      else {
        const error = reply.name === 'TemplateError' ? new TemplateError(reply.error) : new Error(`A render worker failed: ${reply.error}`)
        if (reply.name !== 'TemplateError') error.stack = reply.stack
        reject(error)
      }
    })
    worker.once('error', (error) => {
      if (!settled) reject(error)
    })
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`A render worker stopped (exit code ${code})`))
    })
  })
}
