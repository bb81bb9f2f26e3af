/**
 * The known key a mistyped one was meant to be (`baseURL`, `base_url` →
 * `baseUrl`; `tilte` → `title`), for "Unknown key" messages. Case, `_` and
 * `-` are ignored, then at most 2 edits (1 for keys of 4 letters or fewer).
 */
export function closestKey(key: string, known: Iterable<string>): string | null {
  const folded = fold(key)
  let best: string | null = null
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(folded, fold(candidate))
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== null && bestDistance <= (folded.length <= 4 ? 1 : 2) ? best : null
}

/** ` (did you mean `pageSize`?)`, or nothing. */
export function didYouMean(key: string, known: Iterable<string>): string {
  const closest = closestKey(key, known)
  return closest ? ` (did you mean \`${closest}\`?)` : ''
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[-_]/g, '')
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (rows[i]?.[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      ;(rows[i] as number[])[j] = value
    }
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length)
}
