/**
 * Defaults, and the editors' config file → a resolved config.
 * Pure: `resolveConfig` takes the file's text (read by the CLI / build edge).
 */
import { didYouMean } from './util/suggest.ts'
import yaml from 'js-yaml'
import { VFile } from 'vfile'
import { toMatchKey } from './util/text.ts'
import type { OrganisationConfig, PersonConfig, ResolvedConfig, ThemeConfig, UserConfig } from './types.ts'

export const CONFIG_FILE = 'chronique.yaml'

export const defaultConfig: ResolvedConfig = {
  title: 'Chronique',
  description: 'Archive de presse',
  baseUrl: '/',
  basePath: '/',
  language: 'fr',
  seeds: 'seeds',
  out: 'dist',
  pageSize: 20,
  homeSize: 12,
  themes: [],
  keepAsWritten: [],
  people: [],
  notPeople: [],
  notOrganisations: [],
  organisations: [],
}

const KNOWN_KEYS = new Set<string>([
  'title', 'description', 'baseUrl', 'language', 'seeds', 'out',
  'pageSize', 'homeSize', 'themes', 'keepAsWritten',
  'people', 'notPeople', 'organisations', 'notOrganisations',
])

/** Thrown for a config the build cannot use; `file` holds the messages. */
export class ConfigError extends Error {
  constructor(readonly file: VFile) {
    super(`Invalid config ${file.path}`)
  }
}

/**
 * Parse and check the config file text. Problems are messages on the
 * returned `file` (warnings for unknown keys, fatal for wrong types).
 * Throws `ConfigError` when the config cannot be used.
 */
export function resolveConfig(
  text: string | null,
  path: string = CONFIG_FILE,
  overrides: Partial<UserConfig> = {},
): { config: ResolvedConfig; file: VFile } {
  const file = new VFile({ path, value: text ?? '' })
  let user: Record<string, unknown> = {}
  if (text !== null && text.trim() !== '') {
    try {
      const loaded = yaml.load(text, { filename: path })
      if (loaded !== null && loaded !== undefined) {
        if (typeof loaded !== 'object' || Array.isArray(loaded)) {
          fail(file, 'Expected a mapping of settings (`title: …`), found ' + describe(loaded), 'config-shape')
        }
        user = loaded as Record<string, unknown>
      }
    } catch (error) {
      if (error instanceof ConfigError) throw error
      const mark = (error as { mark?: { line: number; column: number } }).mark
      const reason = (error as { reason?: string }).reason ?? String(error)
      const place = mark ? { line: mark.line + 1, column: mark.column + 1 } : undefined
      const message = file.message(`Cannot read YAML: ${reason}`, { place, ruleId: 'config-yaml', source: 'chronique' })
      message.fatal = true
      throw new ConfigError(file)
    }
  }
  for (const key of Object.keys(user)) {
    if (!KNOWN_KEYS.has(key)) {
      file.message(`Unknown setting \`${key}\`${didYouMean(key, KNOWN_KEYS)}, expected one of ${[...KNOWN_KEYS].map((k) => '`' + k + '`').join(', ')}`, {
        ruleId: 'config-unknown-key', source: 'chronique', place: lineOf(text ?? '', key),
      })
    }
  }
  const merged: Record<string, unknown> = { ...user }
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value

  // A setting of the wrong kind is an error at its line; the others are still checked, so that one run shows every mistake.
  const wrong = (key: string, expected: string, ruleId = 'config-type') => {
    const message = file.message(`Expected \`${key}\` to be ${expected}, found ${describe(merged[key])}`, { ruleId, source: 'chronique', place: lineOf(text ?? '', key) })
    message.fatal = true
  }
  const str = (key: string, fallback: string, check?: { test: (value: string) => boolean; expected: string }): string => {
    const value = merged[key]
    if (value === undefined || value === null) return fallback
    if (typeof value !== 'string') wrong(key, check?.expected ?? 'text')
    else if (check && !check.test(value)) wrong(key, check.expected)
    else return value
    return fallback
  }
  const int = (key: string, fallback: number): number => {
    const value = merged[key]
    if (value === undefined || value === null) return fallback
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value
    wrong(key, 'a whole number ≥ 1')
    return fallback
  }

  const baseUrl = resolveBaseUrl(str('baseUrl', defaultConfig.baseUrl), file, overrides.baseUrl === undefined ? lineOf(text ?? '', 'baseUrl') : undefined)
  const config: ResolvedConfig = {
    title: str('title', defaultConfig.title, { test: (value) => value.trim() !== '', expected: 'the site\'s name (non-empty text)' }),
    description: str('description', defaultConfig.description).trim(),
    baseUrl,
    basePath: basePathOf(baseUrl),
    language: str('language', defaultConfig.language, { test: (value) => LANGUAGE_TAG.test(value), expected: 'a language tag such as `fr` or `fr-FR`' }),
    seeds: str('seeds', defaultConfig.seeds),
    out: str('out', defaultConfig.out),
    pageSize: int('pageSize', defaultConfig.pageSize),
    homeSize: int('homeSize', defaultConfig.homeSize),
    themes: resolveThemes(merged.themes, file, text ?? ''),
    keepAsWritten: resolveStringList(merged.keepAsWritten, 'keepAsWritten', file, text ?? ''),
    people: resolvePeople(merged.people, file, text ?? ''),
    notPeople: resolveStringList(merged.notPeople, 'notPeople', file, text ?? ''),
    notOrganisations: resolveStringList(merged.notOrganisations, 'notOrganisations', file, text ?? ''),
    organisations: resolveOrganisations(merged.organisations, file, text ?? ''),
  }
  if (file.messages.some((message) => message.fatal)) throw new ConfigError(file)
  return { config, file }
}

