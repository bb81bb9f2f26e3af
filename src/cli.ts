/**
 * argv → options → library call. The only place that calls process.exit.
 * Exit codes: 0 done, 1 the build found errors in the input, 2 usage error,
 * 128 + the signal's number when stopped by one (util/interrupt.ts).
 */
import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UsageError } from './errors.ts'
// Commands load their modules on use, so `--help` and `serve` start fast.

const USAGE = `Usage: chronique <command> [options]

Commands:
  build       build the site from the seeds folder into the output folder
  check       run the whole build but write nothing; print the report
  serve       serve the output folder on http://localhost (for browsing)
  dev         build, serve, rebuild on changes to seeds, templates and config, reload the page
  normalise   print a text with the build's text repairs applied

Options (build, check):
  --seeds DIR       folder of dumps (*.txt) and articles (*.md)  [config: seeds]
  --out DIR         output folder                                 [config: out]
  --base-url URL    public URL of the site, e.g. https://example.org/archive/
  --config FILE     config file                                   [chronique.yaml]
  --templates DIR   LiquidJS layouts, CSS and assets              [the ones shipped]
  --allow-errors    write the site without the dumps that have errors
  --no-search       skip the search index (Pagefind)
  --no-cache        write every file (ignore what the last build wrote: .chronique/cache/)
  --workers N       helper threads for normalise (same site; see BENCHMARKS.md)  [0]
  --lean, --no-lean read each dump twice and keep none whole: less memory, a
                    little slower (same site)   [lean from 5,000 files in seeds]
  --low-memory, --no-low-memory
                    V8 compacts as it goes: 17 % less peak memory, 13 % more
                    time; lean unless --no-lean (same site)  [from 30,000 files]
Options (serve):   --out DIR, --port N (8080), --host H (127.0.0.1)
Options (dev):     the build options, --port N (8080), --host H (127.0.0.1)
Options (normalise): [FILE] (standard input when none), --explain
  -h, --help        this help`


const COMMON = {
  help: { type: 'boolean', short: 'h' },
} as const

const FLAGS: Record<string, ParseArgsConfig['options']> = {
  build: {
    ...COMMON,
    seeds: { type: 'string' },
    out: { type: 'string' },
    'base-url': { type: 'string' },
    config: { type: 'string' },
    templates: { type: 'string' },
    'allow-errors': { type: 'boolean' },
    'no-search': { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    workers: { type: 'string' },
    lean: { type: 'boolean' },
    'no-lean': { type: 'boolean' },
    'low-memory': { type: 'boolean' },
    'no-low-memory': { type: 'boolean' },
  },
  serve: { ...COMMON, out: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  normalise: { ...COMMON, explain: { type: 'boolean' } },
}
FLAGS.check = FLAGS.build
FLAGS.dev = { ...FLAGS.build, port: { type: 'string' }, host: { type: 'string' } }

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE + '\n')
    return command === undefined ? 2 : 0
  }
  const options = FLAGS[command === 'normalize' ? 'normalise' : command]
  if (!options) throw new UsageError(`Unknown command \`${command}\`, expected one of build, check, serve, dev, normalise`)
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] }
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: command.startsWith('normali'), strict: true }) as typeof parsed
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''))
  }
  const values = parsed.values
  if (values.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  if (command === 'build' || command === 'dev') {
    const { exitCodeOf, handleInterrupts } = await import('./util/interrupt.ts')
    handleInterrupts((signal, undone) => {
      // The terminal's progress line (stdout) ends first.
      if (process.stdout.isTTY) process.stdout.write('\r\x1b[K')
      process.stderr.write(undone
        ? `chronique: stopped (${signal}); the staging folder is removed and the output folder holds the last complete site\n`
        : `chronique: stopped (${signal}) before cleaning up; the next build removes what is left\n`)
      process.exit(exitCodeOf(signal))
    })
  }
  switch (command) {
    case 'build':
    case 'check':
      return runBuild(values, command === 'check')
    case 'serve':
      return runServe(values)
    case 'dev': {
      const { runDev } = await import('./commands/dev.ts')
      return runDev({ ...(await toBuildOptions(values)), port: toPort(values.port), host: typeof values.host === 'string' ? values.host : '127.0.0.1' })
    }
    default: {
      const { runNormalise } = await import('./commands/normalise.ts')
      return runNormalise(parsed.positionals, Boolean(values.explain))
    }
  }
}

async function runBuild(values: Record<string, string | boolean | undefined>, dryRun: boolean): Promise<number> {
  const { build } = await import('./build.ts')
  const { toLedgerLine, toSummary, toConsoleReport } = await import('./summary.ts')
  const { streamReportText } = await import('./write/report.ts')
  const progress = createProgressLine()
  let result
  try {
    result = await build({ ...(await toBuildOptions(values)), dryRun, onProgress: progress?.update })
  } finally {
    progress?.clear()
  }
  // `check` prints the whole report (notes included), as the build writes it to .chronique/report.txt, a file at a time.
  if (dryRun) streamReportText(result.files, (chunk) => process.stderr.write(chunk))
  else {
    const report = toConsoleReport(result.files)
    if (report) process.stderr.write(report + '\n')
  }
  process.stdout.write(toSummary(result) + '\n')
  const cacheLine = toCacheLine(result)
  if (cacheLine) process.stdout.write(cacheLine + '\n')
  if (result.ledger) {
    process.stdout.write(toLedgerLine(result.ledger) + '\n')
    if (result.ledger.unaccounted.length > 0) return 1
  }
  return result.failed.length > 0 && !(values['allow-errors'] && !dryRun) ? 1 : 0
}

