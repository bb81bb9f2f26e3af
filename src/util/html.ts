/**
 * Reading built HTML back as a reader sees it (for the conservation ledger
 * and tests). Pure, regex-based: our own output is well-formed.
 */

const NAMED: Record<string, string> = { nbsp: '\u00a0', quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' }

/** Visible text of an HTML page: scripts, styles and tags removed, entities decoded, spaces folded. */
export function toVisibleText(html: string): string {
  return fromEntities(
    html
      .replace(/<script[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  ).replace(/[\s\u00a0\u202f]+/g, ' ')
}

export function fromEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1))
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[body.toLowerCase()] ?? whole
  })
}

const SAFE_SCHEME = /^(?:https?:|mailto:)/i
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i

/** A link or image address a page may carry: http(s), mailto, fragments and scheme-less relative paths; never `javascript:`, `data:`, `//host`. */
export function isSafeTarget(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const trimmed = url.replace(/[\u0000-\u0020\u007f]/g, '')
  if (trimmed.startsWith('//')) return false
  if (SAFE_SCHEME.test(trimmed)) return true
  return !ANY_SCHEME.test(trimmed)
}

/** Only http(s) URLs become links (a source, a feed's related link); anything else is printed as text. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
  } catch {
    return false
  }
}
