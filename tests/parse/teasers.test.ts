import { describe, expect, it } from 'vitest'
import { parseText, toMessageList, toRoleList, toSummary } from './helpers.ts'

/** A small lead, then `Voir plus` on line 7, then the given teaser lines (first on line 9, one blank between). */
function toDump(teaserLines: string[]): string[] {
  const lead = ['Un titre d’article', '', 'Un chapeau.', '', 'Hanoï (VNA) - Un paragraphe. -VNA', '', 'Voir plus']
  return [...lead, ...teaserLines.flatMap((line) => ['', line])]
}

const TEASER_RULES = ['caption-missing', 'caption-first-letter-cut', 'caption-truncated', 'summary-title-spliced', 'teaser-summary-missing', 'teaser-title-missing', 'chrome-duplicate-title']

describe('parseDump: teasers', () => {
  it('reads caption, title, summary cycles', () => {
    const { tree, file } = parseText(toDump([
      'Les ministres posent pour une photo de groupe. Photo : VNA', 'Le Vietnam et le Laos signent un accord', toSummary('le commerce'),
      'Une vue de la conférence. Photo: Thanh Long', 'Conférence sur la sécurité maritime', toSummary('la mer'),
    ]))
    expect(tree.teasers.map((teaser) => toRoleList(teaser.children).map((text) => text.split(':')[0]))).toEqual([
      ['caption', 'title', 'summary'], ['caption', 'title', 'summary'],
    ])
    expect(tree.teasers.map((teaser) => [teaser.position.start.line, teaser.position.end.line, teaser.damage])).toEqual([[9, 13, []], [15, 19, []]])
    expect(toMessageList(file, TEASER_RULES)).toEqual([])
  })

  it('notes a missing caption when the title is written twice, and drops the second copy', () => {
    const title = 'Le Vietnam accueille le forum régional sur l’énergie'
    const { tree, file } = parseText(toDump([title, title, toSummary('l’énergie')]))
    expect(toRoleList(tree.teasers[0]!.children)).toEqual([`title: ${title}`, `summary: ${toSummary('l’énergie')}`])
    expect(tree.teasers[0]!.damage).toEqual(['caption-missing'])
    expect(tree.chrome.at(-1)).toMatchObject({ rule: 'chrome-duplicate-title', value: title, position: { start: { line: 11, column: 1 } } })
    expect(toMessageList(file, TEASER_RULES)).toEqual(['9:1 caption-missing', '11:1 chrome-duplicate-title'])
  })

  it('notes a missing caption when a title comes straight after the previous summary', () => {
    const { tree } = parseText(toDump([
      'Une légende. Photo : VNA', 'Premier titre', toSummary('un'),
      'Second titre sans légende', toSummary('deux'),
    ]))
    expect(tree.teasers.map((teaser) => teaser.damage)).toEqual([[], ['caption-missing']])
  })

  it('repairs a caption whose first letter is cut when the summary proves the letter', () => {
    const caption = 'a délégation vietnamienne conduite par le ministre visite le port de Haiphong. Photo : VNA'
    const summary = 'La délégation vietnamienne conduite par le ministre a visité le port de Haiphong pour y examiner les nouveaux terminaux.'
    const { tree, file } = parseText(toDump([caption, 'Visite au port de Haiphong', summary]))
    const block = tree.teasers[0]!.children[0]!
    expect(block).toMatchObject({ role: 'caption', value: 'L' + caption, raw: caption })
    expect(tree.teasers[0]!.damage).toEqual(['caption-first-letter-cut'])
    expect(toMessageList(file, TEASER_RULES)).toEqual(['9:1 caption-first-letter-cut'])
    expect(file.messages.find((message) => message.ruleId === 'caption-first-letter-cut')?.reason).toBe(
      'Found a caption with its first letter cut (the summary starts with "La délégation vietnamienne conduite"), expected a caption starting with a capital letter; repaired it to "La délégation vietnamienne conduite par le ministre visite…"',
    )
  })

  it('notes a cut first letter without repairing it when no neighbour proves the letter', () => {
    const caption = 'e président de l’Assemblée nationale reçoit une délégation. Photo : VNA'
    const { tree } = parseText(toDump([caption, 'Coopération parlementaire renforcée', toSummary('les lois')]))
    expect(tree.teasers[0]!.children[0]).toMatchObject({ value: caption, raw: caption })
    expect(tree.teasers[0]!.damage).toEqual(['caption-first-letter-cut'])
  })

  it('notes a truncated caption that starts in mid-sentence', () => {
    const caption = 'signer un accord de coopération dans le domaine de la santé publique. Photo : VNA'
    const { tree, file } = parseText(toDump([caption, 'Accord sur la santé', toSummary('la santé')]))
    expect(tree.teasers[0]!.damage).toEqual(['caption-truncated'])
    expect(tree.teasers[0]!.children[0]!.value).toBe(caption)
    expect(toMessageList(file, TEASER_RULES)).toEqual(['9:1 caption-truncated'])
  })

  it('removes title pieces spliced at both ends of the summary and keeps them as chrome', () => {
    const title = 'Coopération Vietnam–Japon : un partenariat pour la paix et la prospérité'
    const middle = 'Les deux pays ont décidé de renforcer leurs liens lors d’une rencontre à Tokyo, selon le communiqué final des deux ministères.'
    const summary = `Coopération Vietnam–${middle}Japon : un partenariat pour la paix et la prospérité`
    const { tree, file } = parseText(toDump(['Une légende. Photo : VNA', title, summary]))
    const block = tree.teasers[0]!.children[2]!
    expect(block).toMatchObject({ role: 'summary', value: middle, raw: middle })
    expect(block.position.start).toMatchObject({ line: 13, column: 'Coopération Vietnam–'.length + 1 })
    expect(tree.teasers[0]!.damage).toEqual(['summary-title-spliced'])
    expect(tree.chrome.filter((node) => node.rule === 'chrome-duplicate-title').map((node) => [node.value, node.position.start.column])).toEqual([
      ['Coopération Vietnam–', 1],
      ['Japon : un partenariat pour la paix et la prospérité', 'Coopération Vietnam–'.length + middle.length + 1],
    ])
    expect(toMessageList(file, ['summary-title-spliced'])).toEqual(['13:1 summary-title-spliced'])
  })

  it('removes a title start glued to the summary start alone', () => {
    const title = 'Coopération Vietnam–Japon : un partenariat pour la paix'
    const middle = 'Les deux pays ont décidé de renforcer leurs liens lors d’une rencontre à Tokyo, selon le communiqué final des deux ministères.'
    const { tree } = parseText(toDump(['Une légende. Photo : VNA', title, `Coopération Vietnam–${middle}`]))
    expect(tree.teasers[0]!.children[2]!.value).toBe(middle)
    expect(tree.teasers[0]!.damage).toEqual(['summary-title-spliced'])
  })

  it('leaves a summary that merely starts with the same words as its title', () => {
    const title = 'Le président vietnamien reçoit l’ambassadeur du Japon'
    const summary = 'Le président vietnamien a reçu mardi à Hanoï l’ambassadeur du Japon, venu présenter le programme des échanges culturels de l’année.'
    const { tree } = parseText(toDump(['Une légende. Photo : VNA', title, summary]))
    expect(tree.teasers[0]!.children[2]!.value).toBe(summary)
    expect(tree.teasers[0]!.damage).toEqual([])
  })

  it('warns about a teaser with no summary and goes on with the next one', () => {
    const { tree, file } = parseText(toDump([
      'Une légende. Photo : VNA', 'Un titre sans résumé',
      'Une autre légende. Photo : VNA', 'Un autre titre', toSummary('deux'),
    ]))
    expect(tree.teasers.map((teaser) => teaser.children.map((block) => block.role))).toEqual([['caption', 'title'], ['caption', 'title', 'summary']])
    expect(toMessageList(file, TEASER_RULES)).toEqual(['11:1 teaser-summary-missing'])
  })

  it('warns about a caption followed directly by a summary (title missing)', () => {
    const { tree, file } = parseText(toDump(['Une légende. Photo : VNA', toSummary('trois')]))
    expect(tree.teasers[0]!.children.map((block) => block.role)).toEqual(['caption', 'summary'])
    expect(toMessageList(file, TEASER_RULES)).toEqual(['9:1 teaser-title-missing'])
  })

  it('takes a sentence before a title and a summary as a caption even without a credit', () => {
    const { tree } = parseText(toDump(['Les délégués à la conférence de Hanoï.', 'Un titre court', toSummary('quatre')]))
    expect(tree.teasers[0]!.children.map((block) => block.role)).toEqual(['caption', 'title', 'summary'])
    expect(tree.teasers[0]!.damage).toEqual([])
  })

  it.each([
    ['Photo : VNA'], ['Photo: VNA'], ['(Photo : Thanh Long)'], ['Photo diffusée par la VNA'], ['Photo : Capture d\'écran'], ['Photo: ministère des Affaires étrangères'],
  ])('recognises a caption ending with %j', (credit) => {
    const { tree } = parseText(toDump([`Une légende quelconque. ${credit}`, 'Un titre', toSummary('cinq')]))
    expect(tree.teasers[0]!.children.map((block) => block.role)).toEqual(['caption', 'title', 'summary'])
  })
})
