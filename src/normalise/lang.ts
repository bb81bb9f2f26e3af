/**
 * The language of a block: French or Vietnamese. Letters only Vietnamese uses
 * (ă đ ơ ư, vowels with a dot below, a hook above, a tilde…) decide first when
 * many words carry them; prose made of French function words is French; franc
 * (limited to French and Vietnamese) decides the rest; short or undecidable
 * text is French (franc misreads `Hanoï, 17 mars`).
 */
import { createRequire } from 'node:module'
import { franc } from 'franc'

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

export function detectLanguage(text: string): 'fr' | 'vi' {
  // A URL's slug is no sentence (`baoquocte.vn/bo-ngoai-giao-…`).
  const prose = text.replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
  const words = prose.match(/[\p{L}\p{M}]+/gu) ?? []
  if (words.length === 0) return 'fr'
  const marked = words.filter((word) => VIETNAMESE_LETTER.test(word)).length
  if (marked >= 2 && marked / words.length >= VIETNAMESE_SHARE) return 'vi'
  const letters = words.reduce((sum, word) => sum + word.length, 0)
  if (letters < FRANC_MIN_LETTERS) return 'fr'
  const french = toFunctionWords()
  if (words.filter((word) => french.has(word.toLowerCase())).length >= FUNCTION_SHARE * words.length) return 'fr'
  return franc(prose.slice(0, FRANC_SAMPLE), { only: ['fra', 'vie'], minLength: 1 }) === 'vie' ? 'vi' : 'fr'
}

function toFunctionWords(): ReadonlySet<string> {
  if (!functionWords) {
    const require = createRequire(import.meta.url)
    const { dictionary } = require('@zxcvbn-ts/language-fr') as { dictionary: Record<string, readonly string[]> }
    const common = (dictionary['commonWords-fr'] ?? []).filter((word) => /^\p{L}{2,}$/u.test(word))
    functionWords = new Set(common.slice(0, FUNCTION_WORDS))
  }
  return functionWords
}
