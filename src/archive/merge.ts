/**
 * One article per title across all dumps. Records are the same article when
 * their titles give the same `toMatchKey` (glued and clean copies of a title
 * agree), unless two full texts under one title share no paragraph: those are
 * different articles (a recurring headline) and stay apart, so no text is
 * lost. The best ranked record wins (editor page > lead > teaser); its
 * body, summary, standfirst, captions and dateline each come from the most
 * complete copy that has one (pickCopy), and every copy with text the kept
 * one lacks is listed for a note with that text (`dropped`); the other
 * fields come from the first copy that has them; provenance, front-matter
 * topics and `Voir plus` titles are the union of all.
 */
import type { ArticleRecord, DateInfo, Provenance } from '../types.ts'
import { pickTrustedDate } from './dates.ts'
import { compareCodeUnits } from './ids.ts'
import { createKeyOf } from './keys.ts'
import type { KeyOf } from './keys.ts'
import { toMatchKey, toShortHash } from '../util/text.ts'

export interface MergedRecord {
  /** The title key shared by every record of the article. */
  key: string
  record: ArticleRecord
  /** Where the winning record starts: messages about the article go there. */
  origin: Provenance | null
  /** Set when another article has the same title but a different text (where that one starts). */
  sameTitleAs?: Provenance | null
  /** Copies whose body, summary, standfirst or captions say what the kept ones do not: they are not on the site, and the report says so, with their text. */
  dropped?: DroppedText[]
}

/** What merge takes from one copy of an article, the rest being left out (pickCopy). */
export type CopiedField = 'body' | 'summary' | 'standfirst' | 'figures' | 'dateline'

/** A copy of an article merged into another one, with text of its own that the article does not show. */
export interface DroppedText {
  field: CopiedField
  /** Where the copy starts. */
  place: Provenance
  /** Its paragraphs (or line, or captions) that the kept copy lacks. */
  texts: string[]
  /** Where the kept copy starts. */
  kept: Provenance | null
}

const KIND_RANK: Record<ArticleRecord['kind'], number> = { page: 0, lead: 1, teaser: 2 }

/** Merge records of the same title; the result does not depend on the order of `records`. */
export function mergeRecords(records: readonly ArticleRecord[], keyOf: KeyOf = createKeyOf()): MergedRecord[] {
  const groups = new Map<string, ArticleRecord[]>()
  for (const record of [...records].sort(compareRecords)) {
    const key = toRecordKey(record, keyOf)
    const group = groups.get(key)
    if (group) group.push(record)
    else groups.set(key, [record])
  }
  const merged: MergedRecord[] = []
  for (const [key, group] of groups) {
    const texts = splitByText(group)
    texts.forEach((records, index) => {
      const ranked = records.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || compareRecords(a, b))
      const own = index === 0 ? key : `${key}~${toShortHash([...toParagraphKeys(ranked[0] as ArticleRecord)][0] ?? String(index))}`
      const body = pickBody(ranked)
      const summary = pickLine(ranked, 'summary', (record) => record.summary)
      const standfirst = pickLine(ranked, 'standfirst', (record) => record.standfirst)
      const figures = pickFigures(ranked)
      // The dateline opens the body it was found in: it goes with that body.
      const dateline = pickLine(ranked, 'dateline', (record) => record.dateline?.text ?? null, body.record)
      const from = { body: body.record, summary: summary.record, standfirst: standfirst.record, figures: figures.record, dateline: dateline.record }
      const item: MergedRecord = { key: own, record: toMergedRecord(ranked, own, keyOf, from), origin: ranked[0]?.provenance[0] ?? null }
      if (index > 0) item.sameTitleAs = texts[0]?.[0]?.provenance[0] ?? null
      // A full text's page shows its body, not a summary: the summaries of its teaser copies are checked against what it shows.
      const summaries = item.record.kind === 'teaser' ? summary.dropped : hiddenSummaries(ranked, item.record)
      const dropped = [...body.dropped, ...summaries, ...standfirst.dropped, ...figures.dropped, ...dateline.dropped]
      if (dropped.length > 0) item.dropped = dropped
      merged.push(item)
    })
  }
  return merged
}

