/**
 * People named with a title in one text (one paragraph, caption, title…):
 *
 * - title, complement, name: `le Premier ministre Pham Minh Chinh`,
 *   `le ministre des Affaires étrangères Bui Thanh Son`,
 *   `le président de la République, Luong Cuong,` (apposition),
 *   `le vice-Premier ministre et ministre … Bui Thanh Son` (two titles);
 * - name, comma, title: `Thong Mengdavid, analyste en géopolitique`.
 *
 * The complement after a title is read by `readComplement`; a name must
 * follow it directly or after a comma, else there is no person
 * (`le président de la République a …`, `le Premier ministre et ministre`).
 */
import { readComplement } from './people-complement.ts'
import type { PeopleGrammar } from './people-grammar.ts'
import { readName } from './people-names.ts'
import type { NameSpan } from './people-names.ts'
import { gapKindBefore } from './token-gaps.ts'
import { findLongestPhraseAt } from './tokens.ts'
import type { Token } from './tokens.ts'

export interface PersonMention extends NameSpan {
  /** Titles of this mention as labels (`Premier ministre`, `ministre des Affaires étrangères`). */
  titles: string[]
}

/** Every titled mention of a person in the text, in text order, one per name (its titles from both forms: `le camarade X, directeur …`). */
export function findTitledMentions(text: string, tokens: readonly Token[], grammar: PeopleGrammar): PersonMention[] {
  const found = new Map<number, PersonMention>()
  for (let at = 0; at < tokens.length; at++) {
    // Two calls rather than a loop over a pair: this runs at every word of the archive.
    addMention(found, readTitleFirst(text, tokens, at, grammar))
    addMention(found, readNameFirst(text, tokens, at, grammar))
  }
  return [...found.values()].sort((a, b) => a.start - b.start)
}

/** One mention per name start: a second one there adds its titles. */
function addMention(found: Map<number, PersonMention>, mention: PersonMention | null): void {
  if (mention === null) return
  const known = found.get(mention.start)
  if (known) known.titles.push(...mention.titles.filter((title) => !known.titles.includes(title)))
  else found.set(mention.start, mention)
}

/** `le président vietnamien Luong Cuong`: a title at `at`, then a complement, then the name. */
function readTitleFirst(text: string, tokens: readonly Token[], at: number, grammar: PeopleGrammar): PersonMention | null {
  if (!opensTitle(text, tokens, at, grammar)) return null
  const complement = readComplement(text, tokens, at, grammar, true)
  if (complement === null || complement.name === null) return null
  return { ...complement.name, titles: complement.titles }
}

/** `Thong Mengdavid, analyste …`: a name at `at`, a comma, then a title or an apposition noun. */
function readNameFirst(text: string, tokens: readonly Token[], at: number, grammar: PeopleGrammar): PersonMention | null {
  if (!tokens[at]?.capital || !startsClause(text, tokens, at, grammar)) return null
  const name = readName(text, tokens, at, grammar)
  if (name === null || name.start !== at || gapKindBefore(text, tokens, name.end) !== 'comma') return null
  const complement = readComplement(text, tokens, name.end, grammar, false)
  return complement === null || complement.titles.length === 0 ? null : { ...name, titles: complement.titles }
}

/** Words of the longest title (`général de corps d’armée`). */
const MAX_TITLE_WORDS = 5

/**
 * A title starts at `at`, is not the end of a longer one (`général` in
 * `secrétaire général`), and is not an adjective of a capitalised noun
 * before it (`Département général`, `Assemblée générale`).
 */
function opensTitle(text: string, tokens: readonly Token[], at: number, grammar: PeopleGrammar): boolean {
  if (findLongestPhraseAt(grammar.titles, tokens, at) === null) return false
  for (let back = Math.max(0, at - MAX_TITLE_WORDS); back < at; back++) {
    // Hits at `back` grow longer, so one ends past `at` when the longest does.
    if ((findLongestPhraseAt(grammar.titles, tokens, back)?.end ?? 0) > at) return false
  }
  const before = tokens[at - 1]
  if (!before || !before.capital || gapKindBefore(text, tokens, at) !== 'space') return true
  return grammar.articles.has(before.key) || grammar.prepositions.has(before.key)
}

/** A name-first apposition opens a clause: text start, after punctuation, or after a word that is no article or preposition. */
function startsClause(text: string, tokens: readonly Token[], at: number, grammar: PeopleGrammar): boolean {
  const before = tokens[at - 1]
  if (!before) return true
  const kind = gapKindBefore(text, tokens, at)
  if (kind !== 'space' && kind !== 'apostrophe' && kind !== 'hyphen') return true
  if (kind !== 'space' || before.capital) return false
  return !grammar.articles.has(before.key) && !grammar.prepositions.has(before.key)
}
