/**
 * render (pure): Archive → every output file of the site.
 *
 *   index.html                          home
 *   articles/<slug>/index.html          one per article
 *   sujets/index.html                   topics index
 *   sujets/<slug>/index.html            topic, page 1
 *   sujets/<slug>/page/<n>/index.html   topic, page n
 *   recherche/index.html                search (Pagefind UI)
 *   404.html                            not found (absolute links from basePath)
 *   robots.txt, sitemap.xml             (sitemap only with an absolute baseUrl)
 *   assets/…                            copied from templates/assets/
 *
 * No file system, clock or console: templates come from the TemplateSet,
 * output is sorted by path and byte-identical for the same input.
 */
import type { Archive, OutputFile, RenderContext, TemplateSet } from '../types.ts'
import { createEngine } from './engine.ts'
import { toArticleScope } from './pages/article.ts'
import { toHomeScope } from './pages/home.ts'
import { toNotFoundScope } from './pages/not-found.ts'
import { toSearchScope } from './pages/search.ts'
import { toTopicScopes } from './pages/topic.ts'
import { toTopicsIndexScope } from './pages/topics-index.ts'
import { toRobotsTxt, toSitemapXml } from './sitemap.ts'
import { HOME_PATH, NOT_FOUND_PATH, ROBOTS_PATH, SEARCH_PATH, SITEMAP_PATH, TOPICS_INDEX_PATH, hasAbsoluteBase, toAbsoluteUrl } from './urls.ts'
import { prepareArticles, toSiteView } from './view.ts'

export { TemplateError } from './engine.ts'

export async function renderSite(archive: Archive, templates: TemplateSet, context: RenderContext): Promise<OutputFile[]> {
  void context
  const engine = createEngine(templates)
  const compiled = {
    article: engine.compile('pages/article'),
    topic: engine.compile('pages/topic'),
    topics: engine.compile('pages/topics'),
    home: engine.compile('pages/home'),
    search: engine.compile('pages/search'),
    notFound: engine.compile('pages/not-found'),
  }
  const site = toSiteView(archive.config)
  const prepared = prepareArticles(archive)
  const files = new Map<string, OutputFile>()
  const add = (path: string, contents: string | Uint8Array) => {
    if (files.has(path)) throw new Error(`Two pages would be written to \`${path}\`, expected each article and topic to have its own slug`)
    files.set(path, { path, contents })
  }

  add(HOME_PATH, await engine.render(compiled.home, toHomeScope(archive, prepared, site)))
  for (const article of archive.articles) {
    const scope = toArticleScope(archive, article, prepared, site)
    add(scope.page.path, await engine.render(compiled.article, scope))
  }
  add(TOPICS_INDEX_PATH, await engine.render(compiled.topics, toTopicsIndexScope(archive, site)))
  for (const topic of archive.topics) {
    for (const scope of toTopicScopes(archive, topic, prepared, site)) add(scope.page.path, await engine.render(compiled.topic, scope))
  }
  add(SEARCH_PATH, await engine.render(compiled.search, toSearchScope(archive, site)))
  add(NOT_FOUND_PATH, await engine.render(compiled.notFound, toNotFoundScope(archive, site)))

  const pages = [...files.keys()].filter((path) => path.endsWith('.html') && path !== NOT_FOUND_PATH)
  if (hasAbsoluteBase(archive.config)) {
    add(SITEMAP_PATH, toSitemapXml(pages.map((path) => toAbsoluteUrl(archive.config, path))))
    add(ROBOTS_PATH, toRobotsTxt(toAbsoluteUrl(archive.config, SITEMAP_PATH)))
  } else {
    add(ROBOTS_PATH, toRobotsTxt(null))
  }
  for (const [path, contents] of templates) {
    if (path.startsWith('assets/')) add(path, contents)
  }
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
