/**
 * End to end in Chromium: the skill group and agent reports of ccc-demo in both languages, a count
 * column sorted, and the totals row equal to the sum of the rows shown; a row's drill-down (opened
 * by a click, and by Enter on the focused row) charts its hours, whose figures add up to the row's;
 * the demo's hostile names stay text; and both reports exported from the agent page, the files'
 * totals rows equal to the pages'. Yesterday, a complete past day, so a slot finishing mid-test
 * changes nothing.
 */
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { presetRange } from '../../src/shared/ccc/report-range'
import type { SnapshotFile } from '../../src/shared/snapshot'
import { testClock } from '../helpers/test-clock'
import { activateSimProfile, e2eReady, startConsole, type Console } from './harness'

const run = promisify(execFile)
const ZONE = 'Asia/Shanghai'
const shown = (ms: number): string => format(new TZDate(ms, ZONE), 'yyyy-MM-dd HH:mm')

let app: Console

const LOCALES = [
  { locale: 'en-US', queue: 'Skill group report', agent: 'Agent report', total: 'Total', sep: ', ', handled: 'Inbound · Calls handled' },
  { locale: 'zh-CN', queue: '技能组报表', agent: '坐席报表', total: '合计', sep: '，', handled: '呼入 · 已接听' }
] as const

/** One field's exact figure in every body row, top to bottom, and in the totals row. */
async function column(page: Page, field: string): Promise<{ rows: number[]; total: number }> {
  const rows = await page
    .locator(`[data-testid="report-table"] tbody tr:not([data-testid="report-totals"]) td[data-field="${field}"]`)
    .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-raw'))))
  const total = Number(await page.getByTestId('report-totals').locator(`[data-field="${field}"]`).first().getAttribute('data-raw'))
  return { rows, total }
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)

/**
 * Opens the top row's drill-down (a click, or Enter on the focused row), and checks that its chart
 * draws the row's hours and that their figures, copied as a user would, add up to the row's.
 */
async function drillInto(page: Page, how: 'click' | 'enter', handled: number, screenshot: () => Promise<unknown>): Promise<void> {
  const row = page.locator('[data-testid="report-table"] tbody tr:not([data-testid="report-totals"])').first()
  const id = await row.locator('[data-subject-id]').getAttribute('data-subject-id')
  const name = await row.locator('[data-subject-id]').innerText()
  if (how === 'click') await row.click()
  else {
    await row.focus()
    await page.keyboard.press('Enter')
  }
  const dialog = page.getByTestId('drill-down')
  await dialog.waitFor()
  expect(await dialog.getAttribute('data-subject-id')).toBe(id)
  expect(await dialog.getByTestId('drill-subject').innerText()).toBe(name)
  const chart = dialog.getByTestId('report-chart')
  await expect.poll(async () => Object.values(JSON.parse((await chart.getAttribute('data-series-points')) ?? '{}') as Record<string, number>)).toHaveLength(1)
  await expect.poll(async () => chart.getAttribute('aria-busy')).toBe('false')
  // A day of hours (23 or 25 across a change of clocks), the row's Calls handled among them.
  const [points] = Object.values(JSON.parse((await chart.getAttribute('data-series-points')) ?? '{}') as Record<string, number>)
  expect(points).toBeGreaterThanOrEqual(23)
  expect(points).toBeLessThanOrEqual(25)
  expect(Number(await dialog.getByTestId('report-totals').locator('[data-field="CallsHandled"]').first().getAttribute('data-raw'))).toBe(handled)
  await dialog.getByTestId('chart-copy').click()
  const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())
  const figures = copied.split('\n').slice(1).map((line) => Number(line.split('\t')[1] || 0))
  expect(figures).toHaveLength(points!)
  expect(sum(figures)).toBe(handled)
  await screenshot()

  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
}
/** What the export wrote in the data folder: everything but the app's own files kept there. */
async function exported(): Promise<string[]> {
  const own = (name: string): boolean => name === 'recent-snapshots.json' || name.startsWith('profiles') || name.startsWith('.')
  return (await readdir(app.exportDir)).filter((name) => !own(name)).sort()
}

