/**
 * Helpers for render tests: the real templates/ folder, rendering the
 * inline archive, and a checker for links between output files.
 */
import { resolve } from 'node:path'
import { readTemplates } from '../../src/ingest/templates.ts'
import { renderSite } from '../../src/render/index.ts'
import type { Archive, OutputFile, TemplateSet } from '../../src/types.ts'
import { makeArchive } from './archive.ts'
import type { ArchiveOptions } from './archive.ts'

let templates: Promise<TemplateSet> | null = null

export function loadTemplates(): Promise<TemplateSet> {
  templates ??= readTemplates(resolve(import.meta.dirname, '../../templates'))
  return templates
}

export async function render(archive: Archive): Promise<OutputFile[]> {
  return renderSite(archive, await loadTemplates())
}

export async function renderFixture(options: ArchiveOptions = {}): Promise<{ archive: Archive; files: OutputFile[] }> {
  const archive = makeArchive(options)
  return { archive, files: await render(archive) }
}

export function text(files: readonly OutputFile[], path: string): string {
  const file = files.find((f) => f.path === path)
  if (!file) throw new Error(`No output file ${path}; have ${files.map((f) => f.path).join(', ')}`)
  if (typeof file.contents !== 'string') throw new Error(`${path} is binary`)
  return file.contents
}

export function htmlPages(files: readonly OutputFile[]): OutputFile[] {
  return files.filter((f) => f.path.endsWith('.html'))
}

export function count(haystack: string, pattern: RegExp): number {
  return [...haystack.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))].length
}

/** Folders generated after render (by the write stage), not in OutputFile[]. */
const GENERATED_LATER = ['pagefind/']

export interface BrokenLink {
  page: string
  href: string
  reason: string
}

/**
 * Every href/src/action of every HTML page, resolved against the page's own
 * URL under `basePath`, must name an output file (folders mean their
 * index.html); `#id` must name an id on the page. External URLs are skipped.
 */
export function findBrokenLinks(files: readonly OutputFile[], basePath: string): BrokenLink[] {
  const paths = new Set(files.map((f) => f.path))
  const broken: BrokenLink[] = []
  for (const page of htmlPages(files)) {
    const html = page.contents as string
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]))
    for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const raw = decodeEntities(match[1] ?? '')
      if (/^(?:https?:|mailto:)/i.test(raw)) continue
      if (raw.startsWith('#')) {
        if (!ids.has(raw.slice(1))) broken.push({ page: page.path, href: raw, reason: 'no such id' })
        continue
      }
      if (raw === '') { broken.push({ page: page.path, href: raw, reason: 'empty' }); continue }
      const url = new URL(raw, `http://site.test${basePath}${page.path}`)
      if (!url.pathname.startsWith(basePath)) { broken.push({ page: page.path, href: raw, reason: `leaves ${basePath}` }); continue }
      let target = decodeURIComponent(url.pathname.slice(basePath.length))
      if (target === '' || target.endsWith('/')) target += 'index.html'
      if (GENERATED_LATER.some((prefix) => target.startsWith(prefix))) continue
      if (!paths.has(target)) broken.push({ page: page.path, href: raw, reason: `no file ${target}` })
    }
  }
  return broken
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
}
