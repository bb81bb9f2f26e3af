/**
 * sitemap.xml and robots.txt. Both need absolute URLs, so they are only
 * meaningful when `config.baseUrl` names a host. The sitemap is an xast
 * tree serialised by xast-util-to-xml (see xml.ts).
 */
import { x } from 'xastscript'
import { toXmlDocument } from './xml.ts'

/** A urlset of the given absolute URLs, sorted, one `<url><loc>` each. */
export function toSitemapXml(urls: readonly string[]): string {
  const sorted = [...new Set(urls)].sort()
  return toXmlDocument(
    x('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, sorted.map((url) => x('url', [x('loc', url)]))),
  )
}

/** Everything may be crawled; the sitemap line only when its absolute URL is known. */
export function toRobotsTxt(sitemapUrl: string | null): string {
  const lines = ['User-agent: *', 'Allow: /']
  if (sitemapUrl) lines.push('', `Sitemap: ${sitemapUrl}`)
  return lines.join('\n') + '\n'
}