/** The shape of a BCP 47 language tag (`fr`, `fr-FR`, `vi`), as `<html lang>` takes it. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i

/** `https://x.org/archive` → `https://x.org/archive/`; `/` stays `/`. */
export function resolveBaseUrl(value: string, file?: VFile, place?: { line: number; column: number }): string {
  let url = value.trim()
  if (url === '') return '/'
  if (!url.endsWith('/')) url += '/'
  if (url.startsWith('/')) return url
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol')
    return parsed.href
  } catch {
    if (file) fail(file, `Expected \`baseUrl\` to be an http(s) URL or a path starting with \`/\`, found \`${value}\``, 'config-base-url', place)
    throw new Error(`Invalid base URL ${value}`)
  }
}

function basePathOf(baseUrl: string): string {
  if (baseUrl.startsWith('/')) return baseUrl
  return new URL(baseUrl).pathname
}

function resolveThemes(value: unknown, file: VFile, text: string): ThemeConfig[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) fail(file, `Expected \`themes\` to be a list, found ${describe(value)}`, 'config-type', lineOf(text, 'themes'))
  const seen = new Set<string>()
  return (value as unknown[]).map((entry, index) => {
    const where = `themes[${index}]`
    if (typeof entry !== 'object' || entry === null) fail(file, `Expected \`${where}\` to be a mapping with slug, name and keywords, found ${describe(entry)}`, 'config-type', lineOf(text, 'themes'))
    const theme = entry as Record<string, unknown>
    if (typeof theme.slug !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(theme.slug)) {
      fail(file, `Expected \`${where}.slug\` to be lowercase letters, digits and dashes, found ${describe(theme.slug)}`, 'config-type', lineOf(text, 'slug'))
    }
    if (typeof theme.name !== 'string' || theme.name.trim() === '') fail(file, `Expected \`${where}.name\` to be text, found ${describe(theme.name)}`, 'config-type', lineOf(text, 'name'))
    const slug = theme.slug as string
    if (seen.has(slug)) fail(file, `Theme slug \`${slug}\` is used twice, expected each theme to have its own`, 'config-duplicate-theme', lineOf(text, slug))
    seen.add(slug)
    const resolved: ThemeConfig = {
      slug,
      name: (theme.name as string).trim(),
      keywords: resolveStringList(theme.keywords, `${where}.keywords`, file, text),
    }
    if (typeof theme.description === 'string') resolved.description = theme.description.trim()
    return resolved
  })
}