/** The build flags → BuildOptions (folders checked). */
async function toBuildOptions(values: Record<string, string | boolean | undefined>) {
  const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined)
  const seeds = str('seeds')
  if (seeds !== undefined) await assertDirectory(seeds, '--seeds')
  const configPath = str('config')
  if (configPath !== undefined) await assertFile(configPath, '--config')
  const templatesDir = str('templates')
  if (templatesDir !== undefined) await assertDirectory(templatesDir, '--templates')
  const baseUrl = str('base-url')
  if (baseUrl !== undefined) {
    const { resolveBaseUrl } = await import('./config.ts')
    try {
      resolveBaseUrl(baseUrl)
    } catch {
      throw new UsageError(`--base-url ${baseUrl}: expected an http(s) URL (\`https://example.org/archive/\`) or a path starting with \`/\``)
    }
  }
  return {
    templatesDir,
    seeds,
    out: str('out'),
    baseUrl,
    configPath,
    allowErrors: Boolean(values['allow-errors']),
    search: !values['no-search'],
    cache: !values['no-cache'],
    workers: toWorkers(values.workers),
    lean: values.lean ? true : values['no-lean'] ? false : undefined,
    lowMemory: values['low-memory'] ? true : values['no-low-memory'] ? false : undefined,
  }
}

function toWorkers(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined
  const workers = Number(value)
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new UsageError(`Expected --workers to be a number from 0 to 64, found \`${String(value)}\``)
  return workers
}

/**
 * One updating line (`render…`, `normalise 1200/4000`) while the build runs,
 * only on a terminal: not when stdout is piped, not in CI.
 */
function createProgressLine(): { update: (event: { stage: string; done: number; total: number }) => void; clear: () => void } | null {
  if (!process.stdout.isTTY || process.env.CI) return null
  let shown = false
  let last = 0
  return {
    update: (event) => {
      const now = Date.now()
      if (now - last < 80 && event.done !== event.total) return
      last = now
      const count = event.total > 1 ? ` ${event.done}/${event.total}` : '…'
      process.stdout.write(`\r\x1b[K${event.stage}${count}`)
      shown = true
    },
    clear: () => {
      if (shown) process.stdout.write('\r\x1b[K')
    },
  }
}

/** `incremental: 14 of 8836 files changed (the rest linked from the last build); search index kept`. */
export function toCacheLine(result: import('./build.ts').BuildResult): string | null {
  const written = result.written
  if (!result.cache || !written) return null
  let line = written.changed === written.files
    ? `incremental: every file written (nothing reusable from an earlier build of ${result.config.out}/)`
    : `incremental: ${written.changed} of ${written.files} files changed (the rest ${written.recycled ? 'kept in the recycled folder or linked from the last build' : 'linked from the last build'})`
  if (written.searchMs !== null) line += `; search index ${written.searchReused ? 'kept' : 'rebuilt'}`
  return line
}

function toPort(value: string | boolean | undefined): number {
  const port = value === undefined ? 8080 : Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Expected --port to be a number from 0 to 65535, found \`${String(value)}\``)
  return port
}

async function runServe(values: Record<string, string | boolean | undefined>): Promise<number> {
  const { serve } = await import('./serve.ts')
  const out = typeof values.out === 'string' ? values.out : 'dist'
  await assertDirectory(out, '--out', 'run `npm run build` first')
  const port = toPort(values.port)
  const host = typeof values.host === 'string' ? values.host : '127.0.0.1'
  const server = await serve(resolve(out), port, host)
  process.stdout.write(`Serving ${out}/ at ${server.url} (Ctrl-C to stop)\n`)
  await new Promise(() => {})
  return 0
}

async function assertDirectory(path: string, flag: string, hint?: string): Promise<void> {
  const stats = await stat(path).catch(() => null)
  if (!stats?.isDirectory()) throw new UsageError(`${flag} ${path}: no such folder${hint ? `; ${hint}` : ''}`)
}

async function assertFile(path: string, flag: string): Promise<void> {
  const stats = await stat(path).catch(() => null)
  if (!stats?.isFile()) throw new UsageError(`${flag} ${path}: no such file`)
}

// A reader that stops reading (`chronique check | head`): stop quietly, with the code of a process a broken pipe
// stops (128 + SIGPIPE, as `yes | head` gives), not a stack trace; success is not claimed for output nobody read.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(141)
  })
}

main(process.argv.slice(2)).then(
  async (code) => {
    // Stopped by a signal: its handler says so and exits once the build is undone.
    if (!(await stopped())) process.exit(code)
  },
  async (error: unknown) => {
    if (await stopped()) return
    const { StageError } = await import('./build.ts')
    const { ConfigError } = await import('./config.ts')
    const { LockError } = await import('./write/lock.ts')
    const { toConsoleReport } = await import('./summary.ts')
    if (error instanceof UsageError) {
      process.stderr.write(`chronique: ${error.message}\n`)
      process.exit(2)
    }
    if (error instanceof ConfigError) {
      process.stderr.write(toConsoleReport([error.file]) + '\n')
      process.exit(2)
    }
    if (error instanceof StageError || error instanceof LockError) {
      process.stderr.write(`chronique: ${error.message}\n`)
      process.exit(1)
    }
    process.stderr.write(`chronique: internal error (please report it):\n${(error as Error).stack ?? String(error)}\n`)
    process.exit(70)
  },
)

async function stopped(): Promise<boolean> {
  const { isInterrupted } = await import('./util/interrupt.ts')
  return isInterrupted()
}
