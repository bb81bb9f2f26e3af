/**
 * Strings that hold nothing else alive. V8 makes `text.slice(a, b)` (13
 * characters or more) a view into `text`, and `a + b` a pair of pointers to
 * both: a short title cut from a dump keeps the whole dump's text in memory
 * for as long as the title lives. A build that lets each dump's text go once
 * the dump is analysed (the lean build, src/lean.ts) must first give what it
 * keeps (records, messages, memo entries) strings of their own.
 */

/**
 * `text` as a string of its own: prepending a character makes a pair, which
 * slicing flattens into a new sequential string (one copy); the slice is a
 * view into that copy only. Short strings are copied by slicing anyway.
 */
export function detachString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}

/** Gives each text a string of its own (detachString), the same one for the same text. */
export type Detach = (text: string) => string

/**
 * A Detach that keeps one copy per distinct text: texts repeat across dumps
 * (teasers, repair notes), and a copy each would cost more than the dumps'
 * texts it frees. Drop it when done: the strings it gave stay.
 */
export function createDetach(): Detach {
  const own = new Map<string, string>()
  return (text) => {
    if (text.length < 13) return text
    let copy = own.get(text)
    if (copy === undefined) {
      copy = detachString(text)
      own.set(copy, copy)
    }
    return copy
  }
}

/**
 * Every string reachable from `value` through arrays and plain objects,
 * replaced in place by `detach` of it; returns `value` (a string:
 * detached). Other objects (class instances, maps) are left alone: records
 * and memo entries are plain data.
 */
export function detachDeep<T>(value: T, detach: Detach = detachString): T {
  if (typeof value === 'string') return detach(value) as T
  if (typeof value === 'object' && value !== null) detachIn(value as object, detach, new Set())
  return value
}

function detachIn(value: object, detach: Detach, seen: Set<object>): void {
  if (seen.has(value)) return
  seen.add(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (typeof item === 'string') value[i] = detach(item)
      else if (typeof item === 'object' && item !== null) detachIn(item, detach, seen)
    }
    return
  }
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const item = record[key]
    if (typeof item === 'string') record[key] = detach(item)
    else if (typeof item === 'object' && item !== null) detachIn(item, detach, seen)
  }
}
