// @vitest-environment happy-dom
/**
 * The Today page's states a supervisor can meet besides the day's curves (those are drawn in
 * test/e2e/today.spec.ts): the history kept by another window, a repaired store, a build that keeps
 * none, a read that failed, and a day with nothing kept yet. Its own texts load with it.
 */
import { describe, expect, it, vi } from 'vitest'
import type { HistoryDayAnswer } from '@shared/ipc/contract'
import { failed, installFakeBridge, ok } from '../fake-bridge'
import { shellPages } from './mount-app'

const pages = shellPages()

function answer(extra: Partial<HistoryDayAnswer> = {}): HistoryDayAnswer {
  return {
    day: '2026-12-04',
    timeZone: 'Asia/Shanghai',
    dayStart: Date.UTC(2026, 11, 3, 16),
    dayEnd: Date.UTC(2026, 11, 4, 16),
    days: ['2026-12-04'],
    data: null,
    kept: true,
    problem: null,
    repaired: false,
    retentionDays: 31,
    cutAt: null,
    ...extra
  }
}

async function open(reply: Awaited<ReturnType<NonNullable<Parameters<typeof installFakeBridge>[0]['getHistoryDay']>>>) {
  const bridge = installFakeBridge({ getHistoryDay: vi.fn(async () => reply) })
  await pages.open('/instances/ccc-demo/realtime/today')
  await vi.waitFor(() => expect(document.querySelector('[data-testid="today-view"]')?.getAttribute('aria-busy')).toBe('false'))
  return bridge
}
const text = (testId: string): string => document.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? ''

describe('the Today page', () => {
  it('says another window keeps the history, in words rather than a code or a key', async () => {
    await open(ok(answer({ problem: 'History.Locked', days: [] })))
    expect(text('today-problem')).toContain('kept by another CCC Supervisor open on this computer')
    expect(document.querySelector('[data-testid="today-problem"]')?.getAttribute('data-code')).toBe('History.Locked')
    expect(document.querySelector('[data-testid="day-chart"]')).toBeNull()
  })

  it('says the data folder cannot be used', async () => {
    await open(ok(answer({ problem: 'History.Unavailable', days: [] })))
    expect(text('today-problem')).toContain('cannot be read from or written to')
  })

  it('says a damaged store was repaired, and that nothing is kept yet for the day, with the way to the wallboard', async () => {
    await open(ok(answer({ repaired: true })))
    expect(text('today-repaired')).toContain('damaged and repaired')
    expect(text('today-empty')).toContain('Nothing is kept for 2026-12-04 yet')
    expect(document.querySelector('[data-testid="today-empty"] a')?.getAttribute('href')).toContain('/instances/ccc-demo/realtime')
  })

  it('says from when a day too large for one answer is shown', async () => {
    await open(ok(answer({ cutAt: Date.UTC(2026, 11, 4, 1, 30) })))
    expect(text('today-cut')).toBe('The day before 09:30:00 is too large to read at once: it is shown from then on.')
  })

  it('says when this build keeps no history', async () => {
    await open(ok(answer({ kept: false, days: [] })))
    expect(text('today-not-kept')).toBe('This build keeps no history of the day.')
    expect(document.querySelector('[data-testid="today-empty"]')).toBeNull()
  })

  it('names a failed read with its code, and asks main for the instance’s states and skill groups only', async () => {
    const bridge = await open(failed({ code: 'History.Unavailable', message: 'disk gone' }))
    expect(document.querySelector('[data-testid="today-view"] [data-testid="error-code"]')?.textContent).toBe('History.Unavailable')
    expect(bridge.getHistoryDay).toHaveBeenCalledWith({ instanceId: 'ccc-demo', kinds: ['states', 'queues'] })
  })
})
