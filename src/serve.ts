/**
 * A small static file server for browsing the built site on localhost.
 * Never serves anything outside the folder it was given.
 */
import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import { UsageError } from './errors.ts'
import { isInside } from './util/paths.ts'
import { createServer } from 'node:http'
import type { Server, ServerResponse } from 'node:http'
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
  /** Tell open pages to reload (dev only; a no-op otherwise). */
  reload: () => void
}

export interface ServeOptions {
  /**
   * Dev mode: an event stream at LIVE_RELOAD_PATH and a small script added to
   * every HTML response (at serve time only: nothing is written into the site)
   * that reloads the page when a rebuild is done.
   */
  liveReload?: boolean
}

/** The server-sent-events endpoint of the dev server. */
export const LIVE_RELOAD_PATH = '/__chronique/reload'

const LIVE_RELOAD_SCRIPT = `<script>(() => { const events = new EventSource(${JSON.stringify(LIVE_RELOAD_PATH)}); events.addEventListener('reload', () => location.reload()) })()</script>`

/** Serve `root` on host:port (port 0 picks a free one). */
export async function serve(root: string, port: number, host = '127.0.0.1', options: ServeOptions = {}): Promise<RunningServer> {
  const clients = new Set<ServerResponse>()
  const server = createServer(async (request, response) => {
    if (options.liveReload && (request.url ?? '').split('?')[0] === LIVE_RELOAD_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
      response.write(': connected\n\n')
      clients.add(response)
      request.on('close', () => clients.delete(response))
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': TYPES['.txt'] })
      response.end('Method not allowed: a static site is read with GET or HEAD\n')
      return
    }
    const file = await resolveRequest(root, request.url ?? '/')
    // A folder asked for without its slash: the site's links are relative, so the page must be read from the folder's URL (as static hosts do).
    const slashed = file === null ? null : toFolderUrl(request.url ?? '/', file)
    if (slashed !== null) {
      response.writeHead(301, { location: slashed, 'content-type': TYPES['.txt'] })
      response.end(`Moved to ${slashed}\n`)
      return
    }
    if (file && options.liveReload && extname(file) === '.html') {
      const html = await readFile(file, 'utf8').catch(() => null)
      if (html !== null) {
        const body = withLiveReload(html)
        response.writeHead(200, { 'content-type': TYPES['.html'] as string, 'cache-control': 'no-cache', 'content-length': Buffer.byteLength(body) })
        response.end(request.method === 'HEAD' ? undefined : body)
        return
      }
    }
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
    server.once('error', (error: NodeJS.ErrnoException) => fail(toListenError(error, host, port)))
    server.listen(port, host, done)
  })
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://${host}:${actual}/`,
    server,
    close: () => {
      for (const client of clients) client.end()
      clients.clear()
      return new Promise((done) => server.close(() => done()))
    },
    reload: () => {
      for (const client of clients) client.write(`event: reload\ndata: ${Date.now()}\n\n`)
    },
  }
}

/** The page with the live-reload script before `</body>` (or at the end). */
export function withLiveReload(html: string): string {
  const at = html.lastIndexOf('</body>')
  return at === -1 ? html + LIVE_RELOAD_SCRIPT : html.slice(0, at) + LIVE_RELOAD_SCRIPT + html.slice(at)
}

/**
 * URL path → a file inside root, or null. `..` and encoded tricks cannot
 * leave root, and neither can a symbolic link: the file's real path must be
 * inside root's (a build never writes links; one put in the folder by hand
 * is not followed out of it).
 */
export async function resolveRequest(root: string, url: string): Promise<string | null> {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const full = normalize(join(root, path))
  if (!isInside(full, root)) return null
  const stats = await stat(full).catch(() => null)
  const file = stats?.isFile() ? full : stats?.isDirectory() && (await stat(join(full, 'index.html')).then((s) => s.isFile(), () => false)) ? join(full, 'index.html') : null
  if (file === null) return null
  const [real, realRoot] = await Promise.all([realpath(file).catch(() => null), realpath(root).catch(() => null)])
  return real !== null && realRoot !== null && isInside(real, realRoot) ? file : null
}

/** The URL with a slash after its path, when `file` is the index.html of the folder the path names without one; else null. */
export function toFolderUrl(url: string, file: string): string | null {
  const parsed = new URL(url, 'http://localhost')
  if (parsed.pathname.endsWith('/') || !file.endsWith(`${sep}index.html`) || parsed.pathname.endsWith('/index.html')) return null
  // One leading slash: `//host/x` would send the browser to another host.
  return `/${parsed.pathname.replace(/^\/+/, '')}/${parsed.search}`
}

/** Why the server cannot listen, said as a usage mistake (another --port or --host fixes it); anything else as it is. */
function toListenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`
  const why: Record<string, string> = {
    EADDRINUSE: `${where} is in use (another server, or another \`chronique dev\`?), expected a free port: --port N, or --port 0 for any`,
    EACCES: `no permission to listen on ${where} (ports below 1024 need root), expected a port from 1024: --port 8080`,
    EADDRNOTAVAIL: `${host} is not an address of this machine, expected one of its own: --host 127.0.0.1`,
    ENOTFOUND: `${host} is no host name or address known here, expected one of this machine's: --host 127.0.0.1`,
  }
  const reason = error.code ? why[error.code] : undefined
  return reason ? new UsageError(`Cannot serve the site: ${reason}`) : error
}
