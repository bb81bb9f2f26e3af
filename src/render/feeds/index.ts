/**
 * The feeds of the site (pure): `feed.xml` (Atom) and `feed.json` (JSON
 * Feed) for the whole archive, `sujets/<slug>/feed.xml` for each topic with
 * at least one dated article. Feeds need absolute URLs (ids, links), so
 * without a host in `config.baseUrl` there are none: see `toFeedLinks`.
 */
import type { VFile } from 'vfile'
import type { Archive, OutputFile, ResolvedConfig } from '../../types.ts'
import { FEED_PATH, JSON_FEED_PATH, hasAbsoluteBase, toAbsoluteUrl, toTopicFeedPath } from '../urls.ts'
import type { Prepared } from '../view.ts'
import { toAtomXml } from './atom.ts'
import { toSiteFeed, toTopicFeed } from './entries.ts'
import { toJsonFeed } from './json-feed.ts'

export { hasTopicFeed } from './entries.ts'

export function renderFeeds(archive: Archive, prepared: ReadonlyMap<string, Prepared>): OutputFile[] {
  if (!hasAbsoluteBase(archive.config)) return []
  const files: OutputFile[] = []
  const site = toSiteFeed(archive, prepared)
  if (site) {
    files.push({ path: FEED_PATH, contents: toAtomXml(site) })
    files.push({ path: JSON_FEED_PATH, contents: toJsonFeed(site, toAbsoluteUrl(archive.config, JSON_FEED_PATH)) })
  }
  for (const topic of archive.topics) {
    const feed = toTopicFeed(archive, prepared, topic)
    if (feed) files.push({ path: toTopicFeedPath(topic.slug), contents: toAtomXml(feed) })
  }
  return files
}

/**
 * A warning on the config file when `baseUrl` has no host (`/`): feeds and
 * the sitemap need absolute URLs, so they are left out of the site.
 */
export function noteMissingHost(file: VFile, config: Pick<ResolvedConfig, 'baseUrl'>): void {
  if (hasAbsoluteBase(config)) return
  file.message(`Found \`baseUrl: ${config.baseUrl}\` without a host: feed.xml, feed.json, the topic feeds and sitemap.xml are left out (they need absolute URLs); expected \`baseUrl: https://…/\` in the config or --base-url`, {
    ruleId: 'feeds-no-host',
    source: 'chronique',
  })
}
