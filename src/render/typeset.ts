/**
 * French typography on dump text, once per distinct text in a build: titles
 * and summaries appear on many pages (lists, cards, related links, the
 * JSON-LD of their own page). Vietnamese text is left as written.
 */
import { toLanguageRuns } from '../normalise/lang.ts'
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

/** HTML-escaped like LiquidJS's `outputEscape: 'escape'` (same bytes: `&#34;`, `&#39;`). */
export function escapeHtml(text: string): string {
  // Most texts (URLs, dates, typeset titles) have nothing to escape: test before replacing.
  return HAS_HTML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char) : text
}

const HAS_HTML_SPECIAL = /[&<>"']/

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' }

/**
 * Safe HTML for dump text shown in the page body (titles, standfirsts,
 * captions, summaries, excerpts): the text is escaped here, French
 * typography applies to it, and each run of Vietnamese words inside French
 * text (`toLanguageRuns`) is wrapped in `<span lang="vi">`. Text that is
 * Vietnamese as a whole (`lang` `vi`) is only escaped. Typography never
 * touches the inside of a run (letters and spaces only), so the runs are
 * found on the typeset text. Without a run, the output is exactly what
 * `{{ text | typo: lang }}` printed. Once per distinct text and language.
 */
export function createTypesetHtml(typeset: Typeset): (text: string, lang?: string) => string {
  const done = new Map<string, string>()
  return (text, lang) => {
    if (lang === 'vi') return escapeHtml(text)
    let html = done.get(text)
    if (html === undefined) {
      html = toLanguageRuns(typeset(text, lang))
        .map((run) => (run.lang === 'vi' ? `<span lang="vi">${escapeHtml(run.text)}</span>` : escapeHtml(run.text)))
        .join('')
      done.set(text, html)
    }
    return html
  }
}
