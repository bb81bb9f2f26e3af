/**
 * The data that flows between the stages (see ../shared/DESIGN.md).
 *
 *   ingest → VFile            (edge)
 *   parse  → DumpTree         (pure)
 *   normalise → DumpTree      (pure, same shape, text repaired, `lang` set)
 *   extract → ArticleRecord[] (pure)
 *   archive → Archive         (pure)
 *   render → OutputFile[]     (pure)
 *   write  → dist/            (edge)
 *
 * Positions are unist positions: 1-based line and column, 0-based offset,
 * always in the coordinates of the original file (front matter included).
 */
import type { Root as MdastRoot } from 'mdast'
import type { Position, Point } from 'unist'

export type { Position, Point, MdastRoot }

/* ------------------------------------------------------------------ ingest */

/** What `ingest` puts on `file.data` (declared on vfile's DataMap below). */
export interface SourceData {
  /** `dump` for scraped `*.txt`, `markdown` for editor-written `*.md`. */
  kind: 'dump' | 'markdown'
  /** Parsed YAML front matter, already validated (unknown keys warned). */
  matter: FrontMatter
  /**
   * The text the parser reads: `file.value` with the front matter replaced
   * by as many empty lines, so that lines and columns stay those of the file.
   */
  body: string
  /** sha-256 of the raw bytes, hex; used for de-duplication and caching. */
  hash: string
}

declare module 'vfile' {
  interface DataMap {
    source: SourceData
  }
}

/** Keys an editor may set in front matter (all optional). */
export interface FrontMatter {
  title?: string
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: sets the date (precision follows). */
  date?: string
  /** The year of the dump's year-less dates (`17 juillet`). */
  year?: number
  topics?: string[]
  source?: string
  publication?: string
  slug?: string
  /** Hand-written article summary (for `*.md`). */
  standfirst?: string
  draft?: boolean
}

/* ------------------------------------------------------------------- parse */

/**
 * What a line or group of lines of a dump is.
 * Lead: title, standfirst, figure (title glued to `ảnh N` + caption, or a bare
 *   caption line such as `Aperçu de la conférence. (Photo : X)`),
 *   publication (`Báo Quốc TếBáo Quốc Tế05/07/2025`), paragraph (the first one
 *   usually opens with the dateline), signature (`-VNA` alone), source
 *   (`Source : <url>` or a stray `source`).
 * Teaser: caption, title, summary.
 */
export type BlockRole =
  | 'title'
  | 'standfirst'
  | 'figure'
  | 'publication'
  | 'paragraph'
  | 'signature'
  | 'source'
  | 'caption'
  | 'summary'

export interface TextBlock {
  type: 'block'
  role: BlockRole
  /** Text as it stands now: raw after parse, repaired after normalise. */
  value: string
  /** The text exactly as it stood in the dump (never changed after parse). */
  raw: string
  position: Position
  /** Set by normalise: the language of the block. */
  lang?: 'fr' | 'vi'
}

export interface LeadNode {
  type: 'lead'
  children: TextBlock[]
  position: Position
}

/** Damage the parser noticed and worked around (each also a VFile message). */
export type TeaserDamage =
  | 'caption-missing'
  | 'caption-first-letter-cut'
  | 'caption-truncated'
  | 'summary-title-spliced'

export interface TeaserNode {
  type: 'teaser'
  /** caption? (0..1), title (1), summary (0..1), in dump order. */
  children: TextBlock[]
  damage: TeaserDamage[]
  position: Position
}

/** Rules that drop a block as site chrome; each drop is a report line. */
export type ChromeRule =
  | 'chrome-banner'
  | 'chrome-comment-count'
  | 'chrome-no-data'
  | 'chrome-headline-list'
  | 'chrome-navigation'
  | 'chrome-no-videos'
  | 'chrome-voir-plus'
  | 'chrome-duplicate-title'
  | 'chrome-empty'

export interface ChromeNode {
  type: 'chrome'
  rule: ChromeRule
  value: string
  position: Position
}