/**
 * From the agent page: the dialog offers both reports over yesterday, in the page's language; the
 * JSON, the workbook, the CSVs, the HTML and the PDF carry them, each totals row the pages' total.
 */
async function exportBoth(page: Page, words: (typeof LOCALES)[number], totals: { queue: number; agent: number }): Promise<void> {
  const range = presetRange('yesterday', testClock(), ZONE)
  const before = await exported()
  await page.getByTestId('export-snapshot').click()
  const dialog = page.getByTestId('export-dialog')
  await dialog.waitFor()
  await page.getByTestId('export-format-pdf').waitFor()
  for (const [key, title] of [['queueReport', words.queue], ['agentReport', words.agent]] as const) {
    expect((await page.getByTestId(`export-included-${key}`).innerText()).trim()).toBe(`${title}${words.sep}${shown(range.startTime)} – ${shown(range.endTime)}`)
    expect(await page.getByTestId(`export-include-${key}`).getAttribute('aria-checked')).toBe('true')
  }
  expect(await page.getByTestId('export-included-interval').count()).toBe(0)
  for (const f of ['json', 'csv', 'xlsx', 'html', 'pdf']) {
    const box = page.getByTestId(`export-format-${f}`)
    if ((await box.getAttribute('aria-checked')) !== 'true') await box.click()
  }
  // Once the dialog's entrance has finished (the progress bar's glow and spinners run on).
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): Array<{ playState: string; effect: { getTiming(): { iterations?: number } } | null }> } }).document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)
  )
  await app.screenshot(`group-reports-export-${words.locale}`)
  await page.getByTestId('export-start').click()
  await page.getByTestId('export-result').waitFor({ timeout: 90_000 })
  const added = (await exported()).filter((f) => !before.includes(f))
  const file = (end: string): string => join(app.exportDir, added.find((f) => f.endsWith(end))!)
  expect(added.filter((f) => f.endsWith('-queue-report.csv') || f.endsWith('-agent-report.csv'))).toHaveLength(2)

  const snapshot = JSON.parse(await readFile(file('.json'), 'utf8')) as SnapshotFile
  expect(snapshot.queueReport?.query).toEqual({ startTime: range.startTime, endTime: range.endTime })
  expect(snapshot.agentReport?.query).toEqual({ startTime: range.startTime, endTime: range.endTime })
  expect(snapshot.interval).toBeNull()

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file('.xlsx'))
  for (const kind of ['queue', 'agent'] as const) {
    // Sheets and headers in the file's language too: a sheet is named as its report, a column as the page names it.
    const sheet = workbook.getWorksheet(words[kind])!
    const handled = (sheet.getRow(1).values as unknown[]).indexOf(words.handled)
    expect(handled).toBeGreaterThan(0)
    const last = sheet.getRow(sheet.rowCount)
    // The files are in the app's language: the totals row's label too.
    expect(last.getCell(1).value).toBe(words.total)
    expect(last.getCell(handled).value).toBe(totals[kind])
  }
  const csv = await readFile(file('-queue-report.csv'), 'utf8')
  expect(csv.trimEnd().split('\r\n').at(-1)?.startsWith(`${words.total},`)).toBe(true)
  const html = await readFile(file('.html'), 'utf8')
  expect(html).toContain('<section id="queue-report">')
  expect(html).toContain('<section id="agent-report">')
  expect(html).not.toMatch(/<script|<img/i)
  expect(html).toContain(`<html lang="${words.locale}">`)
  const { stdout: text } = await run('pdftotext', ['-layout', file('.pdf'), '-'])
  expect(text).toContain(words.queue)
  expect(text).toContain(words.agent)
  await page.getByTestId('export-close').click()
  await dialog.waitFor({ state: 'hidden' })
}

