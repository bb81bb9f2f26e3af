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
const KINDS = Object.keys(RELATED_WEIGHTS) as Kind[]

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
  const ranks = toTieRanks(articles)
  const related = new Map<string, string[]>()
  const scores = new Float64Array(articles.length)
  const touched: number[] = []
  for (let at = 0; at < articles.length; at++) {
    accumulate(table, at, scores, touched)
    const best: number[] = []
    for (const other of touched) {
      if ((scores[other] as number) >= RELATED_THRESHOLD) insertBest(best, other, scores, ranks)
    }
    for (const other of touched) scores[other] = 0
    touched.length = 0
    related.set((articles[at] as Article).id, best.map((other) => (articles[other] as Article).id))
  }
  return related
}

/** Add the weights of `at`'s terms to the score of every other article holding them; the articles touched go in `touched`. */
function accumulate(table: TermTable, at: number, scores: Float64Array, touched: number[]): void {
  const terms = table.terms[at] as Int32Array
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t] as number
    const weight = table.weights[term] as number
    if (weight === 0) continue
    const posting = table.postings[term] as Int32Array
    for (let p = 0; p < posting.length; p++) {
      const other = posting[p] as number
      if (other === at) continue
      if (scores[other] === 0) touched.push(other)
      scores[other] = (scores[other] as number) + weight
    }
  }
}

/**
 * Each article's place in the tie order (newer first, then smaller id), so
 * that breaking a tie is one comparison of integers: ties are common (two
 * articles sharing the same few topics score alike).
 */
function toTieRanks(articles: readonly Article[]): Int32Array {
  const order = articles.map((_, at) => at).sort((a, b) => {
    const x = articles[a] as Article
    const y = articles[b] as Article
    return compareNewestFirst(x.date, y.date) || compareCodeUnits(x.id, y.id)
  })
  const ranks = new Int32Array(articles.length)
  order.forEach((at, rank) => {
    ranks[at] = rank
  })
  return ranks
}

/** `a` goes before `b`: higher score (to 1e-9, so summation noise is no difference), then the tie order. */
function isBetter(a: number, b: number, scores: Float64Array, ranks: Int32Array): boolean {
  const delta = Math.round(((scores[a] as number) - (scores[b] as number)) * 1e9)
  return delta !== 0 ? delta > 0 : (ranks[a] as number) < (ranks[b] as number)
}

/** Keep the best `RELATED_LIMIT`: higher score, then newer, then smaller id. */
function insertBest(best: number[], other: number, scores: Float64Array, ranks: Int32Array): void {
  let place = best.length
  while (place > 0 && isBetter(other, best[place - 1] as number, scores, ranks)) place--
  if (place >= RELATED_LIMIT) return
  best.splice(place, 0, other)
  if (best.length > RELATED_LIMIT) best.pop()
}

/**
 * Terms are numbered as they are first met (no `kind:value` string per
 * occurrence), then renumbered in the code-unit order of their names, which
 * fixes the summation order of scores.
 */
function toTermTable(articles: readonly Article[], tokenize: Tokenizer): TermTable {
  const found = collectTerms(articles, tokenize)
  const order = found.names.map((_, id) => id).sort((a, b) => compareCodeUnits(found.names[a] as string, found.names[b] as string))
  const renumbered = new Int32Array(order.length)
  order.forEach((id, rank) => {
    renumbered[id] = rank
  })
  const terms = found.lists.map((list) => Int32Array.from(list, (id) => renumbered[id] as number).sort())
  const counts = new Int32Array(order.length)
  for (const list of terms) for (const term of list) counts[term] = (counts[term] as number) + 1
  const postings = Array.from(counts, (count) => new Int32Array(count))
  const filled = new Int32Array(order.length)
  terms.forEach((list, at) => {
    for (const term of list) {
      ;(postings[term] as Int32Array)[filled[term] as number] = at
      filled[term] = (filled[term] as number) + 1
    }
  })
  const weights = Float64Array.from(order, (id, term) => toWeight(found.kinds[id] as Kind, counts[term] as number, articles.length))
  return { terms, postings, weights }
}

/** Kind weight × normalised idf; 0 for a term on one article, or on too many. */
function toWeight(kind: Kind, df: number, total: number): number {
  if (df < 2 || df > MAX_POSTING || total < 2) return 0
  if (kind === 'word' && (df > total * WORD_MAX_SHARE || df > MAX_WORD_POSTING)) return 0
  return RELATED_WEIGHTS[kind] * (Math.log(total / df) / Math.log(total))
}

interface FoundTerms {
  /** Per term (numbered as met): `person:to-lam`, `topic:japon`, `word:cybercriminalite`… */
  names: string[]
  kinds: Kind[]
  /** Per article: its terms, unique, as met. */
  lists: number[][]
}

/** Every article's terms: its people, organisations, topics and words. */
function collectTerms(articles: readonly Article[], tokenize: Tokenizer): FoundTerms {
  const stopWords = getStopWords()
  const found: FoundTerms = { names: [], kinds: [], lists: [] }
  const byKind = new Map<Kind, Map<string, number>>(KINDS.map((kind) => [kind, new Map()]))
  /** Article (index) that last listed each term, to list it once. */
  const listedBy: number[] = []
  articles.forEach((article, at) => {
    const list: number[] = []
    const add = (kind: Kind, value: string) => {
      const ids = byKind.get(kind) as Map<string, number>
      let id = ids.get(value)
      if (id === undefined) {
        id = found.names.length
        ids.set(value, id)
        found.names.push(`${kind}:${value}`)
        found.kinds.push(kind)
      }
      if (listedBy[id] === at) return
      listedBy[id] = at
      list.push(id)
    }
    for (const person of article.people) add('person', person.slug)
    for (const organisation of article.organisations) add('organisation', organisation.slug)
    for (const topic of article.topicRefs) if (topic.kind !== 'unclassified') add('topic', topic.slug)
    const skipped = new Set(article.people.flatMap((person) => tokenize(person.name).map((token) => token.key)))
    for (const text of [article.title, article.standfirst, article.summary]) {
      if (!text) continue
      for (const { key } of tokenize(text)) {
        if (key.length >= MIN_WORD_LENGTH && !/\d/.test(key) && !stopWords.has(key) && !skipped.has(key)) add('word', key)
      }
    }
    found.lists.push(list)
  })
  return found
}
