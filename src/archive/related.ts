/**
 * "À lire aussi": up to `RELATED_LIMIT` related articles for each article,
 * in the spirit of Hugo's related content. Each article is a set of terms
 * from several indexes, each index with a weight:
 *
 *   person 3 · organisation 2 · topic (theme or country) 1 · word 0.5
 *
 * (`word`: the folded words of 4+ letters of the title, standfirst and
 * summary, less stop words (`stop-words.ts`) and the words of the
 * article's people's names, already counted as people). Two articles score the sum, over the terms they share, of
 * weight × idf, with idf = ln(N / df) / ln(N) in [0, 1]: a term on every
 * article (Vietnam) counts for nothing, a term on two articles for almost
 * its full weight, whatever the size of the archive. Candidates under
 * `RELATED_THRESHOLD` are cut (no "latest five" filler); ties go to the
 * newer article, then the smaller id. Never the article itself.
 *
 * Cost: an inverted index term → articles. Terms on more than
 * `MAX_POSTING` articles are skipped (their idf is low anyway), and so are
 * words on more than `WORD_MAX_SHARE` of the archive (function words) or
 * more than `MAX_WORD_POSTING` articles, so scoring is linear in the
 * archive for fixed caps, never quadratic.
 */
import type { Article } from '../types.ts'
import { compareNewestFirst } from './dates.ts'
import { compareCodeUnits } from './ids.ts'
import { getStopWords } from './stop-words.ts'
import type { Tokenizer } from './tokens.ts'

export const RELATED_LIMIT = 5
export const RELATED_THRESHOLD = 2
export const RELATED_WEIGHTS = { person: 3, organisation: 2, topic: 1, word: 0.5 } as const
export const MAX_POSTING = 1000
export const WORD_MAX_SHARE = 0.2
export const MAX_WORD_POSTING = 200
const MIN_WORD_LENGTH = 4

type Kind = keyof typeof RELATED_WEIGHTS

interface TermTable {
  /** Term ids of each article, ascending (ids follow the terms' code-unit order). */
  terms: Int32Array[]
  /** Per term id: articles that have it, kind weight × idf (0 when skipped). */
  postings: Int32Array[]
  weights: Float64Array
}

/** Article id → related article ids, best first. */
export function findRelated(articles: readonly Article[], tokenize: Tokenizer): Map<string, string[]> {
  const table = toTermTable(articles, tokenize)
  const related = new Map<string, string[]>()
  const scores = new Float64Array(articles.length)
  articles.forEach((article, at) => {
    const touched = accumulate(table, at, scores)
    const best: number[] = []
    for (const other of touched) {
      if (scores[other] as number >= RELATED_THRESHOLD) insertBest(best, other, scores, articles)
    }
    for (const other of touched) scores[other] = 0
    related.set(article.id, best.map((other) => (articles[other] as Article).id))
  })
  return related
}

/** Add the weights of `at`'s terms to the score of every other article holding them; the articles touched. */
function accumulate(table: TermTable, at: number, scores: Float64Array): number[] {
  const touched: number[] = []
  for (const term of table.terms[at] as Int32Array) {
    const weight = table.weights[term] as number
    if (weight === 0) continue
    for (const other of table.postings[term] as Int32Array) {
      if (other === at) continue
      if (scores[other] === 0) touched.push(other)
      scores[other] = (scores[other] as number) + weight
    }
  }
  return touched
}

/** Keep the best `RELATED_LIMIT`: higher score, then newer, then smaller id. */
function insertBest(best: number[], other: number, scores: Float64Array, articles: readonly Article[]): void {
  const better = (a: number, b: number): boolean => {
    const delta = Math.round(((scores[a] as number) - (scores[b] as number)) * 1e9)
    if (delta !== 0) return delta > 0
    const x = articles[a] as Article
    const y = articles[b] as Article
    return (compareNewestFirst(x.date, y.date) || compareCodeUnits(x.id, y.id)) < 0
  }
  let place = best.length
  while (place > 0 && better(other, best[place - 1] as number)) place--
  if (place >= RELATED_LIMIT) return
  best.splice(place, 0, other)
  if (best.length > RELATED_LIMIT) best.pop()
}

function toTermTable(articles: readonly Article[], tokenize: Tokenizer): TermTable {
  const stopWords = getStopWords()
  const named = articles.map((article) => toTerms(article, tokenize, stopWords))
  const all = [...new Set(named.flat())].sort(compareCodeUnits)
  const ids = new Map(all.map((term, id) => [term, id]))
  const terms = named.map((list) => Int32Array.from(list.map((term) => ids.get(term) as number)).sort())
  const counts = new Int32Array(all.length)
  for (const list of terms) for (const term of list) counts[term] = (counts[term] as number) + 1
  const postings = all.map((_, id) => new Int32Array(counts[id] as number))
  const filled = new Int32Array(all.length)
  terms.forEach((list, at) => {
    for (const term of list) {
      ;(postings[term] as Int32Array)[filled[term] as number] = at
      filled[term] = (filled[term] as number) + 1
    }
  })
  const weights = Float64Array.from(all, (term, id) => toWeight(term, counts[id] as number, articles.length))
  return { terms, postings, weights }
}

/** Kind weight × normalised idf; 0 for a term on one article, or on too many. */
function toWeight(term: string, df: number, total: number): number {
  const kind = term.slice(0, term.indexOf(':')) as Kind
  if (df < 2 || df > MAX_POSTING || total < 2) return 0
  if (kind === 'word' && (df > total * WORD_MAX_SHARE || df > MAX_WORD_POSTING)) return 0
  return RELATED_WEIGHTS[kind] * (Math.log(total / df) / Math.log(total))
}

/** `person:to-lam`, `topic:japon`, `word:cybercriminalite`…, unique. */
function toTerms(article: Article, tokenize: Tokenizer, stopWords: ReadonlySet<string>): string[] {
  const terms = new Set<string>()
  for (const person of article.people) terms.add(`person:${person.slug}`)
  for (const organisation of article.organisations) terms.add(`organisation:${organisation.slug}`)
  for (const topic of article.topicRefs) if (topic.kind !== 'unclassified') terms.add(`topic:${topic.slug}`)
  const skipped = new Set(article.people.flatMap((person) => tokenize(person.name).map((token) => token.key)))
  for (const text of [article.title, article.standfirst, article.summary]) {
    if (!text) continue
    for (const { key } of tokenize(text)) {
      if (key.length >= MIN_WORD_LENGTH && !/\d/.test(key) && !stopWords.has(key) && !skipped.has(key)) terms.add(`word:${key}`)
    }
  }
  return [...terms]
}
