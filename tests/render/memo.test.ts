/**
 * The memoised `{% render %}` of engine.ts: a listed partial is rendered once
 * per distinct arguments (objects by identity), with the same bytes as
 * LiquidJS's own `render`; other partials and `for`/`with` forms are untouched.
 */
import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/render/engine.ts'
import type { TemplateSet } from '../../src/types.ts'

describe('memoised render partials', () => {
  it('renders a listed partial once per argument object, with the same output', () => {
    const page = "{% for d in dates %}{% render 'partials/date', date: d %}|{% endfor %}"
    const templates: TemplateSet = new Map<string, string>([
      ['pages/test.liquid', page],
      ['partials/date.liquid', '<{{ date.text | typo }}>'],
    ])
    const engine = createEngine(templates, (text) => `${text}!`)
    const template = engine.compile('pages/test')
    const a = { text: 'a' }
    const b = { text: 'b' }
    expect(engine.render(template, { dates: [a, b, a, a] })).toBe('<a!>|<b!>|<a!>|<a!>|')
  })

  it('keys objects by identity: an equal but distinct object is rendered afresh', () => {
    let calls = 0
    const templates: TemplateSet = new Map<string, string>([
      ['pages/test.liquid', "{% for d in dates %}{% render 'partials/date', date: d %}{% endfor %}"],
      ['partials/date.liquid', '{{ date.text | typo }};'],
    ])
    const engine = createEngine(templates, (text) => `${text}${++calls}`)
    const template = engine.compile('pages/test')
    const shared = { text: 'x' }
    expect(engine.render(template, { dates: [shared, shared, { text: 'x' }] })).toBe('x1;x1;x2;')
    expect(calls).toBe(2)
  })

  it('leaves other partials and render … for alone', () => {
    let calls = 0
    const templates: TemplateSet = new Map<string, string>([
      ['pages/test.liquid', "{% for f in figures %}{% render 'partials/figure', figure: f %}{% endfor %}/{% render 'partials/date' for dates as date %}"],
      ['partials/figure.liquid', '{{ figure.text | typo }};'],
      ['partials/date.liquid', '{{ date.text | typo }};'],
    ])
    const engine = createEngine(templates, (text) => `${text}${++calls}`)
    const template = engine.compile('pages/test')
    const f = { text: 'f' }
    const d = { text: 'd' }
    expect(engine.render(template, { figures: [f, f], dates: [d, d] })).toBe('f1;f2;/d3;d4;')
  })
})
