/**
 * The build report: every message of every file (info included: repairs,
 * dropped chrome), as text for people and JSON for tools. Not deployed.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'

export async function writeReport(files: readonly VFile[], dir: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  const text = toReportText(files)
  const path = join(dir, 'report.txt')
  await writeFile(path, text)
  await writeFile(join(dir, 'report.json'), JSON.stringify(toReportJson(files), null, 2) + '\n')
  return path
}

export function toReportText(files: readonly VFile[]): string {
  // verbose: notes too, which hold the full text of every dropped block.
  return reporter([...files], { color: false, verbose: true }) + '\n'
}

export function toReportJson(files: readonly VFile[]) {
  return files.map((file) => ({
    path: file.path,
    messages: file.messages.map((message) => ({
      line: message.line ?? null,
      column: message.column ?? null,
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      ruleId: message.ruleId ?? null,
      reason: message.reason,
      actual: message.actual ?? null,
    })),
  }))
}
