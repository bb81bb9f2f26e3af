/**
 * The language of a block: French or Vietnamese. Letters only Vietnamese uses
 * (ă đ ơ ư, vowels with a dot below, a hook above, a tilde…) decide first when
 * many words carry them; prose made of French function words is French; franc
 * (limited to French and Vietnamese) decides the rest; short or undecidable
 * text is French (franc misreads `Hanoï, 17 mars`).
 */
import { dictionary } from '@zxcvbn-ts/language-fr'
import { franc } from 'franc'
import { loadLexicon } from './lexicon.ts'
import { findProtectedSpans } from './protect.ts'

/** Letters Vietnamese uses and French does not (é è ê à â ù ç ï î ô are shared). */
export const VIETNAMESE_LETTER = /[ăắằẳẵặđơớờởỡợưứừửữựạảấầẩẫậẹẻẽếềểễệỉịĩọỏốồổỗộụủũỳỵỷỹãõìò]/iu

/** Share of words with a Vietnamese-only letter from which the text is Vietnamese outright. */
const VIETNAMESE_SHARE = 0.25
/** Below this many letters, franc is not asked: the text is French. */
const FRANC_MIN_LETTERS = 24
/** franc reads this many characters at most: plenty to tell French from Vietnamese. */
const FRANC_SAMPLE = 240
/** The most frequent French words (of `@zxcvbn-ts/language-fr`), and the share of them that makes prose French. */
const FUNCTION_WORDS = 60
const FUNCTION_SHARE = 0.2

let functionWords: ReadonlySet<string> | undefined

/** A URL in prose; MAYBE_URL is the same without the word boundary, a quick test that it is absent. */
const PROSE_URL = /\b(?:https?:\/\/|www\.)\S+/giu
const MAYBE_URL = /(?:https?:\/\/|www\.)/iu

export function detectLanguage(text: string): 'fr' | 'vi' {
  // A URL's slug is no sentence (`baoquocte.vn/bo-ngoai-giao-…`).
  const prose = MAYBE_URL.test(text) ? text.replace(PROSE_URL, ' ') : text
  const words = prose.match(/[\p{L}\p{M}]+/gu) ?? []
  if (words.length === 0) return 'fr'
  // Vietnamese letters are letters, so a text without one has no word with one (most texts).
  const marked = VIETNAMESE_LETTER.test(prose) ? words.filter((word) => VIETNAMESE_LETTER.test(word)).length : 0
  if (marked >= 2 && marked / words.length >= VIETNAMESE_SHARE) return 'vi'
  const letters = words.reduce((sum, word) => sum + word.length, 0)
  if (letters < FRANC_MIN_LETTERS) return 'fr'
  if (hasFunctionShare(words, FUNCTION_SHARE * words.length)) return 'fr'
  return franc(prose.slice(0, FRANC_SAMPLE), { only: ['fra', 'vie'], minLength: 1 }) === 'vie' ? 'vi' : 'fr'
}

/** At least `needed` of `words` are French function words (counted until there are enough). */
function hasFunctionShare(words: readonly string[], needed: number): boolean {
  const french = toFunctionWords()
  let count = 0
  for (const word of words) {
    if (count >= needed) return true
    if (french.has(word.toLowerCase())) count++
  }
  return count >= needed
}

function toFunctionWords(): ReadonlySet<string> {
  if (!functionWords) {
    const common = (dictionary['commonWords-fr'] ?? []).filter((word) => /^\p{L}{2,}$/u.test(word))
    functionWords = new Set(common.slice(0, FUNCTION_WORDS))
  }
  return functionWords
}

/** A piece of text and its language: runs of Vietnamese words inside French text. */
export interface LanguageRun {
  text: string
  lang: 'fr' | 'vi'
}

/**
 * Letters that make a word Vietnamese on their own: ă đ ơ ư, the vowels with
 * a Vietnamese tone mark (dot below, hook above, circumflex or breve plus a
 * tone), and ĩ ũ. Not `ó ò ú ù í ì ý` (Spanish, Italian, French `où`) nor
 * `ã õ` (Portuguese `São`): those only count next to a word that has one.
 */
const VIETNAMESE_ONLY = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]/iu
/** A word: letters, marks and digits, hyphenated compounds kept whole (`Bà-Rịa`). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu
/** What may separate two words of one run: spaces only (plain, no-break, narrow no-break). */
const RUN_GAP = /^[ \u00a0\u202f]+$/u
/** Vietnamese vowels, every tone. */
const VI_VOWELS = 'aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ'
/** One Vietnamese syllable: an initial consonant, one vowel group, a final consonant. */
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${VI_VOWELS}]{1,3}(?:ng|nh|ch|[cmnpt])?$`, 'iu')

/**
 * `text` cut into French and Vietnamese pieces that concatenate back to it
 * exactly. A Vietnamese run holds at least one word with a Vietnamese-only
 * letter (VIETNAMESE_ONLY), extended over the words directly next to it
 * (spaces only between them) that read as one Vietnamese syllable and are no
 * French form (`loadLexicon().forms`): `« Vó ngựa khai Xuân »`, `Bính Ngọ 2026`.
 * Words are never split; URLs, e-mails and domains are never Vietnamese.
 * No piece is empty; text without a Vietnamese-only letter is one French piece.
 */
export function toLanguageRuns(text: string): LanguageRun[] {
  const nfc = text.normalize('NFC')
  if (!VIETNAMESE_ONLY.test(nfc)) return text === '' ? [] : [{ text, lang: 'fr' }]
  const protectedSpans = findProtectedSpans(text)
  const isProtected = (start: number, end: number) => protectedSpans.some(([s, e]) => start < e && end > s)
  const words = [...text.matchAll(WORD)].map((match) => {
    const start = match.index ?? 0
    const end = start + match[0].length
    const word = match[0].normalize('NFC')
    const guarded = isProtected(start, end)
    return {
      start,
      end,
      seed: !guarded && VIETNAMESE_ONLY.test(word),
      syllable: !guarded && SYLLABLE.test(word) && !loadLexicon().forms.has(word.toLowerCase()),
    }
  })
  const inRun = words.map((word) => word.seed)
  const joined = (i: number) => {
    const left = words[i]
    const right = words[i + 1]
    return left !== undefined && right !== undefined && RUN_GAP.test(text.slice(left.end, right.start))
  }
  for (let i = 0; i < words.length; i++) {
    if (!words[i]?.seed) continue
    for (let j = i - 1; j >= 0 && !inRun[j] && joined(j) && words[j]?.syllable; j--) inRun[j] = true
    for (let j = i + 1; j < words.length && !inRun[j] && joined(j - 1) && words[j]?.syllable; j++) inRun[j] = true
  }
  const runs: LanguageRun[] = []
  const push = (piece: string, lang: 'fr' | 'vi') => {
    if (piece !== '') runs.push({ text: piece, lang })
  }
  let at = 0
  for (let i = 0; i < words.length; i++) {
    if (!inRun[i]) continue
    let j = i
    while (j + 1 < words.length && inRun[j + 1] && joined(j)) j++
    const start = words[i]?.start ?? 0
    const end = words[j]?.end ?? 0
    push(text.slice(at, start), 'fr')
    push(text.slice(start, end), 'vi')
    at = end
    i = j
  }
  push(text.slice(at), 'fr')
  return runs
}
