/**
 * `Voir plus` links: a lead's `teaserTitles` become its `teaserIds` (in the
 * order of the block), and each teaser's `appearedUnder` lists the leads it
 * was shown under (in archive order: newest lead first).
 */
import type { Article } from '../types.ts'
import { toMatchKey } from '../util/text.ts'
import type { KeyOf } from './keys.ts'

/**
 * `articles` in archive order; `byKey` maps title keys to articles. Merging
 * left each article's `teaserTitles` unique by key, so no pair is linked twice
 * (and a teaser shown under thousands of leads costs no more than one look-up each).
 */
export function linkTeasers(articles: readonly Article[], byKey: ReadonlyMap<string, Article>, keyOf: KeyOf = toMatchKey): void {
  for (const lead of articles) {
    for (const title of lead.teaserTitles) {
      const teaser = byKey.get(keyOf(title))
      if (!teaser || teaser === lead) continue
      lead.teaserIds.push(teaser.id)
      teaser.appearedUnder.push(lead.id)
    }
  }
}
