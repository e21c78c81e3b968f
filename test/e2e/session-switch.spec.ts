/**
 * A profile switch never shows the previous account's figures. Two accounts with an instance of
 * the same ID and different traffic: the demo (seed 1) and a profile on the tests' simulator
 * (another seed). Every value the interval report's totals ever show is recorded in the page, so a
 * figure of the old account that flashes up for a moment is caught too. Then main switches the
 * session by itself, and its event alone makes the page drop and reload the figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { e2eReady, startConsole, type Console } from './harness'

let app: Console
let otherId: string

const TOTAL = '[data-testid="report-totals"] [data-field="CallsOffered"]'

describe.runIf(e2eReady)('switching the session under the reports', () => {
  beforeAll(async () => {
    app = await startConsole()
    const other = await app.services.profiles.save({
      name: 'Other account',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      endpoint: app.sim.url,
      instanceIds: ['ccc-demo'],
      storage: 'keychain'
    })
    otherId = other.id
    await app.services.sessions.activate(otherId)
  }, 60_000)
  afterAll(() => app?.close())

  /** The totals' CallsOffered once the report has settled. */
  const settledTotal = async (): Promise<string> => {
    await app.page.locator('[data-testid="report-refresh"]:not(.n-button--loading)').waitFor()
    await app.page.locator(TOTAL).first().waitFor()
    return (await app.page.locator(TOTAL).first().getAttribute('data-raw')) ?? ''
  }

  /** Starts recording every value the totals show, from now on (page code, in the page's own terms). */
  const record = (): Promise<void> =>
    app.page.evaluate(`(() => {
      const seen = []
      window.seenTotals = seen
      const note = () => {
        const value = document.querySelector(${JSON.stringify(TOTAL)})?.getAttribute('data-raw')
        if (value !== undefined && value !== null && seen.at(-1) !== value) seen.push(value)
      }
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    })()`)
  const seen = (): Promise<string[]> => app.page.evaluate('window.seenTotals')

  it('switched in the profiles page, the report comes back with the new account\'s figures only', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/reports/interval')
    await page.getByTestId('interval-view').waitFor()
    await page.getByTestId('range-preset-yesterday').click()
    const before = await settledTotal()
    expect(Number(before)).toBeGreaterThan(0)

    await page.getByTestId('nav-profiles').click()
    await page.getByTestId('demo-start').click()
    await page.getByTestId('overview-view').waitFor()
    // From the switch on, nothing of the old account may show: record from here.
    await record()
    // Back to the same instance ID's report, now under the demo account.
    await page.evaluate(`window.location.hash = '#/instances/ccc-demo/reports/interval'`)
    await page.getByTestId('interval-view').waitFor()
    const after = await settledTotal()
    expect(after).not.toBe(before)
    expect(await seen()).not.toContain(before)
    expect(await seen()).toContain(after)
  })

  it('switched by main alone, the page hears the event and shows the new account\'s figures, never the old ones again', async () => {
    const before = await settledTotal()
    await record()
    await app.services.sessions.activate(otherId)
    await expect.poll(async () => (await seen()).at(-1), { timeout: 20_000 }).not.toBe(before)
    const after = await settledTotal()
    expect(after).not.toBe(before)
    // Until main's event arrived the page rightly showed the old figures; once they went, never again.
    const shown = await seen()
    const firstOther = shown.findIndex((value) => value !== before)
    expect(firstOther).toBeGreaterThanOrEqual(0)
    expect(shown.slice(firstOther)).not.toContain(before)
    expect(shown.at(-1)).toBe(after)
    expect(app.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })
})
