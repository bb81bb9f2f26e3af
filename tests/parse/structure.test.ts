import { describe, expect, it } from 'vitest'
import { parseText, toDumpFile, toMessageList, toSummary } from './helpers.ts'
import { parseDump } from '../../src/parse/index.ts'

const TEASER = ['Une légende. Photo : VNA', '', 'Un titre de teaser', '', toSummary('un')]

describe('parseDump: odd structures', () => {
  it('reads a dump with no `Voir plus` as one article and says so', () => {
    const { tree, file } = parseText(['Un titre', '', 'Un chapeau.', '', 'Un paragraphe.'])
    expect(tree.lead!.children.map((block) => block.role)).toEqual(['title', 'standfirst', 'paragraph'])
    expect(tree.teasers).toEqual([])
    expect(toMessageList(file)).toEqual(['1:1 dump-no-voir-plus'])
    expect(file.messages[0]!.fatal).toBeUndefined()
  })

  it('drops a second `Voir plus` and reads on', () => {
    const { tree, file } = parseText(['Un titre', '', 'Un chapeau.', '', 'Voir plus', '', ...TEASER, '', 'Voir plus', '', ...TEASER.map((line) => line.replace('un', 'deux'))])
    expect(tree.teasers).toHaveLength(2)
    expect(tree.chrome.map((node) => `${node.position.start.line} ${node.rule}`)).toEqual(['5 chrome-voir-plus', '13 chrome-voir-plus'])
    expect(toMessageList(file, ['dump-voir-plus-repeated'])).toEqual(['13:1 dump-voir-plus-repeated'])
  })

  it('reads a dump that starts with `Voir plus` as teasers only', () => {
    const { tree, file } = parseText(['Voir plus', '', ...TEASER])
    expect(tree.lead).toBeNull()
    expect(tree.teasers).toHaveLength(1)
    expect(toMessageList(file, ['dump-no-lead'])).toEqual(['1:1 dump-no-lead'])
  })

  it('reads caption/title/summary cycles with no `Voir plus` and no lead as teasers only', () => {
    const { tree, file } = parseText([...TEASER, '', ...TEASER.map((line) => line.replace('un', 'deux'))])
    expect(tree.lead).toBeNull()
    expect(tree.teasers.map((teaser) => teaser.children.map((block) => block.role))).toEqual([['caption', 'title', 'summary'], ['caption', 'title', 'summary']])
    expect(toMessageList(file, ['dump-no-lead'])).toEqual(['1:1 dump-no-lead'])
  })

  it('keeps a lone title as a lead with a warning', () => {
    const { tree, file } = parseText('Un titre tout seul\n')
    expect(tree.lead!.children).toEqual([{ type: 'block', role: 'title', value: 'Un titre tout seul', raw: 'Un titre tout seul', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 19, offset: 18 } } }])
    expect(toMessageList(file)).toEqual(['1:1 dump-no-voir-plus', '1:1 lead-title-only'])
  })

  it('gives an empty tree for an empty body', () => {
    const file = toDumpFile('\n\n  \n')
    const tree = parseDump(file)
    expect(tree).toEqual({ type: 'dump', path: 'seeds/test.txt', lead: null, teasers: [], chrome: [] })
    expect(toMessageList(file)).toEqual(['1:1 empty-file'])
  })

  it('gives the same tree for CRLF input (converted by ingest)', () => {
    const lines = ['Un titre', '', 'Un chapeau.', '', 'Voir plus', '', ...TEASER]
    expect(parseText(lines.join('\r\n')).tree).toEqual(parseText(lines.join('\n')).tree)
  })

  it('handles a title and teasers with no body between', () => {
    const { tree, file } = parseText(['Un titre', '', 'Voir plus', '', ...TEASER])
    expect(tree.lead!.children.map((block) => block.role)).toEqual(['title'])
    expect(tree.teasers).toHaveLength(1)
    expect(toMessageList(file, ['lead-title-only'])).toEqual(['1:1 lead-title-only'])
  })
})
