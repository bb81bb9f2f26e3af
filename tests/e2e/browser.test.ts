/**
 * Browser tests: the sample site built for real (search index included),
 * served on 127.0.0.1 and driven with Debian's Chromium through
 * playwright-core. One build and one browser for the whole file.
 *
 * Skipped, with a message, only when /usr/bin/chromium is missing and CI is
 * not set; in CI they always run (`npm test` installs chromium first).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.ts'
import type { BuildResult } from '../../src/build.ts'
import { isVietnamese } from '../../src/parse/lang.ts'
import { toPeopleNames, toSortKey } from '../../src/render/search-data.ts'
import { serve } from '../../src/serve.ts'
import type { RunningServer } from '../../src/serve.ts'
import type { Article } from '../../src/types.ts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = resolve('tests/artifacts')
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
/** A letter only Vietnamese writes: pages without one need no language check. */
const VIETNAMESE_ONLY = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu
const skip = !existsSync(CHROMIUM) && !process.env.CI
if (skip) console.warn(`[e2e] ${CHROMIUM} not found and CI is not set: browser tests skipped (install it: apt-get install -y chromium, or run npm test)`)

let temp = ''
let siteDir = ''
let result: BuildResult
let server: RunningServer
let browser: Browser

describe.skipIf(skip)('the built site in a browser', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'chronique-e2e-'))
    siteDir = join(temp, 'site')
    result = await build({ out: siteDir, reportDir: join(temp, 'report') })
    server = await serve(siteDir, 0)
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    await mkdir(ARTIFACTS, { recursive: true })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (temp) await rm(temp, { recursive: true, force: true })
  })

  it('goes from the home page to a topic, then to an article', async () => {
    await withPage({}, async (page) => {
      await open(page, '')
      expect(await page.locator('h1').count()).toBe(1)
      const topic = page.locator('.home__topics a.chip').first()
      const topicName = (await topic.evaluate((node) => node.firstChild?.textContent ?? '')).trim()
      await topic.click()
      await page.waitForURL(/\/sujets\/[^/]+\/index\.html$/)
      expect(await page.locator('h1').textContent()).toBe(topicName)
      await page.locator('.card__title a').first().click()
      await page.waitForURL(/\/articles\/[^/]+\/index\.html$/)
      expect(await page.locator('h1.article__title').count()).toBe(1)
      expect(await page.locator('main article[data-pagefind-body]').count()).toBe(1)
    })
  })

  it('finds the Algeria articles when searching for « Algérie »', async () => {
    const algeria = articlesOf('algerie')
    expect(algeria.length).toBeGreaterThan(0)
    await withPage({}, async (page) => {
      await open(page, 'recherche/index.html?q=Alg%C3%A9rie')
      const hrefs = await resultHrefs(page)
      for (const article of algeria) expect(hrefs, article.title).toContain(cleanUrl(article))
      expect(await page.locator('#recherche-etat').textContent()).toContain('pour «\u00a0Algérie\u00a0»')
      expect(await page.locator('#recherche-texte').inputValue()).toBe('Algérie')
    })
  })

  it('filters by a person when the archive has people, else by a topic', async () => {
    const person = result.archive.articles.flatMap(toPeopleNames)[0]
    const [select, value, expected] = person
      ? ['#filtre-personne', person, result.archive.articles.filter((article) => toPeopleNames(article).includes(person))]
      : ['#filtre-sujet', 'Défense et sécurité', articlesOf('defense-securite')]
    expect(expected.length).toBeGreaterThan(0)
    await withPage({}, async (page) => {
      await open(page, 'recherche/index.html')
      await page.selectOption(select, value)
      await expect.poll(() => page.locator('#recherche-etat').textContent()).toContain(value)
      const hrefs = await resultHrefs(page)
      expect([...hrefs].sort()).toEqual(expected.map(cleanUrl).sort())
      expect(page.url()).toContain(person ? 'personne=' : 'sujet=')
    })
  })

  it('sorts results by date, newest first, on request', async () => {
    await withPage({}, async (page) => {
      await open(page, 'recherche/index.html?q=Vietnam')
      const unsorted = await resultHrefs(page)
      await page.check('#tri-date')
      await expect.poll(() => page.locator('#recherche-etat').textContent()).toContain('triés par date')
      const sorted = await resultHrefs(page)
      expect([...sorted].sort()).toEqual([...unsorted].sort())
      const keys = sorted.map((href) => toSortKey(articleAt(href).date))
      expect(keys).toEqual([...keys].sort().reverse())
      expect(page.url()).toContain('tri=date')
      expect(await page.locator('.search-result__date').first().textContent()).toMatch(/\d{4}/)
    })
  })

  it('the search box works from every depth, the 404 page included', async () => {
    const article = result.archive.articles[0] as Article
    await withPage({}, async (page) => {
      for (const start of [cleanUrl(article) + 'index.html', 'archives/2025/index.html', 'nulle/part/ici.html']) {
        await page.goto(server.url + start)
        await page.fill('#recherche-q', 'diplomatie')
        await page.press('#recherche-q', 'Enter')
        await page.waitForURL(/\/recherche\/index\.html\?q=diplomatie$/)
        await page.locator('.search-result').first().waitFor()
      }
    }, ['404'])
  })

  it('has no axe-core violations on any kind of page, light and dark', async () => {
    const paths = pageKinds()
    for (const scheme of ['light', 'dark'] as const) {
      await withPage({ colorScheme: scheme }, async (page) => {
        const dark = [...paths.filter((path) => /^(?:index\.html|archives\/\d{4}\/\d{2}\/|articles\/)/.test(path)), 'recherche/index.html?q=Vietnam']
        for (const path of scheme === 'light' ? [...paths, 'recherche/index.html?q=Vietnam'] : dark) {
          await open(page, path)
          if (path.includes('?q=')) await page.locator('.search-result').first().waitFor()
          expect(await axeViolations(page), `${path} (${scheme})`).toEqual([])
        }
        await page.goto(server.url + 'pas/de/page')
        expect(await axeViolations(page), `404 (${scheme})`).toEqual([])
      }, ['404'])
    }
  }, 60_000)

  it('marks every Vietnamese passage lang="vi"', async () => {
    const pages = builtPages().filter((file) => VIETNAMESE_ONLY.test(file.contents))
    expect(pages.length).toBeGreaterThan(0)
    const unmarked: string[] = []
    await withPage({ javaScriptEnabled: true }, async (page) => {
      for (const file of pages) {
        await open(page, file.path)
        // The own text of each element (its direct text nodes), with the language it is in.
        const texts = await page.evaluate(() => Array.from(document.body.querySelectorAll('*')).map((element) => ({
          text: Array.from(element.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(' '),
          lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
        })))
        for (const { text, lang } of texts) if (isVietnamese(text) && lang !== 'vi') unmarked.push(`${file.path}: ${text.trim().slice(0, 60)}`)
      }
    })
    expect(unmarked).toEqual([])
  })

  it('serves well-formed feeds and sitemap, linked from the page head', async () => {
    await withPage({}, async (page) => {
      await open(page, 'sujets/diplomatie/index.html')
      const links = await page.locator('link[rel="alternate"]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLLinkElement).href))
      expect(links.map((href) => new URL(href).pathname)).toEqual(['/feed.xml', '/feed.json', '/sujets/diplomatie/feed.xml'])
      const parsed = await page.evaluate(async (urls) => Promise.all(urls.map(async (url) => {
        const text = await (await fetch(url)).text()
        if (url.endsWith('.json')) return { url, root: 'json', entries: (JSON.parse(text) as { items: unknown[] }).items.length, error: null }
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        const error = doc.querySelector('parsererror')?.textContent ?? null
        return { url, root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`, entries: doc.documentElement.children.length, error }
      })), [...links, server.url + 'sitemap.xml'])
      for (const feed of parsed) {
        expect(feed.error, feed.url).toBeNull()
        expect(feed.entries, feed.url).toBeGreaterThan(0)
      }
      expect(parsed.map((feed) => feed.root)).toEqual([
        'http://www.w3.org/2005/Atom feed', 'json', 'http://www.w3.org/2005/Atom feed', 'http://www.sitemaps.org/schemas/sitemap/0.9 urlset',
      ])
    })
  })

  it('is readable without JavaScript; search explains itself and links to topics and archives', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await open(page, 'recherche/index.html?q=Vietnam')
      expect(await page.locator('#recherche').isHidden()).toBe(true)
      const note = page.locator('noscript + *, .search-page .notice').filter({ hasText: 'JavaScript' })
      expect(await note.isVisible()).toBe(true)
      expect(await note.locator('a[href="../sujets/index.html"]').isVisible()).toBe(true)
      expect(await note.locator('a[href="../archives/index.html"]').isVisible()).toBe(true)
      await open(page, firstArticle('lead'))
      expect(await page.locator('.article__body p').first().isVisible()).toBe(true)
    })
  })

  it('opened from disk, the search page says it needs a web server and links elsewhere', async () => {
    await withPage({}, async (page) => {
      await page.goto(pathToFileURL(join(siteDir, 'recherche/index.html')).href)
      const notice = page.locator('.search-unavailable')
      await notice.waitFor()
      expect(await notice.textContent()).toContain('serveur web')
      expect(await notice.locator('a[href="../archives/index.html"]').count()).toBe(1)
      expect(await page.locator('#recherche').isHidden()).toBe(true)
    })
  })

  it('takes screenshots of home, article and search at 390 and 1280, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [width, height] of [[390, 844], [1280, 900]] as const) {
        await withPage({ viewport: { width, height }, colorScheme: scheme }, async (page) => {
          for (const [name, path] of [['home', 'index.html'], ['article', firstArticle('lead')], ['search', 'recherche/index.html?q=Alg%C3%A9rie']] as const) {
            await open(page, path)
            if (name === 'search') await page.locator('.search-result').first().waitFor()
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
            expect(overflow, `${name} ${width} scrolls sideways`).toBeLessThanOrEqual(0)
            await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}-${scheme}.png`), fullPage: true })
          }
        })
      }
    }
  }, 60_000)
})

