/**
 * The LiquidJS engine over the in-memory TemplateSet (no file system).
 * Output is HTML-escaped by default (`outputEscape`, as LiquidJS's `escape`): templates
 * mark the few values that are already HTML with `| raw`. Every page template
 * is parsed once; layouts and partials are cached after their first use.
 *
 * Partials rendered many times with the same data (an article's card on
 * every topic, person and organisation page that lists it, and as a link in
 * every "À lire aussi" list; the masthead and footer of every page with the
 * same link root) are rendered once per distinct arguments: see
 * MEMOISED_PARTIALS.
 */
import { IfTag, Liquid, LiquidError, RenderError, RenderTag, TokenKind, UnlessTag, isTruthy, toValue, toValueSync } from 'liquidjs'
import type { Context, Emitter, Hash, Template } from 'liquidjs'
import type { TemplateSet } from '../types.ts'
import { createTypeset, createTypesetHtml, escapeHtml } from './typeset.ts'
import type { Typeset } from './typeset.ts'

export interface Engine {
  /** Render a compiled page template with a scope (synchronously: no await per page). */
  render(template: CompiledTemplate, scope: object): string
  /** Parse `pages/<name>.liquid` once. */
  compile(name: string): CompiledTemplate
  /**
   * Let the memoised outputs of these partials go (MEMOISED_PARTIALS): render
   * calls it when a kind of page is done, for the outputs that the next kinds
   * rarely show again. Output bytes are the same either way.
   */
  forget(files: readonly string[]): void
}

export interface CompiledTemplate {
  name: string
  parsed: Template[]
}

/** Where in templates/ a TemplateError is (1-based line and column). */
export interface TemplatePlace {
  /** The template's path in templates/ (`pages/article.liquid`). */
  file: string
  line: number
  column: number
}

/**
 * A mistake in the templates, the user's to fix: a file render needs is
 * missing, or LiquidJS cannot parse or render one (`place`: where, and
 * `excerpt`: the lines around it, as LiquidJS shows them). The message is
 * `file:line:col: reason`, with no stack.
 */
export class TemplateError extends Error {
  constructor(
    /** What is wrong, without the place. */
    readonly reason: string,
    readonly place: TemplatePlace | null = null,
    readonly excerpt = '',
  ) {
    super(place ? `${place.file}:${place.line}:${place.column}: ${reason}` : reason)
    this.name = 'TemplateError'
  }
}

/** A LiquidJS error as a TemplateError (anything else is given back as it is: a bug of ours, not the user's). */
export function toTemplateError(error: unknown, fallbackFile: string): unknown {
  if (!LiquidError.is(error)) return error
  const liquidError = error as LiquidError & { originalError?: Error; errors?: LiquidError[] }
  const first = liquidError.errors?.[0] ?? liquidError
  const token = first.token
  const [line = 0, column = 0] = token ? token.getPosition() : []
  const file = token?.file || fallbackFile
  // LiquidJS appends `, file:…, line:…, col:…` to its message; the place is said once, in front.
  const reason = ((first as { originalError?: Error }).originalError?.message ?? first.message).replace(/(?:, file:.*)?, line:\d+, col:\d+$/s, '')
  return new TemplateError(reason, { file, line, column }, first.context ?? '')
}

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
  hash: Hash & { hash: Record<string, TokenFields | undefined> }
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
    // LiquidJS's `escape` filter, the same bytes (`&#34;`, `&#39;`), quicker on text with nothing to escape.
    outputEscape: (value: unknown) => escapeHtml(stringify(value)),
    strictFilters: true,
    strictVariables: true,
    lenientIf: true,
    ownPropertyOnly: true,
  })
  const outputs = new PartialOutputs()
  liquid.registerTag('render', memoisingRenderTag(liquid, outputs))
  renderCommonNodesDirectly(liquid, outputs)
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
      try {
        return { name: path, parsed: liquid.parse(source, path) }
      } catch (error) {
        throw toTemplateError(error, path)
      }
    },
    render(template, scope) {
      try {
        return liquid.renderSync(template.parsed, scope)
      } catch (error) {
        throw toTemplateError(error, template.name)
      }
    },
    forget(files) {
      outputs.forget(files)
    },
  }
}

/**
 * The outputs of memoised partials, by file and argument names, then by
 * argument values (objects by identity, primitives by value) in a tree of
 * Maps: no key string is built per render. Holds the argument objects for one
 * build (they are the build's view objects, alive anyway).
 */
