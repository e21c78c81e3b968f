/**
 * Alerts that reach a supervisor away from the screen, in Chromium's browser build under
 * Playwright's clock: with the browser's permission granted, a figure entering alert shows one
 * Web Notification in the page's words (none again at the next refreshes), the title counts it,
 * a click on it brings the window to the board, an instance snoozed is not told, and the chime
 * plays when its sound is on; with the permission denied, the page says so and the log still
 * keeps the alert. Notifications are read by wrapping the browser's own constructor.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CDPSession } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activateSimProfile, e2eReady, startConsole, type Console } from './harness'
import { testClock } from '../helpers/test-clock'

/**
 * Keeps what the page shows: each notification's words, and the tones the chime starts. Text run
 * in the page before its scripts (this file is typed for Node, without the DOM's names).
 */
const WATCH_NOTIFICATIONS = `(() => {
  const Native = window.Notification
  const shown = []
  const tones = { started: 0 }
  Object.assign(window, { __notifications: shown, __tones: tones })
  class Watched extends Native {
    constructor(title, options) {
      super(title, options)
      shown.push({ title, body: options && options.body, tag: options && options.tag, silent: options && options.silent, notification: this })
    }
  }
  window.Notification = Watched
  const start = OscillatorNode.prototype.start
  OscillatorNode.prototype.start = function (...args) {
    tones.started += 1
    return start.apply(this, args)
  }
})()`

type Shown = { title: string; body: string; tag: string; silent: boolean }
const shownOf = (app: Console): Promise<Shown[]> =>
  app.page.evaluate('window.__notifications.map(({ title, body, tag, silent }) => ({ title, body, tag, silent }))') as Promise<Shown[]>
const tonesOf = (app: Console): Promise<number> => app.page.evaluate('window.__tones.started') as Promise<number>

async function openBoard(app: Console): Promise<void> {
  await app.page.context().addInitScript({ content: WATCH_NOTIFICATIONS })
  await app.installClock(testClock())
  await app.open('#/instances/ccc-demo/realtime')
  await app.page.getByTestId('tile-ServiceLevel20').waitFor()
}
const setLimit = async (app: Console, field: string, value: string) => {
  const input = app.page.getByTestId(`threshold-${field}-alert`)
  await input.fill(value)
  await input.press('Tab')
}
const refresh = async (app: Console) => {
  await app.page.clock.runFor(16_000)
  await app.page.getByTestId('refresh-now').click()
  await expect.poll(() => app.page.getByTestId('realtime-view').getAttribute('aria-busy')).toBe('false')
}
const limitsOff = async (app: Console) => {
  for (const field of ['WaitingCalls', 'LongestWaitingTime', 'ServiceLevel20']) await setLimit(app, field, '')
  await refresh(app)
}