/**
 * One title, several full texts: records whose paragraphs overlap are one
 * article (a glued and a clean copy share paragraph keys, spaces aside);
 * full texts with no paragraph in common are separate articles. Teasers and
 * records without a body go with the first (in file order).
 */
function splitByText(group: readonly ArticleRecord[]): ArticleRecord[][] {
  const full = group.filter((record) => record.kind !== 'teaser')
  if (full.length <= 1) return [withOnlyText(group, full[0])]
  const clusters: Array<{ keys: Set<string>; records: ArticleRecord[] }> = []
  /** Paragraph key → the first cluster holding it (a record joins the first cluster it shares a key with). */
  const firstWith = new Map<string, number>()
  const rest: ArticleRecord[] = []
  for (const record of group) {
    const keys = record.kind === 'teaser' ? new Set<string>() : toParagraphKeys(record)
    if (keys.size === 0) {
      rest.push(record)
      continue
    }
    let found = -1
    for (const key of keys) {
      const at = firstWith.get(key)
      if (at !== undefined && (found < 0 || at < found)) found = at
    }
    const at = found < 0 ? clusters.length : found
    if (found < 0) clusters.push({ keys, records: [record] })
    else {
      const cluster = clusters[at] as { keys: Set<string>; records: ArticleRecord[] }
      cluster.records.push(record)
      for (const key of keys) cluster.keys.add(key)
    }
    for (const key of keys) {
      const known = firstWith.get(key)
      if (known === undefined || known > at) firstWith.set(key, at)
    }
  }
  if (clusters.length === 0) return [[...rest]]
  clusters[0]?.records.push(...rest)
  return clusters.map((cluster) => cluster.records)
}

/**
 * What `splitByText` gives for a group with one full text at most, without
 * folding every paragraph: that text first when it has a paragraph key,
 * then the others in order.
 */
function withOnlyText(group: readonly ArticleRecord[], text: ArticleRecord | undefined): ArticleRecord[] {
  if (text === undefined || !hasParagraphKey(text)) return [...group]
  return [text, ...group.filter((record) => record !== text)]
}

/** The paragraphs of a body as match keys (first 80 letters and digits), ignoring very short ones unless the body has no other. */
function toParagraphKeys(record: ArticleRecord): Set<string> {
  const keys = new Set<string>()
  const short = new Set<string>()
  for (const node of record.body.children) {
    const key = toParagraphKey(node)
    if (key.length >= MIN_PARAGRAPH_KEY) keys.add(key)
    else if (key !== '') short.add(key)
  }
  // A body of short paragraphs only is a text all the same: they stand for it, so that it is never put with another text (whose body would win, and this one be lost).
  return keys.size > 0 ? keys : short
}

const MIN_PARAGRAPH_KEY = 20

/** Every paragraph of a body with letters or digits: its whole match key → its text (pickBody compares copies by them). */
function toParagraphTexts(record: ArticleRecord): Map<string, string> {
  const texts = new Map<string, string>()
  for (const node of record.body.children) {
    const text = toPlainText(node)
    const key = toMatchKey(text)
    if (key !== '' && !texts.has(key)) texts.set(key, text)
  }
  return texts
}

function toParagraphKey(node: unknown): string {
  return toMatchKey(toPlainText(node)).slice(0, 80)
}

/** `toParagraphKeys(record).size > 0`, stopping at the first key. */
function hasParagraphKey(record: ArticleRecord): boolean {
  return record.body.children.some((node) => toParagraphKey(node) !== '')
}

function toPlainText(node: unknown): string {
  const value = (node as { value?: unknown }).value
  if (typeof value === 'string') return value
  const children = (node as { children?: unknown[] }).children
  return Array.isArray(children) ? children.map(toPlainText).join(' ') : ''
}

/** The title key; a title without letters or digits is keyed by its place, so it merges with nothing. */
export function toRecordKey(record: ArticleRecord, keyOf: KeyOf): string {
  const key = keyOf(record.title)
  if (key !== '') return key
  const place = record.provenance[0]
  return `~${place?.path ?? ''}:${place?.startLine ?? 0}`
}

