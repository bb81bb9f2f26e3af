import type { Archive, OutputFile, RenderContext, TemplateSet } from '../types.ts'

/** render (pure): Archive → every output file of the site (HTML, CSS, feeds, sitemap…). */
export async function renderSite(archive: Archive, templates: TemplateSet, context: RenderContext): Promise<OutputFile[]> {
  void archive; void templates; void context
  return []
}
