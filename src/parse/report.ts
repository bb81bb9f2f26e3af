/**
 * Blocks, chrome nodes and the messages that go with them. Every dropped
 * block is an info message naming its rule, so the build report lists it.
 */
import type { VFile } from 'vfile'
import { withoutStack } from '../util/messages.ts'
import type { BlockRole, ChromeNode, ChromeRule, Point, Position, TextBlock } from '../types.ts'

const WHY: Record<ChromeRule, string> = {
  'chrome-banner': 'the site banner',
  'chrome-comment-count': 'a comment counter',
  'chrome-no-data': 'the placeholder of an empty widget',
  'chrome-headline-list': 'a bare headline from a list of links (no caption, no summary)',
  'chrome-navigation': 'a navigation label after the article',
  'chrome-no-videos': 'the placeholder of an empty video widget',
  'chrome-voir-plus': 'the heading of the related-articles block',
  'chrome-duplicate-title': 'a repeated copy of the title',
  'chrome-empty': 'an empty block',
}

/** A block of the dump, raw and value the same until normalise. */
export function toBlock(role: BlockRole, text: string, position: Position): TextBlock {
  return { type: 'block', role, value: text, raw: text, position }
}

/** Drop `text` as site chrome: a ChromeNode plus an info message saying what and why. */
export function toChrome(file: VFile, rule: ChromeRule, text: string, position: Position, why: string = WHY[rule]): ChromeNode {
  const message = withoutStack(() => file.info(`Dropped ${toQuoted(text)} as site chrome: ${why}`, { place: position, ruleId: rule, source: 'chronique' }))
  // The report shows the dropped text in full (the reason quotes only its start).
  message.actual = text
  message.note = `Dropped text: ${text}`
  return { type: 'chrome', rule, value: text, position }
}

/** A warning (the user may want to act). */
export function warn(file: VFile, reason: string, place: Position | Point, ruleId: string): void {
  withoutStack(() => file.message(reason, { place, ruleId, source: 'chronique' }))
}

/** An info message (nothing to act on, but the report shows it). */
export function inform(file: VFile, reason: string, place: Position | Point, ruleId: string): void {
  withoutStack(() => file.info(reason, { place, ruleId, source: 'chronique' }))
}

/** `"Découvrez la beauté poétique…"`: a text quoted for a message, cut at `max` characters. */
export function toQuoted(text: string, max = 60): string {
  // Characters are counted as code points (a surrogate pair is one), walking
  // only as far as the cut: no array of characters for a long text.
  if (text.length <= max) return `"${text}"`
  let count = 0
  let cut = 0
  for (let at = 0; at < text.length; count++) {
    if (count === max - 1) cut = at
    if (count === max) return `"${text.slice(0, cut).trimEnd()}…"`
    at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1
  }
  return `"${text}"`
}
