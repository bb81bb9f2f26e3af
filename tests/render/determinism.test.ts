import { describe, expect, it } from 'vitest'
import { makeArchive } from './archive.ts'
import { render } from './helpers.ts'

describe('determinism', () => {
  it('renders byte-identical output twice, from the same and from a fresh archive', async () => {
    const archive = makeArchive()
    const a = await render(archive)
    const b = await render(archive)
    const c = await render(makeArchive())
    expect(b).toEqual(a)
    expect(c).toEqual(a)
  })

  it('does not depend on the order of archive.articles', async () => {
    const archive = makeArchive()
    const reversed = { ...archive, articles: [...archive.articles].reverse() }
    expect(await render(reversed)).toEqual(await render(archive))
  })
})
