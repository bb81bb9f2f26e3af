/**
 * Pagefind's two stages on a built site, timed apart (run by hand, never as
 * a test): how long it reads the pages, how long it writes the index.
 *
 *   npx tsx scripts/bench-pagefind.ts SITE_DIR [--runs 3] [--html]
 *
 * It reads the pages src/write/search.ts gives it (SEARCHED_PAGES) with
 * `addDirectory`, as a build does; `--html` sends them as strings with
 * `addHTMLFile` instead (what streaming the pages to Pagefind during render
 * would cost). The index goes to a temporary folder under /dev/shm (the RAM
 * disk), removed afterwards. Prints each run and the medians.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as pagefind from 'pagefind'
import { SEARCHED_PAGES } from '../src/render/urls.ts'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, html: { type: 'boolean', default: false } } })
const site = resolve(positionals[0] ?? 'dist')
const runs = Number(values.runs)

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** The article pages, as the glob picks them (`articles/<slug>/index.html`). */
function articlePages(): string[] {
  return readdirSync(join(site, 'articles')).sort().map((slug) => `articles/${slug}/index.html`)
}

const adds: number[] = []
const writes: number[] = []
for (let run = 0; run < runs; run++) {
  const out = mkdtempSync('/dev/shm/chronique-pagefind-')
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' })
    if (!index) throw new Error(errors.join('; '))
    let start = performance.now()
    let pages: number
    if (values.html) {
      const paths = articlePages()
      const contents = paths.map((path) => readFileSync(join(site, path), 'utf8'))
      start = performance.now()
      await Promise.all(paths.map((path, i) => index.addHTMLFile({ sourcePath: path, content: contents[i] as string })))
      pages = paths.length
    } else {
      pages = (await index.addDirectory({ path: site, glob: SEARCHED_PAGES })).page_count
    }
    const added = performance.now()
    await index.writeFiles({ outputPath: out })
    const written = performance.now()
    adds.push(added - start)
    writes.push(written - added)
    process.stdout.write(`run ${run + 1}: ${pages} pages, ${values.html ? 'addHTMLFile' : 'addDirectory'} ${((added - start) / 1000).toFixed(2)} s, writeFiles ${((written - added) / 1000).toFixed(2)} s\n`)
  } finally {
    await pagefind.close()
    rmSync(out, { recursive: true, force: true })
  }
}
process.stdout.write(`median: read ${(median(adds) / 1000).toFixed(2)} s, write ${(median(writes) / 1000).toFixed(2)} s (${runs} runs)\n`)
