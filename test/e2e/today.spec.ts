/**
 * End to end in Chromium: the wallboard's refreshes are kept as the day so far; the Today page
 * draws them, still after main and the test host are stopped and started again on the same data
 * folder (as quitting and starting the app), with a gap where they were stopped; forgetting the
 * history empties the page. Main's clock is moved on while it is stopped, never slept through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eReady, startConsole, type Console } from './harness'
import { testClock } from '../helpers/test-clock'
import { dateIn } from '../../src/shared/ccc/zone-check'

let app: Console
/** Main's clock: the pinned day at real speed, moved on while main is stopped. */
let shift = 0
const mainNow = (): number => testClock() + shift
const STOPPED_MS = 20 * 60_000

// Page-side code as text (this file is type-checked for Node, which has no DOM).
/** Every theme the page's root is given from its first script on, watched on the document since its root may not be parsed yet. */
const WATCH_THEMES = `window.themesSeen = []
new MutationObserver((records) => {
  for (const record of records) if (record.target === document.documentElement) window.themesSeen.push(document.documentElement.dataset.theme)
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] })`
/** Counts the moments the Today page's heading is gone: what a switch of language before its texts loaded would show. */
const WATCH_HEADING = `(() => {
  const view = document.querySelector('[data-testid="today-view"]')
  window.textFlashes = 0
  new MutationObserver(() => {
    if (!view?.isConnected || !view.querySelector('h1')) window.textFlashes++
  }).observe(document.body, { subtree: true, childList: true })
})()`

