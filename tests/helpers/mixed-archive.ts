/**
 * An archive with something of every kind, for tests that compare two ways
 * of building it (threads, lean): synthetic dumps with damage of every kind,
 * the sample seeds, a copy of a dump, a Markdown page and a bad dump.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeDumps } from '../../scripts/synth-dumps.ts'

/** A new folder holding `seeds/` (the mixed archive) and `chronique.yaml`; returns its path. */
export function writeMixedArchive(prefix: string, dumps: number, seed: number): string {
  const root = mkdtempSync(join(tmpdir(), prefix))
  writeDumps(dumps, join(root, 'seeds'), seed)
  cpSync('seeds', join(root, 'seeds'), { recursive: true })
  copyFileSync(join(root, 'seeds', readdirSync(join(root, 'seeds'))[1] as string), join(root, 'seeds', 'zz-copie.txt'))
  writeFileSync(join(root, 'seeds', 'page.md'), '---\ntitle: Une page écrite à la main\ndate: 2025-03-04\n---\n\nDu texte *en Markdown*.\n')
  writeFileSync(join(root, 'seeds', 'vide.txt'), '---\ntitle: [\n---\n')
  copyFileSync('chronique.yaml', join(root, 'chronique.yaml'))
  return root
}

/**
 * A new project folder for incremental builds: `seeds/` (`dumps` synthetic
 * dumps), `extra/` (two more, to add later), `chronique.yaml` and a copy of
 * `templates/` (to edit); returns its path.
 */
export function writeSyntheticProject(prefix: string, dumps: number, seed: number, extraSeed: number): string {
  const root = mkdtempSync(join(tmpdir(), prefix))
  writeDumps(dumps, join(root, 'seeds'), seed)
  writeDumps(2, join(root, 'extra'), extraSeed)
  copyFileSync('chronique.yaml', join(root, 'chronique.yaml'))
  cpSync('templates', join(root, 'templates'), { recursive: true })
  return root
}

/** Every file under `dir`, by relative path, as bytes (latin1), sorted. */
export function snapshotFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = join(dir, name)
    if (statSync(full).isFile()) files.set(name, readFileSync(full, 'latin1'))
  }
  return files
}
