import { describe, expect, it } from 'vitest'
import { count, htmlPages, renderFixture, text } from './helpers.ts'

const { files } = await renderFixture()

describe('site pages', () => {
  it('writes the pages of the URL scheme', () => {
    const paths = files.map((f) => f.path)
    for (const path of [
      'index.html', '404.html', 'robots.txt', 'sitemap.xml', 'assets/site.css', 'recherche/index.html',
      'sujets/index.html', 'sujets/diplomatie/index.html', 'sujets/vietnam/page/2/index.html',
      'articles/conference-six-mois/index.html', 'articles/belize/index.html',
    ]) expect(paths).toContain(path)
    expect(paths).toEqual([...paths].sort())
  })

  it('gives every HTML page exactly one h1, French language, viewport, landmarks and a skip link', () => {
    for (const page of htmlPages(files)) {
      const html = page.contents as string
      expect(count(html, /<h1[\s>]/), page.path).toBe(1)
      expect(html, page.path).toContain('<html lang="fr">')
      expect(html, page.path).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
      expect(html, page.path).toMatch(/<meta name="description" content="[^"]+">/)
      expect(html, page.path).toMatch(/<link rel="canonical" href="https:\/\/archive\.example\.org\/[^"]*">/)
      expect(html, page.path).toMatch(/<meta property="og:title" content="[^"]+">/)
      expect(html, page.path).toContain('<a class="skip-link" href="#contenu">')
      for (const landmark of ['<header class="masthead">', '<nav class="site-nav"', '<main id="contenu"', '<footer class="site-footer">']) {
        expect(html, `${page.path} ${landmark}`).toContain(landmark)
      }
    }
  })

  it('puts a search form (GET, q) in the header of every page but the search page', () => {
    const home = text(files, 'index.html')
    expect(home).toMatch(/<form class="search-form" role="search" action="recherche\/index\.html" method="get">/)
    expect(home).toContain('name="q"')
    expect(text(files, 'articles/belize/index.html')).toContain('action="../../recherche/index.html"')
  })

  it('renders a lead: standfirst, dateline, figures with credit, signature, source link, topics, Voir plus, provenance', () => {
    const html = text(files, 'articles/diplomatie-numerique/index.html')
    expect(html).toContain('<p class="standfirst">')
    expect(html).toContain('<span class="dateline">Hanoï (VNA)</span>')
    expect(html).toMatch(/<figure class="photo">[\s\S]*Panorama du colloque\.[\s\S]*Photo\u00a0: VNA[\s\S]*<\/figure>/)
    expect(html).toContain('<p class="signature">-VNA</p>')
    expect(html).toContain('<p><span class="dateline">Hanoï (VNA) -</span> La diplomatie numérique offre')
    expect(html).toContain('href="../../sujets/diplomatie/index.html"')
    const seeMore = html.slice(html.indexOf('id="voir-plus"'))
    for (const slug of ['bureau-politique', 'diplomatie-du-bambou', 'belize', 'bulgarie-asean']) {
      expect(seeMore).toContain(`href="../../articles/${slug}/index.html"`)
    }
    expect(html).toContain('<code>seeds/000_cf18f9069d8503b3.txt</code>, lignes 1–13 (article principal)')
  })

  it('places figures between body paragraphs by their line in the dump', () => {
    const html = text(files, 'articles/conference-six-mois/index.html')
    const first = html.indexOf('Aperçu de la conférence.')
    expect(html.indexOf('accompli avec succès')).toBeLessThan(first)
    expect(html.indexOf('Les résolutions et directives')).toBeGreaterThan(first)
  })

  it('marks a Vietnamese original with lang="vi" beside its French caption', () => {
    const html = text(files, 'articles/conference-six-mois/index.html')
    expect(html).toContain('<span lang="vi">Toàn cảnh Hội nghị Sơ kết công tác 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm</span>')
    expect(html).toContain('<span lang="fr">Aperçu de la conférence.</span>')
    expect(html).toContain('Photo\u00a0: Jackie Chan')
  })

  it('links only http(s) sources, with rel="nofollow noopener"; prints others as text', () => {
    const html = text(files, 'articles/conference-six-mois/index.html')
    expect(html).toMatch(/<a href="https:\/\/baoquocte\.vn\/[^"]+" rel="nofollow noopener">baoquocte\.vn<\/a>/)
    const stray = text(files, 'articles/liens-de-defense/index.html')
    expect(stray).toContain('<span class="source__text">source</span>')
    const hostile = text(files, 'articles/piege/index.html')
    expect(hostile).not.toContain('href="javascript:')
    expect(hostile).toContain('<span class="source__text">javascript:alert(1)</span>')
  })

  it('labels a teaser as a summary and links the leads it appeared under', () => {
    const html = text(files, 'articles/belize/index.html')
    expect(html).toContain('article--teaser')
    expect(html).toContain('<span class="badge">Résumé</span>')
    expect(html).toContain('Cet article n’est connu que par son résumé')
    expect(html).toContain('<p class="summary">L’ambassadeur Nguyên Van Hai')
    expect(html).toContain('présente ses lettres de créance.')
    const under = html.slice(html.indexOf('id="cite-sous"'))
    expect(under).toContain('href="../../articles/diplomatie-numerique/index.html"')
  })

  it('shows dates in French, guesses as guesses', () => {
    expect(text(files, 'articles/conference-six-mois/index.html')).toContain('<time class="date" datetime="2025-07-05">5 juillet 2025</time>')
    const guessed = text(files, 'articles/liens-de-defense/index.html')
    expect(guessed).toMatch(/<time class="date date--uncertain" datetime="--07-17" title="Année supposée d’après une année citée dans le texte[^"]*">17 juillet 2019 <span class="date__qualifier">\(année supposée\)<\/span><\/time>/)
    expect(text(files, 'articles/diplomatie-numerique/index.html')).toContain('2 novembre <span class="date__qualifier">(année inconnue)</span>')
    expect(text(files, 'articles/diplomatie-du-bambou/index.html')).toContain('<span class="date date--unknown">Date inconnue</span>')
    expect(text(files, 'articles/piege/index.html')).toContain('1er janvier 2018')
  })

  it('home lists the latest homeSize articles as cards, newest first, and the topics', () => {
    const html = text(files, 'index.html')
    expect(count(html, /<article class="card/)).toBe(12)
    expect(html).toContain('<h1 class="brand">')
    const order = ['articles/bureau-politique/', 'articles/belize/', 'articles/bulgarie-asean/', 'articles/conference-six-mois/']
    const positions = order.map((href) => html.indexOf(`href="${href}index.html"`))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(html).toContain('href="sujets/diplomatie/index.html"')
    expect(html).toContain('href="sujets/index.html"')
  })

  it('topics index groups themes, countries and non-classé with counts', () => {
    const html = text(files, 'sujets/index.html')
    const themes = html.indexOf('id="groupe-theme"')
    const countries = html.indexOf('id="groupe-country"')
    const other = html.indexOf('id="groupe-unclassified"')
    expect(themes).toBeGreaterThan(0)
    expect(countries).toBeGreaterThan(themes)
    expect(other).toBeGreaterThan(countries)
    expect(html).toMatch(/href="\.\.\/sujets\/vietnam\/index\.html">Vietnam<\/a> <span class="topic-list__count">30 articles<\/span>/)
    expect(html).toMatch(/href="\.\.\/sujets\/bulgarie\/index\.html">Bulgarie<\/a> <span class="topic-list__count">1 article<\/span>/)
  })

  it('search page: our form over pagefind.js, hidden until the script runs, filters from the archive, noscript fallback', () => {
    const html = text(files, 'recherche/index.html')
    expect(html).toContain('<form class="search-panel" id="recherche" role="search" method="get" data-bundle="../pagefind/" hidden>')
    expect(html).toContain('<script src="../assets/search.js"></script>')
    expect(html).toMatch(/<select id="filtre-sujet" name="sujet" data-filter="sujet">[\s\S]*<option value="Diplomatie">Diplomatie<\/option>/)
    expect(html).toMatch(/<select id="filtre-pays" name="pays" data-filter="pays">[\s\S]*<option value="Japon">Japon<\/option>/)
    expect(html).toMatch(/<select id="filtre-annee" name="annee" data-filter="année">[\s\S]*<option value="2025">2025<\/option>[\s\S]*<option value="Sans date">Sans date<\/option>/)
    expect(html).not.toContain('filtre-personne')
    expect(html).toContain('<input id="tri-date" type="checkbox" name="tri" value="date">')
    expect(html).toMatch(/<noscript>[\s\S]*href="\.\.\/sujets\/index\.html"[\s\S]*href="\.\.\/archives\/index\.html"[\s\S]*<\/noscript>/)
    const script = text(files, 'assets/search.js')
    expect(script).toContain("get('q')")
    expect(script).toContain("'pagefind.js'")
    expect(script).toContain("sort = { date: 'desc' }")
  })

  it('404 uses absolute paths from basePath and is not indexed', () => {
    const html = text(files, '404.html')
    expect(html).toContain('href="/sujets/index.html"')
    expect(html).toContain('href="/assets/site.css"')
    expect(html).toContain('<meta name="robots" content="noindex">')
  })
})
