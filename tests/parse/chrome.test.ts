import { describe, expect, it } from 'vitest'
import { parseText, toMessageList, toRoleList } from './helpers.ts'

/** A vietnam.vn-style page: banner, article with Vietnamese captions, then the page's widgets and menus. */
const PAGE = [
  'Baotintuc.vn - Trang tin tức tổng hợp', //  1 banner
  '',
  'Hanoï accueille un forum sur l’économie numérique', //  3 title
  '',
  'Le forum a réuni des entreprises de toute la région.', //  5 standfirst
  '',
  'Tin Tức Việt NamTin Tức Việt Nam12/03/2024', //  7 publication
  '',
  'Plus de trois cents entreprises ont participé au forum organisé par la ville.', //  9
  '',
  'Thủ tướng phát biểu tại hội nghị về kinh tế số', // 11 Vietnamese caption
  'Le Premier ministre prend la parole lors du forum.', // 12 its translation
  '',
  'Các đại biểu tham quan gian hàng triển lãm', // 14 Vietnamese caption alone
  '',
  'Les participants ont visité les stands des entreprises.', // 16
  '',
  'Source : https://example.vn/forum-economie-numerique.html', // 18
  '',
  'Commentaires (3)', // 20
  '',
  'No data', // 22
  'Découvrez les rizières en terrasses de Mu Cang Chai', // 23
  'Le pho, un plat national', // 24
  'Festival des lanternes à Hoi An', // 25
  '',
  'Culture', // 27
  '',
  'No videos available', // 29
  '',
  'Vie politique', // 31
]

describe('parseDump: site chrome', () => {
  it('drops every chrome line with its rule and an info message at its position', () => {
    const { tree, file } = parseText(PAGE)
    expect(tree.chrome.map((node) => `${node.position.start.line}:${node.position.start.column} ${node.rule}`)).toEqual([
      '1:1 chrome-banner', '20:1 chrome-comment-count', '22:1 chrome-no-data',
      '23:1 chrome-headline-list', '24:1 chrome-headline-list', '25:1 chrome-headline-list',
      '27:1 chrome-navigation', '29:1 chrome-no-videos', '31:1 chrome-navigation',
    ])
    const infos = file.messages.filter((message) => message.fatal === undefined && message.ruleId?.startsWith('chrome-'))
    expect(infos.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(tree.chrome.map((node) => `${node.position.start.line}:${node.position.start.column} ${node.rule}`))
    expect(infos[2]!.reason).toBe('Dropped "No data" as site chrome: the placeholder of an empty widget')
  })

  it('keeps the article, its publication line and its Vietnamese captions', () => {
    const { tree } = parseText(PAGE)
    expect(toRoleList(tree.lead!.children)).toEqual([
      'title: Hanoï accueille un forum sur l’économie numérique',
      'standfirst: Le forum a réuni des entreprises de toute la région.',
      'publication: Tin Tức Việt NamTin Tức Việt Nam12/03/2024',
      'paragraph: Plus de trois cents entreprises ont participé au forum organisé par la ville.',
      'figure: Thủ tướng phát biểu tại hội nghị về kinh tế số',
      'figure: Le Premier ministre prend la parole lors du forum.',
      'figure: Các đại biểu tham quan gian hàng triển lãm',
      'paragraph: Les participants ont visité les stands des entreprises.',
      'source: Source : https://example.vn/forum-economie-numerique.html',
    ])
    expect(tree.teasers).toEqual([])
  })

  it('keeps a long paragraph found after the end of the article, with a warning', () => {
    const long = 'Les organisateurs ont annoncé que le prochain forum se tiendra à Da Nang et accueillira davantage de jeunes entreprises de la région.'
    const { tree, file } = parseText([...PAGE.slice(0, 19), long])
    expect(tree.lead!.children.at(-1)).toMatchObject({ role: 'paragraph', value: long })
    expect(toMessageList(file, ['lead-text-after-end'])).toEqual(['20:1 lead-text-after-end'])
  })

  it('drops navigation labels ending an article that has no source line', () => {
    const { tree } = parseText(['Un titre', '', 'Un chapeau.', '', 'Un paragraphe du texte.', '', 'Patrimoine', '', 'Système politique'])
    expect(tree.chrome.map((node) => `${node.value} ${node.rule}`)).toEqual(['Patrimoine chrome-navigation', 'Système politique chrome-navigation'])
    expect(tree.lead!.children.at(-1)!.value).toBe('Un paragraphe du texte.')
  })

  it('drops a headline list and menu labels in the teaser zone', () => {
    const { tree } = parseText([
      'Un titre', '', 'Un chapeau.', '', 'Voir plus', '',
      'Une légende. Photo : VNA', '', 'Un titre de teaser', '',
      'Les délégations des deux pays ont examiné la coopération lors d’une longue séance de travail à Hanoï cette semaine.', '',
      'Premier lien', 'Deuxième lien', 'Troisième lien', '', 'Économie', '', 'Société',
    ])
    expect(tree.teasers).toHaveLength(1)
    expect(tree.chrome.map((node) => node.rule)).toEqual([
      'chrome-voir-plus', 'chrome-headline-list', 'chrome-headline-list', 'chrome-headline-list', 'chrome-navigation', 'chrome-navigation',
    ])
  })

  it.each([
    ['Comment (0)', 'chrome-comment-count'],
    ['No data', 'chrome-no-data'],
    ['Aucune donnée', 'chrome-no-data'],
    ['No videos available', 'chrome-no-videos'],
    ['Aucune vidéo disponible', 'chrome-no-videos'],
  ])('drops %j wherever it stands (%s)', (line, rule) => {
    const { tree } = parseText(['Un titre', '', 'Un chapeau.', '', line, '', 'Un paragraphe.'])
    expect(tree.chrome.map((node) => node.rule)).toContain(rule)
  })
})
