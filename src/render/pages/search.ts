/**
 * The search page (`recherche/index.html`): Pagefind's UI, loaded from the
 * `pagefind/` folder the write stage generates next to the pages.
 */
import type { Archive } from '../../types.ts'
import { SEARCH_PATH, TOPICS_INDEX_PATH, toHref, toRootPrefix } from '../urls.ts'
import { toPageView } from '../view.ts'
import type { PageView, SiteView } from '../view.ts'

export interface SearchScope {
  site: SiteView
  page: PageView
  search: {
    /** `../pagefind/`: where pagefind-ui.js and its index live. */
    bundle: string
    script: string
    stylesheet: string
    /** The site's path on its server (`/archive/`): Pagefind result URLs start with it. */
    baseUrl: string
    topicsIndex: string
  }
}

export function toSearchScope(archive: Archive, site: SiteView): SearchScope {
  const root = toRootPrefix(SEARCH_PATH)
  return {
    site,
    page: toPageView(archive.config, {
      path: SEARCH_PATH,
      title: 'Recherche',
      description: `Rechercher dans les archives\u00a0: ${archive.config.title}.`,
      section: 'search',
    }),
    search: {
      bundle: `${root}pagefind/`,
      script: `${root}pagefind/pagefind-ui.js`,
      stylesheet: `${root}pagefind/pagefind-ui.css`,
      baseUrl: archive.config.basePath,
      topicsIndex: toHref(root, TOPICS_INDEX_PATH),
    },
  }
}
