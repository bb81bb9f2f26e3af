/**
 * Spans no repair may touch: URLs, e-mail addresses, domain names
 * (`baoquocte.vn`) and the forms an editor asked to keep as written.
 */

export type Span = readonly [start: number, end: number]

const URL = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+|\bmailto:\S+/giu
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
const MAYBE_LINK = /[@/]|\.[a-z]{2}/u
const DOMAIN = /(?<![\p{L}\p{N}@.])(?:[\p{L}\p{N}-]+\.)+[a-z]{2,6}(?:\/\S*)?(?![\p{L}\p{N}])/gu

/** Protected spans of `text`, sorted, possibly overlapping. */
export function findProtectedSpans(text: string, keepAsWritten: readonly string[] = []): Span[] {
  const spans: Span[] = []
  // Most texts hold no URL, address or domain: skip the patterns unless a sign of one is there.
  const patterns = MAYBE_LINK.test(text) ? [URL, EMAIL, DOMAIN] : []
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length])
  }
  for (const form of keepAsWritten) {
    if (form.length === 0) continue
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      if (isWordEdge(text, at - 1) && isWordEdge(text, at + form.length)) spans.push([at, at + form.length])
    }
  }
  return spans.sort((a, b) => a[0] - b[0])
}

/** Does [start, end) touch a protected span? */
export function isProtected(spans: readonly Span[], start: number, end: number): boolean {
  for (const [from, to] of spans) {
    if (from >= end) return false
    if (to > start) return true
  }
  return false
}

/** Is the position between `at - 1` and `at` inside a protected span (a space there would cut it)? */
export function isCutProtected(spans: readonly Span[], at: number): boolean {
  for (const [from, to] of spans) {
    if (from >= at) return false
    if (to > at) return true
  }
  return false
}

function isWordEdge(text: string, at: number): boolean {
  const char = text[at]
  return char === undefined || !/[\p{L}\p{M}\p{N}]/u.test(char)
}
