import { describe, expect, it } from 'vitest'
import { parseText, toMessageList, toRoleList } from './helpers.ts'

const LEAD = [
  'Le Vietnam et le Laos renforcent leur coopération ferroviaire',
  '',
  'Les deux pays ont signé un accord pour relier leurs réseaux ferroviaires.',
  'Le Vietnam et le Laos renforcent leur coopération ferroviaire ảnh 1Signature de l’accord à Vientiane. Photo : VNA',
  '',
  'Vientiane, 3 mai (VNA) - Les ministres des Transports des deux pays ont signé un accord de coopération.',
  '',
  'Le projet doit être achevé avant la fin de la décennie, ont précisé les deux parties.-VNA',
  '',
  'source',
]

describe('parseDump: lead article', () => {
  it('splits title, standfirst, glued figure, paragraphs, signature and source', () => {
    const { tree } = parseText(LEAD)
    expect(toRoleList(tree.lead!.children)).toEqual([
      'title: Le Vietnam et le Laos renforcent leur coopération ferroviaire',
      'standfirst: Les deux pays ont signé un accord pour relier leurs réseaux ferroviaires.',
      'figure: Signature de l’accord à Vientiane. Photo : VNA',
      'paragraph: Vientiane, 3 mai (VNA) - Les ministres des Transports des deux pays ont signé un accord de coopération.',
      'paragraph: Le projet doit être achevé avant la fin de la décennie, ont précisé les deux parties.',
      'signature: -VNA',
      'source: source',
    ])
    expect(tree.teasers).toEqual([])
  })

  it('keeps the repeated title before `ảnh 1` as chrome, with the positions of both parts', () => {
    const { tree, file } = parseText(LEAD)
    const figure = tree.lead!.children[2]!
    const prefix = 'Le Vietnam et le Laos renforcent leur coopération ferroviaire ảnh 1'
    expect(figure.position.start).toEqual({ line: 4, column: prefix.length + 1, offset: LEAD.slice(0, 3).join('\n').length + 1 + prefix.length })
    expect(figure.position.end.column).toBe(LEAD[3]!.length + 1)
    expect(tree.chrome.map((node) => [node.rule, node.value, node.position.start.line, node.position.start.column])).toEqual([
      ['chrome-duplicate-title', prefix, 4, 1],
    ])
    expect(toMessageList(file)).toEqual(['1:1 dump-no-voir-plus', '4:1 chrome-duplicate-title'])
  })

  it('gives the signature its own position at the end of the paragraph', () => {
    const { tree } = parseText(LEAD)
    const signature = tree.lead!.children.find((block) => block.role === 'signature')!
    expect(signature.position.start).toMatchObject({ line: 8, column: LEAD[7]!.length - 3 })
    expect(signature.position.end).toMatchObject({ line: 8, column: LEAD[7]!.length + 1 })
  })

  it.each([
    ['fin du texte. -VNA', 'fin du texte.', '-VNA'],
    ['fin du texte.- VNA', 'fin du texte.', '- VNA'],
    ['fin du texte » – VNA', 'fin du texte »', '– VNA'],
    ['fin du texte -VNA', 'fin du texte', '-VNA'],
    ['fin du texte.-VNA/VOV', 'fin du texte.', '-VNA/VOV'],
  ])('cuts the signature off %j', (ending, paragraph, signature) => {
    const { tree } = parseText(['Un titre court', '', 'Un chapeau.', '', `Hanoï (VNA) - Le début et la ${ending}`])
    expect(toRoleList(tree.lead!.children).slice(-2)).toEqual([`paragraph: Hanoï (VNA) - Le début et la ${paragraph}`, `signature: ${signature}`])
  })

  it.each([
    'les relations Vietnam-UE',
    'selon le ministre- VNA ajoute',
  ])('leaves %j whole (no signature shape)', (ending) => {
    const { tree } = parseText(['Un titre court', '', 'Un chapeau.', '', `Hanoï (VNA) - Le texte parle de ${ending}`])
    expect(tree.lead!.children.at(-1)!.role).toBe('paragraph')
  })

  it('reads a signature alone on its line', () => {
    const { tree } = parseText(['Un titre court', '', 'Un chapeau.', '', 'Hanoï (VNA) - Le texte.', '', '- VNA'])
    expect(toRoleList(tree.lead!.children).slice(-2)).toEqual(['paragraph: Hanoï (VNA) - Le texte.', 'signature: - VNA'])
  })

  it('repeats the lead as the dumps do: standfirst, then the dateline paragraph, then the figure, on consecutive lines', () => {
    const { tree } = parseText([
      'Un titre',
      '',
      'Le chapeau de l’article.',
      'Hanoi, 17 juillet (VNA) - Le chapeau de l’article, et la suite.',
      'Un titre ảnh 1Une légende. Photo : VNA',
    ])
    expect(tree.lead!.children.map((block) => block.role)).toEqual(['title', 'standfirst', 'paragraph', 'figure'])
  })

  it('reads `Source : <url>` as the source and a publication line', () => {
    const { tree } = parseText(['Un titre', '', 'Un chapeau.', '', 'Le Courrier du VietnamLe Courrier du Vietnam14/02/2024', '', 'Un paragraphe.', '', 'Source : https://example.vn/a-1.html'])
    expect(toRoleList(tree.lead!.children)).toEqual([
      'title: Un titre', 'standfirst: Un chapeau.', 'publication: Le Courrier du VietnamLe Courrier du Vietnam14/02/2024',
      'paragraph: Un paragraphe.', 'source: Source : https://example.vn/a-1.html',
    ])
  })

  it('keeps a line that only starts like a source as text', () => {
    const { tree } = parseText(['Un titre', '', 'Un chapeau.', '', 'Source : selon le ministère, les échanges commerciaux ont progressé de dix pour cent cette année.'])
    expect(tree.lead!.children.at(-1)!.role).toBe('paragraph')
  })

  it('drops a line repeating the title as chrome', () => {
    const { tree, file } = parseText(['Un titre', '', 'Un chapeau.', '', 'Un titre', '', 'Un paragraphe.'])
    expect(tree.chrome.map((node) => `${node.position.start.line} ${node.rule}`)).toEqual(['5 chrome-duplicate-title'])
    expect(toMessageList(file, ['chrome-duplicate-title'])).toEqual(['5:1 chrome-duplicate-title'])
  })

  it('warns when the text before `ảnh N` is not the title', () => {
    const { tree, file } = parseText(['Un titre', '', 'Un chapeau.', 'Autre chose ảnh 2Une légende. Photo : VNA'])
    expect(tree.lead!.children.at(-1)).toMatchObject({ role: 'figure', value: 'Une légende. Photo : VNA' })
    expect(file.messages.filter((message) => message.fatal === false && message.ruleId === 'chrome-duplicate-title').map((message) => message.reason)).toEqual([
      'Found "Autre chose" glued before a photo caption, expected the article title; dropped it',
    ])
  })

  it('keeps positions in file coordinates below front matter', () => {
    const { tree } = parseText(['---', 'year: 2019', '---', 'Un titre', '', 'Un chapeau.'])
    expect(tree.lead!.children[0]!.position.start).toEqual({ line: 4, column: 1, offset: 19 })
    expect(tree.lead!.children[1]!.position.start).toEqual({ line: 6, column: 1, offset: 29 })
  })
})
