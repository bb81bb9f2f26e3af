/**
 * engine.ts renders text nodes, plain outputs and `if`/`unless` conditions
 * itself instead of through LiquidJS's generators: the same templates must
 * give the same bytes, and the same errors, as LiquidJS alone.
 */
import { Liquid } from 'liquidjs'
import { describe, expect, it } from 'vitest'
import { TemplateError, createEngine, toTemplateError } from '../../src/render/engine.ts'
import { createTypesetHtml } from '../../src/render/typeset.ts'
import type { TemplateSet } from '../../src/types.ts'

const typeset = (text: string, lang?: string) => (lang === 'vi' ? text : text.replace(/ :/g, '\u00a0:'))
const typesetHtml = createTypesetHtml(typeset)

/** LiquidJS as createEngine configures it, without the direct rendering. */
function plainLiquid(templates: Record<string, string>): Liquid {
  const liquid = new Liquid({ templates, extname: '.liquid', cache: true, outputEscape: 'escape', strictFilters: true, strictVariables: true, lenientIf: true, ownPropertyOnly: true })
  liquid.registerFilter('typo', (value: unknown, lang?: unknown) => (value == null ? '' : typeset(String(value), lang === 'vi' ? 'vi' : undefined)))
  liquid.registerFilter('typo_html', (value: unknown, lang?: unknown) => (value == null ? '' : typesetHtml(String(value), lang === 'vi' ? 'vi' : undefined)))
  return liquid
}

const scope = {
  a: 'A & <b> "c" \'d\'',
  n: 42,
  zero: 0,
  flag: true,
  off: false,
  none: null,
  empty: '',
  lang: 'fr',
  vi: 'vi',
  text: 'Titre : sous-titre',
  html: '<p>déjà du HTML</p>',
  words: ['un', 'deux', 'trois'],
  list: [{ v: 1, name: 'x' }, { v: 2, name: 'y' }, { v: 3, name: 'z' }],
  deep: { nav: { home: '../../index.html', items: [{ href: 'a/b.html' }] } },
  objectWithSize: { size: 7 },
}

const cases: string[] = [
  'plain text only',
  '{{ a }}|{{ n }}|{{ zero }}|{{ flag }}|{{ off }}|{{ none }}|{{ empty }}|{{ words }}',
  '{{ deep.nav.home }} {{ deep.nav.items[0].href }} {{ list[1].name }} {{ list.size }} {{ words.first }} {{ words.last }} {{ objectWithSize.size }}',
  "{{ 'lit<' }}{{ 3 }}{{ nil }}{{ true }}",
  '{{ html | raw }}{{ text | typo }}{{ text | typo: vi }}{{ text | typo_html: lang | raw }}{{ a | typo_html: vi | raw }}',
  "{{ a | append: text }}{{ a | replace: 'A', 'Z' | upcase }}{{ none | default: 'vide' }}{{ words | join: ', ' }}{{ list | map: 'name' | join: '-' }}",
  "{% if flag %}oui{% endif %}{% if off %}non{% else %}sinon{% endif %}{% if none %}1{% elsif zero %}2{% else %}3{% endif %}",
  "{% if lang == 'fr' %}fr{% endif %}{% if lang != 'fr' %}x{% endif %}{% if n > 40 and n < 50 %}4x{% endif %}{% if off or flag %}ou{% endif %}",
  "{% if list.size > 0 %}{{ list.size }}{% endif %}{% if text contains 'sous' %}c{% endif %}{% if words contains 'deux' %}w{% endif %}{% if empty == '' %}e{% endif %}{% if empty == empty %}E{% endif %}",
  '{% if missing %}m{% else %}pas de missing{% endif %}{% if missing.deeper or flag %}lenient{% endif %}{% unless missing %}u{% endunless %}',
  '{% unless flag %}a{% elsif off %}b{% else %}c{% endunless %}{% unless off %}d{% endunless %}',
  '{% for item in list %}{% if item.v == 2 %}{% continue %}{% endif %}[{{ item.name }}]{% endfor %}',
  '{% for item in list %}{% if item.v == 2 %}{% break %}{% endif %}[{{ item.name }}]{% endfor %}after',
  '{% for w in words %}{% unless forloop.last %}{{ w }}, {% else %}{{ w }}.{% endunless %}{% endfor %}',
  '{%- if flag -%}\n  trimmed\n{%- endif -%}\n{% assign x = n %}{{ x }}{% capture c %}{{ a }}{% endcapture %}{{ c }}',
  "{% for item in list %}{% render 'partials/date', date: item, level: 2, bare %}|{% render 'partials/date', date: list[0], level: n, bare %}{% endfor %}",
  "{% render 'partials/figure', figure: list[1] %}{% render 'partials/figure' for list as figure %}",
]

/** Partials for the cases: `partials/date` is memoised, `partials/figure` is not. */
const partials: Record<string, string> = {
  'partials/date.liquid': '<{{ date.name }} {{ level }} {{ bare }}>{% if date.v > 1 %}+{% endif %}\n',
  'partials/figure.liquid': '[{{ figure.name | upcase }}]',
  'partials/card.liquid': '{{ card.missing }}',
}

const errors: string[] = [
  '{{ missing }}',
  '{{ deep.nav.missing }}',
  '{{ text | typo: missing }}',
  '{% if flag %}{{ list[5].name }}{% endif %}',
  "{% render 'partials/card', card: list[0] %}",
  "{% render 'partials/date', date: missing %}",
]

describe('direct rendering in the engine', () => {
  it('gives the bytes of LiquidJS alone', () => {
    const sources: Record<string, string> = { ...partials }
    cases.forEach((source, index) => (sources[`pages/case${index}.liquid`] = source))
    const liquid = plainLiquid(sources)
    const engine = createEngine(new Map(Object.entries(sources)) as TemplateSet, typeset)
    cases.forEach((source, index) => {
      const expected = liquid.renderSync(liquid.parse(source), scope)
      expect(engine.render(engine.compile(`pages/case${index}`), scope), source).toBe(expected)
    })
  })

  it('throws the errors of LiquidJS alone', () => {
    const sources: Record<string, string> = { ...partials }
    errors.forEach((source, index) => (sources[`pages/error${index}.liquid`] = source))
    const liquid = plainLiquid(sources)
    const engine = createEngine(new Map(Object.entries(sources)) as TemplateSet, typeset)
    errors.forEach((source, index) => {
      // The engine says LiquidJS's error as a TemplateError: the same place, reason and excerpt.
      let expected: TemplateError | null = null
      try {
        liquid.renderSync(liquid.parse(source, `pages/error${index}.liquid`), scope)
      } catch (error) {
        expected = toTemplateError(error, `pages/error${index}.liquid`) as TemplateError
      }
      expect(expected, source).toBeInstanceOf(TemplateError)
      let found: unknown = null
      try {
        engine.render(engine.compile(`pages/error${index}`), scope)
      } catch (error) {
        found = error
      }
      expect(found, source).toBeInstanceOf(TemplateError)
      const { message, excerpt } = found as TemplateError
      expect({ message, excerpt }, source).toEqual({ message: expected?.message, excerpt: expected?.excerpt })
    })
  })
})
