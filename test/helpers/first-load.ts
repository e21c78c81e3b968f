/**
 * What a page load of the built renderer fetches, read from its Vite manifest: the entry, the
 * modules named, and everything they import statically (JS and CSS). Used by the first-page size
 * test and by `npm run bench`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  css?: string[]
}

export type Manifest = Record<string, ManifestChunk>

export const readManifest = (buildDir: string): Manifest =>
  JSON.parse(readFileSync(join(buildDir, '.vite/manifest.json'), 'utf8')) as Manifest

/** The manifest key of a module: its source path's end, or `_name-hash.js` for a chunk shared by several pages. */
export function manifestKey(manifest: Manifest, module: string): string | undefined {
  return Object.keys(manifest).find((k) => k.endsWith(module) || k.startsWith(`_${module}-`))
}

/** The files a load of the entry plus `modules` fetches; throws for a module the build does not have. */
export function firstLoadFiles(manifest: Manifest, ...modules: string[]): Set<string> {
  const files = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string): void => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]!
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const next of chunk.imports ?? []) visit(next)
  }
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)
  if (!entry) throw new Error('The manifest has no entry')
  visit(entry)
  for (const module of modules) {
    const key = manifestKey(manifest, module)
    if (!key) throw new Error(`The build has no chunk for ${module}`)
    visit(key)
  }
  return files
}

export const gzipBytes = (buildDir: string, files: Iterable<string>): number =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(buildDir, file))).byteLength, 0)
