/**
 * Reading a Pagefind bundle to prune a recycled `pagefind/` (src/write/spare.ts):
 * on a real index, the files the index names stay and no others; a bundle
 * that is not as expected is refused, so that the build makes the index again
 * in an empty folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { indexSearch } from '../../src/write/search.ts'
import { pruneSearchFolder } from '../../src/write/spare.ts'

let site = ''
let bundle: string[] = []
const listing = () => readdirSync(join(site, 'pagefind'), { recursive: true }).map(String).sort()

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'chronique-search-prune-'))
  const words = ['riz', 'delta', 'mousson', 'port', 'lanterne', 'pagode']
  for (let i = 0; i < 6; i++) {
    mkdirSync(join(site, 'articles', `a${i}`), { recursive: true })
    const text = words.map((word, j) => `${word}${(i + j) % 6}`).join(' ')
    writeFileSync(join(site, 'articles', `a${i}`, 'index.html'), `<!DOCTYPE html><html lang="fr"><head><title>A${i}</title></head><body><main data-pagefind-body><h1>Article ${i}</h1><p>${text}</p></main></body></html>`)
  }
  expect(await indexSearch(site, 'articles/**/*.html')).toBe(6)
  bundle = listing()
}, 60_000)

describe('pruneSearchFolder', () => {
  it('keeps every file of the index and removes the content-named files it does not name', () => {
    writeFileSync(join(site, 'pagefind', 'fragment', 'fr_deadbee.pf_fragment'), 'stale')
    writeFileSync(join(site, 'pagefind', 'index', 'fr_deadbee.pf_index'), 'stale')
    writeFileSync(join(site, 'pagefind', 'pagefind.fr_0000000000.pf_meta'), 'stale')
    expect(listing()).not.toEqual(bundle)
    expect(pruneSearchFolder(site)).toBe(true)
    expect(listing()).toEqual(bundle)
    // The pages are left alone.
    expect(readdirSync(join(site, 'articles'))).toHaveLength(6)
  })

  it('refuses a bundle whose entry or metadata is not as expected', () => {
    const meta = bundle.find((name) => name.endsWith('.pf_meta')) as string
    writeFileSync(join(site, 'pagefind', meta), 'not gzip')
    expect(pruneSearchFolder(site)).toBe(false)
    writeFileSync(join(site, 'pagefind', 'pagefind-entry.json'), '{"languages":{}}')
    expect(pruneSearchFolder(site)).toBe(false)
  })
})