const descending = (values: readonly number[]): boolean => values.every((v, i) => i === 0 || values[i - 1]! >= v)

describe.runIf(e2eReady)('the queue and agent reports in the browser', () => {
  beforeAll(async () => {
    app = await startConsole()
    await activateSimProfile(app, 'Group reports', ['ccc-demo'])
    // The drill-down's chart data is copied as a user would, and read back.
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.host.origin })
  }, 60_000)
  afterAll(() => app?.close())

  for (const words of LOCALES) {
    it(`sorts each report by handled calls, totals the rows and drills into the top one in ${words.locale}`, async () => {
      const { page } = app
      await app.open('#/profiles')
      await page.evaluate(`localStorage.setItem('ccc-supervisor.preferences', JSON.stringify({ locale: '${words.locale}' }))`)

      const totals = { queue: 0, agent: 0 }
      for (const kind of ['queue', 'agent'] as const) {
        await app.open(`#/instances/ccc-demo/reports/${kind === 'queue' ? 'queues' : 'agents'}`)
        await page.reload()
        const view = page.getByTestId(`${kind}-report-view`)
        await view.waitFor()
        expect(await view.locator('h1').innerText()).toBe(words[kind])
        await page.getByTestId('range-preset-yesterday').click()
        await page.getByTestId('report-totals').waitFor()
        expect(await page.getByTestId('report-totals').innerText()).toContain(words.total)

        // The top-N chart: the ten (or every) rows with the most handled calls, drawn.
        const chart = page.getByTestId('top-chart').getByTestId('report-chart')
        await expect.poll(async () => chart.getAttribute('aria-busy')).toBe('false')
        const bars = Object.values(JSON.parse((await chart.getAttribute('data-series-points')) ?? '{}') as Record<string, number>)
        expect(bars).toEqual([kind === 'queue' ? Math.min(10, await page.locator('[data-testid="report-table"] tbody tr:not([data-testid="report-totals"])').count()) : 10])

        const before = await column(page, 'CallsHandled')
        expect(before.rows.length).toBeGreaterThan(kind === 'queue' ? 3 : 30)
        expect(before.total).toBeGreaterThan(0)
        expect(before.total).toBe(sum(before.rows))
        totals[kind] = before.total

        await page.locator('[data-testid="report-table"] th[data-col-key="CallsHandled"]').click()
        await expect.poll(async () => descending((await column(page, 'CallsHandled')).rows)).toBe(true)
        const sorted = await column(page, 'CallsHandled')
        expect([...sorted.rows].sort((a, b) => a - b)).toEqual([...before.rows].sort((a, b) => a - b))
        expect(sorted.total).toBe(before.total)
        await drillInto(page, kind === 'queue' ? 'click' : 'enter', sorted.rows[0]!, () => app.screenshot(`${kind}-drill-down-${words.locale}`))

        if (kind === 'queue') {
          // Compared with the day before: that day's totals under today's, in a row of their own.
          await page.getByTestId('compare-previous').click()
          const previous = page.getByTestId('report-previous-totals')
          await previous.waitFor()
          expect(Number(await previous.locator('[data-field="CallsHandled"]').first().getAttribute('data-raw'))).toBeGreaterThan(0)
          await page.getByTestId('compare-previous').click()
          await previous.waitFor({ state: 'detached' })
        }
        if (kind === 'agent') {
          // The demo's hostile agent name is shown as typed, and runs nothing.
          const hostile = page.locator('[data-testid="report-table"] [data-subject-id]', { hasText: '坐席' })
          expect(await hostile.count()).toBeGreaterThan(0)
          expect(await page.locator('[data-testid="report-table"] script').count()).toBe(0)
          expect(await hostile.first().innerText()).toContain('<script>')
        }
      }
      await app.screenshot(`agent-report-${words.locale}`)
      await exportBoth(page, words, totals)
      expect(app.pageErrors).toEqual([])
    }, 150_000)
  }
})
