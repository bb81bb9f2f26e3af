import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { htmlPages, renderFixture } from './helpers.ts'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
})

describe('HTML validity', () => {
  it('every page passes html-validate (recommended rules)', async () => {
    const { files } = await renderFixture({ filler: 12 })
    const problems: string[] = []
    for (const page of htmlPages(files)) {
      const report = await validator.validateString(page.contents as string, page.path)
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${page.path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`)
      }
    }
    expect(problems).toEqual([])
  })
})
