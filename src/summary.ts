/**
 * What a build prints: warnings and errors (info lines go to the report
 * file only), then a summary of counts and time per stage.
 */
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import type { BuildResult, StageName } from './build.ts'
import type { Ledger } from './ledger.ts'
import { toReportText } from './write/report.ts'
import { spilledNotes, spilledWarnings } from './write/spill.ts'

const STAGES: StageName[] = ['ingest', 'parse', 'normalise', 'extract', 'archive', 'render', 'ledger', 'write']

/** Above this many warnings, the console shows errors, a count per rule and the first warnings. */
export const CONSOLE_LIMIT = 200

/**
 * Warnings and errors of every file, vfile-reporter style; '' when none.
 * A large archive can have thousands of warnings (guessed years): then every
 * error is still printed, warnings are counted by rule and the first
 * CONSOLE_LIMIT / 4 shown; the full list is in the report file.
 */
export function toConsoleReport(files: readonly VFile[], color = false): string {
  const shown: VFile[] = []
  let count = 0
  // A lean build keeps only the first warnings in memory; the others are counted by rule (write/spill.ts).
  const byRule = new Map<string, number>()
  for (const file of files) {
    const copy = new VFile({ path: file.path })
    copy.messages = file.messages.filter((message) => message.fatal !== undefined && message.fatal !== null)
    count += copy.messages.length
    if (copy.messages.length > 0) shown.push(copy)
    for (const [rule, n] of spilledWarnings(file)) {
      byRule.set(rule, (byRule.get(rule) ?? 0) + n)
      count += n
    }
  }
  if (count === 0) return ''
  if (count <= CONSOLE_LIMIT) return reporter(shown, { color, quiet: true })
  const errors = toReportText(shown, (message) => message.fatal === true)
  let first = CONSOLE_LIMIT / 4
  const firstWarnings = toReportText(shown, (message) => {
    if (message.fatal !== false) return false
    byRule.set(message.ruleId ?? '?', (byRule.get(message.ruleId ?? '?') ?? 0) + 1)
    return first-- > 0
  })
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `  ${String(n).padStart(6)}  ${rule}`)
  const parts = [
    errors.startsWith('no issues') ? '' : errors.trimEnd(),
    `warnings by rule (the first ${CONSOLE_LIMIT / 4} below; all of them in .chronique/report.txt):`,
    ...rules,
    firstWarnings.trimEnd().replace(/\n\n\d+ messages \([^)]*\)$/, ''),
  ]
  return parts.filter(Boolean).join('\n')
}

export function toSummary(result: BuildResult): string {
  const articles = result.archive.articles
  const full = articles.filter((article) => article.kind !== 'teaser').length
  const counts = { error: 0, warning: 0, info: 0 }
  for (const file of result.files) {
    for (const message of file.messages) {
      if (message.fatal === true) counts.error++
      else if (message.fatal === false) counts.warning++
      else counts.info++
    }
    // A lean build's notes, and warnings past the first ones, wait on disk for the report (write/spill.ts).
    counts.info += spilledNotes(file)
    for (const [, n] of spilledWarnings(file)) counts.warning += n
  }
  const pages = result.pages
  const lines = [
    `${count(articles.length, 'article')} (${full} full text, ${articles.length - full} known by their summary) from ${count(result.files.length - 1, 'file')}, ${count(result.archive.topics.length, 'topic')}, ${count(pages, 'page')}`,
    `${count(counts.error, 'error')}, ${count(counts.warning, 'warning')}, ${count(counts.info, 'note')} (repairs and dropped chrome: ${result.reportPath ? `see ${relativeReport(result.reportPath)}` : 'listed above'})`,
    'time: ' + (result.analysisReused ? 'analysis reused (same dumps and config), ' : '') + STAGES.filter((stage) => result.timings[stage] !== undefined).map((stage) => `${stage} ${ms(result.timings[stage] ?? 0)}`).join(', ') +
      (result.written?.searchMs != null ? ` (search index ${ms(result.written.searchMs)})` : '') +
      (result.reportMs != null ? `, report ${ms(result.reportMs)}` : '') + `; total ${ms(result.totalMs)}`,
  ]
  if (result.written) lines.push(`wrote ${count(result.written.files, 'file')} (${(result.written.bytes / 1024).toFixed(0)} KiB) to ${result.config.out}/`)
  if (result.notWritten) lines.push(`not written: ${result.notWritten}`)
  return lines.join('\n')
}

/** `1 file`, `2 files`, `0 files`. */
function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`
}

function relativeReport(path: string): string {
  const at = path.lastIndexOf('.chronique')
  return at >= 0 ? path.slice(at) : path
}

/** `ledger: 6311 words: 6046 on pages, 265 in the report (dropped chrome, repairs)`, then any word lost. */
export function toLedgerLine(ledger: Ledger): string {
  const head = `ledger: ${ledger.words} words: ${ledger.onPages} on pages, ${ledger.inReport} in the report (dropped chrome, duplicates, repairs)`
  if (ledger.unaccounted.length === 0) return head + '; none lost'
  const lost = ledger.unaccounted.slice(0, 20).map((word) => `  ${word.path}:${word.line}:${word.column}  "${word.word}" is on no page and in no report line`)
  return [head + `; ${ledger.unaccounted.length} LOST (please report it):`, ...lost].join('\n')
}
