/**
 * End to end in Chromium with main's real export: the dialog from the interval report (JSON, XLSX
 * and a PDF printed by Chromium, turned into page images kept in test-results/pdf), everything of
 * the session at once, a cancel that leaves no file behind, and a folder that cannot be written.
 * Screenshots of the dialog go to test-results/screenshots/export-*.png.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatMetric } from '../../src/shared/ccc/format'
import { presetRange } from '../../src/shared/ccc/report-range'
import type { Snapshot } from '../../src/shared/snapshot'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { e2eReady, startConsole, type Console } from './harness'
import { testClock } from '../helpers/test-clock'

const run = promisify(execFile)
const ZONE = 'Asia/Shanghai'
const SESSION = ['ccc-demo', 'ccc-large', 'ccc-night']
const PDF_PAGES = join(__dirname, '../../test-results/pdf')
const FORMATS = ['json', 'csv', 'xlsx', 'html', 'pdf'] as const

let app: Console

/** The part of the page's Animation objects the screenshots wait on. */
interface PageAnimation {
  playState: string
  effect: { getTiming(): { iterations?: number } } | null
}

/** What the export wrote in the data folder: everything but the app's own files kept there. */
async function exported(dir = app.exportDir): Promise<string[]> {
  const own = (name: string): boolean => name === 'recent-snapshots.json' || name.startsWith('profiles') || name.startsWith('.')
  return (await readdir(dir)).filter((name) => !own(name)).sort()
}

const shown = (ms: number): string => format(new TZDate(ms, ZONE), 'yyyy-MM-dd HH:mm')

