/**
 * The words of an article that topics are found in: title, standfirst and
 * summary ("prominent"), then each body paragraph. Figure captions are left
 * out (often damaged, and about the photo rather than the article).
 */
import type { Nodes } from 'mdast'
import type { ArticleRecord } from '../types.ts'
import type { Token, Tokenizer } from './tokens.ts'

export interface ArticleSegments {
  /** Title, standfirst, summary: one token list each. */
  prominent: Token[][]
  /** One token list per top-level body block (a phrase never spans two). */
  body: Token[][]
}

export function toArticleSegments(record: ArticleRecord, tokenize: Tokenizer): ArticleSegments {
  const prominent = [record.title, record.standfirst, record.summary]
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .map(tokenize)
  const body = record.body.children.map((block) => tokenize(toPlainText(block)))
  return { prominent, body }
}

/** The text of an mdast node: its value, or its children's texts, each child kept apart by a space. */
export function toPlainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return node.children.map((child) => toPlainText(child)).join(node.type === 'paragraph' ? '' : ' ')
  return ''
}