/** The record whose body the article gets (pickCopy over paragraph keys: the copy with the most paragraphs). */
function pickBody(ranked: readonly ArticleRecord[]): Picked {
  return pickCopy(ranked, 'body', (record) => (record.body.children.length > 0 ? toParagraphTexts(record) : null), (texts) => texts.size, missingFrom)
}

/**
 * The record whose summary, standfirst or dateline (`textOf`) the article
 * gets: pickCopy over match keys, the longest (copies of one line, glued or
 * clean, have one key), or the one of `prefer` when it has one.
 */
function pickLine(ranked: readonly ArticleRecord[], field: CopiedField, textOf: (record: ArticleRecord) => string | null, prefer: ArticleRecord | null = null): Picked {
  return pickCopy(
    ranked,
    field,
    (record) => {
      const line = textOf(record)
      return line === null ? null : new Map([[toMatchKey(line), line]])
    },
    (line) => [...line.keys()].join('').length,
    notWithin,
    prefer,
  )
}

/** The record whose figures the article gets (pickCopy over caption keys: the most caption text). */
function pickFigures(ranked: readonly ArticleRecord[]): Picked {
  return pickCopy(
    ranked,
    'figures',
    (record) => (record.figures.length > 0 ? new Map(record.figures.map((figure) => [toMatchKey(toCaptionText(figure)), toCaptionText(figure)])) : null),
    (captions) => [...captions.keys()].join('').length,
    notWithin,
  )
}

/** A figure's caption with its credit as the dump wrote it (`Photo diffusée par la VNA`), or as found. */
function toCaptionText(figure: ArticleRecord['figures'][number]): string {
  if (figure.creditText !== undefined) return `${figure.caption} ${figure.creditText}`
  return figure.credit === null ? figure.caption : `${figure.caption} (photo : ${figure.credit})`
}

/** The texts of `value` (key → text) whose keys `kept` lacks. */
function missingFrom(value: ReadonlyMap<string, string>, kept: ReadonlyMap<string, string>): Array<[string, string]> {
  return [...value].filter(([key]) => !kept.has(key))
}

/** The texts of `value` whose keys are part of no key of `kept` (a copy cut short says nothing more). */
function notWithin(value: ReadonlyMap<string, string>, kept: ReadonlyMap<string, string>): Array<[string, string]> {
  return [...value].filter(([key]) => key !== '' && ![...kept.keys()].some((known) => known.includes(key)))
}

/**
 * The summaries of an article's copies that its page does not show: a full
 * text (lead or editor page) shows its standfirst and body, and a summary
 * that is not part of them (a teaser that said more, or something else) is
 * listed at each copy that has it.
 */
function hiddenSummaries(ranked: readonly ArticleRecord[], article: ArticleRecord): DroppedText[] {
  const dropped: DroppedText[] = []
  let shown: string | null = null
  for (const record of ranked) {
    if (record.summary === null) continue
    const key = toMatchKey(record.summary)
    const place = record.provenance[0]
    if (key === '' || !place) continue
    shown ??= [article.standfirst ?? '', ...article.body.children.map(toPlainText)].map(toMatchKey).join('\0')
    if (shown.includes(key)) continue
    dropped.push({ field: 'summary', place, texts: [record.summary], kept: ranked[0]?.provenance[0] ?? null })
  }
  return dropped
}

/** Whether a copy has the field at all (pickCopy's valueOf is not null then). */
const HAS: Record<CopiedField, (record: ArticleRecord) => boolean> = {
  body: (record) => record.body.children.length > 0,
  summary: (record) => record.summary !== null,
  standfirst: (record) => record.standfirst !== null,
  figures: (record) => record.figures.length > 0,
  dateline: (record) => record.dateline !== null,
}

interface Picked {
  record: ArticleRecord | null
  dropped: DroppedText[]
}

/**
 * Of the records that have a value (`valueOf` not null: match key → text),
 * the one whose value the article gets: of the best kind that has one (an
 * editor page over a lead), the largest (`size`: a copy the scraper cut
 * short loses to a whole one), the best ranked on a tie. Every other copy
 * that says something the kept one does not (`adds`: its texts the kept one
 * lacks) is listed with those texts, so that none goes without a line in
 * the report.
 */
