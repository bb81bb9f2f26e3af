/**
 * `chronique normalise [FILE] [--explain]`: the build's text repairs on any
 * text, for editors who want to see what the build would change.
 */
import { readFile } from 'node:fs/promises'
import { createNormaliseContext } from '../normalise/context.ts'
import { normaliseText } from '../normalise/index.ts'
import type { Repair } from '../types.ts'
import { VFile } from 'vfile'
import { UsageError } from '../errors.ts'
import { fromBytes } from '../ingest/decode.ts'
import { toConsoleReport } from '../summary.ts'

export async function runNormalise(positionals: string[], explain: boolean): Promise<number> {
  if (positionals.length > 1) throw new UsageError(`Expected at most one FILE, found ${positionals.length}`)
  const path = positionals[0]
  const bytes = path === undefined || path === '-' ? await readStdin() : await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${path}: ${error.code === 'ENOENT' ? 'no such file' : error.code ?? error.message}`)
  })
  // Decoded as a dump is: UTF-16 and Windows-1252 with a warning, a binary file or bytes that are no text refused.
  const file = new VFile({ path: path === undefined || path === '-' ? 'standard input' : path })
  const text = fromBytes(bytes, file)
  if (file.messages.length > 0) process.stderr.write(toConsoleReport([file]) + '\n')
  if (text === null) return 1
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const context = createNormaliseContext(lines, [])
  const out: string[] = []
  const explanations: string[] = []
  lines.forEach((line, index) => {
    const result = normaliseText(line, context)
    out.push(result.value)
    for (const repair of result.repairs) explanations.push(toExplanation(repair, index + 1, line))
  })
  process.stdout.write(out.join('\n'))
  if (explain) process.stderr.write(explanations.join('\n') + (explanations.length ? '\n' : '') + `${explanations.length} repair${explanations.length === 1 ? '' : 's'}\n`)
  return 0
}

/** `3:17  "leVietnam" → "le Vietnam"  unglue-case  (note)` */
export function toExplanation(repair: Repair, line: number, text: string): string {
  const column = [...text.slice(0, repair.offset)].length + 1
  return `${line}:${column}\t${JSON.stringify(repair.from)} → ${JSON.stringify(repair.to)}\t${repair.rule}${repair.note ? `\t${repair.note}` : ''}`
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
