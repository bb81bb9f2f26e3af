/**
 * sitemap.xml and robots.txt. Both need absolute URLs, so they are only
 * meaningful when `config.baseUrl` names a host.
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text or attribute value for XML. Characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)
}

/** A urlset of the given absolute URLs, sorted, one `<url><loc>` each. */
export function toSitemapXml(urls: readonly string[]): string {
  const sorted = [...new Set(urls)].sort()
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
  for (const url of sorted) lines.push(`  <url><loc>${escapeXml(url)}</loc></url>`)
  lines.push('</urlset>', '')
  return lines.join('\n')
}

/** Everything may be crawled; the sitemap line only when its absolute URL is known. */
export function toRobotsTxt(sitemapUrl: string | null): string {
  const lines = ['User-agent: *', 'Allow: /']
  if (sitemapUrl) lines.push('', `Sitemap: ${sitemapUrl}`)
  return lines.join('\n') + '\n'
}
