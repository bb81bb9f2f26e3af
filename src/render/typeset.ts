/**
 * French typography on dump text, once per distinct text in a build: titles
 * and summaries appear on many pages (lists, cards, related links, the
 * JSON-LD of their own page). Vietnamese text is left as written.
 */
import { toFrenchTypography } from '../normalise/typography.ts'

/** `text` with French typography unless `lang` is `vi`. */
export type Typeset = (text: string, lang?: string) => string

export function createTypeset(): Typeset {
  const done = new Map<string, string>()
  return (text, lang) => {
    if (lang === 'vi') return text
    let typeset = done.get(text)
    if (typeset === undefined) done.set(text, (typeset = toFrenchTypography(text)))
    return typeset
  }
}
