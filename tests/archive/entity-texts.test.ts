import { describe, expect, it } from 'vitest'
import { withoutCredits } from '../../src/archive/entity-texts.ts'

/** The definition: both patterns replaced, no shortcut. */
function byRegex(text: string): string {
  const dateline = /^[^()\n]{1,60}\(\s*[\p{Lu}][\p{Lu}\d]{1,9}\s*\)\s*[-–—]\s*/u
  const signature = /(?<=[.!?»"”)])\s*[-–—]\s*[\p{Lu}][\p{Lu}\d]{1,9}\s*\.?\s*$/u
  return text.replace(dateline, '').replace(signature, '')
}

describe('withoutCredits', () => {
  it('drops a dateline and a signature, and only them', () => {
    const texts = [
      'Hanoï, 17 juillet (VNA) - Le Premier ministre a reçu… fin. -VNA',
      'Hanoï (VNA) -Le texte. - VNA.', 'Le texte. - VNA. ', 'Le texte.-VNA \n', 'Le texte. - VNA..',
      'Le texte. -V', 'Le texte. - G20', 'Le texte. - 𝐀𝐁', 'Le texte. - VNA\udc00', 'Texte sans crédit.',
      'Le texte »- AFP', 'Le texte) — XINHUA', '', ' ', '.', 'A', 'Le texte. - vna',
    ]
    for (const text of texts) expect(withoutCredits(text)).toBe(byRegex(text))
  })
})
