/**
 * End to end in Chromium: the overview with both lists (search, sort, copy), the wallboard
 * refreshing on its own, a threshold turning a tile red, a simulator fault showing the stale mark
 * and the recovery, several instances at once, zh-CN and dark. Screenshots go to
 * test-results/screenshots.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { e2eReady, SCREENSHOTS, startConsole, type Console } from './harness'
import { testClock } from '../helpers/test-clock'

let app: Console

describe.runIf(e2eReady)('the console in the browser', () => {
  beforeAll(async () => {
    app = await startConsole()
    // A keychain profile on the test's own simulator, so faults can be injected into it.
    const profile = await app.services.profiles.save({
      name: 'Ops',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      endpoint: app.sim.url,
      instanceIds: ['ccc-demo', 'ccc-large', 'ccc-night'],
      storage: 'keychain'
    })
    await app.services.sessions.activate(profile.id)
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.host.origin })
  }, 60_000)
  afterAll(() => app?.close())

  const count = async (testid: string): Promise<[number, number]> => {
    const text = await app.page.getByTestId(testid).innerText()
    const [shown, total] = (text.match(/\d+/g) ?? []).map(Number)
    return [shown ?? NaN, total ?? NaN]
  }

  it('opens a bookmarked overview with details, 250 admins and 600 numbers', async () => {
    const { page } = app
    await app.open('#/instances/ccc-large/overview')
    await page.getByTestId('overview-view').waitFor()
    await page.getByTestId('instance-name').filter({ hasText: '云呼全国客服中心' }).waitFor()
    // CCC's code as a word, the code on hover.
    expect(await page.getByTestId('instance-status').innerText()).toContain('Running')
    expect(await page.getByTestId('instance-status').locator('[data-code]').getAttribute('title')).toBe('RUNNING')
    await page.getByTestId('number-row').first().waitFor()
    expect(await count('admin-count')).toEqual([250, 250])
    expect(await count('number-count')).toEqual([600, 600])
    // The window title names the page and the instance, for the task bar and window switchers.
    expect(await page.title()).toBe('Overview · 云呼全国客服中心 — CCC Supervisor')
    await app.screenshot('overview-ccc-large')
  })

  it('cuts a long cell to one line and shows the whole of it on hover', async () => {
    const { page } = app
    // The contact flow ID (a UUID) is wider than its column.
    const cell = page.getByTestId('number-row').first().locator('td').nth(5)
    const full = (await cell.textContent())?.trim() ?? ''
    expect(full).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/)
    const box = await cell.boundingBox()
    expect(await cell.evaluate((td) => (td.querySelector('span') ?? td).scrollWidth > td.clientWidth)).toBe(true)
    await cell.hover({ position: { x: Math.min(40, (box?.width ?? 80) / 2), y: (box?.height ?? 20) / 2 } })
    await page.locator('.n-tooltip').filter({ hasText: full }).waitFor()
    await page.mouse.move(0, 0)
  })

  it('searches and sorts the number list', async () => {
    const { page } = app
    await page.getByTestId('number-search').fill('四川')
    await expect.poll(async () => (await count('number-count'))[0]).toBeLessThan(600)
    const [shown] = await count('number-count')
    expect(shown).toBeGreaterThan(0)
    for (const row of (await page.getByTestId('number-row').allInnerTexts()).slice(0, 5)) expect(row).toContain('四川')

    await page.getByTestId('number-search').fill('')
    await expect.poll(async () => (await count('number-count'))[0]).toBe(600)
    const numberHeader = page.getByTestId('number-table').locator('th').filter({ hasText: /^Number$/ })
    const firstNumber = async (): Promise<string> => (await page.getByTestId('number-row').first().locator('td').first().innerText()).trim()
    await numberHeader.click()
    const ascending = await firstNumber()
    await numberHeader.click()
    await expect.poll(firstNumber).not.toBe(ascending)
    const descending = await firstNumber()
    expect(descending.localeCompare(ascending)).toBeGreaterThan(0)
  })

  it('searches the admin list', async () => {
    const { page } = app
    const [first] = await page.getByTestId('admin-row').first().locator('td').first().allInnerTexts()
    await page.getByTestId('admin-search').fill(first?.trim() ?? '')
    await expect.poll(async () => (await count('admin-count'))[0]).toBeLessThan(250)
    for (const row of await page.getByTestId('admin-row').allInnerTexts()) expect(row).toContain(first?.trim())
  })

  it('copies the admin list as tab-separated rows with a header', async () => {
    const { page } = app
    await page.getByTestId('admin-search').fill('')
    await expect.poll(async () => (await count('admin-count'))[0]).toBe(250)
    await page.getByTestId('copy-admins').click()
    // Runs in the page, where navigator exists.
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())
    const lines = copied.trim().split('\n')
    expect(lines).toHaveLength(251)
    expect(lines[0]?.split('\t').length).toBeGreaterThanOrEqual(5)
  })

  // ccc-large's export now holds 1,200 agents in every format: seconds of work on a loaded machine.
  it('exports a snapshot of the instance to the folder the user picks', { timeout: 60_000 }, async () => {
    const { page } = app
    await page.getByTestId('export-snapshot').click()
    // Every format main offers is ticked at first; the PDF is left to export.spec.ts.
    await page.getByTestId('export-format-pdf').click()
    await expect.poll(() => page.getByTestId('export-format-pdf').getAttribute('aria-checked')).toBe('false')
    await page.getByTestId('export-start').click()
    await page.getByTestId('export-result').waitFor({ timeout: 45_000 })
    // json, xlsx, html and one csv per table (9: the skill-group and agent states among them)
    await expect
      .poll(async () => (await readdir(app.exportDir)).filter((f) => f.startsWith('ccc-ccc-large-')).length, { timeout: 15_000 })
      .toBe(12)
    const files = (await readdir(app.exportDir)).filter((f) => f.startsWith('ccc-ccc-large-'))
    expect(files.some((f) => f.endsWith('.xlsx'))).toBe(true)
    const html = await readFile(join(app.exportDir, files.find((f) => f.endsWith('.html')) ?? ''), 'utf8')
    expect(html).toContain('云呼全国客服中心')
    expect(html).not.toContain('<script')
    await page.getByTestId('export-close').click()
    await page.getByTestId('export-dialog').waitFor({ state: 'hidden' })
  })

  it('refreshes the wallboard on its own', async () => {
    const { page } = app
    await app.installClock(testClock())
    await app.open('#/instances/ccc-demo/realtime')
    await page.getByTestId('realtime-view').waitFor()
    await page.getByTestId('tile-WaitingCalls').waitFor()
    await page.getByTestId('summary-panel').waitFor()
    const before = app.host.calls.filter((c) => c === 'getRealtimeInstanceStates').length
    await page.clock.runFor(16_000) // the default period is 15 s
    await expect.poll(() => app.host.calls.filter((c) => c === 'getRealtimeInstanceStates').length).toBeGreaterThan(before)
    expect(await page.getByTestId('last-updated').innerText()).not.toBe('')
    await app.screenshot('realtime')
  })

  it('shows what a tile counts on hover and on keyboard focus, and marks the since-midnight figure', async () => {
    const { page } = app
    const hint = page.getByTestId('metric-hint')
    // The hint that says `text`; the one leaving may still be fading out beside it (on a slow machine).
    const shown = hint.filter({ visible: true })
    const shows = (text: string) => expect.poll(async () => (await shown.allInnerTexts()).some((words) => words.includes(text))).toBe(true)
    const ivr = page.getByTestId('tile-InteractiveCalls')
    expect(await ivr.innerText()).toContain('Calls in IVR')
    await ivr.hover()
    await shows('Calls interacting with the IVR.')
    await app.screenshot('realtime-tile-hint')
    await page.mouse.move(1, 1)
    await expect.poll(() => shown.count()).toBe(0)

    // By keyboard: focus one tile, Tab to the next, and each shows its own definition.
    await page.getByTestId('tile-WaitingCalls').focus()
    await shows('Calls queuing.')
    await page.keyboard.press('Tab')
    await shows('The longest wait among the calls queuing.')
    // Then only the focused tile's.
    await expect.poll(() => shown.count()).toBe(1)
    await page.keyboard.press('Tab')
    await shows('from GetInstanceSummaryReportSinceMidnight')
    expect(await page.getByTestId('tile-ServiceLevel20').getByTestId('since-midnight').innerText()).toBe('since midnight')
    await page.getByTestId('tile-ServiceLevel20').blur()
    await expect.poll(() => shown.count()).toBe(0)
  })

  it('turns a tile red when its threshold is crossed', async () => {
    const { page } = app
    expect(await page.getByTestId('tile-WaitingCalls').getAttribute('data-level')).not.toBe('alert')
    for (const level of ['warn', 'alert']) {
      await page.getByTestId(`threshold-WaitingCalls-${level}`).fill('0')
      await page.getByTestId(`threshold-WaitingCalls-${level}`).press('Tab')
    }
    await expect.poll(() => page.getByTestId('tile-WaitingCalls').getAttribute('data-level')).toBe('alert')
    await app.screenshot('realtime-threshold-alert')
  })

  it('marks the figures stale with the API code and RequestId while CCC fails, and recovers', async () => {
    const { page } = app
    app.sim.faults.inject({ kind: 'internalError', times: 50, action: 'GetRealtimeInstanceStates' })
    await page.getByTestId('refresh-now').click()
    await page.getByTestId('stale-mark').waitFor()
    expect(await page.getByTestId('stale-code').innerText()).toContain('InternalService.Error')
    expect(await page.getByTestId('stale-request-id').innerText()).toMatch(/^[0-9A-F-]{36}$/)
    // The last good figures stay on screen.
    expect(await page.getByTestId('tile-WaitingCalls').getByTestId('tile-value').innerText()).toMatch(/\d/)
    await app.screenshot('realtime-stale')

    app.sim.faults.clear()
    await page.getByTestId('refresh-now').click()
    await page.getByTestId('stale-mark').waitFor({ state: 'detached' })
  })

  it('watches several instances of the profile at once', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime?watch=ccc-large,ccc-night')
    for (const id of ['ccc-large', 'ccc-night']) {
      await page.locator(`[data-testid="instance-row"][data-instance-id="${id}"]`).waitFor()
    }
    await page.getByTestId('wallboard-toggle').click()
    await page.locator('[data-testid="wallboard"][data-wallboard="on"]').waitFor()
    await app.screenshot('realtime-wallboard')
    await page.keyboard.press('Escape')
  })

  it('reads in Chinese and in the dark theme, with CJK text rendered', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', colorScheme: 'dark' })
    const page = await context.newPage()
    try {
      await page.goto(`${app.host.url}#/instances/ccc-demo/realtime`)
      await page.getByTestId('tile-WaitingCalls').waitFor()
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
      expect(await page.getByTestId('realtime-view').innerText()).toMatch(/[\u4e00-\u9fff]/)
      await page.screenshot({ path: join(SCREENSHOTS, 'realtime-zh-CN-dark.png'), fullPage: true })
      await page.goto(`${app.host.url}#/instances/ccc-large/overview`)
      await page.getByTestId('number-row').first().waitFor()
      expect(await page.title()).toBe('概览 · 云呼全国客服中心 — CCC 主管控制台')
      // No CCC code reads as English on a Chinese page: status, usage, role and work mode are words.
      expect(await page.getByTestId('instance-status').innerText()).toContain('运行中')
      const codes = await page.locator('[data-testid="overview-view"] [data-code]').evaluateAll((cells) =>
        cells.map((cell) => [cell.getAttribute('data-code'), cell.textContent])
      )
      expect(codes.length).toBeGreaterThan(3)
      for (const [code, text] of codes) expect(text, String(code)).toMatch(/[\u4e00-\u9fff]/)
      await page.screenshot({ path: join(SCREENSHOTS, 'overview-zh-CN-dark.png'), fullPage: true })
    } finally {
      await context.close()
    }
    expect(app.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })
})