class PartialOutputs {
  private readonly roots = new Map<string, OutputNode>()

  /** The node of these arguments (made on the way); null when an argument cannot be a key. */
  node(file: string, args: Record<string, unknown>): OutputNode | null {
    const names = Object.keys(args)
    let node = this.root(signatureOf(file, names))
    for (const name of names) {
      const value = args[name]
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return null
      node = node.child(value)
    }
    return node
  }

  /** Drop the trees of these files (every list of argument names). */
  forget(files: readonly string[]): void {
    for (const signature of [...this.roots.keys()]) {
      if (files.some((file) => signature.startsWith(`${file}\u0000`))) this.roots.delete(signature)
    }
  }

  /** The tree of one file and list of argument names (`signatureOf`). */
  root(signature: string): OutputNode {
    let node = this.roots.get(signature)
    if (node === undefined) this.roots.set(signature, (node = new OutputNode()))
    return node
  }
}

/** `partials/card` with arguments `card`, `level`: one tree of outputs per file and argument names in order. */
function signatureOf(file: string, names: readonly string[]): string {
  return `${file}\u0000${names.join('\u0000')}`
}

class OutputNode {
  output: string | undefined = undefined
  private children: Map<unknown, OutputNode> | undefined = undefined

  child(value: unknown): OutputNode {
    this.children ??= new Map()
    let node = this.children.get(value)
    if (node === undefined) this.children.set(value, (node = new OutputNode()))
    return node
  }
}

/** The memoised partial a `render` tag names (static name, no `with`/`for`), or null. */
function memoisedFile(tag: RenderTagFields): string | null {
  const file = tag.file
  return typeof file === 'string' && MEMOISED_PARTIALS.has(file) && tag.with === undefined && tag.forBinding === undefined ? file : null
}

/**
 * `{% render 'partials/x', a: …, b: … %}` as LiquidJS renders it, but for the
 * partials of MEMOISED_PARTIALS the output is looked up by its arguments
 * first. Same bytes: the partial is rendered by LiquidJS into a string exactly
 * as it would be into the page. (Most memoised renders are done by the direct
 * renderer below, with the same `outputs`; this covers the rest.)
 */
function memoisingRenderTag(liquid: Liquid, outputs: PartialOutputs): typeof RenderTag {
  return class MemoisingRenderTag extends RenderTag {
    override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const tag = this as unknown as RenderTagFields
      const file = memoisedFile(tag)
      if (file === null) {
        yield* super.render(ctx, emitter)
        return
      }
      const args = (yield tag.hash.render(ctx)) as Record<string, unknown>
      const node = outputs.node(file, args)
      if (node?.output !== undefined) {
        emitter.write(node.output)
        return
      }
      const child = ctx.spawn()
      Object.assign(child.bottom(), args)
      const templates = (yield liquid._parsePartialFile(file, child.sync, tag.currentFile)) as Template[]
      const html = (yield liquid.renderer.renderTemplates(templates, child)) as string
      if (node !== null) node.output = html
      emitter.write(html)
    }
  }
}

/*
 * Direct rendering of the commonest nodes.
 *
 * LiquidJS renders every node through a chain of generators (its sync and
 * async modes share one code path): an output `{{ card.title | typo }}` is
 * six or seven generators deep, the text between tags one, an `if` condition
 * as many as its operands, and the clock is read before each node for
 * `renderLimit` (which we never set). On pages of several hundred nodes that
 * chain, not our filters, was most of the cost of render.
 *
 * So the engine renders node lists itself (LiquidJS's `Render.renderTemplates`
 * is replaced on our instance), with LiquidJS's own pieces:
 * - text nodes are written straight to the emitter (what `HTML.render` does);
 * - outputs, and the conditions of `if`/`elsif`/`unless`, whose operands are
 *   literals or plain variable paths (`card.topics[0].href`, not `a[b]`)
 *   are evaluated with the Context's `findScope` and `readProperty` (the
 *   steps of `Context._getFromScope`), LiquidJS's operators and the filter
 *   handlers, in the same order and with the same values and leniency as
 *   `Output.render`, `Value.value` and `Expression.evaluate`; the chosen
 *   branch of an `if` is rendered here too;
 * - a memoised `render` (MEMOISED_PARTIALS) whose arguments are such
 *   operands is looked up, or rendered and kept, here (`RenderTag.render`);
 * - everything else (`for`, other `render`s, `layout`, `block`, `assign`,
 *   other outputs) is rendered by LiquidJS, whose node lists come back here.
 * When a direct evaluation meets anything unusual (an undefined variable
 * under strictVariables, a generator or Drop where a value was expected), it
 * writes nothing and LiquidJS renders the node instead, so errors carry
 * LiquidJS's own messages. `renderLimit`, `keepOutputType` and the async
 * mode are not used by the engine, so not handled here.
 * tests/render/engine-direct.test.ts renders the same templates both ways.
 */

