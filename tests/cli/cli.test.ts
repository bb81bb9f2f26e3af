import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const run = (...args: string[]) => runWith({}, ...args)

const runWith = (env: Record<string, string>, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['src/bin.js', ...args], { encoding: 'utf8', input: '', env: { ...process.env, ...env } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('chronique CLI', () => {
  it('runs the same from its bundle as from the sources through tsx', () => {
    // The whole pipeline on the sample, through both loaders; only the timing line may differ.
    const untimed = (result: ReturnType<typeof run>) => ({ ...result, stdout: result.stdout.replace(/^time: .*$/m, 'time: …') })
    const bundled = untimed(run('check'))
    expect(bundled.stderr).not.toMatch(/could not bundle/)
    expect(bundled.stdout).toMatch(/none lost/)
    expect(untimed(runWith({ CHRONIQUE_NO_BUNDLE: '1' }, 'check'))).toEqual(bundled)
  }, 60_000)

  it('prints usage with --help', () => {
    const result = run('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: chronique <command>/)
  })

  it('refuses unknown commands, unknown flags and missing folders in one line, exit 2', () => {
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /^chronique: Unknown command `frobnicate`, expected one of build, check, serve, dev, normalise\n$/],
      [['build', '--colour'], /^chronique: Unknown option '--colour'\n$/],
      [['build', '--seeds', 'no/such/dir'], /^chronique: --seeds no\/such\/dir: no such folder\n$/],
      [['build', '--config', 'nope.yaml'], /^chronique: --config nope.yaml: no such file\n$/],
      [['build', '--base-url', 'notaurl'], /^chronique: --base-url notaurl: expected an http\(s\) URL \(`https:\/\/example.org\/archive\/`\) or a path starting with `\/`\n$/],
      [['serve', '--out', 'no/such/dist'], /^chronique: --out no\/such\/dist: no such folder; run `npm run build` first\n$/],
      [['serve', '--port', 'x', '--out', 'seeds'], /^chronique: Expected --port to be a number from 0 to 65535, found `x`\n$/],
      [['normalise', 'missing.txt'], /^chronique: missing.txt: no such file\n$/],
    ]
    for (const [args, expected] of cases) {
      const result = run(...args)
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 2, stderr: expect.stringMatching(expected) })
    }
  }, 60_000)

  it('says a template mistake as file:line:col with LiquidJS excerpt, no stack, exit 1, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronique-cli-template-'))
    try {
      cpSync('templates', join(dir, 'templates'), { recursive: true })
      const article = join(dir, 'templates/pages/article.liquid')
      writeFileSync(article, readFileSync(article, 'utf8').replace('{{ article.title | typo_html: article.lang | raw }}', '{{ article.title | no_such_filter }}'))
      const out = join(dir, 'dist')
      const result = run('build', '--no-search', '--no-cache', '--templates', join(dir, 'templates'), '--out', out)
      expect(result.code).toBe(1)
      const [first, ...excerpt] = result.stderr.trimEnd().split('\n')
      expect(first).toMatch(new RegExp(`^chronique: \\[render\\] ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/templates/pages/article\\.liquid:16:32: undefined filter: no_such_filter; nothing was written$`))
      expect(excerpt.join('\n')).toMatch(/>> 16\|.*no_such_filter/)
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /)
      expect(existsSync(out)).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('takes from a templates folder of one\'s own only the files it has: the shipped templates give the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronique-cli-overlay-'))
    try {
      mkdirSync(join(dir, 'templates/pages'), { recursive: true })
      writeFileSync(join(dir, 'templates/pages/article.liquid'), readFileSync('templates/pages/article.liquid', 'utf8').replace('<article ', '<article data-mine="oui" '))
      const out = join(dir, 'dist')
      const result = run('build', '--no-search', '--no-cache', '--templates', join(dir, 'templates'), '--out', out)
      expect(result.stderr).not.toMatch(/chronique: /)
      expect(result.code).toBe(0)
      const article = readdirSync(join(out, 'articles'))[0] as string
      expect(readFileSync(join(out, 'articles', article, 'index.html'), 'utf8')).toMatch(/<article data-mine="oui" /)
      // Every other file is the shipped templates' own.
      expect(readFileSync(join(out, 'assets/site.css'), 'utf8')).toBe(readFileSync('templates/assets/site.css', 'utf8'))
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<main id="contenu"/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('stops quietly when its reader does (`check | head`): no stack trace, the code of a broken pipe', () => {
    // The reader is gone before the first line: the sample's whole report (32 KB) fits in a pipe's buffer, so a reader
    // that reads a little and goes (`head -c 10`) may go only after everything is written, and then no write fails.
    const result = spawnSync('bash', ['-c', `"${process.execPath}" src/bin.js check 2>&1 | true; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' })
    expect(result.stdout.trim()).toBe('141')
    expect(result.stderr).toBe('')
  }, 60_000)

  it('normalise reads its text as a dump is read: Windows-1252 with a warning, a binary file refused', () => {
    const latin = spawnSync(process.execPath, ['src/bin.js', 'normalise'], { input: Buffer.from('Lesautres caf\xe9s', 'latin1') })
    expect(latin.status).toBe(0)
    expect(latin.stdout.toString('utf8')).toBe('Les autres cafés')
    expect(latin.stderr.toString('utf8')).toMatch(/^standard input\n1:14 +warning +Found byte 0xe9 that is not UTF-8/)
    const binary = spawnSync(process.execPath, ['src/bin.js', 'normalise'], { input: Buffer.from([0x41, 0x00, 0x42]) })
    expect(binary.status).toBe(1)
    expect(binary.stdout.toString('utf8')).toBe('')
    expect(binary.stderr.toString('utf8')).toMatch(/error +Found a NUL byte at byte 1, expected text: this looks like a binary file/)
  }, 60_000)
})
