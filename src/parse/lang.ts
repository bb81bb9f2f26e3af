/**
 * Is a text Vietnamese? Decided by letters only Vietnamese writes (ă đ ơ ư,
 * and vowels with a tone mark French never uses: ạ ả ấ ầ ẩ ẫ ậ ắ ệ ộ ữ ỹ…),
 * never by letters French shares (é è à ù ç ï î â ê ô).
 */

/** Vowels and consonants of the Vietnamese alphabet that French never writes. */
const VIETNAMESE_LETTERS = 'ăđơưáãạảấầẩẫậắằẳẵặẹẻẽếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúủũụứừửữựýỳỷỹỵ'
const VIETNAMESE_ONLY = new RegExp(`[${VIETNAMESE_LETTERS}]`, 'iu')

/** Share of words with a Vietnamese-only letter from which a text is Vietnamese. */
const VIETNAMESE_SHARE = 0.3

/**
 * A Vietnamese-only letter or any combining mark (NFC may compose a mark
 * with the letter before it), in one scan. Case-insensitive like
 * VIETNAMESE_ONLY, so it may also take a letter a mark folds to (ι): that
 * only sends a text to the full test.
 */
const MAYBE_VIETNAMESE = new RegExp(`[${VIETNAMESE_LETTERS}\\p{M}]`, 'iu')

/** True when enough of the words carry letters only Vietnamese uses. */
export function isVietnamese(text: string): boolean {
  // Most lines are French: with no Vietnamese-only letter and no combining
  // mark, NFC cannot make one (it composes only a letter with the marks after
  // it), so no word is marked; one scan decides, with no normalising and no
  // list of words.
  if (!MAYBE_VIETNAMESE.test(text)) return false
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? []
  if (words.length === 0) return false
  const marked = words.filter((word) => VIETNAMESE_ONLY.test(word)).length
  return marked >= 2 && marked / words.length >= VIETNAMESE_SHARE
}

/** `vi` or `fr` by the letter test above. */
export function toLang(text: string): 'fr' | 'vi' {
  return isVietnamese(text) ? 'vi' : 'fr'
}