export interface DumpTree {
  type: 'dump'
  /** The file path as given to the build (e.g. `seeds/000_x.txt`). */
  path: string
  lead: LeadNode | null
  teasers: TeaserNode[]
  chrome: ChromeNode[]
}

/* --------------------------------------------------------------- normalise */

/** One change the normaliser made, for the build report and `--explain`. */
export interface Repair {
  /** e.g. `spacing-after-punctuation`, `unglue-case`, `unglue-lexicon`, `typography-nbsp`. */
  rule: string
  /** Offset in the input string of `normaliseText`. */
  offset: number
  from: string
  to: string
  /** Free text: why (score, evidence). */
  note?: string
}

export interface NormaliseResult {
  value: string
  repairs: Repair[]
}

/* ----------------------------------------------------------------- extract */

export type DatePrecision = 'day' | 'month' | 'year'
/**
 * Where a date came from, most trusted first.
 * `front-matter`: an editor set it; `publication`: `Báo Quốc Tế05/07/2025`;
 * `dateline`: `Hanoi, 17 juillet (VNA)`; `text`: a date in the body;
 * year `inferred`: see `yearSource`.
 */
export type DateSource = 'front-matter' | 'publication' | 'dateline' | 'text'

export interface DateInfo {
  /** ISO-like: `2025-07-17`, `2025-07`, `2025`; year part is a guess when !yearCertain. */
  value: string
  year: number | null
  month: number | null
  day: number | null
  precision: DatePrecision
  source: DateSource
  /** False when the year was guessed (then `yearSource` says from what). */
  yearCertain: boolean
  yearSource?: 'front-matter' | 'stated' | 'text-mention' | 'sibling' | 'publication'
  /** The words it was read from, e.g. `17 juillet`. */
  text: string
  position?: Position
}

export interface Dateline {
  place: string
  agency: string | null
  /** e.g. `Hanoi, 17 juillet (VNA) -` as written. */
  text: string
}

export interface Figure {
  caption: string
  credit: string | null
  /**
   * The credit phrase as the dump wrote it (`Photo diffusée par la VNA`,
   * `(Photo : Thanh Long)`), when there is a credit: for showing it as written.
   */
  creditText?: string
  lang: 'fr' | 'vi'
  /** A Vietnamese caption kept next to its French translation. */
  original?: { text: string; lang: 'vi' }
  position: Position
}

export interface Provenance {
  path: string
  role: 'lead' | 'teaser' | 'page'
  startLine: number
  endLine: number
}

export interface ArticleRecord {
  /** `lead` and `page` have full text; `teaser` only a summary. */
  kind: 'lead' | 'teaser' | 'page'
  title: string
  standfirst: string | null
  /** Teaser summary (kind `teaser`). */
  summary: string | null
  dateline: Dateline | null
  date: DateInfo | null
  /** Body paragraphs as mdast (text nodes only for dumps: never parsed as Markdown). */
  body: MdastRoot
  figures: Figure[]
  signature: string | null
  source: { url: string | null; publication: string | null }
  /** Topics set in front matter (by name or slug), merged with found ones later. */
  topics: string[]
  /** Front-matter slug, already checked safe. */
  slug: string | null
  /** For a lead: the titles of the teasers of its `Voir plus` block (keys into the archive). */
  teaserTitles: string[]
  provenance: Provenance[]
  lang: 'fr' | 'vi'
}

/* ----------------------------------------------------------------- archive */

export interface TopicRef {
  slug: string
  name: string
  kind: 'theme' | 'country' | 'unclassified'
}

export interface Topic extends TopicRef {
  description: string | null
  /** Article ids, newest first, undated last, then by title. */
  articleIds: string[]
}