describe.runIf(e2eReady)('alert notifications in the browser', () => {
  let app: Console
  beforeAll(async () => {
    app = await startConsole({ clock: 'manual', permissions: ['notifications'] })
    await activateSimProfile(app, 'Ops', ['ccc-demo'])
    await openBoard(app)
  }, 60_000)
  afterAll(() => app?.close())

  describe('with the permission granted', () => {
    it('shows one notification per figure entering alert, in the page\'s words, and a click brings the window to the board', { timeout: 90_000 }, async () => {
      const { page } = app
      await limitsOff(app)
      expect(await shownOf(app)).toEqual([])
      // Allowed already: nothing to ask.
      expect(await page.getByTestId('alert-allow').count()).toBe(0)
      expect(await page.getByTestId('alert-permission-note').count()).toBe(0)

      await setLimit(app, 'ServiceLevel20', '100')
      await refresh(app)
      await expect.poll(() => shownOf(app).then((list) => list.length)).toBe(1)
      const [notice] = await shownOf(app)
      const value = (await page.getByTestId('tile-ServiceLevel20').getByTestId('tile-value').innerText()).trim()
      expect(notice!.title).toBe(`In alert · Service level (20 s): ${value}`)
      expect(notice!.body).toMatch(/^.+ \(ccc-demo\) · alert at < 100%$/)
      expect(notice!.tag).toBe('ccc-demo/ServiceLevel20')
      // The page plays its own chime when asked; the browser's sound never.
      expect(notice!.silent).toBe(true)
      await expect.poll(() => page.title()).toMatch(/^\(1\) /)

      // Still in alert at the next refreshes: no second notification, one row.
      for (let i = 0; i < 2; i++) await refresh(app)
      expect((await shownOf(app)).length).toBe(1)
      expect(await page.getByTestId('alert-log-row').count()).toBe(1)
      expect(await tonesOf(app)).toBe(0)

      // Away on a report, a click on the notification brings the wallboard back.
      await page.getByTestId('nav-interval-report').click()
      await expect.poll(() => page.evaluate('location.hash')).toBe('#/instances/ccc-demo/reports/interval')
      await page.evaluate('window.__notifications[0].notification.onclick()')
      await expect.poll(() => page.evaluate('location.hash')).toBe('#/instances/ccc-demo/realtime')
      await page.getByTestId('tile-ServiceLevel20').waitFor()
      expect(app.pageErrors).toEqual([])
    })

    it('tells nothing for an instance snoozed, and chimes when its sound is on', { timeout: 90_000 }, async () => {
      const { page } = app
      await limitsOff(app)
      const before = (await shownOf(app)).length

      await page.getByTestId('alert-snooze-all').click()
      await expect.poll(() => page.getByTestId('alert-snoozed-all').innerText()).toMatch(/^All snoozed until \d\d:\d\d$/)
      await setLimit(app, 'ServiceLevel20', '100')
      await refresh(app)
      await expect.poll(() => page.getByTestId('alert-log-row').first().getAttribute('data-status')).toBe('alerting')
      expect((await shownOf(app)).length).toBe(before)
      await expect.poll(() => page.title()).toMatch(/^\(1\) /)

      // Resumed with the sound on: the owed alert is told at the next refresh, with the chime.
      await page.getByTestId('alert-sound').click()
      await page.getByTestId('alert-resume-all').click()
      await refresh(app)
      await expect.poll(() => shownOf(app).then((list) => list.length)).toBe(before + 1)
      expect((await shownOf(app)).at(-1)!.title).toMatch(/^Still in alert · Service level \(20 s\): /)
      await expect.poll(() => tonesOf(app)).toBe(2)
      expect(app.pageErrors).toEqual([])
    })
  })

  describe('with the permission denied', () => {
    it('says the browser blocks them, shows none, and still logs and counts the alert', { timeout: 90_000 }, async () => {
      const { page } = app
      // The user blocked notifications in the site settings; the page is opened afresh.
      const cdp: CDPSession = await page.context().newCDPSession(page)
      // In this page's browser context (Playwright's own), not the browser's default one.
      const { targetInfo } = await cdp.send('Target.getTargetInfo')
      await cdp.send('Browser.setPermission', {
        permission: { name: 'notifications' },
        setting: 'denied',
        origin: new URL(app.host.url).origin,
        browserContextId: targetInfo.browserContextId
      })
      await page.reload()
      await page.getByTestId('tile-ServiceLevel20').waitFor()
      await limitsOff(app)
      expect(await page.getByTestId('alert-permission-note').innerText()).toBe('The browser blocks notifications for this page: allow them in its site settings.')
      expect(await page.getByTestId('alert-allow').count()).toBe(0)
      await setLimit(app, 'ServiceLevel20', '100')
      await refresh(app)
      // The limit kept from before put the first answer in alert (and lifting it ended it): one alert under way now.
      await expect.poll(() => page.getByTestId('alert-log-row').first().getAttribute('data-status')).toBe('alerting')
      expect(await page.locator('[data-testid="alert-log-row"][data-status="alerting"]').count()).toBe(1)
      await expect.poll(() => page.title()).toMatch(/^\(1\) /)
      expect(await shownOf(app)).toEqual([])
      await page.getByTestId('alert-settings').scrollIntoViewIfNeeded()
      await app.screenshot('wallboard-alerts-denied')

      // The log as a CSV file, in the folder the (stand-in) dialog answers with.
      await page.getByTestId('alert-log-export').click()
      const saved = async () => (await readdir(app.exportDir)).filter((name) => /^alert-log-ccc-demo-\d{8}-\d{6}\.csv$/.test(name))
      await expect.poll(saved).toHaveLength(1)
      const [header, ...lines] = (await readFile(join(app.exportDir, (await saved())[0]!), 'utf8')).trim().split('\r\n')
      expect(header!.replace(/^\uFEFF/, '')).toBe('Figure,Limit,Began,Peak,Peak at,Lasted,State,Cleared,Last seen,Notified,Reminders')
      expect(lines[0]).toMatch(/^Service level \(20 s\),< 100%,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00,[\d.]+%,/)
      // The file is written before main answers; the page says so once the answer is in.
      await expect.poll(() => page.getByText(/^Alert log saved: /).count()).toBe(1)
      expect(app.pageErrors).toEqual([])
    })
  })
})
