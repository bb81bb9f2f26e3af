/**
 * render (pure): Archive → every output file of the site.
 *
 *   index.html                          home
 *   articles/<slug>/index.html          one per article
 *   sujets/index.html                   topics index
 *   sujets/<slug>/index.html            topic, page 1
 *   sujets/<slug>/page/<n>/index.html   topic, page n
 *   recherche/index.html                search (our UI over Pagefind's JS API)
 *   archives/index.html                 date archives: years and months
 *   archives/<yyyy>/index.html          a year: its months
 *   archives/<yyyy>/<mm>/index.html     a month: its articles
 *   archives/sans-date/index.html       year unknown, no date
 *   personnes/index.html                people: most cited, then A to Z
 *   personnes/<slug>/index.html         a person, page 1 (page n under page/<n>/)
 *   organisations/index.html            organisations, idem
 *   organisations/<slug>/index.html     an organisation, page 1 (page n under page/<n>/)
 *   404.html                            not found (absolute links from basePath)
 *   robots.txt, sitemap.xml             (sitemap only with an absolute baseUrl)
 *   feed.xml, feed.json                 Atom and JSON Feed (only with an absolute baseUrl)
 *   sujets/<slug>/feed.xml              Atom feed of a topic (idem)
 *   assets/…                            copied from templates/assets/
 *   anything else                       copied from templates/static/ (CNAME, .nojekyll…)
 *
 * No file system, clock or console: templates come from the TemplateSet,
 * output is byte-identical for the same input. Without `sink`, the files are
 * returned sorted by path; with it, each file is handed to `sink` as soon as
 * it is made (in a fixed order) and not kept, so that a build of any size
 * never holds the whole site in memory.
 */
import type { Archive, OutputFile, TemplateSet } from '../types.ts'
import { TemplateError, createEngine } from './engine.ts'
import { createTypeset } from './typeset.ts'
import { renderFeeds } from './feeds/index.ts'
import { toArticleScope } from './pages/article.ts'
import { toOrganisationScopes, toPersonScopes } from './pages/entity.ts'
import { toOrganisationsIndexScope, toPeopleIndexScope } from './pages/entities-index.ts'
import { ORGANISATIONS_INDEX_PATH, PEOPLE_INDEX_PATH } from './urls.ts'
import { toArchiveScopes } from './pages/archives.ts'
import { toHomeScope } from './pages/home.ts'
import { toNotFoundScope } from './pages/not-found.ts'
import { toSearchScope } from './pages/search.ts'
import { toTopicScopes } from './pages/topic.ts'
import { toTopicsIndexScope } from './pages/topics-index.ts'
import { toRobotsTxt, toSitemapXml } from './sitemap.ts'
import { FEED_PATH, HOME_PATH, NOT_FOUND_PATH, ROBOTS_PATH, SEARCH_PATH, SITEMAP_PATH, TOPICS_INDEX_PATH, hasAbsoluteBase, toAbsoluteUrl } from './urls.ts'
import { createCardViews, forgetCards, prepareArticles, toSiteView } from './view.ts'
import { breathe } from '../util/interrupt.ts'

export { TemplateError } from './engine.ts'

/** The templates' folder of files copied to the site's root as they are. */
export const STATIC_FOLDER = 'static/'

/** Outputs shown many times within one kind of page, seldom across kinds: let go after each kind. */
const PER_KIND_PARTIALS = ['partials/card', 'partials/related-link']

/** Pages rendered between two turns of the event loop (a turn costs microseconds; 64 pages, a few milliseconds). */
const PAGES_BETWEEN_TURNS = 64

export interface RenderOptions {
  /**
   * The caller gives the articles' bodies and figures up: they are emptied
   * once the article pages are made (no other page reads them), so that a
   * large archive does not hold them through the listings. The lean build
   * sets it. Default false: the archive is left as it was.
   */
  releaseBodies?: boolean
}

