/**
 * The LiquidJS engine over the in-memory TemplateSet (no file system).
 * Output is HTML-escaped by default (`outputEscape: 'escape'`): templates
 * mark the few values that are already HTML with `| raw`. Every page template
 * is parsed once; layouts and partials are cached after their first use.
 */
import { Liquid } from 'liquidjs'
import type { Template } from 'liquidjs'
import { toFrenchTypography } from '../normalise/typography.ts'
import type { TemplateSet } from '../types.ts'

export interface Engine {
  /** Render a compiled page template with a scope (synchronously: no await per page). */
  render(template: CompiledTemplate, scope: object): string
  /** Parse `pages/<name>.liquid` once. */
  compile(name: string): CompiledTemplate
}

export interface CompiledTemplate {
  name: string
  parsed: Template[]
}

/** Thrown when templates/ lacks a file render needs. */
export class TemplateError extends Error {}

export function createEngine(templates: TemplateSet): Engine {
  const sources: Record<string, string> = {}
  for (const [path, contents] of templates) {
    if (path.endsWith('.liquid') && typeof contents === 'string') sources[path] = contents
  }
  const liquid = new Liquid({
    templates: sources,
    extname: '.liquid',
    cache: true,
    outputEscape: 'escape',
    strictFilters: true,
    strictVariables: true,
    lenientIf: true,
    ownPropertyOnly: true,
  })
  // French typography on dump text; Vietnamese text is left as written.
  // Titles and summaries appear on many pages (lists, cards, related): each is typeset once.
  const typeset = new Map<string, string>()
  liquid.registerFilter('typo', (value: unknown, lang?: unknown) => {
    if (value === null || value === undefined) return ''
    const text = String(value)
    if (lang === 'vi') return text
    let done = typeset.get(text)
    if (done === undefined) typeset.set(text, (done = toFrenchTypography(text)))
    return done
  })
  return {
    compile(name) {
      const path = `${name}.liquid`
      const source = sources[path]
      if (source === undefined) throw new TemplateError(`Missing template \`${path}\` in templates/, expected a LiquidJS file there`)
      return { name: path, parsed: liquid.parse(source, path) }
    },
    render(template, scope) {
      return liquid.renderSync(template.parsed, scope)
    },
  }
}
