import { describe, expect, it } from 'vitest'
import { toFolded } from '../../src/util/text.ts'
import { createTokenizer } from '../../src/archive/tokens.ts'

/** The definition the scanner must agree with: runs of letters, marks and digits (code points). */
function byRegex(text: string) {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((match) => {
    const first = match[0].charAt(0)
    return { key: toFolded(match[0]), capital: first !== first.toLowerCase(), start: match.index, end: match.index + match[0].length }
  })
}

describe('createTokenizer', () => {
  it('cuts words as the regex [\\p{L}\\p{M}\\p{N}]+ does', () => {
    const texts = [
      '', ' ', 'Le Premier ministre Phạm Minh Chính, à Hà Nội (VNA) - Garde-côte l’État',
      'Nguyễn Thị 1er 52-NQ/TW COVID-19 Œuvre ßtraße ½ ² ٣ 𝐀𝐁 𝟙 😀 café\u0301 x\u00a0y\u202fz',
      '\ud800 lone \udc00 surrogates \ud835\udc00end', '𝐀', 'a', '…', 'ÉTATS-UNIS',
    ]
    // Random strings over a mixed alphabet, surrogates included.
    const alphabet = ['a', 'Z', '9', ' ', '-', 'é', 'É', '\u0301', 'ǅ', '\ud835', '\udc00', '𝐀', '😀', '٣', '’', 'ß', '\u00a0']
    let seed = 7
    for (let n = 0; n < 300; n++) {
      let text = ''
      for (let i = 0; i < 20; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648
        text += alphabet[seed % alphabet.length]
      }
      texts.push(text)
    }
    const tokenize = createTokenizer()
    for (const text of texts) expect(tokenize(text)).toEqual(byRegex(text))
  })

  it('keeps every word apart as its table of seen words grows', () => {
    const tokenize = createTokenizer()
    const words = Array.from({ length: 20_000 }, (_, at) => `Mot${at.toString(36)}é`)
    const text = words.join(' ')
    expect(tokenize(text)).toEqual(byRegex(text))
    expect(tokenize(text)).toEqual(byRegex(text))
  })
})
