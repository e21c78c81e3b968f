/**
 * End to end in Chromium: the skill group and agent reports of ccc-demo in both languages, a count
 * column sorted, and the totals row equal to the sum of the rows shown; the demo's hostile names
 * stay text. Yesterday, a complete past day, so a slot finishing mid-test changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { activateSimProfile, e2eReady, startConsole, type Console } from './harness'

let app: Console

const LOCALES = [
  { locale: 'en-US', queue: 'Skill group report', agent: 'Agent report', total: 'Total' },
  { locale: 'zh-CN', queue: '技能组报表', agent: '坐席报表', total: '合计' }
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
const descending = (values: readonly number[]): boolean => values.every((v, i) => i === 0 || values[i - 1]! >= v)

describe.runIf(e2eReady)('the queue and agent reports in the browser', () => {
  beforeAll(async () => {
    app = await startConsole()
    await activateSimProfile(app, 'Group reports', ['ccc-demo'])
  }, 60_000)
  afterAll(() => app?.close())

  for (const words of LOCALES) {
    it(`sorts each report by handled calls and totals the rows in ${words.locale}`, async () => {
      const { page } = app
      await app.open('#/profiles')
      await page.evaluate(`localStorage.setItem('ccc-supervisor.preferences', JSON.stringify({ locale: '${words.locale}' }))`)

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

        await page.locator('[data-testid="report-table"] th[data-col-key="CallsHandled"]').click()
        await expect.poll(async () => descending((await column(page, 'CallsHandled')).rows)).toBe(true)
        const sorted = await column(page, 'CallsHandled')
        expect([...sorted.rows].sort((a, b) => a - b)).toEqual([...before.rows].sort((a, b) => a - b))
        expect(sorted.total).toBe(before.total)

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
      expect(app.pageErrors).toEqual([])
    }, 60_000)
  }
})
