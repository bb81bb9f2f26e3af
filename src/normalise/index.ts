import type { NormaliseResult } from '../types.ts'

export interface NormaliseOptions {
  corpus?: readonly string[]
  keepAsWritten?: readonly string[]
}

/** normalise (pure): repair one text; returns the new text and every repair made. */
export function normaliseText(text: string, options: NormaliseOptions = {}): NormaliseResult {
  void options
  return { value: text.replace(/[ \t]+/g, ' ').trim(), repairs: [] }
}