describe.runIf(e2eReady)('the day so far in the browser', () => {
  beforeAll(async () => {
    // The page runs on Playwright's clock, from main's time: moved on with main's below.
    // The browser in Los Angeles: a time shown in its zone, not the instance's, cannot pass.
    app = await startConsole({ history: true, now: mainNow, clock: 'manual', timezoneId: 'America/Los_Angeles' })
    await app.installClock(mainNow())
  }, 60_000)
  afterAll(() => app?.close())

  const refreshes = async (count: number) => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime')
    await page.getByTestId('tile-WaitingCalls').waitFor()
    for (let i = 0; i < count; i++) {
      await expect.poll(() => page.getByTestId('realtime-view').getAttribute('aria-busy')).toBe('false')
      await page.getByTestId('refresh-now').click()
    }
    await expect.poll(() => page.getByTestId('realtime-view').getAttribute('aria-busy')).toBe('false')
    await app.services.history!.flushed()
  }
  const openToday = async () => {
    await app.open('#/instances/ccc-demo/realtime/today')
    await expect.poll(() => app.page.getByTestId('today-view').getAttribute('aria-busy')).toBe('false')
  }
  const points = async (panel: string): Promise<Record<string, number>> =>
    JSON.parse((await app.page.getByTestId(`today-panel-${panel}`).getByTestId('day-chart').getAttribute('data-series-points')) ?? '{}') as Record<string, number>

  /** Seconds into the day on the demo instance's wall clock (Asia/Shanghai), as the page shows times. */
  const shanghaiSeconds = (ms: number): number => {
    const [h, m, s] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(ms).split(':').map(Number)
    return h! * 3600 + m! * 60 + s!
  }
  const seconds = (hms: string) => hms.split(':').reduce((n, part) => n * 60 + Number(part), 0)

  it('draws the refreshes kept, keeps them across a restart of main, and shows the time it was stopped as a gap', { timeout: 120_000 }, async () => {
    const { page } = app
    const startedAt = mainNow()
    await refreshes(3)
    // The wallboard's tiles draw the same day: its first answer and the three refreshes.
    const sparkline = page.getByTestId('tile-WaitingCalls').getByTestId('sparkline')
    await expect.poll(() => sparkline.getAttribute('data-points')).toBe('4')
    // And each skill group's row its waiting calls, from the same refreshes.
    const rowLines = page.locator('[data-testid="queue-row"] [data-testid="sparkline"]')
    await expect.poll(() => rowLines.count()).toBeGreaterThan(0)
    await openToday()
    await page.getByTestId('today-panel-waiting').getByTestId('day-chart').waitFor()
    const before = await points('waiting')
    expect(Object.values(before)[0]).toBeGreaterThanOrEqual(4)
    expect(await page.getByTestId('today-gap').count()).toBe(0)
    const recordedBefore = await page.getByTestId('today-recorded').innerText()
    // Times and the day in the instance's zone, by the page's (Playwright's) clock: the first
    // figure kept within a minute of the start, and today the instance's date.
    const firstKept = (seconds(recordedBefore.match(/\d{2}:\d{2}:\d{2}/)![0]) - shanghaiSeconds(startedAt) + 86_400) % 86_400
    expect(firstKept, recordedBefore).toBeLessThan(60)
    expect(await page.getByTestId('today-day').innerText()).toContain(dateIn(mainNow(), 'Asia/Shanghai'))

    expect(app.pageErrors).toEqual([])

    // Main stops; twenty minutes later it starts again on the same data folder.
    await app.restart()
    // The page's event stream was cut as the host stopped: the one error it logs, and expected.
    await expect.poll(() => app.pageErrors.join('\n')).toMatch(/net::ERR_/)
    app.pageErrors.splice(0)
    shift += STOPPED_MS
    // The page's clock runs on as main's did, moved while it shows nothing (a blank page has no
    // timers: the wallboard's would fire a refresh of their own, at the old host or the new).
    await page.goto('about:blank')
    await page.clock.fastForward(STOPPED_MS)
    await refreshes(2)
    // The tile's line takes up again after the stop: every answer of both runs, broken once between them.
    await expect.poll(() => sparkline.getAttribute('data-points')).toBe('7')
    expect(((await sparkline.locator('path').getAttribute('d')) ?? '').match(/M/g)).toHaveLength(2)
    await app.screenshot('wallboard-day-so-far')
    await openToday()
    // What was kept before is still there, the first figure's time unchanged.
    const recordedAfter = await page.getByTestId('today-recorded').innerText()
    expect(recordedAfter.slice(0, recordedAfter.indexOf('–'))).toBe(recordedBefore.slice(0, recordedBefore.indexOf('–')))
    const after = await points('waiting')
    expect(Object.values(after)[0]).toBeGreaterThanOrEqual(Object.values(before)[0]! + 3)
    // One gap, as long as main was stopped (give or take the seconds of its refreshes).
    await expect.poll(() => page.getByTestId('today-gap').count()).toBe(1)
    const [from, to] = (await page.getByTestId('today-gap').innerText()).split('–').map((s) => s.trim())
    const stopped = (seconds(to!) - seconds(from!) + 86_400) % 86_400
    expect(stopped).toBeGreaterThanOrEqual(STOPPED_MS / 1000)
    expect(stopped).toBeLessThan(STOPPED_MS / 1000 + 120)
    expect(await page.getByTestId('today-panel-waiting').getByTestId('day-chart').getAttribute('data-gaps')).toBe('1')
    // The skill groups' curves: the busiest drawn, each over both runs.
    const queues = await points('queues')
    expect(Object.keys(queues).length).toBeGreaterThan(0)
    expect(Math.max(...Object.values(queues))).toBeGreaterThanOrEqual(2)
    await app.screenshot('today-so-far')
    expect(app.pageErrors).toEqual([])
  })

  it('forgets the history on request: the page says nothing is kept', { timeout: 60_000 }, async () => {
    const { page } = app
    await openToday()
    await page.getByTestId('today-forget').click()
    await page.getByTestId('today-forget-confirm').click()
    await page.getByTestId('today-forgotten').waitFor()
    await page.getByTestId('today-empty').waitFor()
    expect(await page.getByTestId('day-chart').count()).toBe(0)
  })

  it('starts dark and in Chinese with the page’s own texts and the dark theme loaded, and switches language at once', { timeout: 60_000 }, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', colorScheme: 'dark' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    // Every theme the page's root is given from its first script on: a dark start never shows light.
    await page.addInitScript({ content: WATCH_THEMES })
    try {
      await page.goto(`${app.host.url}#/instances/ccc-demo/realtime/today`)
      await expect.poll(() => page.getByTestId('today-view').getAttribute('aria-busy')).toBe('false')
      expect(await page.locator('h1').innerText()).toBe('今日至今')
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
      expect(await page.evaluate('window.themesSeen')).toEqual(['dark'])
      await page.getByTestId('today-forget').click()
      const dialog = page.getByTestId('today-forget-dialog')
      await dialog.waitFor()
      expect(await dialog.innerText()).toContain('清除历史？')
      // naive-ui's dialog in its dark style: the theme loaded with the page, not left light.
      const background = String(await page.evaluate(`getComputedStyle(document.querySelector('[data-testid="today-forget-dialog"]')).backgroundColor`))
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number)
      expect(r! + g! + b!, background).toBeLessThan(3 * 96)
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      // A switch of language shows this page's texts in the other language with the rest, never a key.
      await page.evaluate(WATCH_HEADING)
      await page.getByTestId('locale-switch').click()
      await expect.poll(() => page.locator('h1').innerText()).toBe('Today so far')
      expect(await page.getByTestId('today-view').innerText()).not.toMatch(/\btoday\.\w+/)
      expect(await page.getByTestId('today-forget').innerText()).toBe('Forget history…')
      expect(await page.evaluate('window.textFlashes')).toBe(0)
    } finally {
      await context.close()
    }
    expect(errors).toEqual([])
  })
})
