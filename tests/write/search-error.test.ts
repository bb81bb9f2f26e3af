/**
 * Pagefind failing (it cannot start, its service stops, it reports errors)
 * is one kind of failure, SearchError, which the build says as a write
 * failure with the output folder left as it was: never an internal error.
 */
import { mkdtemp, readdir, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const pagefind = vi.hoisted(() => ({ createIndex: vi.fn(), close: vi.fn(async () => null) }))
vi.mock('pagefind', () => pagefind)

const { indexSearch, SearchError } = await import('../../src/write/search.ts')
const { build, StageError } = await import('../../src/build.ts')

beforeEach(() => {
  pagefind.createIndex.mockReset()
  pagefind.close.mockClear()
})

describe('indexSearch when Pagefind fails', () => {
  it('says why Pagefind could not start, index or write, and closes it each time', async () => {
    pagefind.createIndex.mockResolvedValueOnce({ index: undefined, errors: ['no binary for this platform'] })
    await expect(indexSearch('/nowhere')).rejects.toThrow(new SearchError('Pagefind could not start: no binary for this platform'))
    pagefind.createIndex.mockResolvedValueOnce({ index: { addDirectory: async () => ({ errors: ['bad glob'], page_count: 0 }) }, errors: [] })
    await expect(indexSearch('/nowhere')).rejects.toThrow(new SearchError('Pagefind could not index /nowhere: bad glob'))
    pagefind.createIndex.mockRejectedValueOnce(new Error('Pagefind backend closed'))
    await expect(indexSearch('/nowhere')).rejects.toThrow(new SearchError('Pagefind failed: Pagefind backend closed'))
    expect(pagefind.close).toHaveBeenCalledTimes(3)
  })

  it('makes the build stop with a [write] message, the output folder as it was and no staging folder left', async () => {
    pagefind.createIndex.mockRejectedValue(new Error('Pagefind backend closed'))
    const root = await mkdtemp(join(tmpdir(), 'chronique-search-error-'))
    const failed = build({ out: join(root, 'dist'), reportDir: join(root, 'report'), search: true, cache: false })
    await expect(failed).rejects.toThrow(StageError)
    await expect(failed).rejects.toThrow(/^\[write\] Cannot build the search index: Pagefind failed: Pagefind backend closed; .*dist left as it was \(--no-search builds the site without it\)$/)
    await expect(stat(join(root, 'dist'))).rejects.toThrow()
    expect((await readdir(root)).filter((name) => name.startsWith('dist'))).toEqual([])
  })
})
