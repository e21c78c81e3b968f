/**
 * End to end in Chromium: both reports on the simulator, Daily/Hourly and ranges switched, the
 * drawn series' point counts, and the table's totals against the CLI's `interval --json` for the
 * same range. Complete past days are used so a 15-minute slot finishing mid-test changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run'
import { PALETTE } from '../../src/shared/charts/report-chart'
import { presetRange } from '../../src/shared/ccc/report-range'
import { INTERVAL_MAIN_COLUMNS } from '../../src/shared/ccc/report-metrics'
import type { InstanceTrendingReport, IntervalReportItem } from '../../src/shared/ccc/types'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { e2eReady, startConsole, type Console } from './harness'
import { testClock } from '../helpers/test-clock'

let app: Console
const ZONE = 'Asia/Shanghai'

async function cliJson<T>(args: string[]): Promise<T> {
  let stdout = ''
  const code = await runCli([...args, '--endpoint', app.sim.url, '--json'], {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    clientOptions: { now: testClock },
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret }
  })
  expect(code).toBe(0)
  return JSON.parse(stdout) as T
}

describe.runIf(e2eReady)('reports in the browser', () => {
  beforeAll(async () => {
    app = await startConsole()
    const profile = await app.services.profiles.save({
      name: 'Reports',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      endpoint: app.sim.url,
      instanceIds: ['ccc-demo'],
      storage: 'keychain'
    })
    await app.services.sessions.activate(profile.id)
  }, 60_000)
  afterAll(() => app?.close())

  const seriesPoints = async (): Promise<Record<string, number>> =>
    JSON.parse((await app.page.getByTestId('report-chart').getAttribute('data-series-points')) ?? '{}') as Record<string, number>
  const total = async (field: string): Promise<number> =>
    Number(await app.page.getByTestId('report-totals').locator(`[data-field="${field}"]`).first().getAttribute('data-raw'))

  it('draws yesterday hour by hour and totals it exactly as the CLI\'s buckets add up', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/reports/interval')
    await page.getByTestId('interval-view').waitFor()
    expect(await page.getByTestId('report-timezone').innerText()).toContain(ZONE)
    await page.getByTestId('range-preset-yesterday').click()
    // Yesterday opens hour by hour: one Daily bar would say little.
    await expect.poll(async () => Object.values(await seriesPoints())[0]).toBe(24)
    expect(await page.getByTestId('granularity-Hourly').locator('input').isChecked()).toBe(true)
    await page.getByTestId('granularity-Hourly').click()
    await expect.poll(async () => Object.values(await seriesPoints())[0]).toBe(24)
    for (const points of Object.values(await seriesPoints())) expect(points).toBe(24)

    const range = presetRange('yesterday', testClock(), ZONE)
    const buckets = await cliJson<IntervalReportItem[]>([
      'interval', '--instance', 'ccc-demo', '--interval', 'Hourly', '--from', String(range.startTime), '--to', String(range.endTime)
    ])
    expect(buckets).toHaveLength(24)
    const sum = (f: (b: IntervalReportItem) => number): number => buckets.reduce((a, b) => a + f(b), 0)
    await page.getByTestId('report-totals').waitFor()
    expect(await total('CallsOffered')).toBe(sum((b) => Number(b.Inbound.CallsOffered)))
    expect(await total('CallsHandled')).toBe(sum((b) => Number(b.Inbound.CallsHandled)))
    // An average over the day is recomputed from totals and counts, never averaged.
    expect(await total('AverageTalkTime')).toBeCloseTo(sum((b) => Number(b.Inbound.TotalTalkTime)) / sum((b) => Number(b.Inbound.CallsHandled)), 6)
    expect(await total('MaxTalkTime')).toBe(Math.max(...buckets.map((b) => Number(b.Inbound.MaxTalkTime))))
    await app.screenshot('reports-interval-hourly')
  })

  it('paints the shared chart builder\'s series on canvas, each in its colour', async () => {
    const colours = PALETTE.slice(0, Object.keys(await seriesPoints()).length)
    expect(colours).toHaveLength(4)
    // Pixels of each colour below the legend (whose icons carry the colours too), in the plot itself.
    const painted = (): Promise<number[]> =>
      app.page.getByTestId('report-chart').locator('canvas').first().evaluate((element, hexes: string[]) => {
        // The specs compile without the DOM's types; this is the part of a canvas read here.
        type Canvas = { width: number; height: number; clientWidth: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } }
        const canvas = element as unknown as Canvas
        const scale = canvas.width / canvas.clientWidth
        const top = Math.ceil(60 * scale)
        const { data } = canvas.getContext('2d').getImageData(0, top, canvas.width, canvas.height - top)
        const rgb = hexes.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)))
        const counts = rgb.map(() => 0)
        for (let p = 0; p < data.length; p += 4) {
          rgb.forEach(([r, g, b], i) => {
            if (data[p + 3]! > 200 && Math.abs(data[p]! - r!) + Math.abs(data[p + 1]! - g!) + Math.abs(data[p + 2]! - b!) < 24) counts[i]!++
          })
        }
        return counts
      }, colours)
    await expect.poll(async () => Math.min(...(await painted()))).toBeGreaterThan(50)
  })

  it('switches to Daily and to the last 7 days', async () => {
    const { page } = app
    await page.getByTestId('granularity-Daily').click()
    await expect.poll(async () => Object.values(await seriesPoints())[0]).toBe(1)
    await page.getByTestId('range-preset-last7Days').click()
    await expect.poll(async () => Object.values(await seriesPoints())[0]).toBe(7)
    await page.getByTestId('compare-previous').click()
    // The previous 7 days arrive as their own muted series, lined up bucket for bucket.
    await expect
      .poll(async () => Object.entries(await seriesPoints()).filter(([name, points]) => /previous/i.test(name) && points === 7).length)
      .toBeGreaterThan(0)
    await page.getByTestId('report-refresh').and(page.locator(':not(.n-button--loading)')).waitFor()
    await app.screenshot('reports-interval-daily-compare')
  })

  it('draws the trend point for point as the API serves it', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/reports/trend')
    await page.getByTestId('trend-view').waitFor()
    await page.getByTestId('range-preset-yesterday').click()
    const range = presetRange('yesterday', testClock(), ZONE)
    const trend = await cliJson<InstanceTrendingReport>(['trend', '--instance', 'ccc-demo', '--from', String(range.startTime), '--to', String(range.endTime)])
    expect(trend.Inbound).toHaveLength(96) // the simulator's 15-minute buckets
    await expect.poll(async () => Object.values(await seriesPoints())[0]).toBe(trend.Inbound.length)
  })

  it('splits 90 days of trend into 13 calls with progress', async () => {
    const { page } = app
    const trendCalls = (): number => app.sim.requests.filter((r) => r.action === 'GetInstanceTrendingReport').length
    const before = { page: app.host.calls.filter((c) => c === 'getInstanceTrendingReport').length, ccc: trendCalls() }
    await page.getByTestId('range-preset-last90Days').click()
    await expect.poll(async () => page.getByTestId('report-progress').getAttribute('data-total')).toBe('13')
    // The page asks once; main's client makes the 13 calls, and its progress reaches the page as events.
    await expect.poll(() => trendCalls() - before.ccc, { timeout: 30_000 }).toBe(13)
    expect(app.host.calls.filter((c) => c === 'getInstanceTrendingReport').length - before.page).toBe(1)
    // 90 days open drawn day by day, rolled up from the 15-minute points in the report's zone. The
    // previous range's chart stays until the answer arrives, so wait for the day buckets first.
    await expect.poll(async () => page.getByTestId('trend-bucket').getAttribute('data-bucket-ms'), { timeout: 30_000 }).toBe(String(24 * 3_600_000))
    const days = Object.values(await seriesPoints())[0] ?? 0
    expect(days).toBeGreaterThanOrEqual(90)
    expect(days).toBeLessThanOrEqual(91)
    await app.screenshot('reports-trend-90-days')
    // …and as served, every point of every call is drawn.
    await page.getByTestId('rollup-none').click()
    await expect.poll(async () => Object.values(await seriesPoints())[0] ?? 0, { timeout: 30_000 }).toBeGreaterThan(90 * 96 - 200)
    expect(await page.getByTestId('trend-bucket').getAttribute('data-bucket-ms')).toBe(String(15 * 60_000))
    expect(app.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })

  it('opens the table on the main metrics, and keeps a column picked from the keyboard after a reload', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/reports/interval')
    await page.getByTestId('range-preset-yesterday').click()
    const fields = async (): Promise<string[]> =>
      page.getByTestId('report-totals').locator('[data-field]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-field') ?? ''))
    await expect.poll(fields).toEqual(INTERVAL_MAIN_COLUMNS.Inbound)
    // Of every metric the instance sends (the SDK-only fields it leaves out are not offered).
    expect(await page.getByTestId('report-columns').textContent()).toMatch(new RegExp(`^Columns \\(${INTERVAL_MAIN_COLUMNS.Inbound.length} of 4\\d\\)$`))

    await page.getByTestId('report-columns').focus()
    await page.keyboard.press('Enter')
    // Opening ticks nothing; Tab walks the boxes from the first.
    await page.keyboard.press('Tab')
    expect(await page.evaluate<string>('document.activeElement?.textContent?.trim()')).toBe('Calls offered')
    const holdTime = page.getByTestId('column-TotalHoldTime')
    await holdTime.focus()
    await page.keyboard.press('Space')
    await expect.poll(async () => holdTime.getAttribute('aria-checked')).toBe('true')
    await page.keyboard.press('Escape')
    // Main metrics first, the one added after them in the catalogue's order.
    await expect.poll(fields).toEqual([...INTERVAL_MAIN_COLUMNS.Inbound, 'TotalHoldTime'])

    await page.reload()
    await page.getByTestId('range-preset-yesterday').click()
    await expect.poll(fields, { timeout: 30_000 }).toEqual([...INTERVAL_MAIN_COLUMNS.Inbound, 'TotalHoldTime'])
    // Remembered for Inbound only: another group opens on its own main metrics.
    await page.getByTestId('group-Outbound').click()
    await expect.poll(fields).toEqual(INTERVAL_MAIN_COLUMNS.Outbound)
    await app.screenshot('reports-interval-columns')
    expect(app.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })
})
