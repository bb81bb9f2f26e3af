/**
 * The LiquidJS engine over the in-memory TemplateSet (no file system).
 * Output is HTML-escaped by default (`outputEscape: 'escape'`): templates
 * mark the few values that are already HTML with `| raw`. Every page template
 * is parsed once; layouts and partials are cached after their first use.
 *
 * Partials rendered many times with the same data (an article's card on
 * every topic, person and organisation page that lists it, and as a link in
 * every "À lire aussi" list; the masthead and footer of every page with the
 * same link root) are rendered once per distinct arguments: see
 * MEMOISED_PARTIALS.
 */
import { Liquid, RenderTag } from 'liquidjs'
import type { Context, Emitter, Hash, Template } from 'liquidjs'
import type { TemplateSet } from '../types.ts'
import { createTypeset, createTypesetHtml } from './typeset.ts'
import type { Typeset } from './typeset.ts'

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

/**
 * Partials whose `{% render %}` output is kept and reused for the same
 * arguments within one build. A `render` partial sees only its arguments
 * (LiquidJS isolates its scope) and our filters are pure, so its output is a
 * function of them: primitives by value, objects BY IDENTITY. This holds
 * because view objects are never changed once built, and the callers share
 * one object per article and link root (`createCardViews` in view.ts: cards,
 * their chips, the links of article pages), per link root (`toNavView`), per
 * build (`site`) and per article (`Prepared.date`). A partial listed here must
 * not use `increment`, `decrement` or `cycle` (their counters outlive one
 * render).
 */
export const MEMOISED_PARTIALS: ReadonlySet<string> = new Set([
  'partials/card',
  'partials/date',
  'partials/chips',
  'partials/related-link',
  'partials/masthead',
  'partials/footer',
])

/** The fields of LiquidJS's RenderTag (TypeScript-private, stable since v10) the memo reads. */
interface RenderTagFields {
  file: unknown
  currentFile?: string
  hash: Hash
  with?: unknown
  forBinding?: unknown
}

export function createEngine(templates: TemplateSet, typeset: Typeset = createTypeset()): Engine {
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
  liquid.registerTag('render', memoisingRenderTag(liquid))
  // French typography on dump text; Vietnamese text is left as written.
  // Titles and summaries appear on many pages (lists, cards, related): each is typeset once.
  liquid.registerFilter('typo', (value: unknown, lang?: unknown) => {
    if (value === null || value === undefined) return ''
    return typeset(String(value), lang === 'vi' ? 'vi' : undefined)
  })
  // The same as HTML, Vietnamese runs inside French text wrapped in `<span lang="vi">`:
  // the only filter whose output templates print with `| raw` (it escapes the text itself).
  const typesetHtml = createTypesetHtml(typeset)
  liquid.registerFilter('typo_html', (value: unknown, lang?: unknown) => {
    if (value === null || value === undefined) return ''
    return typesetHtml(String(value), lang === 'vi' ? 'vi' : undefined)
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

/**
 * `{% render 'partials/x', a: …, b: … %}` as LiquidJS renders it, but for the
 * partials of MEMOISED_PARTIALS (static name, no `with`/`for`) the output is
 * looked up by its arguments first. Same bytes: the partial is rendered by
 * LiquidJS into a string exactly as it would be into the page.
 */
function memoisingRenderTag(liquid: Liquid): typeof RenderTag {
  const outputs = new Map<string, string>()
  const ids = new WeakMap<object, number>()
  let nextId = 0
  /** `file|name=value|…`, objects by identity; null when an argument cannot be keyed. */
  const keyOf = (file: string, args: Record<string, unknown>): string | null => {
    let key = file
    for (const name of Object.keys(args)) {
      const value = args[name]
      let part: string
      if (value !== null && typeof value === 'object') {
        let id = ids.get(value)
        if (id === undefined) ids.set(value, (id = nextId++))
        part = `#${id}`
      } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
        part = JSON.stringify(value)
      } else if (value === undefined) {
        part = 'u'
      } else {
        return null
      }
      key += `\u0000${name}=${part}`
    }
    return key
  }
  return class MemoisingRenderTag extends RenderTag {
    override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const tag = this as unknown as RenderTagFields
      const file = tag.file
      if (typeof file !== 'string' || !MEMOISED_PARTIALS.has(file) || tag.with !== undefined || tag.forBinding !== undefined) {
        yield* super.render(ctx, emitter)
        return
      }
      const args = (yield tag.hash.render(ctx)) as Record<string, unknown>
      const key = keyOf(file, args)
      const known = key === null ? undefined : outputs.get(key)
      if (known !== undefined) {
        emitter.write(known)
        return
      }
      const child = ctx.spawn()
      Object.assign(child.bottom(), args)
      const templates = (yield liquid._parsePartialFile(file, child.sync, tag.currentFile)) as Template[]
      const html = (yield liquid.renderer.renderTemplates(templates, child)) as string
      if (key !== null) outputs.set(key, html)
      emitter.write(html)
    }
  }
}
