/**
 * The people index (`personnes/index.html`) and the organisations index
 * (`organisations/index.html`): the most cited first, then everyone by name,
 * each with an article count; each index links to the other.
 */
import type { Archive } from '../../types.ts'
import { toOrganisationHeading } from '../entities.ts'
import { ORGANISATIONS_INDEX_PATH, PEOPLE_INDEX_PATH, toHref, toOrganisationPath, toPersonPath, toRootPrefix } from '../urls.ts'
import { toPageView } from '../view.ts'
import type { PageView, SiteView } from '../view.ts'
import { toCountLabel } from './topic.ts'

/** Entries in the "most cited" list at the top of an index (those in two articles or more). */
export const MOST_CITED = 12

export interface EntityEntryView {
  name: string
  /** Main title of a person, full name of an organisation known by its acronym; or null. */
  detail: string | null
  href: string
  count: number
  countLabel: string
}

export interface EntitiesIndexView {
  kind: 'person' | 'organisation'
  title: string
  description: string
  mostCited: EntityEntryView[]
  entries: EntityEntryView[]
  other: { label: string; href: string }
}

export interface EntitiesIndexScope {
  site: SiteView
  page: PageView
  index: EntitiesIndexView
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

export function toPeopleIndexScope(archive: Archive, site: SiteView): EntitiesIndexScope {
  const root = toRootPrefix(PEOPLE_INDEX_PATH)
  const entries = archive.people.map((person) => toEntry(person.name, person.titles[0]?.label ?? null, toHref(root, toPersonPath(person.slug)), person.articleIds.length))
  const description = toIndexDescription(entries.length, ['Aucune personne n’est encore nommée dans les archives.', 'La personne nommée dans les archives, avec ses titres.', 'personnes nommées dans les archives, avec leurs titres.'])
  return {
    site,
    page: toPageView(archive.config, { path: PEOPLE_INDEX_PATH, title: 'Personnes', description, section: 'people' }),
    index: toIndexView('person', 'Personnes', description, entries, { label: 'Organisations', href: toHref(root, ORGANISATIONS_INDEX_PATH) }),
  }
}

export function toOrganisationsIndexScope(archive: Archive, site: SiteView): EntitiesIndexScope {
  const root = toRootPrefix(ORGANISATIONS_INDEX_PATH)
  const entries = archive.organisations.map((organisation) => {
    const heading = toOrganisationHeading(organisation)
    return toEntry(heading.short ?? heading.title, heading.short ? heading.title : null, toHref(root, toOrganisationPath(organisation.slug)), organisation.articleIds.length)
  })
  const description = toIndexDescription(entries.length, ['Aucune organisation n’est encore nommée dans les archives.', 'L’organisation nommée dans les archives.', 'organisations nommées dans les archives, par sigle ou par nom.'])
  return {
    site,
    page: toPageView(archive.config, { path: ORGANISATIONS_INDEX_PATH, title: 'Organisations', description, section: 'organisations' }),
    index: toIndexView('organisation', 'Organisations', description, entries, { label: 'Personnes', href: toHref(root, PEOPLE_INDEX_PATH) }),
  }
}

/** `[none, one, many]`: the sentence for 0, for 1, and the end of `Les 12 …`. */
function toIndexDescription(total: number, [none, one, many]: [string, string, string]): string {
  return total === 0 ? none : total === 1 ? one : `Les ${total.toLocaleString('fr-FR')} ${many}`
}

function toEntry(name: string, detail: string | null, href: string, count: number): EntityEntryView {
  return { name, detail, href, count, countLabel: toCountLabel(count) }
}

function toIndexView(kind: EntitiesIndexView['kind'], title: string, description: string, entries: EntityEntryView[], other: EntitiesIndexView['other']): EntitiesIndexView {
  const byName = [...entries].sort((a, b) => collator.compare(a.name, b.name) || (a.href < b.href ? -1 : a.href > b.href ? 1 : 0))
  const mostCited = entries.length > MOST_CITED
    ? [...byName].filter((entry) => entry.count >= 2).sort((a, b) => b.count - a.count).slice(0, MOST_CITED)
    : []
  return { kind, title, description, mostCited, entries: byName, other }
}
