/**
 * The topics of one article: the themes whose keywords it contains, the
 * countries it is about, and the themes or countries its front matter names.
 *
 * A theme or a country counts when it is named in the title, standfirst or
 * summary, or at least `BODY_MENTIONS` times in the body: a list of embassies
 * in passing ("aux États-Unis, en France, en Inde…") does not make an article
 * about each of those countries, nor does one word of a long report
 * ("l'innovation") make it an article about technology.
 */
import type { VFile } from 'vfile'
import type { ArticleRecord } from '../types.ts'
import { toMatchKey } from '../util/text.ts'
import { countCountries } from './countries.ts'
import type { CountryLexicon } from './countries.ts'
import { reportAt } from './messages.ts'
import { toArticleSegments } from './segments.ts'
import type { ArticleSegments } from './segments.ts'
import { countThemes } from './themes.ts'
import type { ThemeMatcher } from './themes.ts'
import type { Tokenizer } from './tokens.ts'

/** Body mentions a theme or country needs when the title, standfirst and summary do not name it. */
export const BODY_MENTIONS = 2

export interface TopicFinder {
  matcher: ThemeMatcher
  lexicon: CountryLexicon
  tokenize: Tokenizer
}

export interface FoundTopics {
  /** Indexes into `config.themes`. */
  themes: Set<number>
  /** ISO alpha-2 codes. */
  countries: Set<string>
}

export function findTopics(record: ArticleRecord, finder: TopicFinder, segments: ArticleSegments = toArticleSegments(record, finder.tokenize)): FoundTopics {
  const themes = new Set(countThemes(finder.matcher, segments.prominent).keys())
  for (const [at, count] of countThemes(finder.matcher, segments.body)) if (count >= BODY_MENTIONS) themes.add(at)
  const countries = new Set(countCountries(finder.lexicon, segments.prominent).keys())
  for (const [code, count] of countCountries(finder.lexicon, segments.body)) if (count >= BODY_MENTIONS) countries.add(code)
  for (const name of record.topics) {
    const found = resolveTopicName(name, finder)
    if (found?.theme !== undefined) themes.add(found.theme)
    if (found?.country !== undefined) countries.add(found.country)
  }
  return { themes, countries }
}

/** A front-matter topic (theme name or slug, or a country name) → what it names, or null. */
export function resolveTopicName(name: string, finder: TopicFinder): { theme?: number; country?: string } | null {
  const key = toMatchKey(name)
  const theme = finder.matcher.byKey.get(key)
  if (theme !== undefined) return { theme }
  const country = finder.lexicon.byKey.get(key)
  return country === undefined ? null : { country }
}

/** Warn (`unknown-topic`) once per file and name about front-matter topics that name nothing known. */
export function checkTopicNames(records: readonly ArticleRecord[], finder: TopicFinder, files: ReadonlyMap<string, VFile>): void {
  const warned = new Set<string>()
  const known = finder.matcher.themes.map((theme) => `${theme.name} (\`${theme.slug}\`)`).join(', ')
  for (const record of records) {
    const place = record.provenance[0]
    if (!place) continue
    for (const name of record.topics) {
      const seen = `${place.path}\u0000${toMatchKey(name)}`
      if (resolveTopicName(name, finder) !== null || warned.has(seen)) continue
      warned.add(seen)
      const reason = `Unknown topic "${name}" in front matter, expected a theme of the config (${known || 'none configured'}) or a country name (\`Algérie\`, \`afrique-du-sud\`)`
      reportAt(files, { path: place.path, line: place.startLine }, reason, 'unknown-topic')
    }
  }
}
