/**
 * Editorial themes (`config.themes`): an article joins a theme when its
 * keywords occur in its text (see classify.ts for how often), accents and case ignored, whole words only
 * (`défense` is not found in `défenseur`); a keyword of several words matches
 * as a phrase, whatever the spaces, hyphens or apostrophes between them.
 * Keywords are compiled once per build into one phrase index.
 */
import type { ThemeConfig } from '../types.ts'
import { toMatchKey } from '../util/text.ts'
import { findAllPhrases, toPhrase, toPhraseIndex } from './tokens.ts'
import type { PhraseIndex, Token, Tokenizer } from './tokens.ts'

export interface ThemeMatcher {
  themes: readonly ThemeConfig[]
  /** Keyword phrase → indexes (in `themes`) of the themes that list it. */
  index: PhraseIndex<number[]>
  /** `toMatchKey` of each theme's slug and name → its index (front-matter topics). */
  byKey: Map<string, number>
}

export function compileThemes(themes: readonly ThemeConfig[], tokenize: Tokenizer): ThemeMatcher {
  const byPhrase = new Map<string, number[]>()
  themes.forEach((theme, at) => {
    for (const keyword of theme.keywords) {
      const phrase = toPhrase(keyword, tokenize)
      const owners = byPhrase.get(phrase) ?? []
      if (!owners.includes(at)) owners.push(at)
      byPhrase.set(phrase, owners)
    }
  })
  const byKey = new Map<string, number>()
  themes.forEach((theme, at) => {
    for (const key of [toMatchKey(theme.slug), toMatchKey(theme.name)]) if (key !== '' && !byKey.has(key)) byKey.set(key, at)
  })
  return { themes, index: toPhraseIndex(byPhrase), byKey }
}

/** Theme index → how many times its keywords occur in the token lists. */
export function countThemes(matcher: ThemeMatcher, segments: readonly (readonly Token[])[]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const tokens of segments) {
    for (const hit of findAllPhrases(matcher.index, tokens)) for (const at of hit.value) counts.set(at, (counts.get(at) ?? 0) + 1)
  }
  return counts
}