/** The fields of LiquidJS's nodes and tokens (TypeScript-private, stable since v10) read here. */
interface NodeFields {
  token: { kind: number }
  /** HTML nodes: their text. */
  str?: string
  /** Output nodes: the filtered value. */
  value?: ValueFields
  /** `if` and `unless` tags. */
  branches?: { value: ValueFields; test?: (value: unknown, ctx: Context) => boolean; templates: NodeFields[] }[]
  elseTemplates?: NodeFields[]
  render(ctx: Context, emitter: Emitter): unknown
}

interface ValueFields {
  initial: { postfix: TokenFields[] }
  filters: { name: string; args: unknown[]; handler: (...args: unknown[]) => unknown; token: unknown; liquid: unknown }[]
}

interface TokenFields {
  kind: number
  content?: unknown
  variable?: unknown
  props?: TokenFields[]
  operator?: string
}

/** The Context members (TypeScript-private) used here. */
interface ContextFields {
  strictVariables: boolean
  breakCalled: boolean
  continueCalled: boolean
  opts: { operators: Record<string, (...args: unknown[]) => unknown> }
  findScope(key: string): unknown
  readProperty(scope: unknown, key: unknown): unknown
}

/** A value computed without generators; throws FALLBACK when LiquidJS should compute it. */
type Direct = (ctx: Context) => unknown

type RenderTemplates = (templates: NodeFields[], ctx: Context, emitter?: Emitter) => Generator<unknown, unknown, unknown>

interface DirectRender {
  file: string
  currentFile: string | undefined
  /** Each argument by name: its operand, or null for a bare name (true). */
  args: [string, Direct | null][]
  /** `signatureOf` the file and argument names: the tree of its outputs in PartialOutputs. */
  signature: string
}

interface DirectIf {
  branches: { condition: Direct; test: (value: unknown, ctx: Context) => boolean; templates: NodeFields[] }[]
  elseTemplates: NodeFields[]
}

const FALLBACK = new Error('render this node with LiquidJS')

/** LiquidJS's operators by arity; any other operator leaves the expression to LiquidJS. */
const BINARY = new Set(['==', '!=', '>', '<', '>=', '<=', 'contains', 'and', 'or'])
const UNARY = new Set(['not'])

