/**
 * Lines that are site chrome wherever they stand: widget placeholders and
 * counters of the page template, and the site banner on the first line.
 */
import type { ChromeRule } from '../types.ts'
import { toFolded } from '../util/text.ts'
import { isVietnamese } from './lang.ts'
import { hasMoreAsciiAlnum } from './shapes.ts'

/** `Comment (0)`, `Commentaires (12)`: one or two words and a count in brackets. */
const COUNTER = /^\p{L}+(?: \p{L}+)?\s*\(\d+\)$/u
/** Placeholders of an empty widget (`No data`, `Aucune donnée`, `Không có dữ liệu`). */
const NO_DATA = /^(?:no (?:data|results?|items?)|aucune? (?:donnee|information|resultat)s?|pas de (?:donnees|resultats?)|khong co du lieu)\W*$/u
/** Placeholders of an empty video widget (`No videos available`, `Aucune vidéo disponible`). */
const NO_VIDEOS = /^(?:no videos?(?: (?:available|found))?|aucune video(?: disponible)?|pas de videos?(?: disponibles?)?)\W*$/u
/** Letters of the longest placeholder above (`pas de videos disponibles`): a line with more is none of them. */
const PLACEHOLDER_LETTERS = 22

/** The chrome rule a line falls under wherever it stands, or null. */
export function toLineChromeRule(text: string): ChromeRule | null {
  if (COUNTER.test(text)) return 'chrome-comment-count'
  if (hasMoreAsciiAlnum(text, PLACEHOLDER_LETTERS)) return null
  const folded = toFolded(text)
  if (NO_VIDEOS.test(folded)) return 'chrome-no-videos'
  if (NO_DATA.test(folded)) return 'chrome-no-data'
  return null
}

/**
 * The first line of a dump is the site banner when it names a site
 * (`Vietnam.vn - Nền tảng…`): a domain, or Vietnamese text with a ` - ` or ` | ` separator.
 */
export function isBanner(text: string): boolean {
  const domain = /(?:^|\s)[\p{L}\d-]+\.(?:vn|com|net|org|info|fr)(?=\s|$)/iu.test(text)
  const separated = /\s[-–|]\s/u.test(text)
  return (domain && (separated || isVietnamese(text))) || (separated && isVietnamese(text))
}
