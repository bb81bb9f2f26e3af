/** Title keys, remembered for one build: the same teaser title recurs in thousands of dumps. */
import { toMatchKey } from '../util/text.ts'

export type KeyOf = (text: string) => string

/** A `toMatchKey` that remembers its answers (create one per build). */
export function createKeyOf(): KeyOf {
  const keys = new Map<string, string>()
  return (text) => {
    let key = keys.get(text)
    if (key === undefined) {
      key = toMatchKey(text)
      keys.set(text, key)
    }
    return key
  }
}