function renderCommonNodesDirectly(liquid: Liquid, outputs: PartialOutputs): void {
  const renderer = liquid.renderer as unknown as { renderTemplates: RenderTemplates }
  const values = new WeakMap<NodeFields, Direct | null>()
  const ifs = new WeakMap<NodeFields, DirectIf | null>()
  const renders = new WeakMap<NodeFields, DirectRender | null>()

  /** The nodes of the branch an `if`/`unless` takes; null when LiquidJS should decide. */
  const chooseBranch = (plan: DirectIf, ctx: Context): NodeFields[] | null => {
    try {
      for (const branch of plan.branches) {
        if (branch.test(branch.condition(ctx), ctx)) return branch.templates
      }
      return plan.elseTemplates
    } catch {
      return null
    }
  }

  /** The arguments of a memoised `render` (what `Hash.render` gives); null when LiquidJS should evaluate them. */
  const evaluateArgs = (plan: DirectRender, ctx: Context): Record<string, unknown> | null => {
    const args: Record<string, unknown> = {}
    try {
      for (const [name, value] of plan.args) args[name] = value === null ? true : value(ctx)
    } catch {
      return null
    }
    return args
  }

  /** The output node of these arguments, as `PartialOutputs.node` finds it, from the plan's signature. */
  const nodeOf = (plan: DirectRender, args: Record<string, unknown>): OutputNode | null => {
    let node = outputs.root(plan.signature)
    for (const [name] of plan.args) {
      const value = args[name]
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return null
      node = node.child(value)
    }
    return node
  }

  /** `RenderTag.render` of a memoised partial, the output looked up first (see memoisingRenderTag). */
  const renderPartial = function* (plan: DirectRender, args: Record<string, unknown>, ctx: Context): Generator<unknown, string, unknown> {
    const node = nodeOf(plan, args)
    if (node?.output !== undefined) return node.output
    const child = ctx.spawn()
    Object.assign(child.bottom(), args)
    const templates = (yield liquid._parsePartialFile(plan.file, child.sync, plan.currentFile)) as NodeFields[]
    const html = (yield* renderTemplates(templates, child)) as string
    if (node !== null) node.output = html
    return html
  }

  const renderTemplates = function* (templates: NodeFields[], ctx: Context, emitter: Emitter = new StringEmitter()): Generator<unknown, unknown, unknown> {
    const flags = ctx as unknown as ContextFields
    for (const template of templates) {
      const kind = template.token.kind
      if (kind === TokenKind.HTML) {
        emitter.write(template.str)
        continue
      }
      if (kind === TokenKind.Output) {
        let direct = values.get(template)
        if (direct === undefined) values.set(template, (direct = toDirectValue(template.value as ValueFields, false)))
        if (direct !== null) {
          let value: unknown
          try {
            value = direct(ctx)
          } catch {
            value = FALLBACK
          }
          if (value !== FALLBACK) {
            emitter.write(value)
            continue
          }
        }
      } else if (template instanceof IfTag || template instanceof UnlessTag) {
        let plan = ifs.get(template)
        if (plan === undefined) ifs.set(template, (plan = toDirectIf(template)))
        const chosen = plan === null ? null : chooseBranch(plan, ctx)
        if (chosen !== null) {
          // Errors inside are already wrapped by the nested list, as LiquidJS's `IfTag.render` leaves them.
          yield* renderTemplates(chosen, ctx, emitter)
          if (flags.breakCalled || flags.continueCalled) break
          continue
        }
      } else if (template instanceof RenderTag) {
        let plan = renders.get(template)
        if (plan === undefined) renders.set(template, (plan = toDirectRender(template as unknown as RenderTagFields)))
        const args = plan === null ? null : evaluateArgs(plan, ctx)
        if (plan !== null && args !== null) {
          try {
            emitter.write(yield* renderPartial(plan, args, ctx))
          } catch (error) {
            throw LiquidError.is(error) ? error : new RenderError(error as Error, template as never)
          }
          continue
        }
      }
      try {
        const html = yield template.render(ctx, emitter)
        if (html) emitter.write(html)
        if (flags.breakCalled || flags.continueCalled) break
      } catch (error) {
        throw LiquidError.is(error) ? error : new RenderError(error as Error, template as never)
      }
    }
    return (emitter as unknown as { buffer: unknown }).buffer
  }
  renderer.renderTemplates = renderTemplates
}

/**
 * LiquidJS's SimpleEmitter (not exported), for node lists rendered to a
 * string (a page, a partial): values are written as `stringify` writes them.
 */
class StringEmitter {
  buffer = ''

  write(html: unknown): void {
    this.buffer += stringify(html)
  }
}

/** LiquidJS's `stringify`: nil is empty, arrays are joined, anything else is `String()`. */
function stringify(value: unknown): string {
  value = toValue(value)
  if (typeof value === 'string') return value
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(stringify).join('')
  return String(value)
}

/** A memoised `render` whose arguments are direct operands; null for any other `render`. */
function toDirectRender(tag: RenderTagFields): DirectRender | null {
  const file = memoisedFile(tag)
  if (file === null) return null
  const args: [string, Direct | null][] = []
  for (const [name, token] of Object.entries(tag.hash.hash)) {
    // `Hash.render`: a name without a value is true; a value is `evalToken`, not lenient.
    if (token === undefined) {
      args.push([name, null])
      continue
    }
    const operand = toDirectOperand(token, false)
    if (operand === null) return null
    args.push([name, operand])
  }
  return { file, currentFile: tag.currentFile, args, signature: signatureOf(file, args.map(([name]) => name)) }
}

/** `if`/`elsif`/`else` or `unless` with direct conditions; null when one is not. */
function toDirectIf(tag: NodeFields): DirectIf | null {
  const branches: DirectIf['branches'] = []
  for (const branch of tag.branches ?? []) {
    // `IfTag.render` evaluates with `lenientIf`, set in createEngine.
    const condition = toDirectValue(branch.value, true)
    if (condition === null) return null
    branches.push({ condition, test: branch.test ?? isTruthy, templates: branch.templates })
  }
  return { branches, elseTemplates: tag.elseTemplates ?? [] }
}

