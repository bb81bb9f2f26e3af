/**
 * Small text helpers shared by every stage. Pure.
 */
import { detachString } from './detach.ts'

const LIGATURES: Record<string, string> = {
  œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
}

/**
 * Accent-, case- and ligature-insensitive form of a text, for comparing
 * (`Tô Lâm` ≡ `To Lam`, `Nguyễn` ≡ `Nguyen`, `œuvre` ≡ `oeuvre`).
 * Apostrophes and dashes of all kinds become ASCII; spaces (incl. no-break) fold to one space.
 */
export function toFolded(text: string): string {
  return remember(folded, text, foldText)
}

function foldText(text: string): string {
  return text
    .replace(/[œŒæÆßđĐøØłŁ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * A key for matching the same title or sentence across dumps: folded, with
 * punctuation and spacing differences ignored (so glued and clean copies of
 * a title, or copies differing only in quotes, give the same key).
 */
export function toMatchKey(text: string): string {
  return remember(matchKeys, text, (value) => toKeyOfFolded(toFolded(value)))
}

/** toMatchKey of a long text seen once (a whole page): the same key, not memoised (the memo would keep a copy of the text). */
export function toMatchKeyOnce(text: string): string {
  return toKeyOfFolded(foldText(text))
}

/**
 * The letters and digits of a folded text. Split and joined, not
 * `replace(…, '')`: V8 makes the result of a global replace a rope, one
 * piece per word (19 KB for the key of a 1,700-letter text, against 3.4 KB
 * flat), and the memos and the archive keep these keys.
 */
function toKeyOfFolded(folded: string): string {
  return folded.split(NOT_LETTER_OR_DIGIT).join('')
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u

/**
 * Memos of the two functions above: the archive stage folds the same few
 * thousand titles and names hundreds of thousands of times. Pure functions,
 * so a memo changes nothing but time; each is emptied when it grows past
 * MEMO_LIMIT entries, so memory stays bounded in a long-lived process.
 */
const MEMO_LIMIT = 100_000
const folded = new Map<string, string>()
const matchKeys = new Map<string, string>()
/** Every memo of texts (the two above and memoByText's), for forgetTextMemos. */
const memos: Array<Map<string, unknown>> = [folded, matchKeys]

/**
 * Empty every memo of texts: a lean build calls it once its analysis is
 * done, because render does not need what extract and archive memoised
 * (at 40,000 dumps, tens of MB of paragraphs kept as keys).
 */
export function forgetTextMemos(): void {
  for (const memo of memos) memo.clear()
}

function remember(memo: Map<string, string>, text: string, run: (text: string) => string): string {
  return rememberIn(memo, MEMO_LIMIT, text, run)
}

/**
 * A pure function of a text, memoised by text: the memo is emptied when it
 * grows past `limit` entries, so memory stays bounded in a long-lived process.
 */
export function memoByText<T>(run: (text: string) => T, limit: number): (text: string) => T {
  const memo = new Map<string, T>()
  memos.push(memo)
  return (text) => rememberIn(memo, limit, text, run)
}

/**
 * The key is a copy of the text (detachString): the texts are often views
 * into a whole dump's text, which the memo would otherwise keep alive after
 * the build let the dump go (src/lean.ts).
 */
function rememberIn<T>(memo: Map<string, T>, limit: number, text: string, run: (text: string) => T): T {
  let value = memo.get(text)
  if (value === undefined) {
    if (memo.size >= limit) memo.clear()
    value = run(text)
    memo.set(detachString(text), value)
  }
  return value
}

/**
 * French-aware URL slug: `Le Vietnam reçoit l’équipement` →
 * `le-vietnam-recoit-l-equipement`. At most `max` characters, cut on a dash.
 * Never empty (`article` when nothing remains).
 */
export function toSlug(text: string, max = 80): string {
  let slug = toFolded(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length > max) {
    const cut = slug.slice(0, max + 1)
    const dash = cut.lastIndexOf('-')
    slug = (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '')
  }
  return slug || 'article'
}

/** Escape for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Collapse runs of spaces and tabs only (never U+00A0 / U+202F), trim ends. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t]+/g, ' ').replace(/^ | $/g, '')
}

/** Stable short hash (FNV-1a 32-bit → base36, 7 chars). Deterministic, not cryptographic. */
export function toShortHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36).padStart(7, '0')
}
