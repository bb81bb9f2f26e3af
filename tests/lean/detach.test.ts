/**
 * detach: strings of their own. A slice of a large text keeps the whole text
 * in memory (V8's sliced strings); its detached copy must not.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { createDetach, detachDeep, detachString } from '../../src/util/detach.ts'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

/** Heap in use after a full collection, in MiB. */
function heapMiB(): number {
  gc()
  gc()
  const { heapUsed, external } = process.memoryUsage()
  return (heapUsed + external) / 2 ** 20
}

/** Slices of a fresh 64 MiB text, through `keep`; the text itself is dropped. */
function slicesOfBigText(keep: (slice: string) => string): string[] {
  const big = 'abcdefghijklmnopqrstuvwxyz'.repeat((64 * 2 ** 20) / 26)
  const kept: string[] = []
  for (let i = 0; i < 200; i++) kept.push(keep(big.slice(i * 1000, i * 1000 + 40)))
  return kept
}

describe('detach', () => {
  it('lets the text a slice came from go (a plain slice keeps it)', () => {
    const before = heapMiB()
    const plain = slicesOfBigText((slice) => slice)
    const withText = heapMiB() - before
    expect(plain).toHaveLength(200)
    plain.length = 0
    const own = slicesOfBigText(detachString)
    const detached = heapMiB() - before
    expect(own[3]).toBe('abcdefghijklmnopqrstuvwxyz'.repeat(3).slice(3000 % 26, 3000 % 26 + 40))
    // The control: 200 plain slices hold the 64 MiB text; 200 detached ones hold 200 short copies.
    expect(withText).toBeGreaterThan(50)
    expect(detached).toBeLessThan(5)
  })

  it('replaces the strings of arrays and plain objects in place, one copy per text', () => {
    const detach = createDetach()
    const shared = { kept: new Map([['a', 'b']]) }
    const value = { title: 'Un titre assez long', body: [{ type: 'text', value: 'Un paragraphe assez long' }, 'Un titre assez long'], other: shared.kept }
    expect(detachDeep(value, detach)).toBe(value)
    expect(value.title).toBe('Un titre assez long')
    expect(value.body[1]).toBe(value.title)
    expect(value.other).toBe(shared.kept)
    expect(detach('Un paragraphe assez long')).toBe(detach('Un paragraphe assez long'))
    expect(detachDeep('court', detach)).toBe('court')
  })
})
