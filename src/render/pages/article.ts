/**
 * Article pages (`articles/<slug>/index.html`): full text for leads and
 * editor pages, summary with a clear label for teasers.
 */
import { detectLanguage } from '../../normalise/lang.ts'
import type { Archive, Article, Figure, Provenance } from '../../types.ts'
import type { DateView } from '../dates.ts'
import { toOrganisationChip, toPersonChip } from '../entities.ts'
import type { EntityChipView } from '../entities.ts'
import { toNewsArticleJsonLd } from '../jsonld.ts'
import { toBodySegments } from '../markdown.ts'
import type { BodySegment } from '../markdown.ts'
import { toDateArchivePath } from '../date-archive.ts'
import { toSearchData } from '../search-data.ts'
import type { SearchDataView } from '../search-data.ts'
import type { Typeset } from '../typeset.ts'
import { toAbsoluteUrl, toHref, toRootPrefix, isWebUrl } from '../urls.ts'
import { createCardViews, toDescription, toPageView } from '../view.ts'
import type { CardView, ChipView, PageView, Prepared, SiteView } from '../view.ts'

export interface FigureView {
  caption: string
  lang: 'fr' | 'vi'
  credit: string | null
  /** The credit as the source wrote it (`Photo diffusée par la VNA`), else `Photo : <credit>`. */
  creditLine: string | null
  original: { text: string; lang: 'vi' } | null
}

/** A link to another article, with its date: the article's card for this page's root (shared, never changed). */
export type LinkView = Pick<CardView, 'title' | 'href' | 'lang' | 'date' | 'isTeaser'>

export interface ArticleView {
  id: string
  isTeaser: boolean
  lang: 'fr' | 'vi'
  title: string
  standfirst: string | null
  summary: string | null
  dateline: { place: string; agency: string | null } | null
  date: DateView
  segments: BodySegment<FigureView>[]
  /** Figures of a teaser (its caption), shown with the summary. */
  figures: FigureView[]
  signature: string | null
  /** `href` only for http(s) URLs; `label` is the host, or the non-web text as written. */
  source: { href: string | null; label: string | null; publication: string | null; publicationLang: 'fr' | 'vi' } | null
  topics: ChipView[]
  people: EntityChipView[]
  organisations: EntityChipView[]
  /** "À lire aussi": related articles, best first. */
  related: LinkView[]
  seeMore: LinkView[]
  appearedUnder: LinkView[]
  provenance: { path: string; lines: string; role: string }[]
  /** The date archive page of the article's date (month, year or `sans-date`). */
  dateArchive: string
  /** Pagefind filters, sort key and date (see search-data.ts). */
  search: SearchDataView
}

export interface ArticleScope {
  site: SiteView
  page: PageView
  article: ArticleView
}

const ROLES: Record<Provenance['role'], string> = {
  lead: 'article principal',
  teaser: 'résumé sous «\u00a0Voir plus\u00a0»',
  page: 'page rédigée par la rédaction',
}

export function toArticleScope(archive: Archive, article: Article, prepared: Map<string, Prepared>, site: SiteView, typeset?: Typeset): ArticleScope {
  const own = prepared.get(article.id) as Prepared
  const root = toRootPrefix(own.path)
  const url = toAbsoluteUrl(archive.config, own.path)
  const isTeaser = article.kind === 'teaser'
  const cardOf = createCardViews(prepared)
  const links = (ids: readonly string[]): LinkView[] => {
    const out: LinkView[] = []
    for (const id of ids) {
      const other = archive.byId.get(id)
      if (!other || !prepared.has(id) || id === article.id) continue
      out.push(cardOf(other, root))
    }
    return out
  }
  const view: ArticleView = {
    id: article.id,
    isTeaser,
    lang: article.lang,
    title: article.title,
    standfirst: article.standfirst,
    summary: article.summary,
    dateline: article.dateline ? { place: article.dateline.place, agency: article.dateline.agency } : null,
    date: own.date,
    segments: isTeaser ? [] : toBodySegments(article.body, article.lang, article.figures, toFigureView, article.dateline?.text ?? null),
    figures: isTeaser ? article.figures.map(toFigureView) : [],
    signature: article.signature,
    source: toSourceView(article),
    // The card's chips: the same array as on listing pages, so the chips partial is rendered once for both.
    topics: cardOf(article, root).topics,
    people: article.people.map((person) => toPersonChip(person, root)),
    organisations: article.organisations.map((organisation) => toOrganisationChip(organisation, root)),
    related: links(article.relatedIds),
    seeMore: links(article.teaserIds),
    appearedUnder: links(article.appearedUnder),
    provenance: article.provenance.map((entry) => ({
      path: entry.path,
      lines: entry.startLine === entry.endLine ? `ligne ${entry.startLine}` : `lignes ${entry.startLine}–${entry.endLine}`,
      role: ROLES[entry.role],
    })),
    dateArchive: toHref(root, toDateArchivePath(article.date)),
    search: toSearchData(article, own.date),
  }
  const description = toDescription(article)
  const page = toPageView(archive.config, {
    path: own.path,
    title: article.title,
    description,
    section: 'article',
    ogType: 'article',
    jsonld: toNewsArticleJsonLd(article, url, description || null, typeset),
    lang: article.lang,
  })
  return { site, page, article: view }
}

function toFigureView(figure: Figure): FigureView {
  return {
    caption: figure.caption,
    lang: figure.lang,
    credit: figure.credit,
    creditLine: figure.creditText ?? (figure.credit ? `Photo : ${figure.credit}` : null),
    original: figure.original ? { text: figure.original.text, lang: 'vi' } : null,
  }
}

function toSourceView(article: Article): ArticleView['source'] {
  const { url, publication } = article.source
  if (!url && !publication) return null
  // A Vietnamese title (`Báo Quốc Tế`) is marked `lang="vi"`.
  const publicationLang = publication ? detectLanguage(publication) : 'fr'
  if (isWebUrl(url)) return { href: url, label: new URL(url).hostname.replace(/^www\./, ''), publication, publicationLang }
  return { href: null, label: url, publication, publicationLang }
}
