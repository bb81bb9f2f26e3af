/**
 * Person and organisation pages, paginated like topics:
 * `personnes/<slug>/index.html`, `personnes/<slug>/page/<n>/index.html`,
 * and the same under `organisations/`. Articles in archive order (newest
 * first, undated last).
 */
import type { Archive, Article, Organisation, Person, PersonTitle } from '../../types.ts'
import { toOrganisationHeading } from '../entities.ts'
import { ORGANISATIONS_INDEX_PATH, PEOPLE_INDEX_PATH, toHref, toOrganisationPath, toPersonPath, toRootPrefix } from '../urls.ts'
import { toPageView } from '../view.ts'
import type { CardView, CardViews, PageView, Prepared, SiteView } from '../view.ts'
import { toCountLabel, toPaginationItems } from './topic.ts'
import type { PaginationView } from './topic.ts'

/** Titles shown on a person's page, most frequent first. */
export const SHOWN_TITLES = 5

export interface EntityView {
  kind: 'person' | 'organisation'
  kindLabel: string
  /** Link to the index of its kind. */
  index: string
  name: string
  /** The acronym shown after an organisation's full name, or null. */
  short: string | null
  variantsLabel: string
  variants: string[]
  titles: PersonTitle[]
  countLabel: string
  cards: CardView[]
  pagination: PaginationView | null
}

export interface EntityScope {
  site: SiteView
  page: PageView
  entity: EntityView
}

interface EntityInput {
  kind: EntityView['kind']
  slug: string
  name: string
  short: string | null
  variants: string[]
  titles: PersonTitle[]
  articleIds: string[]
  description: (count: number) => string
  pathOf: (slug: string, page: number) => string
}

export function toPersonScopes(archive: Archive, person: Person, prepared: ReadonlyMap<string, Prepared>, site: SiteView, cardOf: CardViews): EntityScope[] {
  const titles = person.titles.slice(0, SHOWN_TITLES)
  const role = titles[0] ? `${titles[0].label}. ` : ''
  return toEntityScopes(archive, prepared, site, cardOf, {
    kind: 'person', slug: person.slug, name: person.name, short: null, variants: person.variants, titles, articleIds: person.articleIds,
    description: (count) => `${person.name}\u00a0: ${role}${toCountLabel(count)} dans les archives.`,
    pathOf: toPersonPath,
  })
}

export function toOrganisationScopes(archive: Archive, organisation: Organisation, prepared: ReadonlyMap<string, Prepared>, site: SiteView, cardOf: CardViews): EntityScope[] {
  const heading = toOrganisationHeading(organisation)
  const named = heading.short ? `${heading.title} (${heading.short})` : heading.title
  return toEntityScopes(archive, prepared, site, cardOf, {
    kind: 'organisation', slug: organisation.slug, name: heading.title, short: heading.short, variants: organisation.variants, titles: [], articleIds: organisation.articleIds,
    description: (count) => `${named}\u00a0: ${toCountLabel(count)} dans les archives.`,
    pathOf: toOrganisationPath,
  })
}

function toEntityScopes(archive: Archive, prepared: ReadonlyMap<string, Prepared>, site: SiteView, cardOf: CardViews, input: EntityInput): EntityScope[] {
  const ids = input.articleIds.filter((id) => archive.byId.has(id) && prepared.has(id))
  const size = archive.config.pageSize
  const total = Math.max(1, Math.ceil(ids.length / size))
  const scopes: EntityScope[] = []
  for (let number = 1; number <= total; number++) {
    const path = input.pathOf(input.slug, number)
    const root = toRootPrefix(path)
    const hrefOf = (n: number) => toHref(root, input.pathOf(input.slug, n))
    const prev = number > 1 ? hrefOf(number - 1) : null
    const next = number < total ? hrefOf(number + 1) : null
    const cards = ids.slice((number - 1) * size, number * size).map((id) => cardOf(archive.byId.get(id) as Article, root))
    const isPerson = input.kind === 'person'
    scopes.push({
      site,
      page: toPageView(archive.config, {
        path,
        title: input.short ? `${input.name} (${input.short})` : input.name,
        titleSuffix: number > 1 ? `page ${number} sur ${total}` : null,
        description: input.description(ids.length),
        section: isPerson ? 'people' : 'organisations',
        prev,
        next,
      }),
      entity: {
        kind: input.kind,
        kindLabel: isPerson ? 'Personne' : 'Organisation',
        index: toHref(root, isPerson ? PEOPLE_INDEX_PATH : ORGANISATIONS_INDEX_PATH),
        name: input.name,
        short: input.short,
        variantsLabel: isPerson ? 'Aussi écrit' : 'Aussi appelée',
        variants: input.variants,
        titles: input.titles,
        countLabel: toCountLabel(ids.length),
        cards,
        pagination: total > 1 ? { current: number, total, prev, next, items: toPaginationItems(number, total, hrefOf) } : null,
      },
    })
  }
  return scopes
}
