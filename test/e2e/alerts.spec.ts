/**
 * End to end in Chromium under Playwright's clock: the wallboard's service level crosses a limit
 * set on the page while CCC fails (no alert from the stale figures), begins an alert when fresh
 * figures return (the window title counts it, the alert log lists it), and clears when the limit
 * is lifted, the log keeping when it began, its peak and when it cleared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activateSimProfile, e2eReady, startConsole, type Console } from './harness'
import { testClock } from '../helpers/test-clock'

let app: Console

describe.runIf(e2eReady)('alerts on the wallboard in the browser', () => {
  beforeAll(async () => {
    app = await startConsole({ clock: 'manual' })
    await activateSimProfile(app, 'Ops', ['ccc-demo'])
    await app.installClock(testClock())
  }, 60_000)
  afterAll(() => app?.close())

  const setLimit = async (field: string, value: string) => {
    const input = app.page.getByTestId(`threshold-${field}-alert`)
    await input.fill(value)
    await input.press('Tab')
  }
  const refresh = async () => {
    await app.page.getByTestId('refresh-now').click()
    await expect.poll(() => app.page.getByTestId('realtime-view').getAttribute('aria-busy')).toBe('false')
  }
  const title = () => app.page.title()
  const logRows = () => app.page.getByTestId('alert-log-row')

  it('gives no alert from stale figures, one alert from fresh ones, counted in the title and kept in the log from begin to end', { timeout: 90_000 }, async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime')
    await page.getByTestId('tile-ServiceLevel20').waitFor()
    // Nothing alerts while the alert limits are off (the queues follow the wallboard's).
    for (const field of ['WaitingCalls', 'LongestWaitingTime', 'ServiceLevel20']) await setLimit(field, '')
    await refresh()
    await page.getByTestId('alert-log-empty').waitFor()
    expect(await title()).not.toMatch(/^\(\d+\)/)
    const serviceLevel = Number.parseFloat(await page.getByTestId('tile-ServiceLevel20').getByTestId('tile-value').innerText())
    expect(serviceLevel).toBeLessThan(100)

    // CCC fails: the summary is stale. A limit that puts it in alert colours the tile, and alerts nothing.
    app.sim.faults.inject({ kind: 'internalError', times: 50, action: 'GetInstanceSummaryReportSinceMidnight' })
    await refresh()
    await page.getByTestId('stale-mark').waitFor()
    await setLimit('ServiceLevel20', '100')
    await expect.poll(() => page.getByTestId('tile-ServiceLevel20').getAttribute('data-level')).toBe('alert')
    await page.clock.runFor(16_000)
    await refresh()
    expect(await page.getByTestId('alert-log-empty').isVisible()).toBe(true)
    expect(await title()).not.toMatch(/^\(\d+\)/)

    // Fresh figures again: one alert begins, the title counts it, the log lists it.
    app.sim.faults.clear()
    await refresh()
    await page.getByTestId('stale-mark').waitFor({ state: 'detached' })
    await expect.poll(title).toMatch(/^\(1\) Real-time · .+ — CCC Supervisor$/)
    await expect.poll(() => logRows().count()).toBe(1)
    const row = logRows().first()
    expect(await row.getAttribute('data-status')).toBe('alerting')
    expect(await row.locator('th').innerText()).toMatch(/^Service level \(20 s\)\s*< 100%$/)
    const cells = async () => (await row.locator('td').allInnerTexts()).map((text) => text.trim())
    const [began, peak, , cleared] = await cells()
    expect(began).toMatch(/^\d\d:\d\d:\d\d$/)
    expect(Number.parseFloat(peak!)).toBeLessThan(100)
    expect(cleared).toBe('In alert')

    // It goes on at the next refreshes: still one alert, however many answers.
    for (let i = 0; i < 2; i++) {
      await page.clock.runFor(16_000)
      await refresh()
    }
    expect(await logRows().count()).toBe(1)
    expect(await title()).toMatch(/^\(1\) /)
    await page.getByTestId('alert-log').scrollIntoViewIfNeeded()
    await app.screenshot('wallboard-alert-log')

    // The limit lifted: the alert ends at the next answer, the log keeps it.
    await setLimit('ServiceLevel20', '')
    await page.clock.runFor(16_000)
    await refresh()
    await expect.poll(() => row.getAttribute('data-status')).toBe('cleared')
    expect(await title()).not.toMatch(/^\(\d+\)/)
    const [beganAfter, , lasted, clearedAt] = await cells()
    expect(beganAfter).toBe(began)
    expect(lasted).toMatch(/^\d+:\d\d$/)
    expect(clearedAt).toMatch(/^\d\d:\d\d:\d\d$/)
    expect(app.pageErrors).toEqual([])
  })
})
