/**
 * `404.html`: served by the web server at any depth, so its links are
 * absolute paths from `config.basePath` (`/archive/sujets/index.html`).
 */
import type { Archive } from '../../types.ts'
import { NOT_FOUND_PATH } from '../urls.ts'
import { toPageView } from '../view.ts'
import type { PageView, SiteView } from '../view.ts'

export interface NotFoundScope {
  site: SiteView
  page: PageView
}

export function toNotFoundScope(archive: Archive, site: SiteView): NotFoundScope {
  return {
    site,
    page: toPageView(archive.config, {
      path: NOT_FOUND_PATH,
      title: 'Page introuvable',
      description: 'Cette page n’existe pas ou plus dans les archives.',
      section: 'none',
      noindex: true,
      root: archive.config.basePath,
    }),
  }
}
