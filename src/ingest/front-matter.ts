/**
 * YAML front matter (gray-matter, js-yaml JSON schema so dates stay text)
 * → checked `FrontMatter`. Pure: problems are messages on the file.
 */
import matter from 'gray-matter'
import yaml from 'js-yaml'
import type { VFile } from 'vfile'
import { describe } from '../config.ts'
import { isWebUrl } from '../util/html.ts'
import { didYouMean } from '../util/suggest.ts'
import type { FrontMatter } from '../types.ts'

const KEYS = ['title', 'date', 'year', 'topics', 'source', 'publication', 'slug', 'permalink', 'standfirst', 'draft'] as const

export interface SplitFrontMatter {
  matter: FrontMatter
  /** The text with the front matter blanked to empty lines. */
  body: string
  /** False when the front matter could not be used (a fatal message was set). */
  ok: boolean
}

export function splitFrontMatter(text: string, file: VFile): SplitFrontMatter {
  if (!/^---[ \t]*\r?\n/.test(text)) return { matter: {}, body: text, ok: true }
  let parsed: matter.GrayMatterFile<string>
  try {
    parsed = matter(text, {
      engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.JSON_SCHEMA }) as object },
    })
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark
    const reason = (error as { reason?: string }).reason ?? String(error)
    // js-yaml counts lines from the first line after the opening `---`.
    const place = mark ? { line: mark.line + 2, column: mark.column + 1 } : { line: 1, column: 1 }
    fatal(file, `Cannot read front matter: ${reason}, expected YAML between two \`---\` lines`, 'front-matter-yaml', place)
    return { matter: {}, body: blank(text), ok: false }
  }
  const head = text.slice(0, text.length - parsed.content.length)
  const body = head.replace(/[^\n]/g, '') + parsed.content
  const data = (parsed.data ?? {}) as Record<string, unknown>
  if (typeof data !== 'object' || Array.isArray(data)) {
    fatal(file, `Expected front matter to be a mapping (\`title: …\`), found ${describe(data)}`, 'front-matter-shape', { line: 2, column: 1 })
    return { matter: {}, body, ok: false }
  }
  const result = checkFrontMatter(data, head, file)
  return { matter: result.matter, body, ok: result.ok }
}

function checkFrontMatter(data: Record<string, unknown>, head: string, file: VFile): { matter: FrontMatter; ok: boolean } {
  const out: FrontMatter = {}
  let ok = true
  const place = (key: string) => placeOfKey(head, key)
  const bad = (key: string, expected: string, ruleId = 'front-matter-type') => {
    fatal(file, `Expected \`${key}\` to be ${expected}, found ${describe(data[key])}`, ruleId, place(key))
    ok = false
  }
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      file.message(`Unknown front matter key \`${key}\`${didYouMean(key, KEYS)}, expected one of ${KEYS.map((k) => '`' + k + '`').join(', ')}; ignored`, {
        ruleId: 'front-matter-unknown-key', source: 'chronique', place: place(key),
      })
    }
  }
  for (const key of ['title', 'source', 'publication', 'standfirst'] as const) {
    const value = data[key]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string' || value.trim() === '') bad(key, 'non-empty text')
    else out[key] = value.trim()
  }
  if (out.source !== undefined && !isWebUrl(out.source)) {
    file.message(`Expected \`source\` to be the article's web address (\`https://…\`), found ${describe(out.source)}; shown as text, not as a link`, {
      ruleId: 'front-matter-source', source: 'chronique', place: place('source'),
    })
  }
  if (data.date !== undefined && data.date !== null) {
    const value = String(data.date)
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
    if (!match || !validDate(Number(match[1]), match[2] ? Number(match[2]) : 1, match[3] ? Number(match[3]) : 1)) {
      bad('date', 'a date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`', 'front-matter-date')
    } else out.date = value
  }
  if (data.year !== undefined && data.year !== null) {
    const value = data.year
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1800 || value > 2200) bad('year', 'a year such as `2025`', 'front-matter-date')
    else out.year = value
  }
  if (data.topics !== undefined && data.topics !== null) {
    const value = data.topics
    const list = typeof value === 'string' ? [value] : value
    const wrong = Array.isArray(list) ? list.findIndex((item) => typeof item !== 'string' || item.trim() === '') : -1
    if (!Array.isArray(list)) bad('topics', 'a list of topic names')
    else if (wrong >= 0) {
      fatal(file, `Expected every item of \`topics\` to be a topic name, found ${describe(list[wrong])} (item ${wrong + 1})`, 'front-matter-type', place('topics'))
      ok = false
    } else out.topics = (list as string[]).map((item) => item.trim())
  }
  if (data.draft !== undefined && data.draft !== null) {
    if (typeof data.draft !== 'boolean') bad('draft', '`true` or `false`')
    else out.draft = data.draft
  }
  for (const key of ['slug', 'permalink'] as const) {
    const value = data[key]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
      fatal(file, `Refused \`${key}\` ${describe(value)}: expected lowercase letters, digits and dashes only (no \`/\`, \`..\`, URL or absolute path)`, 'front-matter-slug', place(key))
      ok = false
    } else if (out.slug && out.slug !== value) {
      fatal(file, `Found both \`slug\` and \`permalink\` with different values, expected one`, 'front-matter-slug', place(key))
      ok = false
    } else out.slug = value
  }
  return { matter: out, ok }
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function placeOfKey(head: string, key: string): { line: number; column: number } {
  const lines = head.split('\n')
  for (let i = 0; i < lines.length; i++) if (new RegExp(`^${key}\\s*:`).test(lines[i] ?? '')) return { line: i + 1, column: 1 }
  return { line: 1, column: 1 }
}

function blank(text: string): string {
  const close = /\n---[ \t]*(\r?\n|$)/.exec(text.slice(3))
  if (!close) return text.replace(/[^\n]/g, '')
  const end = 3 + close.index + close[0].length
  return text.slice(0, end).replace(/[^\n]/g, '') + text.slice(end)
}

function fatal(file: VFile, reason: string, ruleId: string, place: { line: number; column: number }): void {
  const message = file.message(reason, { ruleId, source: 'chronique', place })
  message.fatal = true
}
