import { describe, expect, it } from 'vitest'
import { toHtmlProblems } from '../helpers/html-validate.ts'
import { htmlPages, renderFixture } from './helpers.ts'

describe('HTML validity', () => {
  it('every page passes html-validate (recommended rules)', async () => {
    const { files } = await renderFixture({ filler: 12 })
    expect(await toHtmlProblems(htmlPages(files))).toEqual([])
  })
})
