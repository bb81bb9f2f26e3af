/**
 * A small archive built inline for render tests and screenshots: real
 * titles and captions from seeds/, a lead with figures (one with its
 * Vietnamese original), teasers, dated / year-guessed / year-less /
 * undated articles, an editor page, hostile text, and enough filler for
 * topic pagination.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast'
import { compareNewestFirst } from '../../src/render/dates.ts'
import { defaultConfig } from '../../src/config.ts'
import type { Archive, Article, DateInfo, Figure, MdastRoot, Position, ResolvedConfig, Topic, TopicRef } from '../../src/types.ts'

export const HOSTILE_TITLE = '<script>alert(1)</script> Titre {{ 7*7 }} {% raw %}piège{% endraw %}'
export const HOSTILE_BODY = '<img src=x onerror=alert(1)> puis {{ 7*7 }} et {% if true %}oui{% endif %}'
export const HOSTILE_CAPTION = '{{ 7*7 }} <script>alert(1)</script> légende'

export function makeConfig(baseUrl = 'https://archive.example.org/', overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  const basePath = baseUrl.startsWith('/') ? baseUrl : new URL(baseUrl).pathname
  return {
    ...defaultConfig,
    title: 'Chronique — archives de presse',
    description: 'Archive des dépêches francophones de l’Agence vietnamienne d’information et de la presse vietnamienne en français.',
    baseUrl,
    basePath,
    language: 'fr',
    seeds: 'seeds',
    out: 'dist',
    pageSize: 10,
    homeSize: 12,
    themes: [
      { slug: 'diplomatie', name: 'Diplomatie', description: 'Relations extérieures, ambassadeurs, visites officielles.', keywords: ['diplomatie'] },
      { slug: 'defense-securite', name: 'Défense et sécurité', description: 'Armée, défense nationale, sécurité, maintien de la paix.', keywords: ['défense'] },
    ],
    keepAsWritten: [],
    people: [],
    notPeople: [],
    organisations: [],
    ...overrides,
  }
}

const TOPICS: Record<string, TopicRef & { description: string | null }> = {
  diplomatie: { slug: 'diplomatie', name: 'Diplomatie', kind: 'theme', description: 'Relations extérieures, ambassadeurs, visites officielles.' },
  'defense-securite': { slug: 'defense-securite', name: 'Défense et sécurité', kind: 'theme', description: 'Armée, défense nationale, sécurité, maintien de la paix.' },
  vietnam: { slug: 'vietnam', name: 'Vietnam', kind: 'country', description: null },
  japon: { slug: 'japon', name: 'Japon', kind: 'country', description: null },
  bulgarie: { slug: 'bulgarie', name: 'Bulgarie', kind: 'country', description: null },
  'non-classe': { slug: 'non-classe', name: 'Non classé', kind: 'unclassified', description: null },
}

function pos(line: number, endLine = line): Position {
  return { start: { line, column: 1, offset: 0 }, end: { line: endLine, column: 80, offset: 0 } }
}

function paragraph(value: string, line: number): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value, position: pos(line) }], position: pos(line) }
}

function body(paragraphs: (string | [string, number])[], firstLine = 10): MdastRoot {
  const children: RootContent[] = paragraphs.map((entry, index) =>
    typeof entry === 'string' ? paragraph(entry, firstLine + index * 2) : paragraph(entry[0], entry[1]))
  return { type: 'root', children }
}

function day(year: number, month: number, d: number, extra: Partial<DateInfo> = {}): DateInfo {
  return {
    value: `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    year, month, day: d, precision: 'day', source: 'dateline', yearCertain: true, text: `${d} ${month}`, ...extra,
  }
}

function figure(caption: string, line: number, credit: string | null = 'VNA', original?: string): Figure {
  const fig: Figure = { caption, credit, lang: 'fr', position: pos(line) }
  if (original) fig.original = { text: original, lang: 'vi' }
  return fig
}

interface Draft {
  id: string
  kind?: Article['kind']
  title: string
  standfirst?: string | null
  summary?: string | null
  date?: DateInfo | null
  body?: MdastRoot
  figures?: Figure[]
  topics?: string[]
  signature?: string | null
  source?: Article['source']
  dateline?: Article['dateline']
  teaserIds?: string[]
  provenance?: Article['provenance']
  lang?: 'fr' | 'vi'
}

function article(draft: Draft): Article {
  const slug = draft.id
  return {
    kind: draft.kind ?? 'lead',
    title: draft.title,
    standfirst: draft.standfirst ?? null,
    summary: draft.summary ?? null,
    dateline: draft.dateline ?? null,
    date: draft.date === undefined ? null : draft.date,
    body: draft.body ?? { type: 'root', children: [] },
    figures: draft.figures ?? [],
    signature: draft.signature ?? null,
    source: draft.source ?? { url: null, publication: null },
    topics: [],
    slug: null,
    teaserTitles: [],
    provenance: draft.provenance ?? [{ path: 'seeds/000_cf18f9069d8503b3.txt', role: draft.kind === 'teaser' ? 'teaser' : 'lead', startLine: 1, endLine: 13 }],
    lang: draft.lang ?? 'fr',
    id: draft.id,
    slugPath: slug,
    url: `articles/${slug}/`,
    topicRefs: (draft.topics ?? ['non-classe']).map((key) => {
      const topic = TOPICS[key]
      if (!topic) throw new Error(`unknown topic ${key}`)
      return { slug: topic.slug, name: topic.name, kind: topic.kind }
    }),
    teaserIds: draft.teaserIds ?? [],
    appearedUnder: [],
    people: [],
    organisations: [],
    relatedIds: [],
  }
}

export interface ArchiveOptions {
  baseUrl?: string
  /** Filler articles in `vietnam` (default 24, for pagination). */
  filler?: number
  config?: Partial<ResolvedConfig>
}