/** `people: [{ name: 'Tô Lâm', aliases: ['To Lam'] }]`; a bare name is a person without aliases. */
function resolvePeople(value: unknown, file: VFile, text: string): PersonConfig[] {
  const seen = new Set<string>()
  return resolveEntries(value, 'people', file, text).map(({ entry, where }) => {
    const name = requireName(entry.name, `${where}.name`, file, text)
    const key = toMatchKey(name)
    if (seen.has(key)) fail(file, `Person \`${name}\` is listed twice in \`people\`, expected one entry per person (put other spellings in its \`aliases\`)`, 'config-duplicate-person', lineOf(text, 'people'))
    seen.add(key)
    return { name, aliases: resolveStringList(entry.aliases, `${where}.aliases`, file, text) }
  })
}

/** `organisations: [{ name: 'Organisation des Nations unies', short: 'ONU', aliases: ['Nations unies'] }]`. */
function resolveOrganisations(value: unknown, file: VFile, text: string): OrganisationConfig[] {
  const seen = new Set<string>()
  return resolveEntries(value, 'organisations', file, text).map(({ entry, where }) => {
    const name = requireName(entry.name, `${where}.name`, file, text)
    const resolved: OrganisationConfig = { name, aliases: resolveStringList(entry.aliases, `${where}.aliases`, file, text) }
    if (entry.short !== undefined && entry.short !== null) {
      if (typeof entry.short !== 'string' || !/^\p{Lu}[\p{Lu}\d]{0,11}$/u.test(entry.short)) {
        fail(file, `Expected \`${where}.short\` to be an acronym in capitals and digits (\`ONU\`, \`G20\`), found ${describe(entry.short)}`, 'config-type', lineOf(text, 'short'))
      }
      resolved.short = entry.short
    }
    const key = resolved.short ?? toMatchKey(name)
    if (seen.has(key)) fail(file, `Organisation \`${resolved.short ?? name}\` is listed twice in \`organisations\`, expected one entry per organisation`, 'config-duplicate-organisation', lineOf(text, 'organisations'))
    seen.add(key)
    return resolved
  })
}

/** A list of mappings (a bare text stands for `{ name: text }`), each with its place for messages. */
function resolveEntries(value: unknown, key: string, file: VFile, text: string): { entry: Record<string, unknown>; where: string }[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) fail(file, `Expected \`${key}\` to be a list, found ${describe(value)}`, 'config-type', lineOf(text, key))
  return (value as unknown[]).map((entry, index) => {
    const where = `${key}[${index}]`
    if (typeof entry === 'string') return { entry: { name: entry }, where }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      fail(file, `Expected \`${where}\` to be a mapping with a name, found ${describe(entry)}`, 'config-type', lineOf(text, key))
    }
    return { entry: entry as Record<string, unknown>, where }
  })
}

function requireName(value: unknown, where: string, file: VFile, text: string): string {
  const place = (value === undefined ? undefined : lineOf(text, 'name')) ?? lineOf(text, where.split('[')[0] ?? where)
  if (typeof value !== 'string' || value.trim() === '') fail(file, `Expected \`${where}\` to be text, found ${describe(value)}`, 'config-type', place)
  return (value as string).trim()
}

function resolveStringList(value: unknown, key: string, file: VFile, text: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' && typeof item !== 'number')) {
    fail(file, `Expected \`${key}\` to be a list of words, found ${describe(value)}`, 'config-type', lineOf(text, key.split('.').pop() ?? key))
  }
  return (value as unknown[]).map(String)
}

function fail(file: VFile, reason: string, ruleId: string, place?: { line: number; column: number }): never {
  const message = file.message(reason, { ruleId, source: 'chronique', place })
  message.fatal = true
  throw new ConfigError(file)
}

/** Best-effort position of a key in the YAML text, for messages. */
export function lineOf(text: string, key: string): { line: number; column: number } | undefined {
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const column = (lines[i] ?? '').search(new RegExp(`(^|[\\s-])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`))
    if (column >= 0) return { line: i + 1, column: column + 1 + ((lines[i] ?? '')[column] === key[0] ? 0 : 1) }
  }
  return undefined
}

export function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `\`${JSON.stringify(value)}\` (text)`
  return `\`${String(value)}\` (${typeof value})`
}
