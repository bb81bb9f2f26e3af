/**
 * A character n-gram model of word forms (order 4, Witten-Bell interpolation).
 * It answers "how plausible is this string as one French word?", which is how
 * the unglue decision prices a token the lexicon has never seen (a name, a new
 * derivation such as `proactivement`) against splitting it into known words.
 *
 * Storage is typed arrays (contexts indexed exactly, (context, letter) pairs in
 * an open-addressing table that grows with them), so training on ~100k forms
 * takes tens of ms.
 */

const ORDER = 4
const SYMBOL_BITS = 6
const SYMBOLS = 1 << SYMBOL_BITS
/** Symbol 0 marks the word's edges (start padding and end). */
const EDGE = 0
const CONTEXT_SPACE = 1 << (SYMBOL_BITS * (ORDER - 1))

export interface CharModel {
  readonly alphabet: ReadonlyMap<string, number>
  /** Count of each context (by order), indexed `order * CONTEXT_SPACE + context`. */
  readonly totals: Uint32Array
  /** Distinct letters seen after each context. */
  readonly types: Uint32Array
  readonly keys: Int32Array
  readonly counts: Uint32Array
  /** log2 of the pair table's size. */
  readonly bits: number
}

/** log2 of the pair table's first size; it doubles whenever it gets a quarter full. */
const FIRST_BITS = 12

/** Train on word forms (lowercase). */
export function toCharModel(words: readonly string[]): CharModel {
  const alphabet = new Map<string, number>()
  const totals = new Uint32Array(ORDER * CONTEXT_SPACE)
  const types = new Uint32Array(ORDER * CONTEXT_SPACE)
  // The (context, letter) pairs are few (~33k for ~40k words) next to the possible ones: the
  // table grows with them, so it stays small enough to sit in the processor's caches.
  let pairs = createPairTable(FIRST_BITS)
  const symbols: number[] = []
  for (const word of words) {
    toSymbols(alphabet, word, true, symbols)
    for (let i = ORDER - 1; i < symbols.length; i++) {
      const letter = symbols[i] ?? EDGE
      let context = 0
      for (let order = 0; order < ORDER; order++) {
        if (order > 0) context = context | ((symbols[i - order] ?? EDGE) << (SYMBOL_BITS * (order - 1)))
        const index = order * CONTEXT_SPACE + context
        totals[index] = (totals[index] ?? 0) + 1
        const key = toPairKey(index, letter)
        const slot = findSlot(pairs.keys, pairs.bits, key)
        pairs.counts[slot] = (pairs.counts[slot] ?? 0) + 1
        if (pairs.keys[slot] === -1) {
          pairs.keys[slot] = key
          types[index] = (types[index] ?? 0) + 1
          if (++pairs.used * 4 > pairs.keys.length) pairs = growPairTable(pairs)
        }
      }
    }
  }
  return { alphabet, totals, types, keys: pairs.keys, counts: pairs.counts, bits: pairs.bits }
}

interface PairTable {
  keys: Int32Array
  counts: Uint32Array
  bits: number
  used: number
}

function createPairTable(bits: number): PairTable {
  return { keys: new Int32Array(1 << bits).fill(-1), counts: new Uint32Array(1 << bits), bits, used: 0 }
}

/** The same pairs and counts in a table twice the size. */
function growPairTable(table: PairTable): PairTable {
  const grown = createPairTable(table.bits + 1)
  for (let slot = 0; slot < table.keys.length; slot++) {
    const key = table.keys[slot] ?? -1
    if (key === -1) continue
    const to = findSlot(grown.keys, grown.bits, key)
    grown.keys[to] = key
    grown.counts[to] = table.counts[slot] ?? 0
  }
  grown.used = table.used
  return grown
}

/** Natural log of the probability of `word` (lowercase) as a whole word, end marker included. */
export function scoreWord(model: CharModel, word: string): number {
  const symbols: number[] = []
  toSymbols(model.alphabet, word, false, symbols)
  const uniform = 1 / (model.alphabet.size + 2)
  let logProb = 0
  for (let i = ORDER - 1; i < symbols.length; i++) {
    const letter = symbols[i] ?? EDGE
    let probability = uniform
    let context = 0
    for (let order = 0; order < ORDER; order++) {
      if (order > 0) context = context | ((symbols[i - order] ?? EDGE) << (SYMBOL_BITS * (order - 1)))
      const index = order * CONTEXT_SPACE + context
      const total = model.totals[index] ?? 0
      if (total === 0) break
      const seen = model.types[index] ?? 0
      const slot = findSlot(model.keys, model.bits, toPairKey(index, letter))
      const count = model.keys[slot] === -1 ? 0 : (model.counts[slot] ?? 0)
      probability = (count + seen * probability) / (total + seen)
    }
    logProb += Math.log(probability)
  }
  return logProb
}

function toSymbols(alphabet: ReadonlyMap<string, number>, word: string, learn: boolean, out: number[]): void {
  out.length = 0
  for (let i = 0; i < ORDER - 1; i++) out.push(EDGE)
  for (const char of word) {
    let symbol = alphabet.get(char)
    if (symbol === undefined) {
      // Symbol SYMBOLS - 1 is "any other letter"; learn new letters while room is left.
      symbol = learn && alphabet.size < SYMBOLS - 2 ? alphabet.size + 1 : SYMBOLS - 1
      if (learn && symbol !== SYMBOLS - 1) (alphabet as Map<string, number>).set(char, symbol)
    }
    out.push(symbol)
  }
  out.push(EDGE)
}

function toPairKey(contextIndex: number, letter: number): number {
  return contextIndex * SYMBOLS + letter
}

function findSlot(keys: Int32Array, bits: number, key: number): number {
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits)
  const mask = (1 << bits) - 1
  for (;;) {
    const found = keys[slot]
    if (found === key || found === -1) return slot
    slot = (slot + 1) & mask
  }
}
