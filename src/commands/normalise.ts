/**
 * `chronique normalise [FILE] [--explain]`: the build's text repairs on any
 * text, for editors who want to see what the build would change.
 */
import { readFile } from 'node:fs/promises'
import { createNormaliseContext } from '../normalise/context.ts'
import { normaliseText } from '../normalise/index.ts'
import type { Repair } from '../types.ts'
import { UsageError } from '../errors.ts'

export async function runNormalise(positionals: string[], explain: boolean): Promise<number> {
  if (positionals.length > 1) throw new UsageError(`Expected at most one FILE, found ${positionals.length}`)
  const path = positionals[0]
  const text = path === undefined || path === '-' ? await readStdin() : await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${path}: ${error.code === 'ENOENT' ? 'no such file' : error.code ?? error.message}`)
  })
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
  if (explain) process.stderr.write(explanations.join('\n') + (explanations.length ? '\n' : '') + `${explanations.length} repairs\n`)
  return 0
}

/** `3:17  "leVietnam" → "le Vietnam"  unglue-case  (note)` */
export function toExplanation(repair: Repair, line: number, text: string): string {
  const column = [...text.slice(0, repair.offset)].length + 1
  return `${line}:${column}\t${JSON.stringify(repair.from)} → ${JSON.stringify(repair.to)}\t${repair.rule}${repair.note ? `\t${repair.note}` : ''}`
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
