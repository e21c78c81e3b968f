/**
 * The PDF export: the self-contained HTML report printed by Debian's Chromium (the app prints the
 * same HTML with Electron's printToPDF), then turned into PNG pages with pdftoppm. The page images
 * are kept in test-results/pdf for a person to look at.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../../src/core/ccc/client'
import { exportSnapshot } from '../../../src/core/export/export-snapshot'
import { buildSnapshot } from '../../../src/core/export/snapshot-builder'
import { snapshotTables } from '../../../src/core/export/tables'
import { DAY_MS } from '../../../src/shared/ccc/range-split'
import type { Snapshot } from '../../../src/shared/snapshot'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { chromiumPdfPrinter } from '../../helpers/chromium-pdf'
import { onPinnedDay, testClock } from '../../helpers/test-clock'

const run = promisify(execFile)
const CHROMIUM = '/usr/bin/chromium'
const PAGES = join(__dirname, '../../../test-results/pdf')
// CI installs Chromium and poppler-utils, so there these must run.
const ready = (existsSync(CHROMIUM) && existsSync('/usr/bin/pdftoppm')) || process.env.CI === 'true'

let sim: Simulator
let browser: Browser
let root: string
let snapshot: Snapshot

beforeAll(async () => {
  if (!ready) return
  sim = await startSimulator({ seed: 21, ...onPinnedDay })
  root = await mkdtemp(join(tmpdir(), 'ccc-pdf-'))
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock })
  const now = testClock()
  snapshot = await buildSnapshot(client, {
    instanceId: 'ccc-demo',
    profileName: 'Demo',
    timeZone: 'Asia/Shanghai',
    interval: { startTime: now - 3 * DAY_MS, endTime: now, interval: 'Hourly' },
    trend: { startTime: now - DAY_MS, endTime: now }
  })
  snapshot.instance.AdminList[0]!.DisplayName = '<img src=x onerror=alert(1)>'
}, 60_000)
afterAll(async () => {
  if (!ready) return
  await browser?.close()
  await sim?.close()
  await rm(root, { recursive: true, force: true })
})

describe.runIf(ready)('PDF export', () => {
  it('prints the report: pages that pdftoppm renders, with the instance, its figures and hostile text as text', async () => {
    const [pdf] = await exportSnapshot(snapshot, root, ['pdf'], { printPdf: chromiumPdfPrinter(() => browser) })
    expect(basename(pdf!)).toMatch(/^ccc-ccc-demo-\d{8}-\d{4}\.pdf$/)
    expect((await readFile(pdf!)).subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const { stdout: text } = await run('pdftotext', ['-layout', pdf!, '-'])
    expect(text).toContain(snapshot.instance.Name)
    expect(text).toContain(snapshot.instance.Id)
    expect(text).toContain('<img src=x onerror=alert(1)>')
    const number = snapshot.instance.NumberList[0]!.Number
    expect(text).toContain(number)

    await mkdir(PAGES, { recursive: true })
    for (const old of (await readdir(PAGES)).filter((f) => f.startsWith('snapshot-report'))) await rm(join(PAGES, old))
    await run('pdftoppm', ['-png', '-r', '60', pdf!, join(PAGES, 'snapshot-report')])
    const pages = (await readdir(PAGES)).filter((f) => f.startsWith('snapshot-report') && f.endsWith('.png'))
    expect(pages.length).toBeGreaterThanOrEqual(2)
    // A blank page compresses to a couple of KB at this resolution; a page with a chart or a table does not.
    for (const page of pages) expect((await stat(join(PAGES, page))).size).toBeGreaterThan(8_000)
    const { stdout: first } = await run('pdftotext', ['-f', '1', '-l', '1', pdf!, '-'])
    expect(first).toContain(`CCC report — ${snapshot.instance.Name}`)
  }, 60_000)

  it('prints wide reports in parts, so every interval metric is on paper, not cut off at the edge', async () => {
    const [pdf] = await exportSnapshot(snapshot, root, ['pdf'], { printPdf: chromiumPdfPrinter(() => browser) })
    const { stdout: text } = await run('pdftotext', ['-raw', pdf!, '-'])
    const flat = text.replace(/\s+/g, '')
    // Every column's header, the last ones too, which a single wide table would lose past the edge.
    const interval = snapshotTables(snapshot).find((table) => table.name === 'interval')!
    expect(interval.columns.length).toBeGreaterThan(30)
    for (const { label } of interval.columns) expect(flat).toContain(label.replace(/\s+/g, ''))
    expect(text).toMatch(/Interval report \(Hourly\) \(\d\/\d\)/)
  }, 60_000)
})
