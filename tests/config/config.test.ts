import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigError, resolveConfig } from '../../src/config.ts'
import { toConfigFailure } from './helpers.ts'

const fail = toConfigFailure

describe('resolveConfig', () => {
  it('reads the committed chronique.yaml', () => {
    const { config, file } = resolveConfig(readFileSync('chronique.yaml', 'utf8'))
    expect(file.messages).toEqual([])
    expect(config.baseUrl).toMatch(/\/$/)
    expect(config.themes.length).toBeGreaterThan(3)
    expect(config.themes.every((theme) => theme.keywords.length > 0)).toBe(true)
  })

  it('uses defaults with no file, and command-line overrides win', () => {
    const { config } = resolveConfig(null, 'chronique.yaml', { baseUrl: 'https://example.org/archive', out: 'public' })
    expect(config.baseUrl).toBe('https://example.org/archive/')
    expect(config.basePath).toBe('/archive/')
    expect(config.out).toBe('public')
    expect(config.pageSize).toBe(20)
  })

  it('warns about unknown keys with their line', () => {
    const { file } = resolveConfig('title: X\ncolour: red\n')
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['2:1 config-unknown-key'])
  })

  it('gives clear errors with positions', () => {
    expect(fail('title: [x\n')).toMatch(/^\d+:\d+ config-yaml: Cannot read YAML: /)
    expect(fail('pageSize: many\n')).toBe('1:1 config-type: Expected `pageSize` to be a whole number ≥ 1, found `"many"` (text)')
    expect(fail('baseUrl: ftp://x\n')).toBe('1:1 config-base-url: Expected `baseUrl` to be an http(s) URL or a path starting with `/`, found `ftp://x`')
    expect(fail('themes:\n  - slug: Bad Slug\n    name: X\n    keywords: []\n')).toMatch(/config-type: Expected `themes\[0\]\.slug` to be lowercase/)
    expect(fail('- a\n- b\n')).toMatch(/config-shape/)
    expect(fail('title: "  "\n')).toBe('1:1 config-type: Expected `title` to be the site\'s name (non-empty text), found `"  "` (text)')
    expect(fail('language: français\n')).toBe('1:1 config-type: Expected `language` to be a language tag such as `fr` or `fr-FR`, found `"français"` (text)')
  })

  it('says every setting of the wrong kind in one run, each at its line', () => {
    let messages: string[] = []
    try {
      resolveConfig('title: X\npageSize: 0\nhomeSize: 2.5\nout: [dist]\nlanguage: fr-FR\n', 'chronique.yaml')
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      messages = error.file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}`)
    }
    expect(messages).toEqual(['4:1 error config-type', '2:1 error config-type', '3:1 error config-type'])
  })
})
