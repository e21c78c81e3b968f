// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HistoryDayAnswer, SupervisorApi } from '@shared/ipc/contract'
import type { HistoryDayWire } from '@shared/history/day'
import { emitEvent, failed, installFakeBridge, instance, ok, realtime, removeFakeBridge, session, summary } from '../fake-bridge'
import { settle } from '../mount'
import { mountApp } from './mount-app'

const throttled = { code: 'Throttling.User', message: 'Request was denied due to user flow control.', requestId: 'R-77' }

function bridge() {
  const getRealtimeInstanceStates = vi.fn(async ({ instanceId }: { instanceId: string }) =>
    ok(realtime(instanceId, 7, { LongestWaitingTime: 75 }))
  )
  const fake = installFakeBridge({
    getSession: vi.fn(async () => ok(session())),
    getInstance: vi.fn(async ({ instanceId }) => ok(instance(instanceId))),
    getRealtimeInstanceStates: getRealtimeInstanceStates as SupervisorApi['getRealtimeInstanceStates'],
    getInstanceSummaryReportSinceMidnight: vi.fn(async ({ instanceId }) => ok(summary(instanceId, { ServiceLevel20: 0.7 })))
  })
  return { fake, getRealtimeInstanceStates }
}

let unmount: (() => void) | null = null

beforeEach(() => {
  localStorage.clear()
})
afterEach(() => {
  unmount?.()
  unmount = null
  removeFakeBridge()
  document.body.innerHTML = ''
})

async function open(path: string) {
  const app = await mountApp(path)
  unmount = () => app.wrapper.unmount()
  return app
}

/** What main kept of ccc-a's states: WaitingCalls and LongestWaitingTime per answer, at those times. */
function keptStates(answers: ReadonlyArray<[at: number, waiting: number, longest: number | null]>): HistoryDayAnswer {
  const series = { fields: ['WaitingCalls', 'LongestWaitingTime'], at: answers.map(([at]) => at), offsets: answers.map((_, i) => i * 2).concat(answers.length * 2), values: answers.flatMap(([, w, l]) => [w, l]) }
  const empty = { fields: [], at: [], offsets: [0], values: [] }
  const rows = { ...empty, dayStart: Date.UTC(2026, 5, 16, 16), ids: [], states: [] }
  const data: HistoryDayWire = { instanceId: 'ccc-a', day: '2026-06-17', states: series, summary: empty, queues: rows, agents: rows }
  return { day: '2026-06-17', timeZone: 'Asia/Shanghai', dayStart: Date.UTC(2026, 5, 16, 16), dayEnd: Date.UTC(2026, 5, 17, 16), days: ['2026-06-17'], data, kept: true, problem: null, repaired: false, retentionDays: 31, cutAt: null }
}

