/**
 * archive (pure): all records → Archive. See README.md in this folder for
 * the rules (merging, ids, slugs, topics, order).
 */
import type { VFile } from 'vfile'
import type { Archive, Article, ArticleRecord, ResolvedConfig } from '../types.ts'
import { checkTopicNames, findTopics } from './classify.ts'
import type { FoundTopics, TopicFinder } from './classify.ts'
import { getCountryLexicon } from './countries.ts'
import { createEntityFinder } from './entities.ts'
import { toEntityTexts } from './entity-texts.ts'
import { toIds } from './ids.ts'
import { createKeyOf } from './keys.ts'
import type { KeyOf } from './keys.ts'
import { linkTeasers } from './links.ts'
import { compareRecords, mergeRecords } from './merge.ts'
import type { DroppedText, MergedRecord } from './merge.ts'
import { sortArticles } from './order.ts'
import { toSlugPaths } from './slugs.ts'
import { compileThemes } from './themes.ts'
import { toArticleSegments } from './segments.ts'
import { createTokenizer, rememberTexts } from './tokens.ts'
import { toTopics } from './topics.ts'
import { reportAt, toPlaceText } from './messages.ts'

export interface BuildArchiveOptions {
  /**
   * The caller gives the records up: the array is emptied once they are
   * merged, so that the records no article keeps can go before topics and
   * entities are found (a build of 40,000 dumps has 290,000 records for
   * 58,000 articles). Default false: `records` is left as it was.
   */
  release?: boolean
}

/** Merge records into articles, give them ids, slugs and topics; messages go on `files` by path. */
export function buildArchive(records: ArticleRecord[], config: ResolvedConfig, files: ReadonlyMap<string, VFile>, options: BuildArchiveOptions = {}): Archive {
  const tokenize = createTokenizer()
  const finder: TopicFinder = { matcher: compileThemes(config.themes, tokenize), lexicon: getCountryLexicon(), tokenize }
  const keyOf = createKeyOf()
  const merged = mergeAll(options.release ? records.splice(0) : [...records], finder, files, keyOf)
  for (const item of merged) {
    for (const copy of item.dropped ?? []) reportDropped(files, item.record.title, copy)
    if (!item.sameTitleAs || !item.origin) continue
    const other = { path: item.sameTitleAs.path, line: item.sameTitleAs.startLine }
    reportAt(files, { path: item.origin.path, line: item.origin.startLine }, `Found another article titled "${item.record.title}" with a different text (${toPlaceText(other)}), expected one text per title; kept both, as separate articles`, 'same-title-different-text')
  }
  const byKey = toArticles(merged, files)
  const articles = sortArticles([...byKey.values()])
  linkTeasers(articles, byKey, keyOf)
  const entities = createEntityFinder(config, tokenize, finder.lexicon)
  const found = new Map<string, FoundTopics>()
  for (const article of articles) {
    // Topics and entities read mostly the same texts (title, paragraphs): each is tokenised once for both.
    const tokenizeOnce = rememberTexts(tokenize)
    found.set(article.id, findTopics(article, finder, toArticleSegments(article, tokenizeOnce)))
    entities.collect(article, toEntityTexts(article, tokenizeOnce))
  }
  const topics = toTopics(articles, found, config.themes, finder.lexicon)
  const { people, organisations } = entities.finish(articles)
  return { articles, byId: new Map(articles.map((article) => [article.id, article])), topics, people, organisations, config }
}

/** The records (an array of its own, emptied here) merged by title. */
function mergeAll(own: ArticleRecord[], finder: TopicFinder, files: ReadonlyMap<string, VFile>, keyOf: KeyOf): MergedRecord[] {
  const kept = own.sort(compareRecords)
  checkTopicNames(kept, finder, files)
  const merged = mergeRecords(kept, keyOf)
  kept.length = 0
  return merged
}

/** Title key → article, with id, slug and URL set (topics and links come later). */
function toArticles(merged: readonly MergedRecord[], files: ReadonlyMap<string, VFile>): Map<string, Article> {
  const ids = toIds(merged.map((item) => item.key))
  const candidates = merged.map((item) => ({
    id: ids.get(item.key) ?? '',
    title: item.record.title,
    slug: item.record.slug,
    date: item.record.date,
    origin: item.origin,
  }))
  const slugs = toSlugPaths(candidates, files)
  const byKey = new Map<string, Article>()
  for (const item of merged) {
    const id = ids.get(item.key) ?? ''
    const slugPath = slugs.get(id) ?? id
    byKey.set(item.key, toArticle(item.record, id, slugPath))
  }
  return byKey
}

/**
 * An article from its merged record, every field written out in one order:
 * all articles get one hidden class. A spread (`{ ...record, id }`) of
 * records made by different stages gave V8 a map of its own for nearly
 * every article (29,135 maps for 29,149 articles at 20,000 dumps, in a heap
 * snapshot halfway through render), each with its descriptors.
 */
function toArticle(record: ArticleRecord, id: string, slugPath: string): Article {
  return {
    kind: record.kind,
    title: record.title,
    standfirst: record.standfirst,
    summary: record.summary,
    dateline: record.dateline,
    date: record.date,
    body: record.body,
    figures: record.figures,
    signature: record.signature,
    source: record.source,
    topics: record.topics,
    slug: record.slug,
    teaserTitles: record.teaserTitles,
    provenance: record.provenance,
    lang: record.lang,
    id,
    slugPath,
    url: `articles/${slugPath}/`,
    topicRefs: [],
    teaserIds: [],
    appearedUnder: [],
    people: [],
    organisations: [],
    relatedIds: [],
  }
}

/** What each kind of copy left out is called in its message. */
const DROPPED: Record<DroppedText['field'], { one: string; many: string; rule: string }> = {
  body: { one: 'a paragraph', many: 'paragraphs', rule: 'merged-text-dropped' },
  summary: { one: 'a summary', many: 'summaries', rule: 'merged-summary-dropped' },
  standfirst: { one: 'a standfirst', many: 'standfirsts', rule: 'merged-standfirst-dropped' },
  figures: { one: 'a photo caption', many: 'photo captions', rule: 'merged-caption-dropped' },
  dateline: { one: 'a dateline', many: 'datelines', rule: 'merged-dateline-dropped' },
}

/**
 * A copy of an article whose own text merge left out: a note on it (the
 * report, as dropped chrome; an archive has many copies that differ a
 * little), with that text in full (the conservation ledger reads it there).
 */
function reportDropped(files: ReadonlyMap<string, VFile>, title: string, copy: DroppedText): void {
  const kept = copy.kept ? ` (${toPlaceText({ path: copy.kept.path, line: copy.kept.startLine })})` : ''
  const names = DROPPED[copy.field]
  const what = copy.texts.length === 1 ? names.one : `${copy.texts.length} ${names.many}`
  const text = copy.texts.join('\n\n')
  reportAt(files, { path: copy.place.path, line: copy.place.startLine }, `Found the article "${title}" again with ${what} that the copy kept${kept} lacks, expected copies of one text; kept that copy, without ${copy.texts.length === 1 ? 'it' : 'them'}`, names.rule, 'info', text)
}

