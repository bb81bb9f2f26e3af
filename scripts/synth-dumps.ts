/**
 * Writes N synthetic dumps in the real format, recombined from the sample
 * archive: leads (clean or with the line-break glue of the real scraper),
 * `ảnh 1` captions, `Voir plus` blocks whose teasers are shared across dumps
 * as on the real sites, and vietnam.vn-style chrome. Deterministic for a seed.
 *
 *   npx tsx scripts/synth-dumps.ts --count 4000 --out /tmp/seeds-4000 [--seed 1]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { toRandom } from './eval-spacing/prng.ts'

interface Pool {
  titles: string[]
  standfirsts: string[]
  paragraphs: string[]
  captions: string[]
  teasers: Array<{ caption: string; title: string; summary: string }>
  places: string[]
}

/** Paragraph-level pieces of the sample dumps (blank-line separated). */
export function fromSamples(dir: string): Pool {
  const pool: Pool = { titles: [], standfirsts: [], paragraphs: [], captions: [], teasers: [], places: ['Hanoï', 'Hanoi', 'Hô Chi Minh-Ville', 'Da Nang', 'Alger', 'Sofia', 'Paris', 'Séoul'] }
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8')
    const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)
    const at = blocks.indexOf('Voir plus')
    const lead = at >= 0 ? blocks.slice(0, at) : blocks
    pool.titles.push((lead[0] ?? '').split('\n')[0] ?? '')
    for (const block of lead.slice(1)) {
      for (const line of block.split('\n')) {
        if (/ảnh \d/.test(line)) pool.captions.push(line.replace(/^.* ảnh \d+/, ''))
        else if (/\(VNA\)/.test(line)) continue
        else if (line.length > 180) pool.paragraphs.push(line.replace(/\s*-\s?VNA$/, ''))
        else if (line.length > 60 && /\.$/.test(line)) pool.standfirsts.push(line)
      }
    }
    if (at < 0) continue
    const rest = blocks.slice(at + 1)
    for (let i = 0; i + 2 < rest.length; i++) {
      const [caption, title, summary] = [rest[i] ?? '', rest[i + 1] ?? '', rest[i + 2] ?? '']
      if (/Photo/.test(caption) && !/Photo/.test(title) && summary.length > title.length) {
        pool.teasers.push({ caption, title, summary })
        pool.titles.push(title)
        i += 2
      }
    }
  }
  return pool
}

export { toRandom }

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const ORDINALS = ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième']

/** Delete the line breaks of a paragraph wrapped at 60–90 characters, as the scraper did. */
export function toGlued(text: string, random: () => number): string {
  let out = ''
  let column = 0
  let wrap = 60 + Math.floor(random() * 30)
  for (const word of text.split(' ')) {
    if (out !== '' && column + word.length + 1 > wrap) {
      out += word
      column = word.length
      wrap = 60 + Math.floor(random() * 30)
    } else {
      out += (out === '' ? '' : ' ') + word
      column += word.length + 1
    }
  }
  return out
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T
}

/** A title that is unique for `n` (within the 80 characters a slug keeps) but reads like the samples. */
function toTitle(base: string, n: number): string {
  return `N° ${n}, ${ORDINALS[n % 10]} volet : ${base}`
}

export function toDump(n: number, pool: Pool, random: () => number, sharedTeasers: number): string {
  const title = toTitle(pick(pool.titles, random), n)
  const standfirst = pick(pool.standfirsts, random)
  const glued = random() < 0.5
  const day = 1 + Math.floor(random() * 28)
  const month = pick(MONTHS, random)
  const lines: string[] = [title, '', standfirst]
  lines.push(`${title} ảnh 1${pick(pool.captions, random)}`, '')
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(pool.paragraphs, random))
  paragraphs[0] = `${pick(pool.places, random)}, ${day} ${month} (VNA) - ${paragraphs[0]}`
  paragraphs[paragraphs.length - 1] += ' -VNA'
  for (const paragraph of paragraphs) lines.push(glued ? toGlued(paragraph, random) : paragraph, '')
  lines.push('Voir plus', '')
  const teasers = 5 + Math.floor(random() * 4)
  for (let t = 0; t < teasers; t++) {
    // Teasers are shared: item k of the shared pool appears under many leads.
    const k = Math.floor(random() * sharedTeasers)
    const base = pool.teasers[k % pool.teasers.length] ?? { caption: '', title: 'Sans titre', summary: '' }
    const teaserTitle = toTitle(base.title, k)
    if (random() > 0.05) lines.push(base.caption, '')
    lines.push(teaserTitle, '')
    if (random() < 0.05) lines.push(teaserTitle, '')
    lines.push(base.summary, '')
  }
  if (random() < 0.2) lines.push('Comment (0)', '', 'No data', 'Patrimoine', '', 'Nouvelles')
  return lines.join('\n').trimEnd() + '\n'
}

export function writeDumps(count: number, out: string, seed: number, samples = 'seeds'): void {
  const pool = fromSamples(samples)
  const random = toRandom(seed)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const sharedTeasers = Math.max(10, Math.floor(count / 2))
  const width = String(count).length
  for (let n = 0; n < count; n++) {
    writeFileSync(join(out, `synth_${String(n).padStart(width, '0')}.txt`), toDump(n, pool, random, sharedTeasers))
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, samples: { type: 'string' } } })
  const count = Number(values.count ?? 100)
  const out = values.out ?? `/tmp/chronique-synth-${count}`
  writeDumps(count, out, Number(values.seed ?? 1), values.samples ?? 'seeds')
  process.stdout.write(`wrote ${count} dumps to ${out}\n`)
}
