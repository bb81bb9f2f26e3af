/**
 * `chronique dev`: build, serve the output folder, watch the seeds, the
 * templates and the config file, rebuild (writing only the files that changed) on
 * change and reload the open pages. A failing rebuild keeps the last good
 * site served and prints why.
 */
import { statSync, watch } from 'node:fs'
import type { FSWatcher } from 'node:fs'
import { basename, dirname, resolve, sep } from 'node:path'
import { SEED_NAME } from '../ingest/index.ts'
import type { BuildMemory, BuildOptions, BuildResult } from '../build.ts'
import { serve } from '../serve.ts'

export interface DevOptions extends BuildOptions {
  port: number
  host?: string
  /** Wait this long after the last change before rebuilding (default 100 ms). */
  debounceMs?: number
  /** Where lines go (default: stdout / stderr). */
  log?: (line: string, stream: 'out' | 'err') => void
  /** Called after each build, done or failed (tests). */
  onBuild?: (outcome: { result: BuildResult | null; error: Error | null; reloaded: boolean }) => void
}

export interface DevServer {
  url: string
  close: () => Promise<void>
}

const defaultLog = (line: string, stream: 'out' | 'err') => (stream === 'out' ? process.stdout : process.stderr).write(line + '\n')

export async function startDev(options: DevOptions): Promise<DevServer> {
  const { build, DEFAULT_TEMPLATES } = await import('../build.ts')
  const { toConsoleReport, toSummary } = await import('../summary.ts')
  const { resolveConfig, CONFIG_FILE } = await import('../config.ts')
  const { readFile } = await import('node:fs/promises')
  const log = options.log ?? defaultLog
  const cwd = options.cwd ?? process.cwd()
  const memory: BuildMemory = {}

  // The warnings printed last: a rebuild with the same (a template edited) says so in one line instead of printing them again.
  let printed = ''
  const runOnce = async (): Promise<BuildResult | null> => {
    const started = Date.now()
    try {
      const result = await build({ ...options, cwd, memory })
      const report = toConsoleReport(result.files)
      if (report && report === printed) log(`(the same ${report.slice(report.lastIndexOf('\n') + 1).replace(/^[^\d]*/, '')} as above)`, 'err')
      else if (report) log(report, 'err')
      printed = report
      log(toSummary(result), 'out')
      if (!result.written) log(`kept serving the last good site (${((Date.now() - started) / 1000).toFixed(2)} s)`, 'err')
      return result
    } catch (error) {
      const { ConfigError } = await import('../config.ts')
      log(error instanceof ConfigError ? toConsoleReport([error.file]) : `chronique: ${(error as Error).message}`, 'err')
      log('kept serving the last good site', 'err')
      throw error
    }
  }

  // Where the config says the seeds and the site are (read again on each build by build()).
  const configPath = resolve(cwd, options.configPath ?? CONFIG_FILE)
  const configText = await readFile(configPath, 'utf8').catch(() => null)
  const { config } = resolveConfig(configText, configPath, {
    ...(options.seeds !== undefined ? { seeds: options.seeds } : {}),
    ...(options.out !== undefined ? { out: options.out } : {}),
  })
  const outDir = resolve(cwd, config.out)
  const seedsDir = resolve(cwd, config.seeds)
  const templatesDir = options.templatesDir === undefined ? DEFAULT_TEMPLATES : resolve(cwd, options.templatesDir)

  let first: BuildResult | null = null
  let firstError: Error | null = null
  try {
    first = await runOnce()
  } catch (error) {
    firstError = error as Error
  }
  const server = await serve(outDir, options.port, options.host ?? '127.0.0.1', { liveReload: true })
  options.onBuild?.({ result: first, error: firstError, reloaded: false })

  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  let pending = false
  let closed = false
  const rebuild = async () => {
    if (running) {
      pending = true
      return
    }
    running = (async () => {
      do {
        pending = false
        let result: BuildResult | null = null
        let error: Error | null = null
        try {
          result = await runOnce()
        } catch (caught) {
          error = caught as Error
        }
        const reloaded = Boolean(result?.written) && !closed
        if (reloaded) server.reload()
        options.onBuild?.({ result, error, reloaded })
      } while (pending && !closed)
    })()
    await running
    running = null
  }
  const schedule = (why: string) => {
    if (closed) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      log(`changed: ${why}; rebuilding…`, 'out')
      void rebuild()
    }, options.debounceMs ?? 100)
  }

  // Folders are watched, not files: editors save by writing a new file and
  // renaming it over the old one, which a watch on the file itself would lose.
  const ignored = (name: string) => name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|tmp)$/i.test(name) || /^#.*#$/.test(name)
  const watchers = new Set<FSWatcher>()
  const add = (dir: string, recursive: boolean, accept: (name: string) => boolean): FSWatcher | null => {
    try {
      const watcher = watch(dir, { recursive }, (_event, name) => {
        const file = name === null ? '' : String(name)
        if (file === '' || (!ignored(basename(file)) && accept(file))) schedule(file === '' ? dir : file)
      })
      watcher.on('error', (error) => log(`chronique: stopped watching ${dir}: ${error.message}`, 'err'))
      watchers.add(watcher)
      return watcher
    } catch (error) {
      log(`chronique: cannot watch ${dir}: ${(error as Error).message}`, 'err')
      return null
    }
  }
  /**
   * A folder watched whole, and watched again when it is made anew (removed
   * and copied back, renamed away and back, another branch checked out): a
   * watch follows the folder it was given, not its path, so its parent
   * folder is watched for its name.
   */
  const addFolder = (dir: string, accept: (name: string) => boolean) => {
    let current = { watcher: add(dir, true, accept), id: folderId(dir) }
    add(dirname(dir), false, (name) => {
      if (name !== basename(dir)) return false
      // Gone, or another folder at its path (a new inode may reuse the old one's number: its birth time tells them apart).
      const id = folderId(dir)
      if (id !== current.id) {
        if (current.watcher) {
          current.watcher.close()
          watchers.delete(current.watcher)
        }
        current = { watcher: id === null ? null : add(dir, true, accept), id }
      }
      return true
    })
  }
  // Subfolders too (ingest reads them), but not hidden ones; a name without an extension may be a folder added or removed whole.
  addFolder(seedsDir, (name) => !name.split(sep).some((part) => part.startsWith('.')) && (SEED_NAME.test(name) || !basename(name).includes('.')))
  addFolder(templatesDir, () => true)
  add(dirname(configPath), false, (name) => name === basename(configPath))

  return {
    url: server.url,
    close: async () => {
      closed = true
      if (timer) clearTimeout(timer)
      for (const watcher of watchers) watcher.close()
      if (running) await running
      await server.close()
    },
  }
}

/** The CLI entry: start, print the address, run until Ctrl-C. */
export async function runDev(options: DevOptions): Promise<number> {
  const dev = await startDev(options)
  process.stdout.write(`Serving at ${dev.url} — watching seeds, templates and the config file (Ctrl-C to stop)\n`)
  await new Promise<void>((done) => process.once('SIGINT', () => void dev.close().then(done)))
  return 0
}

/** What tells a folder from another made later at the same path (inode and birth time), or null when there is none. */
function folderId(dir: string): string | null {
  const stats = statSync(dir, { throwIfNoEntry: false })
  return stats?.isDirectory() ? `${stats.ino}:${stats.birthtimeMs}` : null
}
