/**
 * A small static file server for browsing the built site on localhost.
 * Never serves anything outside the folder it was given.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
}

export interface RunningServer {
  url: string
  server: Server
  close: () => Promise<void>
}

/** Serve `root` on host:port (port 0 picks a free one). */
export async function serve(root: string, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const server = createServer(async (request, response) => {
    const file = await resolveRequest(root, request.url ?? '/')
    if (!file) {
      const notFound = join(root, '404.html')
      const exists = await stat(notFound).then((s) => s.isFile(), () => false)
      response.writeHead(404, { 'content-type': exists ? TYPES['.html'] : TYPES['.txt'] })
      if (exists) createReadStream(notFound).pipe(response)
      else response.end('Not found\n')
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, done)
  })
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://${host}:${actual}/`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  }
}

/** URL path → a file inside root, or null. `..` and encoded tricks cannot leave root. */
export async function resolveRequest(root: string, url: string): Promise<string | null> {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const full = normalize(join(root, path))
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  const stats = await stat(full).catch(() => null)
  if (stats?.isFile()) return full
  if (stats?.isDirectory()) {
    const index = join(full, 'index.html')
    if (await stat(index).then((s) => s.isFile(), () => false)) return index
  }
  return null
}
