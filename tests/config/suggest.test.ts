import { describe, expect, it } from 'vitest'
import { closestKey } from '../../src/util/suggest.ts'
import { resolveConfig } from '../../src/config.ts'

const CONFIG = ['title', 'description', 'baseUrl', 'language', 'seeds', 'out', 'pageSize', 'homeSize', 'themes', 'keepAsWritten', 'people', 'notPeople', 'organisations', 'notOrganisations']

describe('the key a mistyped one was meant to be', () => {
  it.each([
    ['baseURL', 'baseUrl'],
    ['base_url', 'baseUrl'],
    ['page-size', 'pageSize'],
    ['tilte', 'title'],
    ['organizations', 'organisations'],
    ['theme', 'themes'],
    ['ot', 'out'],
  ])('%s → %s', (typed, meant) => {
    expect(closestKey(typed, CONFIG)).toBe(meant)
  })

  it.each(['colour', 'perPage', 'x', 'author', 'menu'])('%s → nothing', (typed) => {
    expect(closestKey(typed, CONFIG)).toBeNull()
  })

  it('is said in the config and front matter messages', () => {
    const { file } = resolveConfig('baseURL: https://example.org/\n')
    expect(file.messages[0]?.reason).toMatch(/^Unknown setting `baseURL` \(did you mean `baseUrl`\?\), expected one of /)
  })
})