function pickCopy(
  ranked: readonly ArticleRecord[],
  field: CopiedField,
  valueOf: (record: ArticleRecord) => ReadonlyMap<string, string> | null,
  size: (value: ReadonlyMap<string, string>) => number,
  adds: (value: ReadonlyMap<string, string>, kept: ReadonlyMap<string, string>) => Array<[string, string]>,
  /** The copy to keep when it has a value (the dateline goes with the body it opens), instead of the largest. */
  prefer: ArticleRecord | null = null,
): Picked {
  // Most articles have one copy with the field: nothing to weigh, no key to make.
  const holders = ranked.filter(HAS[field])
  if (holders.length <= 1) return { record: holders[0] ?? null, dropped: [] }
  const copies: Array<{ record: ArticleRecord; value: ReadonlyMap<string, string> }> = []
  for (const record of holders) {
    const value = valueOf(record)
    if (value !== null) copies.push({ record, value })
  }
  const first = copies[0]
  if (first === undefined) return { record: null, dropped: [] }
  let chosen = copies.find((copy) => copy.record === prefer) ?? first
  if (chosen.record !== prefer) {
    for (const copy of copies) {
      if (KIND_RANK[copy.record.kind] === KIND_RANK[first.record.kind] && size(copy.value) > size(chosen.value)) chosen = copy
    }
  }
  // Every copy with text left out says so in its own dump (the conservation ledger reads each dump's report).
  const dropped: DroppedText[] = []
  for (const copy of copies) {
    const texts = copy === chosen ? [] : adds(copy.value, chosen.value)
    const place = copy.record.provenance[0]
    if (texts.length > 0 && place) dropped.push({ field, place, texts: texts.map(([, text]) => text), kept: chosen.record.provenance[0] ?? null })
  }
  return { record: chosen.record, dropped }
}

/** `ranked` is non-empty, best record first; `from` names the records whose body, summary, standfirst, figures and dateline the article gets (pickCopy). */
function toMergedRecord(ranked: readonly ArticleRecord[], key: string, keyOf: KeyOf, from: Record<CopiedField, ArticleRecord | null>): ArticleRecord {
  const winner = ranked[0] as ArticleRecord
  const first = <T>(pick: (record: ArticleRecord) => T | null | undefined): T | null => {
    for (const record of ranked) {
      const value = pick(record)
      if (value !== null && value !== undefined) return value
    }
    return null
  }
  return {
    ...winner,
    standfirst: from.standfirst?.standfirst ?? null,
    summary: from.summary?.summary ?? null,
    dateline: from.dateline?.dateline ?? null,
    date: pickTrustedDate(ranked.map((record): DateInfo | null => record.date)),
    body: from.body?.body ?? winner.body,
    figures: from.figures?.figures ?? [],
    signature: first((record) => record.signature),
    source: { url: first((record) => record.source.url), publication: first((record) => record.source.publication) },
    topics: toUnique(ranked.flatMap((record) => record.topics), [], keyOf),
    slug: first((record) => record.slug),
    teaserTitles: toUnique(ranked.flatMap((record) => record.teaserTitles), [key], keyOf),
    provenance: toSortedProvenance(ranked.flatMap((record) => record.provenance)),
  }
}

/**
 * Makes bare the records that merging would take little from, as they come
 * in merge order (by path, then line: a lean build's order): a teaser seen
 * again in another dump whose every field that merge picks "first"
 * (signature, source, slug) an earlier teaser of the same title already
 * has, and whose captions are none or that teaser's. Merge ranks that
 * earlier teaser first, so it takes those fields from it (or from a full
 * text). The bare record keeps its place (provenance) and date
 * (pickTrustedDate reads every date), its kind, title and language, and
 * what pickCopy weighs and reports for every copy: its summary, standfirst
 * and dateline (strings a lean build keeps once per distinct text) and its
 * captions (the earlier teaser's figures, the same captions). mergeRecords
 * gives the same articles and notes with or without this
 * (tests/archive/slim.test.ts). A build of 40,000 dumps holds 290,000
 * records until merged, most of them such copies. A record out of order,
 * with a body, topics or `Voir plus` titles is kept whole.
 */