/**
 * `Value.value` then `toValue` (what `Output.render` and `IfTag.render`
 * do), for expressions of direct operands and filters whose arguments are
 * direct operands; null otherwise. `lenient`: an undefined variable is nil.
 */
function toDirectValue(value: ValueFields, lenient: boolean): Direct | null {
  // `default` first makes the value lenient (lenientIf): left to LiquidJS.
  if (value.filters[0]?.name === 'default') return null
  const expression = toDirectExpression(value.initial.postfix, lenient)
  if (expression === null) return null
  const filters: { handler: (...args: unknown[]) => unknown; token: unknown; liquid: unknown; args: Direct[] }[] = []
  for (const filter of value.filters) {
    const args: Direct[] = []
    for (const arg of filter.args) {
      // Key-value arguments (`name: value`) are arrays: left to LiquidJS.
      const operand = Array.isArray(arg) ? null : toDirectOperand(arg as TokenFields, false)
      if (operand === null) return null
      args.push(operand)
    }
    filters.push({ handler: filter.handler, token: filter.token, liquid: filter.liquid, args })
  }
  return (ctx) => {
    let result = expression(ctx)
    for (const filter of filters) {
      const argv = [result]
      for (const arg of filter.args) argv.push(arg(ctx))
      result = settle(filter.handler.apply({ context: ctx, token: filter.token, liquid: filter.liquid }, argv))
    }
    result = toValue(result)
    if (isIterator(result)) throw FALLBACK
    return result
  }
}

/** `Expression.evaluate`: operands in order, then LiquidJS's operators on the stack. */
function toDirectExpression(postfix: readonly TokenFields[], lenient: boolean): Direct | null {
  if (postfix.length === 1) return toDirectOperand(postfix[0] as TokenFields, lenient)
  const steps: ({ operand: Direct } | { operator: string; unary: boolean })[] = []
  for (const token of postfix) {
    if (token.kind === TokenKind.Operator) {
      const operator = token.operator as string
      if (!BINARY.has(operator) && !UNARY.has(operator)) return null
      steps.push({ operator, unary: UNARY.has(operator) })
    } else {
      const operand = toDirectOperand(token, lenient)
      if (operand === null) return null
      steps.push({ operand })
    }
  }
  return (context) => {
    const ctx = context as unknown as ContextFields
    const operands: unknown[] = []
    for (const step of steps) {
      if ('operand' in step) {
        operands.push(step.operand(context))
        continue
      }
      const operator = ctx.opts.operators[step.operator] as (...args: unknown[]) => unknown
      const right = operands.pop()
      operands.push(settle(step.unary ? operator(right, context) : operator(operands.pop(), right, context)))
    }
    return operands[0]
  }
}

/**
 * `evalToken` for a literal (`'x'`, `2`, `nil`) or a variable path whose every
 * segment is a name or a literal (`card.topics[0].href`); null otherwise.
 */
function toDirectOperand(token: TokenFields, lenient: boolean): Direct | null {
  if ('content' in token) {
    const content = token.content
    return () => content
  }
  if (token.kind !== TokenKind.PropertyAccess || token.variable !== undefined || token.props === undefined) return null
  const path: (string | number)[] = []
  for (const prop of token.props) {
    if (typeof prop.content !== 'string' && typeof prop.content !== 'number') return null
    path.push(prop.content)
  }
  const first = path[0]
  if (typeof first !== 'string') return null
  return (context) => {
    // `Context._get` and `_getFromScope`, step by step; undefined is an error, or nil when lenient.
    const ctx = context as unknown as ContextFields
    let scope: unknown = ctx.findScope(first)
    for (const key of path) {
      scope = ctx.readProperty(scope, key)
      if (isIterator(scope)) throw FALLBACK
      if (scope === undefined && ctx.strictVariables) {
        if (lenient) return null
        throw FALLBACK
      }
    }
    return scope
  }
}

/** What `yield` does to a value in LiquidJS's sync mode: a generator is run to its result. */
function settle(value: unknown): unknown {
  return isIterator(value) ? toValueSync(value) : value
}

function isIterator(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { next?: unknown }).next === 'function'
}
