/**
 * Dev tool: render a site into a folder under /tmp and take screenshots of
 * the home page, an article and a topic page with headless Chromium, at
 * phone (390×844) and desktop (1280×900) sizes, light and dark.
 *
 *   npx tsx scripts/screenshot.ts [--out /tmp/chronique-shots] [--seeds] [--dark] [--axe]
 *
 * By default the site is the render test archive (tests/render/archive.ts);
 * `--seeds` runs the whole pipeline on seeds/ instead. `--search` builds the
 * Pagefind index, serves the folder on 127.0.0.1 and shoots a search.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'
import { runPipeline } from '../src/build.ts'
import { resolveConfig } from '../src/config.ts'
import { ingestSeeds } from '../src/ingest/index.ts'
import { readTemplates } from '../src/ingest/templates.ts'
import { renderSite } from '../src/render/index.ts'
import type { OutputFile } from '../src/types.ts'
import { makeArchive } from '../tests/render/archive.ts'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = resolve(outIndex >= 0 ? args[outIndex + 1] ?? '/tmp/chronique-shots' : '/tmp/chronique-shots')
const useSeeds = args.includes('--seeds')
const dark = args.includes('--dark')
const axe = args.includes('--axe')
const search = args.includes('--search')
const axeSource = axe ? await readAxe() : ''

const templates = await readTemplates(resolve('templates'))
let files: OutputFile[]
if (useSeeds) {
  const { readFile } = await import('node:fs/promises')
  const { config } = resolveConfig(await readFile('chronique.yaml', 'utf8'))
  const ingested = await ingestSeeds(resolve(config.seeds), process.cwd())
  files = (await runPipeline({ files: ingested.files, config, templates })).output
} else {
  files = await renderSite(makeArchive(), templates)
}

const site = join(out, 'site')
await rm(site, { recursive: true, force: true })
for (const file of files) {
  const path = join(site, file.path)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, file.contents)
}

const paths = files.map((file) => file.path)
const article = paths.find((path) => path === 'articles/conference-six-mois/index.html') ?? paths.find((path) => path.startsWith('articles/'))
const topic = paths.find((path) => path === 'sujets/vietnam/index.html') ?? paths.find((path) => /^sujets\/[^/]+\/index\.html$/.test(path))
const teaser = files.find((file) => typeof file.contents === 'string' && file.contents.includes('article--teaser'))?.path
const person = paths.find((path) => path === 'personnes/to-lam/index.html') ?? paths.find((path) => /^personnes\/[^/]+\/index\.html$/.test(path))
const people = paths.includes('personnes/index.html') ? 'personnes/index.html' : undefined
const pages = { home: 'index.html', article, teaser, topic, topics: 'sujets/index.html', person, people }

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const shots: string[] = []
  for (const scheme of dark ? (['light', 'dark'] as const) : (['light'] as const)) {
    for (const [width, height] of [[390, 844], [1280, 900]] as const) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 })
      const page = await context.newPage()
      for (const [name, path] of Object.entries(pages)) {
        if (!path) continue
        await page.goto(pathToFileURL(join(site, path)).href)
        const shot = join(out, `${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`)
        await page.screenshot({ path: shot, fullPage: true })
        const top = shot.replace(/\.png$/, '-top.png')
        await page.screenshot({ path: top })
        shots.push(shot, top)
        if (axe) await checkAccessibility(page, `${name} ${width} ${scheme}`)
      }
      await context.close()
    }
  }
  if (search) shots.push(...await screenshotSearch())
  process.stdout.write(`${files.length} files in ${site}\n${shots.join('\n')}\n`)
} finally {
  await browser.close()
}

/** `--axe`: run axe-core on the page and print WCAG A/AA violations. */
async function checkAccessibility(page: import('playwright-core').Page, label: string): Promise<void> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run
    const result = await run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] })
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  })
  process.stdout.write(violations.length === 0 ? `axe ${label}: ok\n` : `axe ${label}:\n  ${violations.join('\n  ')}\n`)
}

async function readAxe(): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  return readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
}

/** `--search`: Pagefind needs HTTP, so index the folder, serve it and search for a word. */
async function screenshotSearch(): Promise<string[]> {
  const { indexSearch } = await import('../src/write/search.ts')
  const { createServer } = await import('node:http')
  const { readFile } = await import('node:fs/promises')
  await indexSearch(site)
  const types: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript', json: 'application/json', svg: 'image/svg+xml', wasm: 'application/wasm' }
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (path.endsWith('/')) path += 'index.html'
    readFile(join(site, path)).then((data) => {
      response.writeHead(200, { 'content-type': types[path.split('.').pop() ?? ''] ?? 'application/octet-stream' })
      response.end(data)
    }, () => { response.writeHead(404); response.end() })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const shots: string[] = []
  try {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      await page.goto(`http://127.0.0.1:${port}/recherche/index.html?q=diplomatie`)
      await page.waitForSelector('.pagefind-ui__result', { timeout: 10000 }).catch(() => undefined)
      const shot = join(out, `search-${width}.png`)
      await page.screenshot({ path: shot })
      shots.push(shot)
      await context.close()
    }
  } finally {
    server.close()
  }
  return shots
}
