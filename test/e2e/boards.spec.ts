/**
 * End to end in Chromium: the skill-group board sorted by waiting calls and coloured by its
 * thresholds, a queue's row opening its agents, the agent board's filters in the URL and its time
 * in state ticking under Playwright's clock, 1,200 agents of ccc-large scrolling, the queues named
 * by their DisplayName, sorted by another column, a
 * refresh failure shown as stale on each board, and both boards in Chinese and dark.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../src/core/ccc/client'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { e2eReady, SCREENSHOTS, startConsole, type Console } from './harness'
import { testClock } from '../helpers/test-clock'

let app: Console

describe.runIf(e2eReady)('the live boards in the browser', () => {
  beforeAll(async () => {
    app = await startConsole({ clock: 'manual' })
    const profile = await app.services.profiles.save({
      name: 'Ops',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      endpoint: app.sim.url,
      instanceIds: ['ccc-demo', 'ccc-large'],
      storage: 'keychain'
    })
    await app.services.sessions.activate(profile.id)
    await app.installClock(testClock())
  }, 60_000)
  afterAll(() => app?.close())

  const waitingColumn = () =>
    app.page.evaluate(
      `[...document.querySelectorAll('[data-testid="queue-board"] [data-testid="queue-row"]')].map((r) => r.querySelector('[data-level]')?.textContent ?? '')`
    ) as Promise<string[]>

  /** The wallboard's interval, picked on the wallboard as a supervisor does; the boards follow it. */
  const choosePeriod = async (instanceId: string, label: string) => {
    await app.open(`#/instances/${instanceId}/realtime`)
    await app.page.getByTestId('refresh-period').getByText(label, { exact: true }).click()
  }

  it('lists the skill groups with the most waiting calls first, and opens a group’s agents from its name', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime/queues')
    await page.getByTestId('queue-row').first().waitFor()
    const waiting = (await waitingColumn()).map((text) => Number.parseInt(text, 10))
    expect(waiting.length).toBeGreaterThan(1)
    expect(waiting).toEqual([...waiting].sort((a, b) => b - a))
    const first = page.getByTestId('queue-row').first()
    const id = await first.getAttribute('data-skill-group')
    await first.getByTestId('queue-open-agents').click()
    await page.getByTestId('agent-row').first().waitFor()
    expect(decodeURIComponent(page.url())).toContain(`group=${id!}`)
    await app.screenshot('queue-to-agents')
  })

  it('colours a queue by its own threshold, with the level’s word', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime/queues')
    await page.getByTestId('queue-row').first().waitFor()
    const first = page.getByTestId('queue-row').first()
    const name = await first.getByTestId('queue-open-agents').innerText()
    await page.getByTestId('queue-threshold-group').click()
    await page.locator('.n-base-select-option', { hasText: name }).first().click()
    await page.getByTestId('threshold-WaitingCalls-alert').fill('0')
    await expect.poll(() => first.getAttribute('data-level')).toBe('alert')
    expect(await first.innerText()).toContain('Alert')
  })

  it('keeps the state filter in the URL and counts the time in state up every second', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime/agents?state=Talking')
    await page.getByTestId('agent-row').first().waitFor()
    const states = await page.evaluate(`[...document.querySelectorAll('[data-testid="agent-row"]')].map((r) => r.dataset.state)`)
    expect(new Set(states as string[])).toEqual(new Set(['Talking']))
    const cell = page.getByTestId('agent-row').first().getByTestId('time-in-state')
    const before = Number(await cell.getAttribute('data-seconds'))
    await page.clock.runFor(3_000)
    await expect.poll(async () => Number(await cell.getAttribute('data-seconds'))).toBeGreaterThanOrEqual(before + 3)
    await page.getByTestId('agent-count').filter({ has: page.locator('[data-state="ACW"]') }).first().click()
    await expect.poll(() => page.url()).toMatch(/state=Talking(%2C|,)ACW/)
  })

  it('scrolls the 1,200 agents of ccc-large', async () => {
    const { page } = app
    await app.open('#/instances/ccc-large/realtime/agents')
    await expect.poll(() => page.getByTestId('agent-count-shown').innerText(), { timeout: 20_000 }).toBe('1200 of 1200')
    const rendered = await page.getByTestId('agent-row').count()
    expect(rendered).toBeLessThan(100)
    const firstId = await page.getByTestId('agent-row').first().getAttribute('data-agent')
    await page.evaluate(`document.querySelector('[data-testid="agent-board"] .v-vl')?.scrollTo(0, 40 * 1100)`)
    await expect.poll(() => page.getByTestId('agent-row').first().getAttribute('data-agent')).not.toBe(firstId)
    await app.screenshot('agents-large')
  })

  it('says ccc-large’s agents refresh every 20 s when the wallboard refreshes every 10 s', async () => {
    const { page } = app
    await choosePeriod('ccc-large', '10 s')
    try {
      await app.open('#/instances/ccc-large/realtime/agents')
      // The note needs the first answer's 1,200 agents: one page is assumed before it.
      const note = page.getByTestId('refresh-plan-note')
      await expect.poll(() => note.innerText(), { timeout: 20_000 }).toBe('Agents refresh every 20 s to stay within 60 calls a minute (12 calls per refresh).')
      await app.screenshot('agents-large-plan')
    } finally {
      await choosePeriod('ccc-large', '15 s')
    }
  })

  it('warns of an agent in after-call work once past the 2-minute limit, and takes a limit set in minutes', async () => {
    const { page } = app
    // No refresh while the clock runs: only the ticking time in state changes.
    await choosePeriod('ccc-demo', 'Off')
    try {
      await app.open('#/instances/ccc-demo/realtime/agents?state=ACW')
      await page.getByTestId('agent-row').first().waitFor()
      const fresh = (await page.evaluate(
        `[...document.querySelectorAll('[data-testid="agent-row"]')].map((r) => { const c = r.querySelector('[data-testid="time-in-state"]'); return { id: r.dataset.agent, seconds: Number(c.dataset.seconds), level: c.dataset.level } })`
      )) as { id: string; seconds: number; level: string }[]
      const agent = fresh.find((a) => a.seconds < 110)
      expect(agent, JSON.stringify(fresh)).toBeDefined()
      const cell = page.locator(`[data-agent="${agent!.id}"] [data-testid="time-in-state"]`)
      expect(await cell.getAttribute('data-level')).toBe('ok')
      await page.clock.runFor((120 - agent!.seconds) * 1000)
      await expect.poll(() => cell.getAttribute('data-level')).toBe('warn')
      expect(await cell.innerText()).toContain('Warning')
      // An alert limit of 2 minutes, typed from the keyboard (Tab from warning to alert): the same agent is now over it.
      await page.getByTestId('threshold-ACW-warn').focus()
      await page.keyboard.press('Tab')
      await page.keyboard.press('ControlOrMeta+A')
      // Letters (F is the full-screen shortcut elsewhere) type nothing into a number field.
      await page.keyboard.type('f2x')
      expect(await page.getByTestId('threshold-ACW-alert').inputValue()).toBe('2')
      await expect.poll(() => cell.getAttribute('data-level')).toBe('alert')
      expect(await cell.innerText()).toContain('Alert')
      await page.getByTestId('state-thresholds').getByTestId('threshold-reset').click()
      await expect.poll(() => cell.getAttribute('data-level')).toBe('warn')
    } finally {
      await choosePeriod('ccc-demo', '15 s')
    }
  })

  it('marks the agent board stale while CCC fails', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime/agents')
    await page.getByTestId('agent-row').first().waitFor()
    app.sim.faults.inject({ kind: 'internalError', times: 50, action: 'ListRealtimeAgentStates' })
    await page.getByTestId('refresh-now').click()
    await page.getByTestId('agent-board-stale').waitFor()
    expect(await page.getByTestId('agent-row').count()).toBeGreaterThan(0)
    app.sim.faults.clear()
    await page.getByTestId('refresh-now').click()
    await page.getByTestId('agent-board-stale').waitFor({ state: 'detached' })
  })

  it('names each queue as supervisors typed it, CCC’s code on hover, the hostile one as text', async () => {
    const { page } = app
    const named = (await new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: app.sim.url, now: testClock }).listSkillGroups('ccc-demo')).find(
      (g) => g.DisplayName !== '' && g.DisplayName !== g.SkillGroupName
    )
    expect(named).toBeDefined()
    await app.open('#/instances/ccc-demo/realtime/queues')
    const name = page.locator(`[data-skill-group="${named!.SkillGroupId}"] [data-testid="queue-open-agents"]`)
    await expect.poll(() => name.innerText()).toBe(named!.DisplayName)
    expect(await name.getAttribute('title')).toContain(`(${named!.SkillGroupName})`)
    expect(await page.locator('[data-testid="queue-board"] img').count()).toBe(0)
  })

  it('sorts the queues by another column, each way', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime/queues')
    await page.getByTestId('queue-row').nth(2).waitFor()
    const board = page.getByTestId('queue-board')
    await board.locator('th', { hasText: 'Longest wait' }).click()
    const longest = async () =>
      ((await page.evaluate(
        `[...document.querySelectorAll('[data-testid="queue-board"] [data-testid="queue-row"]')].map((r) => r.querySelectorAll('.queue-level__value')[1]?.textContent ?? '')`
      )) as string[]).map((text) => text.split(':').reduce((total, part) => total * 60 + Number(part), 0))
    const ordered = (descending: boolean) => async () => {
      const waits = await longest()
      return waits.length > 1 && waits.every((w, i) => i === 0 || (descending ? waits[i - 1]! >= w : waits[i - 1]! <= w))
    }
    // A header's clicks go shortest first, longest first, then the order CCC sent.
    await expect.poll(ordered(false)).toBe(true)
    await board.locator('th', { hasText: 'Longest wait' }).click()
    await expect.poll(ordered(true)).toBe(true)
  })

  it('marks the skill-group board stale while CCC fails', async () => {
    const { page } = app
    await app.open('#/instances/ccc-demo/realtime/queues')
    await page.getByTestId('queue-row').first().waitFor()
    app.sim.faults.inject({ kind: 'internalError', times: 50, action: 'ListRealtimeSkillGroupStates' })
    await page.getByTestId('refresh-now').click()
    await page.getByTestId('queue-board-stale').waitFor()
    expect(await page.getByTestId('queue-row').count()).toBeGreaterThan(0)
    app.sim.faults.clear()
    await page.getByTestId('refresh-now').click()
    await page.getByTestId('queue-board-stale').waitFor({ state: 'detached' })
  })

  it('shows both boards in Chinese on the dark theme', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', colorScheme: 'dark' })
    const page = await context.newPage()
    try {
      await page.goto(`${app.host.url}#/instances/ccc-demo/realtime/agents`)
      await page.getByTestId('agent-row').first().waitFor()
      expect(await page.getByTestId('agent-board').innerText()).toContain('状态时长')
      await page.goto(`${app.host.url}#/instances/ccc-demo/realtime/queues`)
      await page.getByTestId('queue-row').first().waitFor()
      expect(await page.getByTestId('queue-board').innerText()).toContain('排队数')
      await page.screenshot({ path: join(SCREENSHOTS, 'boards-zh-CN-dark.png'), fullPage: true })
    } finally {
      await context.close()
    }
  })
})
