/** One html-validate set-up for every test that checks pages. */
import { HtmlValidate } from 'html-validate'
import type { OutputFile } from '../../src/types.ts'

export const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
})

/** `path:line:col rule message` for every problem in the HTML pages given. */
export async function toHtmlProblems(pages: readonly OutputFile[]): Promise<string[]> {
  const problems: string[] = []
  for (const page of pages) {
    const html = typeof page.contents === 'string' ? page.contents : new TextDecoder().decode(page.contents)
    const report = await validator.validateString(html, page.path)
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${page.path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`)
    }
  }
  return problems
}
