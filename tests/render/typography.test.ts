/**
 * French typography is applied on output to every dump text: here the
 * typography function is replaced by one that brackets its input, so any
 * text that escapes it shows up unbracketed.
 */
import { describe, expect, it, vi } from 'vitest'

vi.mock('../../src/normalise/typography.ts', () => ({
  toFrenchTypography: (text: string) => `⟦${text}⟧`,
}))

const { renderFixture, text } = await import('./helpers.ts')
const { files } = await renderFixture()

describe('French typography on output', () => {
  it('applies to title, standfirst, captions, body text, signature', () => {
    const html = text(files, 'articles/diplomatie-numerique/index.html')
    expect(html).toContain('<h1 class="article__title">⟦La diplomatie numérique offre des niveaux d’interaction sans précédent, selon des experts⟧</h1>')
    expect(html).toContain('<p class="standfirst">⟦La diplomatie numérique offre')
    expect(html).toContain('<span lang="fr">⟦Panorama du colloque.⟧</span>')
    expect(html).toContain('<p>⟦Hanoï (VNA) - La diplomatie numérique offre')
    expect(html).toContain('<p>⟦Ce colloque, placé sous le thème')
    expect(html).toContain('<p class="signature">⟦-VNA⟧</p>')
    expect(html).toContain('<title>⟦La diplomatie numérique')
  })

  it('applies to summaries, cards and links; never to Vietnamese text', () => {
    const teaser = text(files, 'articles/belize/index.html')
    expect(teaser).toContain('<p class="summary">⟦L’ambassadeur Nguyên Van Hai')
    const home = text(files, 'index.html')
    expect(home).toMatch(/<h3 class="card__title" lang="fr"><a href="[^"]+">⟦/)
    expect(home).toMatch(/<p class="card__excerpt" lang="fr">⟦/)
    const vi = text(files, 'articles/conference-six-mois/index.html')
    expect(vi).toContain('<span lang="vi">Toàn cảnh Hội nghị')
  })

  it('applies inside the JSON-LD headline too', () => {
    const html = text(files, 'articles/belize/index.html')
    expect(html).toContain('"headline": "⟦Le Vietnam souhaite développer ses relations avec le Belize⟧"')
  })
})
