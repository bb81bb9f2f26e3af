/**
 * The report thread: writes report.txt and report.json from the messages it
 * is given (packed) and from the lean build's scratch file, which it reads
 * with a descriptor of its own. See writeReportOnThread.
 */
import { closeSync, openSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import type { VFile } from 'vfile'
import { unpackMessage } from '../util/messages.ts'
import { writeReport } from './report.ts'
import type { ReportJob, ReportReply } from './report.ts'
import { readBack } from './spill.ts'

const port = parentPort
if (!port) throw new Error('src/write/report-worker.ts runs as a worker thread')
const job = workerData as ReportJob
const fd = job.scratch === null ? null : openSync(job.scratch, 'r')
try {
  const files = job.files.map((file) => ({ path: file.path, data: { job: file } }) as unknown as VFile)
  const path = await writeReport(files, job.dir, (file) => {
    const { path, messages, spilled } = (file.data as { job: ReportJob['files'][number] }).job
    const kept = messages.map((message) => unpackMessage(message, path))
    return spilled === null || fd === null || job.scratch === null ? kept : readBack(fd, job.scratch, path, spilled, kept)
  })
  port.postMessage({ type: 'written', path } satisfies ReportReply)
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException
  port.postMessage({ type: 'failed', code: code ?? null, error: message ?? String(error) } satisfies ReportReply)
} finally {
  if (fd !== null) closeSync(fd)
}
