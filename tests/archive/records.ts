/** Small ArticleRecord, DateInfo, config and VFile builders for the archive tests. */
import { VFile } from 'vfile'
import { defaultConfig } from '../../src/config.ts'
import type { ArticleRecord, DateInfo, ResolvedConfig, ThemeConfig } from '../../src/types.ts'

export interface RecordOptions extends Partial<Omit<ArticleRecord, 'body'>> {
  /** Body paragraphs as plain strings. */
  body?: string[]
  path?: string
  line?: number
  /** Last line (defaults to `line` + 2). */
  endLine?: number
}

export function makeRecord(title: string, options: RecordOptions = {}): ArticleRecord {
  const { body = [], path = 'seeds/000.txt', line = 1, endLine, ...rest } = options
  const kind = rest.kind ?? 'lead'
  return {
    kind,
    title,
    standfirst: null,
    summary: null,
    dateline: null,
    date: null,
    body: { type: 'root', children: body.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })) },
    figures: [],
    signature: null,
    source: { url: null, publication: null },
    topics: [],
    slug: null,
    teaserTitles: [],
    provenance: [{ path, role: kind, startLine: line, endLine: endLine ?? line + 2 }],
    lang: 'fr',
    ...rest,
  }
}

export function makeTeaser(title: string, summary: string, options: RecordOptions = {}): ArticleRecord {
  return makeRecord(title, { kind: 'teaser', summary, ...options })
}

/** `2025-07-17`, `2025-07` or `2025`; `certain: false` makes the year a guess. */
export function makeDate(value: string, options: Partial<DateInfo> = {}): DateInfo {
  const [year, month, day] = value.split('-').map(Number)
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year'
  return {
    value,
    year: year ?? null,
    month: month ?? null,
    day: day ?? null,
    precision,
    source: 'dateline',
    yearCertain: true,
    text: value,
    ...options,
  }
}

export const THEMES: ThemeConfig[] = [
  { slug: 'diplomatie', name: 'Diplomatie', keywords: ['diplomatie', 'ambassadeur', 'affaires étrangères', "visite d'État"] },
  { slug: 'defense-securite', name: 'Défense et sécurité', keywords: ['défense', 'sécurité', 'maintien de la paix', 'garde-côte'] },
  { slug: 'numerique', name: 'Numérique et technologie', keywords: ['numérique', 'e-gouvernement'] },
]

export function makeConfig(themes: ThemeConfig[] = THEMES): ResolvedConfig {
  return { ...defaultConfig, title: 'Test', description: '', themes }
}

/** VFiles by path, each with a `data.source.hash` (same `content` → same hash). */
export function makeFiles(contents: Record<string, string>): Map<string, VFile> {
  const files = new Map<string, VFile>()
  for (const [path, content] of Object.entries(contents)) {
    const file = new VFile({ path, value: content })
    file.data.source = { kind: path.endsWith('.md') ? 'markdown' : 'dump', matter: {}, body: content, hash: `hash:${content}` }
    files.set(path, file)
  }
  return files
}

/** Deterministic permutations of a list (rotations, reverse, and a fixed interleave). */
export function permutations<T>(items: readonly T[]): T[][] {
  const rotations = items.map((_, shift) => [...items.slice(shift), ...items.slice(0, shift)])
  const reversed = [...items].reverse()
  const interleaved = [...items.filter((_, at) => at % 2 === 1), ...items.filter((_, at) => at % 2 === 0)]
  return [...rotations, reversed, interleaved]
}
