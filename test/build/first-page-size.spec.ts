/**
 * What the app's first page costs to load, from the renderer build that ships (out/renderer, built by
 * `npm test` before testing): the entry, everything it imports, the overview page (the first page
 * with the built-in demo) and the texts of one language. #7's budget is 250 KB gzip; `npm run bench`
 * prints the same figure, and the one Chromium loads from the web build.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstLoadFiles, gzipBytes, manifestKey, readManifest } from '../helpers/first-load'

const renderer = join(__dirname, '../../out/renderer')
const BUDGET_BYTES = 250 * 1024
const OVERVIEW = 'src/views/InstanceOverviewView.vue'

describe.skipIf(!existsSync(join(renderer, '.vite/manifest.json')) && !process.env.CI)('the first page', () => {
  it.each(['en-US', 'zh-CN'])('downloads at most 250 KB gzip in %s', (locale) => {
    const files = firstLoadFiles(readManifest(renderer), OVERVIEW, `src/i18n/${locale}.ts`)
    expect(gzipBytes(renderer, files)).toBeLessThanOrEqual(BUDGET_BYTES)
  })

  it('leaves the charts, the reports, the export dialog, the dark theme and the other language to the pages that use them', () => {
    const manifest = readManifest(renderer)
    const first = firstLoadFiles(manifest, OVERVIEW, 'src/i18n/en-US.ts')
    for (const later of [
      'src/views/ReportView.vue',
      'src/views/RealtimeView.vue',
      'src/components/export/ExportDialog.vue',
      'src/components/shell/ShortcutHelp.vue',
      'snapshot-viewer',
      // Loaded before the first paint only when the page starts dark (main.ts).
      'src/styles/dark-theme.ts',
      // A page's own texts load with it (i18n/page-texts.ts).
      'src/i18n/today/en-US.ts',
      'src/i18n/zh-CN.ts'
    ]) {
      const key = manifestKey(manifest, later)
      expect(key, later).toBeDefined()
      expect(first.has(manifest[key!]!.file), later).toBe(false)
    }
    // ECharts loads with the report pages (whose files carry its marks), never with the first page.
    const charts = /_echarts_instance_|zrender/
    const read = (file: string): string => readFileSync(join(renderer, file), 'utf8')
    expect([...firstLoadFiles(manifest, 'src/views/ReportView.vue')].some((file) => charts.test(read(file)))).toBe(true)
    for (const file of first) expect(read(file), file).not.toMatch(charts)
  })
})