export function createRecordSlimmer(keyOf: KeyOf = createKeyOf()): (record: ArticleRecord) => ArticleRecord {
  /** By title key: the first and the last teaser seen, and the fields the teasers so far have; null once one came out of order (then none is made bare). */
  const seen = new Map<string, { first: ArticleRecord; last: ArticleRecord; has: number } | null>()
  return (record) => {
    if (record.kind !== 'teaser') return record
    const key = toRecordKey(record, keyOf)
    const before = seen.get(key)
    const has = fieldsOf(record)
    if (before === undefined) {
      seen.set(key, { first: record, last: record, has })
      return record
    }
    if (before === null || compareRecords(before.last, record) >= 0) {
      seen.set(key, null)
      return record
    }
    before.last = record
    const whole = record.body.children.length > 0 || record.topics.length > 0 || record.teaserTitles.length > 0 || !sameCaptions(record, before.first)
    if (whole || (has & ~before.has) !== 0) {
      before.has |= has
      return record
    }
    // Its summary, standfirst and dateline stay, and its captions (the first copy's figures): pickCopy weighs and reports every copy's. The rest goes.
    const figures = record.figures.length === 0 ? BARE_LIST : before.first.figures
    return { ...record, body: BARE_BODY, figures, signature: null, source: BARE_SOURCE, topics: BARE_LIST, slug: null, teaserTitles: BARE_LIST }
  }
}

/**
 * The copy's captions are none or the first copy's, caption for caption,
 * so that it can share the first copy's figures: pickCopy then weighs and
 * reports it as it would the whole copy.
 */
function sameCaptions(copy: ArticleRecord, first: ArticleRecord): boolean {
  return copy.figures.length === 0 || (copy.figures.length === first.figures.length && copy.figures.every((figure, index) => toCaptionText(figure) === toCaptionText(first.figures[index] as typeof figure)))
}

/** The fields merge takes from the first record that has one, as bits (pickCopy reads every copy's summary, standfirst, dateline and figures). */
function fieldsOf(record: ArticleRecord): number {
  return (record.signature !== null ? 16 : 0)
    | (record.source.url !== null ? 32 : 0)
    | (record.source.publication !== null ? 64 : 0)
    | (record.slug !== null ? 128 : 0)
}

// What bare records share (never changed: merge makes new arrays and objects).
const BARE_LIST: never[] = Object.freeze([]) as unknown as never[]
const BARE_BODY = Object.freeze({ type: 'root', children: BARE_LIST }) as unknown as ArticleRecord['body']
const BARE_SOURCE = Object.freeze({ url: null, publication: null }) as ArticleRecord['source']

/** Keep the first of values with the same key (empty keys and `excluded` ones dropped). */
function toUnique(values: readonly string[], excluded: readonly string[], keyOf: KeyOf): string[] {
  const seen = new Set<string>(excluded)
  return values.filter((value) => {
    const key = keyOf(value)
    if (key === '' || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function toSortedProvenance(all: readonly Provenance[]): Provenance[] {
  const seen = new Set<string>()
  return [...all].sort(compareProvenance).filter((item) => {
    const key = `${item.path}\u0000${item.startLine}\u0000${item.endLine}\u0000${item.role}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function compareProvenance(a: Provenance, b: Provenance): number {
  return compareCodeUnits(a.path, b.path) || a.startLine - b.startLine || a.endLine - b.endLine || compareCodeUnits(a.role, b.role)
}

/** A total order on records (where they are, then what they are), to make merging order-free. */
export function compareRecords(a: ArticleRecord, b: ArticleRecord): number {
  const pa = a.provenance[0]
  const pb = b.provenance[0]
  return compareCodeUnits(pa?.path ?? '', pb?.path ?? '')
    || (pa?.startLine ?? 0) - (pb?.startLine ?? 0)
    || (pa?.endLine ?? 0) - (pb?.endLine ?? 0)
    || KIND_RANK[a.kind] - KIND_RANK[b.kind]
    || compareCodeUnits(a.title, b.title)
}
