/**
 * People, organisations and related articles, set on every article once
 * topics are known. People and organisations are found in two walks over
 * the entity texts (`entity-texts.ts`): the first collects evidence (titled
 * mentions, acronym definitions), the second counts every mention of what
 * the first made known. Texts are tokenised per article and dropped, so
 * memory stays flat whatever the size of the archive.
 */
import type { Article, Organisation, Person, ResolvedConfig } from '../types.ts'
import type { CountryLexicon } from './countries.ts'
import { toEntityTexts } from './entity-texts.ts'
import type { EntityText } from './entity-texts.ts'
import { compileOrganisationGrammar } from './organisation-evidence.ts'
import { createOrganisationFinder } from './organisations.ts'
import { compilePeopleGrammar } from './people-grammar.ts'
import { createPeopleFinder } from './people.ts'
import { findRelated } from './related.ts'
import type { Tokenizer } from './tokens.ts'

export interface Entities {
  people: Person[]
  organisations: Organisation[]
}

/**
 * The first walk is driven by the caller (`collect`, every article, in
 * archive order), so that it can share the article's tokens with topic
 * finding; `finish` makes the second walk and sets `people`,
 * `organisations` and `relatedIds` on each article (in place; topics must
 * be set by then), and returns the archive's lists.
 */
export interface EntityFinder {
  collect(article: Article, texts: readonly EntityText[]): void
  finish(articles: readonly Article[]): Entities
}

export function createEntityFinder(config: ResolvedConfig, tokenize: Tokenizer, countries: CountryLexicon): EntityFinder {
  const people = createPeopleFinder(config, compilePeopleGrammar(tokenize, countries), tokenize)
  const organisations = createOrganisationFinder(config, compileOrganisationGrammar(tokenize, countries), tokenize)
  return {
    collect(article, texts) {
      people.collect(article, texts)
      organisations.collect(article, texts)
    },
    finish(articles) {
      for (const article of articles) {
        const texts = toEntityTexts(article, tokenize)
        people.count(article, texts)
        organisations.count(article, texts)
      }
      const foundPeople = people.finish(articles)
      const foundOrganisations = organisations.finish(articles)
      for (const article of articles) {
        article.people = foundPeople.byArticle.get(article.id) ?? []
        article.organisations = foundOrganisations.byArticle.get(article.id) ?? []
      }
      const related = findRelated(articles, tokenize)
      for (const article of articles) article.relatedIds = related.get(article.id) ?? []
      return { people: foundPeople.people, organisations: foundOrganisations.organisations }
    },
  }
}