export interface Article extends ArticleRecord {
  /** Stable: derived from the normalised title key, not from file order. */
  id: string
  /** URL path segment, unique across the archive. */
  slugPath: string
  /** Site-relative URL, e.g. `articles/le-vietnam-recoit/` (no leading slash). */
  url: string
  topicRefs: TopicRef[]
  /** Teasers listed in this lead's `Voir plus` (article ids). */
  teaserIds: string[]
  /** Leads in whose `Voir plus` this article appeared (article ids). */
  appearedUnder: string[]
  /** People named in the article, most mentioned first. */
  people: PersonRef[]
  /** Organisations named in the article, most mentioned first. */
  organisations: OrganisationRef[]
  /** Up to five related articles, best first (see archive/related.ts). */
  relatedIds: string[]
}

export interface PersonRef {
  /** URL segment: `personnes/<slug>/`. */
  slug: string
  /** The spelling shown (an editor's, or the most accented one seen). */
  name: string
}

export interface PersonTitle {
  /** `Premier ministre`, `ministre des Affaires étrangères`. */
  label: string
  count: number
}

export interface Person extends PersonRef {
  /** Other spellings seen (`To Lam` for `Tô Lâm`), most frequent first. */
  variants: string[]
  /** Titles the texts give the person, most frequent first. */
  titles: PersonTitle[]
  /** Article ids, in archive order (newest first). */
  articleIds: string[]
}

export interface OrganisationRef {
  /** URL segment: `organisations/<slug>/`. */
  slug: string
  /** Short label for chips: the acronym when there is one (`ONU`), else the full name. */
  name: string
  /** The full name when known (`Organisation des Nations unies`). */
  fullName: string | null
}

export interface Organisation extends OrganisationRef {
  /** The acronym (`ONU`), or null. */
  short: string | null
  /** Other names seen or configured (`Nations unies`), most frequent first. */
  variants: string[]
  /** Article ids, in archive order (newest first). */
  articleIds: string[]
}

export interface Archive {
  articles: Article[]
  byId: Map<string, Article>
  topics: Topic[]
  /** People with at least one article, by name. */
  people: Person[]
  /** Organisations with at least one article, by name. */
  organisations: Organisation[]
  config: ResolvedConfig
}

/* ------------------------------------------------------------------ config */

export interface ThemeConfig {
  slug: string
  name: string
  description?: string
  /** Matched accent- and case-insensitively on word boundaries. */
  keywords: string[]
}

/** An editor's entry for a person: the name to show and other spellings that mean them. */
export interface PersonConfig {
  name: string
  aliases: string[]
}

/** An editor's entry for an organisation: full name, acronym, other names. */
export interface OrganisationConfig {
  name: string
  short?: string
  aliases: string[]
}

export interface UserConfig {
  title?: string
  description?: string
  baseUrl?: string
  language?: string
  seeds?: string
  out?: string
  pageSize?: number
  homeSize?: number
  themes?: ThemeConfig[]
  /** Repairs an editor vetoes: exact glued forms to leave as they are. */
  keepAsWritten?: string[]
  people?: PersonConfig[]
  /** Names that are not people (`Hô Chi Minh-Ville`), matched accent- and case-insensitively. */
  notPeople?: string[]
  /** Acronyms learned from the text that are not organisations (`MIA`, `USTR`). */
  notOrganisations?: string[]
  organisations?: OrganisationConfig[]
}

export interface ResolvedConfig {
  title: string
  description: string
  /** Always ends with `/`; `/` when no base URL is known. */
  baseUrl: string
  /** The path part of baseUrl (`/archive/`), always with slashes. */
  basePath: string
  language: string
  seeds: string
  out: string
  pageSize: number
  homeSize: number
  themes: ThemeConfig[]
  keepAsWritten: string[]
  people: PersonConfig[]
  notPeople: string[]
  notOrganisations: string[]
  organisations: OrganisationConfig[]
}

/* ------------------------------------------------------------------ render */

/**
 * The contents of `templates/`, read once by the build edge: POSIX path
 * relative to `templates/` → text (`.liquid`, `.css`, `.js`, `.svg`, …) or bytes.
 */
export type TemplateSet = Map<string, string | Uint8Array>


export interface OutputFile {
  /** POSIX path relative to the output root, never absolute, never `..`. */
  path: string
  contents: string | Uint8Array
}
