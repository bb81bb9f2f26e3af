/**
 * Figure blocks → Figure records: the credit split from the caption
 * (`Photo : VNA` → `VNA`), and a Vietnamese caption followed on the next
 * line by its French translation made into one figure.
 */
import type { Figure, TextBlock } from '../types.ts'
import { toLang } from '../parse/lang.ts'
import { toSpanning } from '../parse/lines.ts'
import { findPhotoCredit } from '../parse/shapes.ts'

export interface Caption {
  text: string
  credit: string | null
  /** The credit phrase as written (`Photo diffusée par la VNA`). */
  creditText: string | null
}

/** `Panorama du colloque. Photo: VNA` → caption `Panorama du colloque.`, credit `VNA`. */
export function toCaption(text: string): Caption {
  const found = findPhotoCredit(text)
  if (!found) return { text: text.trim(), credit: null, creditText: null }
  return { text: text.slice(0, found.index).trim(), credit: found.credit, creditText: found.phrase }
}

/** One figure per caption block, pairing a Vietnamese caption with the French line right after it. */
export function toFigures(blocks: readonly TextBlock[]): Figure[] {
  const figures: Figure[] = []
  const captions = blocks.filter((block) => block.role === 'figure' || block.role === 'caption')
  for (const [at, block] of captions.entries()) {
    const previous = captions[at - 1]
    if (previous && isTranslated(previous, block)) continue
    const next = captions[at + 1]
    figures.push(next && isTranslated(block, next) ? toPairedFigure(block, next) : toFigure(block))
  }
  return figures
}

export function toFigure(block: TextBlock): Figure {
  const caption = toCaption(block.value)
  return { caption: caption.text, ...toCredit(caption), lang: toBlockLang(block), position: block.position }
}

function toPairedFigure(original: TextBlock, french: TextBlock): Figure {
  const vietnamese = toCaption(original.value)
  const caption = toCaption(french.value)
  return {
    caption: caption.text, ...toCredit(caption.credit ? caption : vietnamese), lang: 'fr',
    original: { text: vietnamese.text, lang: 'vi' }, position: toSpanning(original.position, french.position),
  }
}

function toCredit(caption: Caption): Pick<Figure, 'credit' | 'creditText'> {
  return caption.creditText ? { credit: caption.credit, creditText: caption.creditText } : { credit: caption.credit }
}

/** A Vietnamese caption, then a French one on the very next line. */
function isTranslated(block: TextBlock, next: TextBlock): boolean {
  return toBlockLang(block) === 'vi' && toBlockLang(next) === 'fr' && next.position.start.line === block.position.end.line + 1
}

/** The language normalise found, else the letter test. */
export function toBlockLang(block: TextBlock): 'fr' | 'vi' {
  return block.lang ?? toLang(block.value)
}
