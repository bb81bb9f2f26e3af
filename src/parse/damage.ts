/**
 * Damage the scraper did to teasers, found by comparing a teaser's parts:
 * a caption whose first letter or first words are gone, and pieces of the
 * title spliced into the summary.
 */
import { toFolded } from '../util/text.ts'
import { toWordRank } from './lexicon.ts'

export interface CaptionDamage {
  damage: 'caption-first-letter-cut' | 'caption-truncated'
  /** The caption with its letter back, only when a neighbour proves it. */
  repaired: string | null
  /** Why: which neighbour or which word told. */
  evidence: string
}

/** A word is "common" up to this rank; a cut word's repair must be at least this common. */
const COMMON_RANK = 200
/** How much more common the repaired word must be than the word as cut. */
const RANK_RATIO = 4
const LETTERS = 'abcdefghijklmnopqrstuvwxyzàâçéèêîôû'

/**
 * A caption that starts with a small letter or with punctuation lost its
 * start. `e secrétaire…` next to a summary `Le secrétaire…` is a cut letter
 * (repaired); `construire une…` is a truncated caption (not repaired).
 */
export function findCaptionDamage(caption: string, neighbours: readonly string[]): CaptionDamage | null {
  if (!/^(?:\p{Ll}|[,;:.)\]»…])/u.test(caption)) return null
  if (!/^\p{Ll}/u.test(caption)) return { damage: 'caption-truncated', repaired: null, evidence: `it starts with ${JSON.stringify(caption[0])}` }
  const proof = findLetterInNeighbours(caption, neighbours)
  if (proof) return { damage: 'caption-first-letter-cut', repaired: proof.letter + caption, evidence: `the ${proof.role} starts with "${proof.letter}${toFirstWords(caption)}"` }
  const word = /^\p{L}+/u.exec(caption)?.[0] ?? ''
  const guess = findLetterInLexicon(word)
  if (guess) return { damage: 'caption-first-letter-cut', repaired: null, evidence: `"${word}" reads as the end of "${guess}"` }
  return { damage: 'caption-truncated', repaired: null, evidence: `it starts in mid-sentence with "${toFirstWords(caption)}"` }
}

function findLetterInNeighbours(caption: string, neighbours: readonly string[]): { letter: string; role: string } | null {
  const start = toFolded(toFirstWords(caption))
  for (const [index, neighbour] of neighbours.entries()) {
    const letter = neighbour[0] ?? ''
    if (/^\p{Lu}$/u.test(letter) && toFolded(neighbour.slice(1)).startsWith(start)) return { letter, role: index === 0 ? 'summary' : 'title' }
  }
  return null
}

function findLetterInLexicon(word: string): string | null {
  const rank = toWordRank(word)
  let best: { word: string; rank: number } | null = null
  for (const letter of LETTERS) {
    const candidate = letter + word.toLowerCase()
    const candidateRank = toWordRank(candidate)
    if (candidateRank !== null && candidateRank < COMMON_RANK && (!best || candidateRank < best.rank)) best = { word: candidate, rank: candidateRank }
  }
  if (!best) return null
  return rank === null || best.rank * RANK_RATIO < rank ? best.word : null
}

/** The first four words of a text. */
function toFirstWords(text: string): string {
  return text.split(/\s+/).slice(0, 4).join(' ')
}

export interface TitleSplice {
  /** Characters of the summary's start that are the title's start. */
  head: number
  /** Characters of the summary's end that are the title's end. */
  tail: number
}

/** Shortest piece of a title taken as spliced when it stands alone at one end. */
const SPLICE_MIN_ONE_END = 12
/** Shortest piece at each end when both ends hold a piece. */
const SPLICE_MIN_BOTH_ENDS = 8
/** Share of the title both pieces must cover together. */
const SPLICE_COVER = 0.6

/**
 * `30 ans des relations Vietnam–À l’occasion … partenariat.-Unis : confiance…`:
 * the summary starts with the title's start and/or ends with the title's end,
 * glued without a space where the title was cut. Returns what to remove.
 */
export function findTitleSplice(title: string, summary: string): TitleSplice | null {
  const head = toCommonPrefixLength(title, summary)
  const tail = Math.min(toCommonSuffixLength(title, summary), summary.length - head)
  if (head >= title.length || tail >= title.length) return null
  const headGlued = head >= SPLICE_MIN_BOTH_ENDS && isGlued(summary, head)
  const tailGlued = tail >= SPLICE_MIN_BOTH_ENDS && isGlued(summary, summary.length - tail)
  if (headGlued && tailGlued && head + tail >= SPLICE_COVER * title.length) return { head, tail }
  const headAlone = headGlued && head >= SPLICE_MIN_ONE_END && /^\p{Lu}/u.test(summary.slice(head))
  const tailAlone = tailGlued && tail >= SPLICE_MIN_ONE_END && /[.!?…»"”]$/u.test(summary.slice(0, summary.length - tail))
  if (!headAlone && !tailAlone) return null
  return { head: headAlone ? head : 0, tail: tailAlone ? tail : 0 }
}

/** No space on either side of `index`: where the scraper glued two texts. */
function isGlued(text: string, index: number): boolean {
  return /\S/u.test(text[index - 1] ?? ' ') && /\S/u.test(text[index] ?? ' ')
}

function toCommonPrefixLength(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

function toCommonSuffixLength(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++
  return length
}
