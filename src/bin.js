#!/usr/bin/env node
// The `chronique` command. The sources are TypeScript, with no compile step
// between an edit and a build: this launcher bundles src/ with esbuild (one
// ESM bundle with the command and its two worker-thread entries, cached under
// node_modules/.cache/chronique/ and made again when a source file or the
// installed packages change) and runs the bundle. Loading it takes 0.16 s
// where tsx's loader took 0.5 s for the same modules (BENCHMARKS.md).
// CHRONIQUE_NO_BUNDLE=1, or esbuild failing, runs the sources through tsx.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SRC = dirname(fileURLToPath(import.meta.url))
const ROOT = dirname(SRC)
const CACHE = join(ROOT, 'node_modules', '.cache', 'chronique')

/** Bundles kept in the cache (of the sources as they were at the last few edits). */
const KEPT_BUNDLES = 8

/** The entries of the bundle: the command and the worker threads' entries (named as src/write and src/parallel look for them). */
const ENTRIES = { cli: 'cli.ts', 'write-worker': 'write/write-worker.ts', 'report-worker': 'write/report-worker.ts', worker: 'parallel/worker.ts' }

const bundle = process.env.CHRONIQUE_NO_BUNDLE ? null : await bundled().catch((error) => {
  process.stderr.write(`chronique: could not bundle the sources (${error.errors?.[0]?.text ?? error.message}); running them through tsx\n`)
  return null
})
if (bundle) await import(pathToFileURL(bundle).href)
else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('./cli.ts')
}

/** The bundle's entry for the sources as they are now, made when missing. */
async function bundled() {
  const dir = join(CACHE, `bundle-${sourcesKey()}`)
  const entry = join(dir, 'cli.js')
  if (existsSync(entry)) {
    // Marked as used: the least recently used bundles are the ones removed.
    try {
      utimesSync(dir, new Date(), new Date())
    } catch {
      // A read-only install: nothing to mark.
    }
    return entry
  }
  const { build } = await import('esbuild')
  mkdirSync(CACHE, { recursive: true })
  const staging = `${dir}.${process.pid}`
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(SRC, path)])),
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Pagefind finds its binary from where it is installed.
    external: ['pagefind'],
    // LiquidJS's ES module build: its CommonJS one (package.json "main") would be read through a getter per access (0.1 s a build).
    alias: { liquidjs: 'liquidjs/dist/liquid.node.mjs' },
    // Bundled CommonJS packages call require().
    banner: { js: "import { createRequire as __chroniqueRequire } from 'node:module'; const require = __chroniqueRequire(import.meta.url);" },
    logLevel: 'silent',
    // Aliases resolve from here, whatever folder the command runs in.
    absWorkingDir: ROOT,
  })
  try {
    renameSync(staging, dir)
  } catch {
    // Another run made the same bundle first: use it.
    rmSync(staging, { recursive: true, force: true })
  }
  // Bundles of older sources: a few are kept (a running `chronique dev` still loads chunks and worker entries from its own), the least recently used go.
  const bundles = readdirSync(CACHE).filter((name) => name.startsWith('bundle-') && !name.includes('.'))
  const byUse = bundles.map((name) => ({ name, used: statSync(join(CACHE, name)).mtimeMs })).sort((a, b) => b.used - a.used)
  for (const { name } of byUse.slice(KEPT_BUNDLES)) rmSync(join(CACHE, name), { recursive: true, force: true })
  return entry
}

/** A hash of every source file's path, size and modification time, and of the installed packages (npm's lock). */
function sourcesKey() {
  const hash = createHash('sha1')
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) {
        const stat = statSync(path)
        hash.update(`${relative(SRC, path)}\0${stat.size}\0${stat.mtimeMs}\n`)
      }
    }
  }
  walk(SRC)
  for (const lock of [join(ROOT, 'package-lock.json'), join(ROOT, 'node_modules', '.package-lock.json')]) {
    const stat = statSync(lock, { throwIfNoEntry: false })
    hash.update(`${lock}\0${stat?.size}\0${stat?.mtimeMs}\n`)
  }
  return hash.digest('hex').slice(0, 16)
}
