/**
 * The words a tokenizer has seen, looked up by their place in a text
 * (`text`, `start`, `end`) rather than by a string: a hit, which is almost
 * every word of an archive, allocates nothing (no slice of the text, no
 * string to hash). Open addressing with linear probing over a power-of-two
 * table; the caller gives the word's hash (`hashUnits`), computed while it
 * scans the word.
 */

/** Hash of code units `start` to `end` of `text` (FNV-1a over code units, then mixed). */
export function hashUnits(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193)
  return mix(hash)
}

function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b)
  return (hash ^ (hash >>> 16)) | 0
}

export class WordTable<V> {
  /** Slot → 1 + index of the word in `words` (0: empty). */
  private slots = new Int32Array(1 << 12)
  private readonly words: string[] = []
  private readonly hashes: number[] = []
  private readonly values: V[] = []

  constructor(private readonly make: (word: string) => V) {}

  /** The value of the word `text.slice(start, end)`, made on its first look-up. */
  get(text: string, start: number, end: number, hash: number): V {
    const mask = this.slots.length - 1
    const length = end - start
    let slot = hash & mask
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      const at = entry - 1
      if (this.hashes[at] === hash && isSameWord(this.words[at] as string, text, start, length)) return this.values[at] as V
      slot = (slot + 1) & mask
    }
    const word = text.slice(start, end)
    const value = this.make(word)
    this.words.push(word)
    this.hashes.push(hash)
    this.values.push(value)
    this.slots[slot] = this.words.length
    if (this.words.length * 2 > this.slots.length) this.grow()
    return value
  }

  /** Twice the slots, so at most half are used and probes stay short. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    const mask = this.slots.length - 1
    this.hashes.forEach((hash, at) => {
      let slot = hash & mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask
      this.slots[slot] = at + 1
    })
  }
}

function isSameWord(word: string, text: string, start: number, length: number): boolean {
  if (word.length !== length) return false
  for (let at = 0; at < length; at++) if (word.charCodeAt(at) !== text.charCodeAt(start + at)) return false
  return true
}
