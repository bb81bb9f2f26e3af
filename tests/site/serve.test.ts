/** The static server's mapping of a request to a file: never outside the served folder. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/errors.ts'
import { resolveRequest, serve } from '../../src/serve.ts'

describe('resolveRequest', () => {
  const base = mkdtempSync(join(tmpdir(), 'chronique-serve-'))
  const root = join(base, 'dist')
  mkdirSync(join(root, 'articles', 'a'), { recursive: true })
  writeFileSync(join(root, 'index.html'), 'home')
  writeFileSync(join(root, 'articles', 'a', 'index.html'), 'a')
  writeFileSync(join(base, 'secret.txt'), 'secret')
  mkdirSync(join(base, 'private'))
  writeFileSync(join(base, 'private', 'index.html'), 'private')

  it('gives files and folder indexes inside the root', async () => {
    expect(await resolveRequest(root, '/')).toBe(join(root, 'index.html'))
    expect(await resolveRequest(root, '/articles/a/')).toBe(join(root, 'articles', 'a', 'index.html'))
    expect(await resolveRequest(root, '/articles/a/index.html?x=1')).toBe(join(root, 'articles', 'a', 'index.html'))
    expect(await resolveRequest(root, '/articles/')).toBeNull()
  })

  it('refuses `..`, its encodings, NUL bytes and bad escapes', async () => {
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/articles/%2e%2e/%2e%2e/secret.txt', '/index.html%00.txt', '/%E0%A4%A']) {
      expect(await resolveRequest(root, url), url).toBeNull()
    }
  })

  it('does not follow a symbolic link out of the root, to a file or a folder', async () => {
    symlinkSync(join(base, 'secret.txt'), join(root, 'secret.txt'))
    symlinkSync(join(base, 'private'), join(root, 'private'))
    symlinkSync(join(root, 'index.html'), join(root, 'home.html'))
    expect(await resolveRequest(root, '/secret.txt')).toBeNull()
    expect(await resolveRequest(root, '/private/')).toBeNull()
    expect(await resolveRequest(root, '/private/index.html')).toBeNull()
    // A link that stays inside is served.
    expect(await resolveRequest(root, '/home.html')).toBe(join(root, 'home.html'))
  })

  it('sends a folder asked for without its slash to its URL with one, and reads with GET and HEAD only', async () => {
    const running = await serve(root, 0)
    try {
      const moved = await fetch(new URL('articles/a?x=1', running.url), { redirect: 'manual' })
      expect(moved.status).toBe(301)
      expect(moved.headers.get('location')).toBe('/articles/a/?x=1')
      expect((await fetch(new URL('articles/a/', running.url))).status).toBe(200)
      // Never to another host: `/.//articles/a` has the path `//articles/a`, which as a Location would be the host `articles`.
      // (Sent as written: fetch would make it `//articles/a`, a request for the host `articles`.)
      const { request } = await import('node:http')
      const dotted = await new Promise<{ status?: number; location?: string }>((done, fail) => {
        request(new URL(running.url), { path: '/.//articles/a' }, (response) => {
          response.resume()
          done({ status: response.statusCode, location: response.headers.location })
        }).on('error', fail).end()
      })
      expect(dotted).toEqual({ status: 301, location: '/articles/a/' })
      expect((await fetch(new URL('articles/a/index.html', running.url))).status).toBe(200)
      const posted = await fetch(running.url, { method: 'POST', body: 'x' })
      expect(posted.status).toBe(405)
      expect(posted.headers.get('allow')).toBe('GET, HEAD')
    } finally {
      await running.close()
    }
  })

  it('says a port in use or a host not of this machine as a usage mistake, not a crash', async () => {
    const running = await serve(root, 0)
    try {
      const port = Number(new URL(running.url).port)
      await expect(serve(root, port)).rejects.toThrow(new UsageError(`Cannot serve the site: 127.0.0.1:${port} is in use (another server, or another \`chronique dev\`?), expected a free port: --port N, or --port 0 for any`))
      await expect(serve(root, 0, '10.9.9.9')).rejects.toBeInstanceOf(UsageError)
    } finally {
      await running.close()
    }
  })
})
