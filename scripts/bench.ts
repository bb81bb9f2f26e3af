/**
 * Full-build benchmark: Chronique against Eleventy and Hugo on this machine,
 * building the same number of pages. Run by hand, never as a test:
 *
 *   npx tsx scripts/bench.ts [--sizes 1000,4000,40000] [--runs 3] [--tools chronique,eleventy,hugo]
 *   (Chronique always runs: it is what the ratios are taken against)
 *
 * For each size N it writes N synthetic dumps (scripts/synth-dumps.ts, seed 1),
 * builds them with Chronique (search index timed apart), and writes the same
 * pages as clean Markdown (one file per HTML page Chronique makes) for
 * Eleventy 3 (installed into the work folder from npm) and Hugo
 * (Debian's package), each with a layout. Each build runs `--runs` times under
 * /usr/bin/time; the table shows medians of wall time, CPU time, peak RSS,
 * pages per second, and the ratios to Chronique.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { writeDumps } from './synth-dumps.ts'
import { SEARCHED_PAGES } from '../src/render/urls.ts'

const ROOT = resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000,40000' },
    runs: { type: 'string', default: '3' },
    tools: { type: 'string', default: 'chronique,eleventy,hugo' },
    work: { type: 'string', default: '/tmp/chronique-bench' },
  },
})
const sizes = (values.sizes as string).split(',').map(Number)
const runs = Number(values.runs)
const tools = new Set((values.tools as string).split(','))
const work = values.work as string

interface Measure {
  wall: number
  cpu: number
  rssMiB: number
}

/** Run a command under GNU time; returns wall s, user+sys s, peak RSS MiB. */
function timed(command: string, args: string[], cwd: string): Measure {
  const stats = join(work, 'time.txt')
  const result = spawnSync('/usr/bin/time', ['-o', stats, '-f', '%e %U %S %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`)
  const [wall, user, sys, rss] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number, number]
  return { wall, cpu: user + sys, rssMiB: rss / 1024 }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

function medianOf(measures: Measure[]): Measure {
  return { wall: median(measures.map((m) => m.wall)), cpu: median(measures.map((m) => m.cpu)), rssMiB: median(measures.map((m) => m.rssMiB)) }
}

function repeat(run: () => Measure, before?: () => void): Measure {
  const all: Measure[] = []
  for (let i = 0; i < runs; i++) {
    before?.()
    // The last run's output is flushed to disk first, so no run pays for the one before it.
    execFileSync('sync')
    all.push(run())
  }
  return medianOf(all)
}

/**
 * Set an output folder aside before a run, to be removed once every run is
 * timed (removeSetAside). Not removed at once: on this machine's ext4, for a
 * minute or more after many files are deleted, each new file or folder costs
 * a scan past the deleted inodes (the kernel's `recently_deleted` in
 * `find_inode_bit`, seen with `perf record`): a build right after removing
 * the last one's 8,642 files took 15 s instead of 9 s, 8 s of it in the kernel.
 */
let setAsideCount = 0

function setAside(dir: string): void {
  if (!existsSync(dir)) return
  const aside = join(work, 'set-aside')
  mkdirSync(aside, { recursive: true })
  renameSync(dir, join(aside, `${process.pid}-${++setAsideCount}`))
}

function removeSetAside(): void {
  rmSync(join(work, 'set-aside'), { recursive: true, force: true })
}

/** The pages Chronique made, as clean Markdown for the other generators. */
function writeMarkdown(site: string, dir: string, frontMatterLayout: string | null): number {
  setAside(dir)
  mkdirSync(dir, { recursive: true })
  // Every HTML page Chronique made (articles, topics, archives, people…), so each generator builds as many pages.
  const pages = (readdirSync(site, { recursive: true }) as string[]).filter((path) => path.endsWith('.html')).sort()
  let count = 0
  for (const path of pages) {
    // `p-` first: no page may be Hugo's `index.md` (a bundle that would hide the others).
    const slug = `p-${path.replace(/(?:\/index)?\.html$/, '').replace(/[^a-z0-9-]+/gi, '-')}`
    const html = readFileSync(join(site, path), 'utf8')
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim() ?? slug
    const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? ''
    const paragraphs = [...main.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').trim()).filter(Boolean)
    const layout = frontMatterLayout ? `layout: ${frontMatterLayout}\n` : ''
    writeFileSync(join(dir, `${slug}.md`), `---\ntitle: ${JSON.stringify(title)}\n${layout}---\n\n${paragraphs.join('\n\n')}\n`)
    count++
  }
  return count
}

function setUpEleventy(): string {
  const dir = join(work, 'eleventy-bin')
  if (!existsSync(join(dir, 'node_modules/@11ty/eleventy'))) {
    mkdirSync(dir, { recursive: true })
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', dir, '@11ty/eleventy@3'], { stdio: 'inherit' })
  }
  return join(dir, 'node_modules/.bin/eleventy')
}

function setUpHugo(): string {
  if (!existsSync('/usr/bin/hugo')) execFileSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'inherit' })
  return '/usr/bin/hugo'
}

const LAYOUT = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><header><a href="/">Archive</a></header><main><article><h1>{{ title }}</h1>{{ content }}</article></main></body></html>`

function eleventyProject(size: number, site: string): { dir: string; pages: number } {
  const dir = join(work, `eleventy-${size}`)
  const pages = writeMarkdown(site, join(dir, 'articles'), 'layout.liquid')
  mkdirSync(join(dir, '_includes'), { recursive: true })
  writeFileSync(join(dir, '_includes', 'layout.liquid'), LAYOUT)
  return { dir, pages }
}

function hugoProject(size: number, site: string): { dir: string; pages: number } {
  const dir = join(work, `hugo-${size}`)
  const pages = writeMarkdown(site, join(dir, 'content', 'articles'), null)
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true })
  writeFileSync(join(dir, 'hugo.toml'), `baseURL = "https://example.org/"\nlanguageCode = "fr"\ntitle = "Archive"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n`)
  const hugoLayout = LAYOUT.replace(/\{\{ title \}\}/g, '{{ .Title }}').replace('{{ content }}', '{{ .Content }}')
  writeFileSync(join(dir, 'layouts', '_default', 'single.html'), hugoLayout)
  writeFileSync(join(dir, 'layouts', '_default', 'list.html'), hugoLayout)
  return { dir, pages }
}

function row(name: string, pages: number, m: Measure, base: Measure | null): string {
  const ratio = base ? (m.wall / base.wall).toFixed(2) : '1.00'
  return `| ${name} | ${pages} | ${m.wall.toFixed(2)} | ${m.cpu.toFixed(2)} | ${m.rssMiB.toFixed(0)} | ${(pages / m.wall).toFixed(0)} | ${ratio} |`
}

mkdirSync(work, { recursive: true })
const notes: string[] = []
const lines = ['| generator | pages | wall s | cpu s | peak RSS MiB | pages/s | wall ÷ Chronique |', '|---|---|---|---|---|---|---|']
for (const size of sizes) {
  const seeds = join(work, `seeds-${size}`)
  if (!existsSync(seeds)) writeDumps(size, seeds, 1, join(ROOT, 'seeds'))
  const site = join(work, `site-${size}`)
  // A full build: the project's config, no build cache (a cold cache would add its save), the
  // report in the work folder, the output folder removed first.
  const cwd = join(work, 'chronique-cwd')
  mkdirSync(cwd, { recursive: true })
  const args = [join(ROOT, 'src/bin.js'), 'build', '--no-search', '--no-cache', '--config', join(ROOT, 'chronique.yaml'), '--seeds', seeds, '--out', site]
  const chronique = repeat(() => timed(process.execPath, args, cwd), () => setAside(site))
  const articlePages = readdirSync(join(site, 'articles')).length
  const allPages = Number(execFileSync('bash', ['-c', `find ${site} -name '*.html' | wc -l`], { encoding: 'utf8' }).trim())
  lines.push(`| **N = ${size} dumps** | | | | | | |`)
  lines.push(row('Chronique (search aside)', allPages, chronique, null))
  const search = repeat(() => timed(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', site, '--force-language', 'fr', '--glob', SEARCHED_PAGES], ROOT))
  lines.push(row('  Pagefind step', allPages, search, chronique))
  const summary = [`N=${size}: ${articlePages} article pages, ${allPages} HTML pages in all; Chronique ${(chronique.wall * 1000 / size).toFixed(2)} ms per dump`]
  if (tools.has('eleventy')) {
    const bin = setUpEleventy()
    const project = eleventyProject(size, site)
    const m = repeat(() => timed(process.execPath, [bin, '--quiet', '--input=.', '--output=_site'], project.dir), () => setAside(join(project.dir, '_site')))
    lines.push(row('Eleventy 3', project.pages, m, chronique))
    summary.push(`Chronique ÷ Eleventy ${(chronique.wall / m.wall).toFixed(2)}`)
  }
  if (tools.has('hugo')) {
    const bin = setUpHugo()
    const project = hugoProject(size, site)
    const m = repeat(() => timed(bin, ['--quiet', '-d', 'public'], project.dir), () => setAside(join(project.dir, 'public')))
    lines.push(row('Hugo', project.pages, m, chronique))
    summary.push(`Chronique ÷ Hugo ${(chronique.wall / m.wall).toFixed(2)}`)
  }
  notes.push(summary.join('; '))
  process.stdout.write(`${summary.join('; ')}\n`)
}
removeSetAside()
process.stdout.write(`\nMedians of ${runs} runs, ${new Date().toISOString().slice(0, 10)}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores\n\n${lines.join('\n')}\n\n${notes.join('\n')}\n`)