export async function renderSite(archive: Archive, templates: TemplateSet, sink?: (file: OutputFile) => void, options: RenderOptions = {}): Promise<OutputFile[]> {
  const typeset = createTypeset()
  const engine = createEngine(templates, typeset)
  const compiled = {
    article: engine.compile('pages/article'),
    topic: engine.compile('pages/topic'),
    topics: engine.compile('pages/topics'),
    home: engine.compile('pages/home'),
    search: engine.compile('pages/search'),
    notFound: engine.compile('pages/not-found'),
    archives: engine.compile('pages/archives'),
    archivePeriod: engine.compile('pages/archive-period'),
    entity: engine.compile('pages/entity'),
    entities: engine.compile('pages/entities'),
  }
  const prepared = prepareArticles(archive)
  const cardOf = createCardViews(prepared)
  const feeds = renderFeeds(archive, prepared)
  const site = toSiteView(archive.config, feeds.some((feed) => feed.path === FEED_PATH))
  const forgetPerKind = () => {
    engine.forget(PER_KIND_PARTIALS)
    forgetCards(prepared)
  }
  const paths = new Set<string>()
  const files: OutputFile[] = []
  // Pages made since the event loop last turned.
  let sinceTurn = 0
  const add = (path: string, contents: string | Uint8Array) => {
    if (paths.has(path)) throw new Error(`Two pages would be written to \`${path}\`, expected each article and topic to have its own slug`)
    paths.add(path)
    if (sink) sink({ path, contents })
    else files.push({ path, contents })
    sinceTurn++
  }
  // Every few pages the event loop turns, so that Ctrl-C is heard while render runs (util/interrupt.ts).
  const turn = () => {
    if (sinceTurn < PAGES_BETWEEN_TURNS) return undefined
    sinceTurn = 0
    return breathe()
  }

  add(HOME_PATH, engine.render(compiled.home, toHomeScope(archive, site, cardOf)))
  for (const article of archive.articles) {
    const scope = toArticleScope(archive, article, prepared, site, typeset)
    add(scope.page.path, engine.render(compiled.article, scope))
    await turn()
  }
  if (options.releaseBodies) {
    for (const article of archive.articles) {
      article.body = { type: 'root', children: [] }
      article.figures = []
    }
  }
  forgetPerKind()
  add(TOPICS_INDEX_PATH, engine.render(compiled.topics, toTopicsIndexScope(archive, site)))
  for (const topic of archive.topics) {
    for (const scope of toTopicScopes(archive, topic, prepared, site, cardOf)) {
      add(scope.page.path, engine.render(compiled.topic, scope))
      await turn()
    }
  }
  forgetPerKind()
  const archives = toArchiveScopes(archive, prepared, site)
  add(archives.index.page.path, engine.render(compiled.archives, archives.index))
  for (const scope of archives.periods) {
    add(scope.page.path, engine.render(compiled.archivePeriod, scope))
    await turn()
  }
  forgetPerKind()
  add(PEOPLE_INDEX_PATH, engine.render(compiled.entities, toPeopleIndexScope(archive, site)))
  for (const person of archive.people) {
    for (const scope of toPersonScopes(archive, person, prepared, site, cardOf)) {
      add(scope.page.path, engine.render(compiled.entity, scope))
      await turn()
    }
  }
  forgetPerKind()
  add(ORGANISATIONS_INDEX_PATH, engine.render(compiled.entities, toOrganisationsIndexScope(archive, site)))
  for (const organisation of archive.organisations) {
    for (const scope of toOrganisationScopes(archive, organisation, prepared, site, cardOf)) {
      add(scope.page.path, engine.render(compiled.entity, scope))
      await turn()
    }
  }
  add(SEARCH_PATH, engine.render(compiled.search, toSearchScope(archive, prepared, site)))
  add(NOT_FOUND_PATH, engine.render(compiled.notFound, toNotFoundScope(archive, site)))

  const pages = [...paths].filter((path) => path.endsWith('.html') && path !== NOT_FOUND_PATH)
  if (hasAbsoluteBase(archive.config)) {
    add(SITEMAP_PATH, toSitemapXml(pages.map((path) => toAbsoluteUrl(archive.config, path))))
    add(ROBOTS_PATH, toRobotsTxt(toAbsoluteUrl(archive.config, SITEMAP_PATH)))
  } else {
    add(ROBOTS_PATH, toRobotsTxt(null))
  }
  for (const feed of feeds) add(feed.path, feed.contents)
  for (const [path, contents] of templates) {
    if (path.startsWith('assets/')) add(path, contents)
  }
  // templates/static/ is copied to the site's root as it is (CNAME, .nojekyll, favicon.ico, .well-known/…), as Hugo's static/.
  for (const [path, contents] of templates) {
    if (!path.startsWith(STATIC_FOLDER)) continue
    const target = path.slice(STATIC_FOLDER.length)
    if (paths.has(target)) throw new TemplateError(`templates/${path} would be written over \`${target}\`, a file the site makes, expected a static file with a path of its own`)
    add(target, contents)
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