describe('the wallboard page', () => {
  it('draws each tile’s day so far from what main kept, then takes only what it kept since after each refresh', async () => {
    // 08:00, 08:30 and 08:31 in Shanghai; a fourth answer at 08:32 once the page refreshes.
    const at = (minutes: number) => Date.UTC(2026, 5, 17, 0, minutes)
    // Main's store: what it kept, answered after `since` as main does.
    const kept: Array<[number, number, number | null]> = [[at(0), 2, 30], [at(30), 12, 95], [at(31), 3, null]]
    const getHistoryDay = vi.fn(async ({ since }: { since?: number }) => ok(keptStates(kept.filter(([t]) => since === undefined || t > since))))
    const { fake } = bridge()
    fake.getHistoryDay = getHistoryDay as SupervisorApi['getHistoryDay']
    const { wrapper } = await open('/instances/ccc-a/realtime')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="tile-WaitingCalls"] [data-testid="sparkline"]').exists()).toBe(true))
    const line = (field: string) => wrapper.get(`[data-testid="tile-${field}"] [data-testid="sparkline"]`)
    expect(getHistoryDay).toHaveBeenCalledWith({ instanceId: 'ccc-a', kinds: ['states'] })
    expect(line('WaitingCalls').attributes('data-points')).toBe('3')
    expect(line('WaitingCalls').attributes('aria-label')).toBe('Today so far: highest 12 at 08:30')
    // The wait as its tile shows it; the answer that did not report it is a break, not a 0 (the
    // value before held until it: 0:30, 1:35, 1:35 drawn, then nothing).
    expect(line('LongestWaitingTime').attributes('aria-label')).toBe('Today so far: highest 1:35 at 08:30')
    expect(line('LongestWaitingTime').attributes('data-points')).toBe('3')
    expect(line('LongestWaitingTime').find('path').attributes('d')).not.toMatch(/M.*M/)
    // A figure main kept nothing of draws no line.
    expect(wrapper.find('[data-testid="tile-TotalAgents"] [data-testid="sparkline"]').exists()).toBe(false)
    kept.push([at(32), 4, 40])
    await wrapper.get('[data-testid="refresh-now"]').trigger('click')
    await vi.waitFor(() => expect(line('WaitingCalls').attributes('data-points')).toBe('4'))
    expect(getHistoryDay).toHaveBeenLastCalledWith({ instanceId: 'ccc-a', kinds: ['states'], since: at(31) })
  })

  it('shows every figure as a tile, coloured by the default thresholds', async () => {
    bridge()
    const { wrapper } = await open('/instances/ccc-a/realtime')
    const tile = (field: string) => wrapper.get(`[data-testid="tile-${field}"]`)
    expect(wrapper.find('[data-testid="realtime-view"]').exists()).toBe(true)
    expect(tile('WaitingCalls').attributes('data-level')).toBe('warn')
    expect(tile('WaitingCalls').get('[data-testid="tile-value"]').text()).toBe('7')
    expect(tile('LongestWaitingTime').get('[data-testid="tile-value"]').text()).toBe('1:15')
    expect(tile('LongestWaitingTime').attributes('data-level')).toBe('warn')
    expect(tile('ServiceLevel20').get('[data-testid="tile-value"]').text()).toBe('70.0%')
    expect(tile('ServiceLevel20').attributes('data-level')).toBe('warn')
    for (const field of ['TotalAgents', 'LoggedInAgents', 'ReadyAgents', 'TalkingAgents', 'WorkingAgents', 'BreakingAgents', 'InteractiveCalls']) {
      expect(tile(field).attributes('data-level')).toBe('ok')
    }
    expect(wrapper.find('[data-testid="summary-panel"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="last-updated"]').text()).toMatch(/^Updated .+ · \d+ s ago/)
    expect(wrapper.find('[data-testid="stale-mark"]').exists()).toBe(false)
    expect(wrapper.get('h1').text()).toBe('Name of ccc-a')
  })

  it('a profile switch while the wallboard is shown drops the old figures and polls again for the new session', async () => {
    const { getRealtimeInstanceStates } = bridge()
    const { wrapper } = await open('/instances/ccc-a/realtime')
    expect(wrapper.get('[data-testid="tile-WaitingCalls"] [data-testid="tile-value"]').text()).toBe('7')
    const asked = getRealtimeInstanceStates.mock.calls.length
    getRealtimeInstanceStates.mockImplementation(async ({ instanceId }) => ok(realtime(instanceId, 2, { LongestWaitingTime: 5 })))
    emitEvent('sessionChanged', session({ revision: 1 }))
    await settle()
    // The new account's figures, asked for at once; not the old ones, and not a board left blank.
    expect(getRealtimeInstanceStates.mock.calls.length).toBeGreaterThan(asked)
    expect(wrapper.get('[data-testid="tile-WaitingCalls"] [data-testid="tile-value"]').text()).toBe('2')
    expect(wrapper.get('h1').text()).toBe('Name of ccc-a')
  })

  it('recolours a tile as soon as the supervisor changes its threshold, and remembers it', async () => {
    bridge()
    const { wrapper } = await open('/instances/ccc-a/realtime')
    await wrapper.get('[data-testid="threshold-WaitingCalls-alert"]').setValue('6')
    await settle()
    expect(wrapper.get('[data-testid="tile-WaitingCalls"]').attributes('data-level')).toBe('alert')
    expect(wrapper.get('[data-testid="tile-WaitingCalls"] [data-testid="tile-level"]').text()).toBe('Alert≥ 6')
    expect(JSON.parse(localStorage.getItem('ccc-supervisor.thresholds') ?? '{}')['ccc-a'].WaitingCalls).toEqual({ warn: 5, alert: 6 })
  })

  it('marks the figures stale with the error when a refresh fails, keeps them, and recovers', async () => {
    const { getRealtimeInstanceStates } = bridge()
    const { wrapper } = await open('/instances/ccc-a/realtime')
    getRealtimeInstanceStates.mockResolvedValueOnce(failed(throttled) as never)
    await wrapper.get('[data-testid="refresh-now"]').trigger('click')
    await settle()

    const mark = wrapper.get('[data-testid="stale-mark"]')
    expect(mark.text()).toContain('Throttling.User')
    expect(mark.text()).toContain('R-77')
    expect(wrapper.get('[data-testid="tile-WaitingCalls"] [data-testid="tile-value"]').text()).toBe('7')
    expect(wrapper.get('[data-testid="tile-WaitingCalls"]').attributes('data-stale')).toBe('true')

    await wrapper.get('[data-testid="refresh-now"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="stale-mark"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="tile-WaitingCalls"]').attributes('data-stale')).toBe('false')
  })

  it('shows the error, not empty tiles, when the first load fails', async () => {
    const { getRealtimeInstanceStates } = bridge()
    getRealtimeInstanceStates.mockResolvedValue(failed(throttled) as never)
    const { wrapper } = await open('/instances/ccc-a/realtime')
    expect(wrapper.get('[data-testid="error-notice"]').text()).toContain('Throttling.User')
    expect(wrapper.find('[data-testid="tile-WaitingCalls"]').exists()).toBe(false)
  })

  it('refreshes on R, and remembers the chosen period', async () => {
    const { getRealtimeInstanceStates } = bridge()
    const { wrapper } = await open('/instances/ccc-a/realtime')
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(1)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'r' }))
    await settle()
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(2)

    await wrapper.get('[data-testid="refresh-period"] input[value="30"]').setValue(true)
    expect(JSON.parse(localStorage.getItem('ccc-supervisor.preferences') ?? '{}').refreshPeriod).toBe(30)
  })

  it('watches more instances of the session as compact rows, kept in the address', async () => {
    bridge()
    const { wrapper, router } = await open('/instances/ccc-a/realtime?watch=ccc-b')
    const row = wrapper.get('[data-testid="instance-row"]')
    expect(row.attributes('data-instance-id')).toBe('ccc-b')
    expect(row.get('[data-testid="row-tile-WaitingCalls"]').attributes('data-level')).toBe('warn')
    expect(router.currentRoute.value.query.watch).toBe('ccc-b')
  })

  it('enters and leaves the wallboard mode with F', async () => {
    bridge()
    const { wrapper } = await open('/instances/ccc-a/realtime')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'f' }))
    await settle()
    expect(wrapper.get('[data-testid="wallboard"]').attributes('data-wallboard')).toBe('on')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await settle()
    expect(wrapper.get('[data-testid="wallboard"]').attributes('data-wallboard')).toBe('off')
  })

  it('stops polling when the page is left', async () => {
    const { getRealtimeInstanceStates } = bridge()
    const { router } = await open('/instances/ccc-a/realtime')
    await router.push('/profiles')
    await settle()
    const { useRealtimeStore } = await import('@renderer/stores/realtime')
    expect(useRealtimeStore().watched).toEqual([])
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(1)
  })
})
