// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SupervisorApi } from '@shared/ipc/contract'
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

describe('the wallboard page', () => {
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
