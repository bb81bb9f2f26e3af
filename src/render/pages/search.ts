/**
 * The search page (`recherche/index.html`): a small UI of our own
 * (`assets/search.js`) over Pagefind's JS API (`pagefind/pagefind.js`,
 * generated next to the pages by the write stage): a query, one select per
 * filter (`sujet`, `pays`, `personne`, `année`; options rendered here from
 * the archive, so they match the values on the article pages), and a
 * « Trier par date » toggle. The form is `hidden` until the script runs;
 * without JavaScript, a `<noscript>` note links to topics and archives.
 */
import type { Archive } from '../../types.ts'
import { toSearchData } from '../search-data.ts'
import type { SearchFilterView } from '../search-data.ts'
import { ARCHIVES_INDEX_PATH, SEARCH_PATH, TOPICS_INDEX_PATH, toHref, toRootPrefix } from '../urls.ts'
import { toPageView } from '../view.ts'
import type { PageView, Prepared, SiteView } from '../view.ts'

export interface SearchFilterSelectView {
  /** Pagefind filter name (`année`). */
  name: SearchFilterView['name']
  /** Form field name and id part, ASCII (`annee`). */
  field: string
  label: string
  /** What « no filter » is called (`Tous les sujets`). */
  any: string
  options: string[]
}

export interface SearchScope {
  site: SiteView
  page: PageView
  search: {
    /** `../pagefind/`: where pagefind.js and its index live. */
    bundle: string
    topicsIndex: string
    archivesIndex: string
    filters: SearchFilterSelectView[]
  }
}

const FILTERS: { name: SearchFilterView['name']; field: string; label: string; any: string }[] = [
  { name: 'sujet', field: 'sujet', label: 'Sujet', any: 'Tous' },
  { name: 'pays', field: 'pays', label: 'Pays', any: 'Tous' },
  { name: 'personne', field: 'personne', label: 'Personne', any: 'Toutes' },
  { name: 'année', field: 'annee', label: 'Année', any: 'Toutes' },
]

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

export function toSearchScope(archive: Archive, prepared: ReadonlyMap<string, Prepared>, site: SiteView): SearchScope {
  const root = toRootPrefix(SEARCH_PATH)
  const values = new Map<SearchFilterView['name'], Set<string>>()
  for (const article of archive.articles) {
    const own = prepared.get(article.id)
    if (!own) continue
    for (const filter of toSearchData(article, own.date).filters) {
      const set = values.get(filter.name) ?? new Set<string>()
      set.add(filter.value)
      values.set(filter.name, set)
    }
  }
  const themeOrder = new Map(archive.topics.map((topic, index) => [topic.name, topic.kind === 'theme' ? index : archive.topics.length + index]))
  const order: Record<SearchFilterView['name'], (a: string, b: string) => number> = {
    sujet: (a, b) => (themeOrder.get(a) ?? 0) - (themeOrder.get(b) ?? 0) || collator.compare(a, b),
    pays: (a, b) => collator.compare(a, b),
    personne: (a, b) => collator.compare(a, b),
    année: (a, b) => (Number(b) || -1) - (Number(a) || -1),
  }
  const filters = FILTERS
    .map((filter) => ({ ...filter, options: [...(values.get(filter.name) ?? [])].sort(order[filter.name]) }))
    .filter((filter) => filter.options.length > 0)
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
      topicsIndex: toHref(root, TOPICS_INDEX_PATH),
      archivesIndex: toHref(root, ARCHIVES_INDEX_PATH),
      filters,
    },
  }
}
