/**
 * What the app's first page costs to load, from the renderer build that ships (out/renderer, built by
 * `npm test` before testing): the entry, everything it imports, the overview page (the first page
 * with the built-in demo) and the texts of one language. #7's budget is 250 KB gzip; `npm run bench`
 * measures the same thing in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const renderer = join(__dirname, '../../out/renderer')
const manifestPath = join(renderer, '.vite/manifest.json')

interface Chunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  css?: string[]
}

const BUDGET_BYTES = 250 * 1024

describe.skipIf(!existsSync(manifestPath) && !process.env.CI)('the first page', () => {
  const manifest = (): Record<string, Chunk> => JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>

  /** The manifest key of a module: its source path, or `_name-hash.js` for a chunk shared by several pages. */
  function keyOf(chunks: Record<string, Chunk>, module: string): string {
    const key = Object.keys(chunks).find((k) => k.endsWith(module) || k.startsWith(`_${module}-`))
    expect(key, module).toBeDefined()
    return key!
  }

  /** The files a page load fetches for `roots` (see keyOf), with everything they import statically. */
  function firstLoad(...roots: string[]): Set<string> {
    const chunks = manifest()
    const files = new Set<string>()
    const seen = new Set<string>()
    const visit = (key: string): void => {
      if (seen.has(key)) return
      seen.add(key)
      const chunk = chunks[key]!
      files.add(chunk.file)
      for (const css of chunk.css ?? []) files.add(css)
      for (const next of chunk.imports ?? []) visit(next)
    }
    visit(Object.keys(chunks).find((key) => chunks[key]!.isEntry)!)
    for (const root of roots) visit(keyOf(chunks, root))
    return files
  }

  const gzipBytes = (files: Iterable<string>): number =>
    [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(renderer, file))).byteLength, 0)

  it.each(['en-US', 'zh-CN'])('downloads at most 250 KB gzip in %s', (locale) => {
    const files = firstLoad('src/views/InstanceOverviewView.vue', `src/i18n/${locale}.ts`)
    expect(gzipBytes(files)).toBeLessThanOrEqual(BUDGET_BYTES)
  })

  it('leaves the charts, the reports, the export dialog and the other language to the pages that use them', () => {
    const first = firstLoad('src/views/InstanceOverviewView.vue', 'src/i18n/en-US.ts')
    const chunks = manifest()
    for (const later of [
      'src/views/IntervalReportView.vue',
      'src/views/RealtimeView.vue',
      'src/components/ExportDialog.vue',
      'src/components/ShortcutHelp.vue',
      'snapshot-viewer',
      'src/i18n/zh-CN.ts'
    ]) {
      expect(first.has(chunks[keyOf(chunks, later)]!.file), later).toBe(false)
    }
    // ECharts loads with the report pages (whose files carry its marks), never with the first page.
    const charts = /_echarts_instance_|zrender/
    expect([...firstLoad('src/views/IntervalReportView.vue')].some((file) => charts.test(readFileSync(join(renderer, file), 'utf8')))).toBe(true)
    for (const file of first) expect(readFileSync(join(renderer, file), 'utf8'), file).not.toMatch(charts)
  })
})
