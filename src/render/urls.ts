/**
 * The URL scheme of the site, in one place.
 *
 * Output paths are POSIX paths from the site root, always ending in a file
 * (`articles/<slug>/index.html`). Links between pages are RELATIVE to the
 * page and name the file explicitly (`../../sujets/diplomatie/index.html`):
 * the site then works under any sub-path, on any static server, and opened
 * straight from the file system (where `…/sujets/diplomatie/` would show a
 * folder listing). Absolute URLs (canonical, og:url, JSON-LD, sitemap) use
 * the clean folder form (`https://…/sujets/diplomatie/`), built from
 * `config.baseUrl`.
 */
import type { Article, ResolvedConfig } from '../types.ts'

export const HOME_PATH = 'index.html'
export const TOPICS_INDEX_PATH = 'sujets/index.html'
export const SEARCH_PATH = 'recherche/index.html'
export const NOT_FOUND_PATH = '404.html'
export const STYLESHEET_PATH = 'assets/site.css'
export const SITEMAP_PATH = 'sitemap.xml'
export const ROBOTS_PATH = 'robots.txt'
export const FEED_PATH = 'feed.xml'
export const JSON_FEED_PATH = 'feed.json'
export const ARCHIVES_INDEX_PATH = 'archives/index.html'
export const UNDATED_PATH = 'archives/sans-date/index.html'

/** `sujets/<slug>/feed.xml`: the Atom feed of one topic. */
export function toTopicFeedPath(slug: string): string {
  return `sujets/${slug}/feed.xml`
}

/** `archives/2025/index.html` */
export function toYearPath(year: number): string {
  return `archives/${year}/index.html`
}

/** `archives/2025/07/index.html` */
export function toMonthPath(year: number, month: number): string {
  return `archives/${year}/${String(month).padStart(2, '0')}/index.html`
}

/**
 * The pages the search index reads (a glob under the site folder): article
 * pages, the only ones whose template marks text for search
 * (`data-pagefind-body`). Pagefind would skip the others after reading them,
 * which took more than half of its time (BENCHMARKS.md).
 */
export const SEARCHED_PAGES = 'articles/**/*.html'

/** `articles/<slug>/index.html`, from the archive's site-relative `url` (`articles/<slug>/`). */
export function toArticlePath(article: Pick<Article, 'url' | 'slugPath'>): string {
  const url = article.url.replace(/^\/+/, '')
  const folder = url === '' ? `articles/${article.slugPath}/` : url.endsWith('/') ? url : `${url}/`
  return `${folder}index.html`
}

/** Page 1 is `sujets/<slug>/index.html`, page n is `sujets/<slug>/page/<n>/index.html`. */
export function toTopicPath(slug: string, page = 1): string {
  return page <= 1 ? `sujets/${slug}/index.html` : `sujets/${slug}/page/${page}/index.html`
}

/** The prefix that leads from a page back to the site root: `''`, `../`, `../../`… */
export function toRootPrefix(pagePath: string): string {
  const depth = pagePath.split('/').length - 1
  return '../'.repeat(depth)
}

/** A link from one output path to another, relative, path segments percent-encoded. */
export function toHref(root: string, targetPath: string): string {
  return root + targetPath.split('/').map(encodeURIComponent).join('/')
}

/** `articles/x/index.html` → `articles/x/`; `index.html` → `''`; other files unchanged. */
export function toCleanPath(path: string): string {
  if (path === 'index.html') return ''
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path
}

/** The absolute (or, without a known host, root-relative) URL of an output path. */
export function toAbsoluteUrl(config: Pick<ResolvedConfig, 'baseUrl'>, path: string): string {
  return config.baseUrl + toCleanPath(path).split('/').map(encodeURIComponent).join('/')
}

/** True when `baseUrl` names a host (`https://…/`), not just a path (`/`). */
export function hasAbsoluteBase(config: Pick<ResolvedConfig, 'baseUrl'>): boolean {
  return /^https?:\/\//i.test(config.baseUrl)
}

export { isWebUrl } from '../util/html.ts'

export const PEOPLE_INDEX_PATH = 'personnes/index.html'
export const ORGANISATIONS_INDEX_PATH = 'organisations/index.html'

/** `personnes/<slug>/index.html`, page n `personnes/<slug>/page/<n>/index.html`. */
export function toPersonPath(slug: string, page = 1): string {
  return page <= 1 ? `personnes/${slug}/index.html` : `personnes/${slug}/page/${page}/index.html`
}

/** `organisations/<slug>/index.html`, page n `organisations/<slug>/page/<n>/index.html`. */
export function toOrganisationPath(slug: string, page = 1): string {
  return page <= 1 ? `organisations/${slug}/index.html` : `organisations/${slug}/page/${page}/index.html`
}

/**
 * The first segment of every path a site can have: its pages, feeds,
 * sitemap, assets and search index. An output folder with anything else at
 * its top was not made by Chronique (src/write/guard.ts).
 */
export const SITE_TOP_LEVEL: ReadonlySet<string> = new Set(
  [
    HOME_PATH, NOT_FOUND_PATH, SITEMAP_PATH, ROBOTS_PATH, FEED_PATH, JSON_FEED_PATH,
    TOPICS_INDEX_PATH, SEARCH_PATH, ARCHIVES_INDEX_PATH, PEOPLE_INDEX_PATH, ORGANISATIONS_INDEX_PATH,
    toArticlePath({ url: '', slugPath: 'x' }), STYLESHEET_PATH,
    // The search index, which the write stage adds (src/write/search.ts).
    'pagefind/',
  ].map((path) => path.split('/')[0] as string),
)