export function makeArchive(options: ArchiveOptions = {}): Archive {
  const config = makeConfig(options.baseUrl, options.config)
  const teaserIds = ['bureau-politique', 'diplomatie-du-bambou', 'belize', 'bulgarie-asean']
  const articles: Article[] = [
    article({
      id: 'diplomatie-numerique',
      title: 'La diplomatie numérique offre des niveaux d’interaction sans précédent, selon des experts',
      standfirst: 'La diplomatie numérique offre des niveaux d’interaction sans précédent et une nouvelle opportunité que les pays doivent saisir, selon des experts.',
      date: { value: '11-02', year: null, month: 11, day: 2, precision: 'day', source: 'text', yearCertain: false, text: 'le 2 novembre' },
      dateline: { place: 'Hanoï', agency: 'VNA', text: 'Hanoï (VNA) -' },
      figures: [figure('Panorama du colloque.', 4)],
      body: body([
        'Hanoï (VNA) - La diplomatie numérique offre des niveaux d’interaction sans précédent et une nouvelle opportunité que les pays doivent saisir, en vue de mettre en œuvre plus efficacement les politiques extérieures, ont estimé des experts, lors d’un colloque organisé le 2 novembre à Hanoï par le ministère des Affaires étrangères (AE).',
        'Ce colloque, placé sous le thème "Mise en œuvre de la diplomatie numérique du Vietnam : enjeux et recommandations", a été organisé à la fois en présentiel et par visioconférence.',
        'Lors du colloque, le vice-ministre des Affaires étrangères, Pham Quang Hiêu, a déclaré que dans le domaine des relations internationales, la diplomatie numérique affirmait de plus en plus son rôle indispensable, étant un outil efficace pour les pays dans la mise en œuvre des politiques extérieures.',
        'Les ambassadeurs du Vietnam auprès des Nations Unies, de l’Union européenne, aux États-Unis, en France, au Royaume-Uni, en Inde, en Australie, à Singapour, etc. ont partagé des expériences liées à la mise en œuvre de la diplomatie numérique.',
      ], 6),
      signature: '-VNA',
      topics: ['diplomatie', 'vietnam'],
      teaserIds,
    }),
    article({
      id: 'conference-six-mois',
      title: 'Le ministère des Affaires étrangères a organisé une conférence pour examiner le travail effectué au cours des six premiers mois de l’année',
      standfirst: 'Le 4 juillet, le ministère des Affaires étrangères a tenu une conférence pour passer en revue le travail des 6 premiers mois de l’année et définir les orientations et les tâches pour les 6 derniers mois de 2025.',
      date: day(2025, 7, 5, { source: 'publication', yearSource: 'publication', text: '05/07/2025' }),
      figures: [
        figure('Aperçu de la conférence.', 17, 'Jackie Chan', 'Toàn cảnh Hội nghị Sơ kết công tác 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm'),
        figure('Le vice-Premier ministre et ministre des Affaires étrangères, Bui Thanh Son, prend la parole.', 33, 'Thanh Long', 'Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu kết luận.'),
      ],
      body: body([
        ['Ont assisté à la conférence le vice-Premier ministre et ministre des Affaires étrangères Bui Thanh Son, les dirigeants du ministère des Affaires étrangères, les représentants du club de retraite et des unités au sein du ministère.', 9],
        ['La conférence a constaté que la situation mondiale et régionale au cours des six premiers mois de l’année présentait de nombreux facteurs instables et imprévisibles.', 11],
        ['Dans le contexte de tâches croissantes et d’exigences plus élevées, sous la direction du Politburo, du Secrétariat et des principaux dirigeants, le ministère des Affaires étrangères a accompli avec succès des tâches importantes.', 13],
        ['Les résolutions et directives importantes du Bureau politique et du Secrétariat relatives aux affaires étrangères ont continué d’être pleinement maîtrisées et mises en œuvre.', 19],
        ['La diplomatie économique et la diplomatie scientifique et technologique réagissent avec souplesse et efficacité aux fluctuations.', 21],
        ['Le Vice-Premier Ministre et Ministre a demandé aux unités de s’efforcer d’améliorer l’efficacité des activités des affaires étrangères.', 35],
      ]),
      source: { url: 'https://baoquocte.vn/bo-ngoai-giao-to-chuc-hoi-nghi-so-ket-cong-toc-6-thang-dau-nam-va-phuong-huong-nhiem-vu-6-thang-cuoi-nam-319966.html', publication: 'Báo Quốc Tế' },
      topics: ['diplomatie', 'vietnam'],
      provenance: [{ path: 'seeds/002_711c1f60d4ccf35c.txt', role: 'lead', startLine: 3, endLine: 44 }],
    }),
    article({
      id: 'liens-de-defense',
      title: 'Renforcement des liens de défense entre le Vietnam et d’autres pays',
      standfirst: 'Les relations de défense entre le Vietnam et les autres pays se sont intensifiées et ont abouti à des résultats concrets.',
      date: day(2019, 7, 17, { yearCertain: false, yearSource: 'text-mention', text: '17 juillet' }),
      dateline: { place: 'Hanoi', agency: 'VNA', text: 'Hanoi, 17 juillet (VNA) -' },
      figures: [figure('Le ministre de la Défence Ngô Xuân Lich lors du 18e dialogue Shangri-La.', 5)],
      body: body([
        'Hanoi, 17 juillet (VNA) - Les relations de défense entre le Vietnam et les autres pays se sont intensifiées et ont abouti à des résultats concrets grâce aux activités de coopération.',
        'C’est ce qu’a apprécié le ministère de la Défense lors d’une conférence le 16 juillet à Hanoi, présidée par le vice-ministre de la Défense, le général de corps d’armée Nguyen Chi Vinh.',
      ], 4),
      signature: '-VNA',
      source: { url: 'source', publication: null },
      topics: ['defense-securite', 'vietnam'],
      provenance: [{ path: 'seeds/003_0c2949599511291a.txt', role: 'lead', startLine: 1, endLine: 24 }],
    }),
    article({
      id: 'equipement-japonais',
      title: 'Le Vietnam reçoit de l’équipement japonais pour le système d’information du gouvernement',
      standfirst: 'Une cérémonie a eu lieu le 17 mars à Hanoi pour marquer la réception de l’équipement parrainé par le gouvernement japonais.',
      date: { value: '2020-03', year: 2020, month: 3, day: null, precision: 'month', source: 'text', yearCertain: false, yearSource: 'sibling', text: 'mars' },
      figures: [figure('Le ministre et président du bureau du gouvernement, Mai Tien Dung reçoit l’équipement japonais.', 5)],
      body: body(['Le ministre et président du bureau du gouvernement, Mai Tien Dung, a déclaré que le 9 janvier 2020, le bureau du gouvernement et l’ambassade du Japon au Vietnam ont signé une note d’échange.'], 8),
      topics: ['vietnam', 'japon'],
      provenance: [{ path: 'seeds/004_6c6114710b929619.txt', role: 'lead', startLine: 1, endLine: 26 }],
    }),
    article({
      id: 'bureau-politique', kind: 'teaser',
      title: 'Le Bureau politique et les permanences de l’AN et du gouvernement à l’œuvre ensemble',
      summary: 'Les groupes de travail du Bureau politique ont tenu une séance de travail avec les Bureaux permanents des comités du Parti de l’Assemblée nationale (AN) et du gouvernement le 15 juillet à Hanoï.',
      date: day(2025, 7, 15, { yearCertain: false, yearSource: 'text-mention', text: 'le 15 juillet' }),
      figures: [figure('Le Premier ministre Pham Minh Chinh ló de lq réunion.', 15)],
      topics: ['vietnam'],
      provenance: [{ path: 'seeds/000_cf18f9069d8503b3.txt', role: 'teaser', startLine: 15, endLine: 19 }],
    }),
    article({
      id: 'diplomatie-du-bambou', kind: 'teaser',
      title: 'Le ministère des Affaires étrangères doit approfondir la "diplomatie du bambou"',
      summary: 'S’adressant au premier Congrès de l’Organisation du Parti du ministère des Affaires étrangères pour le mandat 2025-2030, le Premier ministre Pham Minh Chinh a salué le ministère et son Organisation du Parti.',
      date: null,
      figures: [figure('Le Premier ministre Pham Minh Chinh s’exprime lors du premier Congrès de l’Organisation du Parti du ministère des Affaires étrangères pour le mandat 2025-2030.', 21)],
      topics: ['diplomatie'],
      provenance: [{ path: 'seeds/000_cf18f9069d8503b3.txt', role: 'teaser', startLine: 21, endLine: 25 }],
    }),
    article({
      id: 'belize', kind: 'teaser',
      title: 'Le Vietnam souhaite développer ses relations avec le Belize',
      summary: 'L’ambassadeur Nguyên Van Hai s’est dit convaincu que les relations entre le Vietnam et le Belize continueront de s’approfondir.',
      date: day(2025, 7, 14),
      figures: [figure('L’ambassadeur du Vietnam au Mexique concomitamment au Belize, Nguyên Van Hai (à gauche), présente ses lettres de créance.', 27)],
      topics: ['diplomatie', 'vietnam'],
    }),
    article({
      id: 'bulgarie-asean', kind: 'teaser',
      title: 'Le Vietnam, un pont pour la Bulgarie dans le renforcement de ses relations avec l’ASEAN',
      summary: 'Lors d’une rencontre le 11 juillet à Sofia avec le ministre bulgare de la Défense, Atanas Zapryanov, l’ambassadrice du Vietnam en Bulgarie a affirmé que le Vietnam attachait toujours de l’importance au renforcement des relations.',
      date: day(2025, 7, 11),
      topics: ['diplomatie', 'defense-securite', 'bulgarie'],
    }),
    article({
      id: 'piege',
      title: HOSTILE_TITLE,
      standfirst: 'Chapeau </script><script>alert(1)</script> {{ 7*7 }}',
      date: day(2018, 1, 1),
      figures: [figure(HOSTILE_CAPTION, 3, '<b>VNA</b>', '{{ 7*7 }} <script>alert(1)</script>')],
      body: body([HOSTILE_BODY, '# pas un titre', '1. pas une liste'], 5),
      signature: '{{ 7*7 }}',
      source: { url: 'javascript:alert(1)', publication: '<i>Pub</i>' },
      topics: ['non-classe'],
    }),
    article({
      id: 'page-redaction', kind: 'page',
      title: 'À propos de ces archives',
      standfirst: 'Une page écrite par la rédaction.',
      date: { value: '2024', year: 2024, month: null, day: null, precision: 'year', source: 'front-matter', yearCertain: true, yearSource: 'front-matter', text: '2024' },
      body: {
        type: 'root',
        children: [
          { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Un intertitre' }], position: pos(3) },
          {
            type: 'paragraph', position: pos(5),
            children: [
              { type: 'text', value: 'Voir ' },
              { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'ce lien' }] },
              { type: 'text', value: ' et ' },
              { type: 'link', url: 'https://www.vietnamplus.vn/', children: [{ type: 'text', value: 'VietnamPlus' }] },
              { type: 'html', value: '<script>alert(1)</script>' } as PhrasingContent,
            ],
          },
          { type: 'html', value: '<iframe src="https://evil.example"></iframe>', position: pos(7) },
        ],
      },
      topics: ['non-classe'],
      provenance: [{ path: 'seeds/a-propos.md', role: 'page', startLine: 1, endLine: 9 }],
    }),
  ]
  for (let i = 0; i < (options.filler ?? 24); i++) {
    const month = (i % 12) + 1
    articles.push(article({
      id: `depeche-${String(i + 1).padStart(2, '0')}`,
      title: `Dépêche n° ${i + 1} : le Vietnam et ses partenaires renforcent leur coopération dans le domaine ${i % 2 === 0 ? 'économique' : 'culturel'}`,
      standfirst: 'Les deux parties ont convenu de promouvoir les échanges de délégations à tous les niveaux et de renforcer la coopération dans les domaines de l’économie, du commerce, de l’investissement et de l’éducation.',
      date: i === 23 ? null : day(2024 - Math.floor(i / 12), 12 - month + 1, (i % 27) + 1),
      body: body(['Hanoï (VNA) - Les deux parties ont convenu de promouvoir les échanges de délégations à tous les niveaux.']),
      signature: '-VNA',
      topics: ['vietnam'],
    }))
  }
  return toArchive(articles, config)
}

/** Ids → byId, appearedUnder from teaserIds, topics with ids newest first, undated last. */
export function toArchive(articles: Article[], config: ResolvedConfig): Archive {
  const byId = new Map(articles.map((a) => [a.id, a]))
  for (const lead of articles) {
    for (const id of lead.teaserIds) byId.get(id)?.appearedUnder.push(lead.id)
  }
  const sorted = [...articles].sort(compareNewestFirst)
  const topics: Topic[] = Object.values(TOPICS)
    .map((topic) => ({ ...topic, articleIds: sorted.filter((a) => a.topicRefs.some((ref) => ref.slug === topic.slug)).map((a) => a.id) }))
    .filter((topic) => topic.articleIds.length > 0)
  return { articles: [...articles].sort((a, b) => (a.id < b.id ? -1 : 1)), byId, topics, people: [], organisations: [], config }
}