describe.runIf(e2eReady)('exporting from the instance pages', () => {
  beforeAll(async () => {
    app = await startConsole()
    const profile = await app.services.profiles.save({
      name: 'Export',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      endpoint: app.sim.url,
      instanceIds: SESSION,
      storage: 'keychain'
    })
    await app.services.sessions.activate(profile.id)
    await mkdir(PDF_PAGES, { recursive: true })
  }, 60_000)
  afterAll(() => app?.close())

  const dialog = () => app.page.getByTestId('export-dialog')

  async function openDialog(): Promise<void> {
    await app.page.getByTestId('export-snapshot').click()
    await dialog().waitFor()
    // The formats main offers arrive with getAppInfo; PDF is among them only where a printer is wired.
    await app.page.getByTestId('export-format-pdf').waitFor()
  }

  /** Ticks exactly these formats (the dialog remembers the last choice). */
  async function chooseFormats(wanted: readonly string[]): Promise<void> {
    // Tick the wanted ones first: the dialog never lets the choice become empty.
    const order = [...FORMATS].sort((a, b) => Number(wanted.includes(b)) - Number(wanted.includes(a)))
    for (const f of order) {
      const box = app.page.getByTestId(`export-format-${f}`)
      const checked = (await box.getAttribute('aria-checked')) === 'true'
      if (checked !== wanted.includes(f)) await box.click()
      await expect.poll(() => box.getAttribute('aria-checked')).toBe(String(wanted.includes(f)))
    }
  }

  /** A screenshot once the dialog's transitions have finished (spinners and the bar's glow run on). */
  async function screenshot(name: string): Promise<void> {
    // Runs in the page, where document exists.
    await app.page.waitForFunction(() =>
      (globalThis as unknown as { document: { getAnimations(): PageAnimation[] } }).document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)
    )
    await app.screenshot(name)
  }

  async function closeDialog(): Promise<void> {
    await app.page.getByTestId('export-close').click()
    await dialog().waitFor({ state: 'hidden' })
  }

  it('exports the interval report\'s hourly range as JSON, XLSX and a PDF that reads like the page', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/reports/interval')
    await page.getByTestId('interval-view').waitFor()
    await page.getByTestId('range-preset-yesterday').click()
    await page.getByTestId('granularity-Hourly').click()
    await expect
      .poll(async () => Object.values(JSON.parse((await page.getByTestId('report-chart').getAttribute('data-series-points')) ?? '{}') as Record<string, number>)[0])
      .toBe(24)
    const range = presetRange('yesterday', testClock(), ZONE)
    const before = await exported()

    await openDialog()
    // Export has the focus, so Enter starts rather than closing on the × button.
    await expect.poll(() => page.locator('[data-testid="export-start"]:focus').count()).toBe(1)
    expect(await page.getByTestId('export-included-interval').innerText()).toBe(
      `Hourly interval report, ${shown(range.startTime)} – ${shown(range.endTime)}`
    )
    expect(await page.getByTestId('export-included-trend').count()).toBe(0)
    // The queue and agent reports are offered over the same range, unticked; the queue report is ticked here.
    for (const [key, title] of [['queueReport', 'Skill group report'], ['agentReport', 'Agent report']] as const) {
      expect((await page.getByTestId(`export-included-${key}`).innerText()).trim()).toBe(`${title}, ${shown(range.startTime)} – ${shown(range.endTime)}`)
      expect(await page.getByTestId(`export-include-${key}`).getAttribute('aria-checked')).toBe('false')
    }
    await page.getByTestId('export-include-queueReport').click()
    await chooseFormats(['json', 'xlsx', 'pdf'])
    // The workbook for a script: the documented fields as headers, the sheets named as the tables.
    await page.getByTestId('export-for-scripts').click()
    expect(await page.getByTestId('export-for-scripts').getAttribute('aria-checked')).toBe('true')
    await screenshot('export-dialog-idle')

    await page.getByTestId('export-start').click()
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 })
    await screenshot('export-dialog-done')

    const added = (await exported()).filter((f) => !before.includes(f))
    expect(added.map((f) => f.replace(/^ccc-ccc-demo-\d{8}-\d{4}(-\d+)?/, 'X'))).toEqual(['X.json', 'X.pdf', 'X.xlsx'])
    // The dialog names the files that appeared, in the folder that was chosen.
    expect(await page.getByTestId('export-folder').innerText()).toBe(app.exportDir)
    expect((await page.getByTestId('export-file').allInnerTexts()).map((f) => f.trim()).sort()).toEqual(added)
    const file = (ext: string): string => join(app.exportDir, added.find((f) => f.endsWith(ext))!)

    const snapshot = JSON.parse(await readFile(file('.json'), 'utf8')) as Snapshot
    expect(snapshot.interval?.query).toEqual({ startTime: range.startTime, endTime: range.endTime, interval: 'Hourly' })
    expect(snapshot.trend).toBeNull()
    const items = snapshot.interval?.items ?? []
    expect(items).toHaveLength(24)
    // Over the same range, the skill groups' calls offered add up to the instance's.
    expect(snapshot.queueReport?.query).toEqual({ startTime: range.startTime, endTime: range.endTime })
    expect(snapshot.agentReport).toBeNull()
    const offered = (rows: readonly { Inbound: { CallsOffered: unknown } }[]): number => rows.reduce((sum, row) => sum + Number(row.Inbound.CallsOffered ?? 0), 0)
    expect(offered(snapshot.queueReport?.items ?? [])).toBe(offered(items))
    const firstOffered = Number(items[0]?.Inbound.CallsOffered)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file('.xlsx'))
    const sheet = workbook.getWorksheet('interval')!
    const header = (sheet.getRow(1).values as unknown[]).indexOf('Inbound.CallsOffered')
    expect(header).toBeGreaterThan(0)
    expect(sheet.getRow(2).getCell(header).value).toBe(firstOffered)

    // The PDF as page images, kept with the test run, and as text.
    const prefix = join(PDF_PAGES, 'export-interval')
    for (const old of (await readdir(PDF_PAGES)).filter((f) => f.startsWith('export-interval'))) await rm(join(PDF_PAGES, old))
    await run('pdftoppm', ['-png', '-r', '60', file('.pdf'), prefix])
    // pdftoppm pads the page numbers to the count's width (-1, or -01 from ten pages on).
    const pages = (await readdir(PDF_PAGES)).filter((f) => f.startsWith('export-interval') && f.endsWith('.png')).sort()
    expect(pages.length).toBeGreaterThan(0)
    // A blank A4 page at 60 dpi is under 2 kB; the first one carries the chart.
    for (const png of pages) expect((await stat(join(PDF_PAGES, png))).size).toBeGreaterThan(4_000)
    expect((await stat(join(PDF_PAGES, pages[0]!))).size).toBeGreaterThan(15_000)
    const { stdout: text } = await run('pdftotext', ['-layout', file('.pdf'), '-'])
    expect(text).toContain(snapshot.instance.Name)
    const total = items.reduce((sum, i) => sum + Number(i.Inbound.CallsOffered), 0)
    expect(total).toBeGreaterThan(0)
    expect(text).toContain(formatMetric(total, { unit: 'count' }))
    await closeDialog()
  }, 120_000)

  it('exports every instance of the session at once', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/overview')
    await page.getByTestId('instance-name').waitFor()
    const before = await exported()
    await openDialog()
    await chooseFormats(['json'])
    expect(await page.getByTestId('export-scope-session').innerText()).toContain('All 3 instances of this session')
    await page.getByTestId('export-scope-session').click()
    await page.keyboard.press('Enter')
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 })

    const added = (await exported()).filter((f) => !before.includes(f))
    expect(added).toHaveLength(3)
    for (const id of SESSION) expect(added.filter((f) => f.startsWith(`ccc-${id}-`) && f.endsWith('.json'))).toHaveLength(1)
    expect(await page.getByTestId('export-file').count()).toBe(3)
    await closeDialog()
  }, 90_000)

  it('cancels a slow export, keeps it running while the dialog is closed, and leaves no file behind', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/overview')
    await page.getByTestId('instance-name').waitFor()
    const before = await exported()
    await openDialog()
    await chooseFormats(['json', 'html'])
    await page.getByTestId('export-scope-session').click()
    // The first instance is fetched and written at once; the second one's trend call hangs.
    app.sim.faults.inject({ kind: 'latency', action: 'GetInstanceTrendingReport', latencyMs: 1 })
    app.sim.faults.inject({ kind: 'latency', action: 'GetInstanceTrendingReport', latencyMs: 6_000 })
    await page.getByTestId('export-start').click()
    const progressText = page.getByTestId('export-progress-text')
    await progressText.filter({ hasText: 'Instance 2 of 3 (ccc-large)' }).waitFor({ timeout: 20_000 })
    // The first instance's files are on disk by now.
    expect((await exported()).some((f) => f.startsWith('ccc-ccc-demo-') && !before.includes(f))).toBe(true)
    await screenshot('export-dialog-running')

    // Escape hides the dialog; the export goes on and the page's button shows how far it is.
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'hidden' })
    expect(await page.getByTestId('export-snapshot').innerText()).toMatch(/^Exporting \d+%$/)
    await page.getByTestId('export-snapshot').click()
    await progressText.waitFor()

    await page.getByTestId('export-cancel').click()
    await page.getByTestId('export-cancelled').waitFor({ timeout: 20_000 })
    expect(await page.getByTestId('export-cancelled').innerText()).toContain('Export cancelled; no files were kept.')
    expect(await dialog().getByTestId('error-notice').count()).toBe(0)
    await screenshot('export-dialog-cancelled')
    expect(await exported()).toEqual(before)
    // The progress came as main's events over the host's event stream: the page never asked for it.
    expect(app.host.calls).not.toContain('getExportProgress')
    app.sim.faults.clear()
    await closeDialog()
  }, 90_000)

  it('shows Export.NotAFolder for a file where the folder should be, and writes nothing', async () => {
    const { page } = app
    const elsewhere = await mkdtemp(join(tmpdir(), 'ccc-e2e-export-'))
    // A file where a folder should be: refused even to root, unlike a read-only mode.
    const notAFolder = join(elsewhere, 'not-a-folder')
    await writeFile(notAFolder, 'x')
    app.exportFolder = notAFolder
    try {
      await app.open('#/instances/ccc-demo/overview')
      await page.getByTestId('instance-name').waitFor()
      const before = await exported()
      await openDialog()
      await chooseFormats(['json', 'csv'])
      await page.getByTestId('export-start').click()
      const notice = dialog().getByTestId('error-notice')
      await notice.waitFor({ timeout: 30_000 })
      expect(await notice.getByTestId('error-code').innerText()).toBe('Export.NotAFolder')
      expect(await notice.getByTestId('error-message').innerText()).toContain(notAFolder)
      await screenshot('export-dialog-unwritable')
      expect(await readdir(elsewhere)).toEqual(['not-a-folder'])
      expect(await exported()).toEqual(before)
      await closeDialog()
    } finally {
      app.exportFolder = app.exportDir
      await rm(elsewhere, { recursive: true, force: true })
    }
  }, 60_000)

  it('offers the same export on the wallboard and the trend report', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime')
    await page.getByTestId('tile-WaitingCalls').waitFor()
    await openDialog()
    expect(await page.getByTestId('export-included-interval').innerText()).toContain('Hourly interval report')
    expect(await page.getByTestId('export-included-trend').innerText()).toContain('Trend report')
    await closeDialog()

    await app.open('#/instances/ccc-demo/reports/trend')
    await page.getByTestId('trend-view').waitFor()
    await page.getByTestId('range-preset-yesterday').click()
    await expect.poll(() => page.getByTestId('export-snapshot').isEnabled()).toBe(true)
    const range = presetRange('yesterday', testClock(), ZONE)
    await expect.poll(() => page.getByTestId('report-range').innerText()).toContain(shown(range.startTime))
    await openDialog()
    expect(await page.getByTestId('export-included-trend').innerText()).toBe(`Trend report, ${shown(range.startTime)} – ${shown(range.endTime)}`)
    expect(await page.getByTestId('export-included-interval').count()).toBe(0)
    await closeDialog()
    expect(app.pageErrors).toEqual([])
  }, 60_000)
})
