/**
 * Links to people and organisations, as chips on article pages and entries
 * on the two index pages. Every href is relative to the page (`root`).
 */
import type { OrganisationRef, PersonRef } from '../types.ts'
import { toHref, toOrganisationPath, toPersonPath } from './urls.ts'

export interface EntityChipView {
  name: string
  href: string
  kind: 'person' | 'organisation'
  /** The full name, for the tooltip of an acronym (`Organisation des Nations unies`), or null. */
  title: string | null
}

export function toPersonChip(person: PersonRef, root: string): EntityChipView {
  return { name: person.name, href: toHref(root, toPersonPath(person.slug)), kind: 'person', title: null }
}

export function toOrganisationChip(organisation: OrganisationRef, root: string): EntityChipView {
  const title = organisation.fullName !== null && organisation.fullName !== organisation.name ? organisation.fullName : null
  return { name: organisation.name, href: toHref(root, toOrganisationPath(organisation.slug)), kind: 'organisation', title }
}

/** `Tô Lâm`, `ONU (Organisation des Nations unies)`: an organisation's name with its full name when it is an acronym. */
export function toOrganisationHeading(organisation: { name: string; fullName: string | null; short: string | null }): { title: string; short: string | null } {
  if (organisation.fullName && organisation.short) return { title: organisation.fullName, short: organisation.short }
  return { title: organisation.fullName ?? organisation.name, short: null }
}