/* ------------------------------------------------------------------ helpers */

interface PageOptions {
  viewport?: { width: number; height: number }
  colorScheme?: 'light' | 'dark'
  javaScriptEnabled?: boolean
}

/** A fresh context and page; fails the test on console errors, page errors and failed requests (but `allowed` statuses). */
async function withPage(options: PageOptions, run: (page: Page) => Promise<void>, allowed: string[] = []): Promise<void> {
  const context: BrowserContext = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light', javaScriptEnabled: options.javaScriptEnabled ?? true })
  const page = await context.newPage()
  const seen: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed.some((status) => message.text().includes(status))) seen.push(`console: ${message.text()} (${page.url()})`)
  })
  page.on('pageerror', (error) => seen.push(`page error: ${error.message} (${page.url()})`))
  page.on('response', (response) => {
    if (response.status() >= 400 && !allowed.includes(String(response.status()))) seen.push(`HTTP ${response.status()} ${response.url()}`)
  })
  try {
    await run(page)
  } finally {
    await context.close()
  }
  expect(seen).toEqual([])
}

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(server.url + path)
  expect(response?.status(), path).toBe(200)
}

/** Every result of the current search (clicking « Afficher plus » as needed), as site paths. */
async function resultHrefs(page: Page): Promise<string[]> {
  await page.locator('#recherche-etat').filter({ hasText: /résultat/ }).waitFor()
  const more = page.locator('#recherche-plus')
  while (await more.isVisible()) {
    const count = await page.locator('.search-result').count()
    await more.click()
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(count)
  }
  const hrefs = await page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
  return hrefs.map((href) => new URL(href).pathname.replace(/^\//, ''))
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe
    const { violations } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })
    return violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`)
  })
}

/** One HTML page per kind: the first page of each (top folder, depth), plus a lead and a teaser article. */
function pageKinds(): string[] {
  const seen = new Map<string, string>()
  for (const file of builtPages()) {
    if (!file.path.endsWith('.html') || file.path === '404.html') continue
    const parts = file.path.split('/')
    const key = `${parts[0]}:${parts.length}`
    if (!seen.has(key)) seen.set(key, file.path)
  }
  return [...new Set([...seen.values(), firstArticle('lead'), firstArticle('teaser')])].sort()
}

/** The HTML pages of the built site, read back from disk (a build streams its pages there and keeps none). */
function builtPages(): { path: string; contents: string }[] {
  return (readdirSync(siteDir, { recursive: true }) as string[])
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'))
    .sort()
    .map((path) => ({ path, contents: readFileSync(join(siteDir, path), 'utf8') }))
}

function firstArticle(kind: Article['kind']): string {
  const article = result.archive.articles.find((candidate) => candidate.kind === kind)
  if (!article) throw new Error(`No ${kind} article in the sample`)
  return `${cleanUrl(article)}index.html`
}

function articlesOf(slug: string): Article[] {
  const topic = result.archive.topics.find((candidate) => candidate.slug === slug)
  return (topic?.articleIds ?? []).map((id) => result.archive.byId.get(id)).filter((article): article is Article => article !== undefined)
}

function articleAt(path: string): Article {
  const article = result.archive.articles.find((candidate) => cleanUrl(candidate) === path)
  if (!article) throw new Error(`No article at ${path}`)
  return article
}

/** `articles/<slug>/`: the path Pagefind gives for an article page. */
function cleanUrl(article: Article): string {
  const url = article.url.replace(/^\/+/, '')
  return url.endsWith('/') ? url : `${url}/`
}
