/**
 * The alerts store on fake figures: the realtime and queue-board stores poll a fake bridge under
 * fake timers from 2026-06-17 06:37 UTC, and the store turns their answers into alerts.
 */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setBoardSources, type BoardAnswer } from '@renderer/api/board-sources'
import { useAlertsStore } from '@renderer/stores/alerts'
import { useAlertSettingsStore } from '@renderer/stores/alert-settings'
import { usePreferencesStore } from '@renderer/stores/preferences'
import { useQueueBoardStore } from '@renderer/stores/queue-board'
import { useRealtimeStore } from '@renderer/stores/realtime'
import { useSessionStore } from '@renderer/stores/session'
import type { SkillGroupState } from '@shared/ccc/shapes'
import type { SupervisorApi } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { agentState, skillGroupState } from '../board-fixture'
import { useAgentBoardStore } from '@renderer/stores/agent-board'
import { failed, installFakeBridge, memoryStorage, ok, realtime, session, summary } from '../fake-bridge'

const T0 = Date.UTC(2026, 5, 17, 6, 37, 0)
const throttled = { code: 'Throttling.User', message: 'Request was denied due to user flow control.', requestId: 'R-9' }

/** What the fake CCC answers now; a test changes it between refreshes. */
const live = { waiting: 3, serviceLevel: 0.85, queueWaiting: 2, failing: false, agentState: 'ACW', agentSince: T0 - 4 * 60_000 }

function install() {
  installFakeBridge({
    getRealtimeInstanceStates: (async ({ instanceId }: { instanceId: string }) =>
      live.failing ? failed(throttled) : ok(realtime(instanceId, live.waiting))) as SupervisorApi['getRealtimeInstanceStates'],
    getInstanceSummaryReportSinceMidnight: (async ({ instanceId }: { instanceId: string }) =>
      live.failing ? failed(throttled) : ok(summary(instanceId, { ServiceLevel20: live.serviceLevel }))) as SupervisorApi['getInstanceSummaryReportSinceMidnight']
  })
  setBoardSources({
    skillGroupStates: async (): Promise<Result<BoardAnswer<SkillGroupState>>> =>
      live.failing
        ? failed(throttled)
        : ok({ list: [skillGroupState({ SkillGroupId: 'sales@ccc-a', SkillGroupName: 'sales', WaitingCalls: live.queueWaiting })], serverTime: null }),
    agentStates: async () =>
      live.failing
        ? failed(throttled)
        : ok({ list: [agentState({ AgentId: 'lilei@ccc-a', AgentName: '李雷', State: live.agentState, StateTime: live.agentSince })], serverTime: null })
  })
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 })
  vi.stubGlobal('localStorage', memoryStorage())
  Object.assign(live, { waiting: 3, serviceLevel: 0.85, queueWaiting: 2, failing: false, agentState: 'ACW', agentSince: T0 - 4 * 60_000 })
  install()
  setActivePinia(createPinia())
})
afterEach(() => {
  useRealtimeStore().stopAll()
  useQueueBoardStore().watchInstance(null)
  useAgentBoardStore().watchInstance(null)
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

/** The wallboard open on ccc-a: its tiles and its queue board polled every 15 s. */
async function openWallboard() {
  const alerts = useAlertsStore()
  useRealtimeStore().watchInstances(['ccc-a'])
  useQueueBoardStore().watchInstance('ccc-a')
  await vi.advanceTimersByTimeAsync(0)
  return alerts
}
const refresh = () => vi.advanceTimersByTimeAsync(15_000)

describe('alerts store', () => {
  it('begins an alert at the answer that crosses the limit, once, and ends it at the one that falls back', async () => {
    const alerts = await openWallboard()
    expect(alerts.count).toBe(0)
    expect(alerts.pendingNotifications).toEqual([])

    live.waiting = 12
    await refresh()
    expect(alerts.count).toBe(1)
    expect(alerts.pendingNotifications).toMatchObject([
      { kind: 'begin', key: 'ccc-a/WaitingCalls', instanceId: 'ccc-a', figure: 'WaitingCalls', value: 12, threshold: 10, at: T0 + 15_000 }
    ])

    live.waiting = 17
    await refresh()
    live.waiting = 4
    await refresh()
    expect(alerts.count).toBe(0)
    expect(alerts.pendingNotifications).toHaveLength(1)
    expect(alerts.logFor('ccc-a')).toMatchObject([
      { status: 'cleared', entry: { figure: 'WaitingCalls', beganAt: T0 + 15_000, peak: 17, peakAt: T0 + 30_000, clearedAt: T0 + 45_000 } }
    ])
    expect(alerts.logFor('ccc-b')).toEqual([])
  })

  it('judges the service level in percent, below its limit, from the summary', async () => {
    const alerts = await openWallboard()
    live.serviceLevel = 0.42
    await refresh()
    expect(alerts.logFor('ccc-a')).toMatchObject([{ status: 'alerting', entry: { figure: 'ServiceLevel20', direction: 'below', peak: 42, threshold: 60 } }])
  })

  it('alerts a queue row by its own limits where it has them, named as the board names it', async () => {
    const alerts = await openWallboard()
    useQueueBoardStore().setOverride('ccc-a', 'sales@ccc-a', { WaitingCalls: { warn: 2, alert: 4 } })
    live.queueWaiting = 5
    await refresh()
    expect(alerts.current.map((e) => [e.key, e.skillGroupName, e.threshold])).toEqual([['ccc-a/queue/sales@ccc-a/WaitingCalls', 'sales', 4]])
    expect(alerts.count).toBe(1)
  })

  it('gives no alert for figures marked stale, and none again when fresh figures return still in alert', async () => {
    const alerts = await openWallboard()
    live.waiting = 12
    await refresh()
    alerts.takeNotifications()

    // The refresh fails: the last good figures stay on screen, stale; CCC's queue meanwhile grows.
    live.failing = true
    await refresh()
    await refresh()
    expect(useRealtimeStore().entries['ccc-a']?.states.error).not.toBeNull()
    expect(alerts.logFor('ccc-a')[0]).toMatchObject({ status: 'alerting', entry: { clearedAt: null } })
    live.failing = false
    live.waiting = 20
    await refresh()
    expect(alerts.takeNotifications()).toEqual([])
    expect(alerts.logFor('ccc-a')).toHaveLength(1)
    expect(alerts.logFor('ccc-a')[0]!.entry).toMatchObject({ acrossGap: true, peak: 20 })
  })

  it('does not begin an alert from stale figures, even when a lowered limit puts them in alert', async () => {
    const alerts = await openWallboard()
    live.waiting = 7
    await refresh()
    live.failing = true
    await refresh()
    const realtimeStore = useRealtimeStore()
    realtimeStore.setThresholds('ccc-a', { ...realtimeStore.thresholdsFor('ccc-a'), WaitingCalls: { warn: 3, alert: 5 } })
    await vi.advanceTimersByTimeAsync(0)
    expect(alerts.count).toBe(0)
    expect(alerts.pendingNotifications).toEqual([])
    // Fresh figures again: now it is an alert, told once.
    live.failing = false
    await refresh()
    expect(alerts.pendingNotifications.map((n) => [n.kind, n.value, n.threshold])).toEqual([['begin', 7, 5]])
  })

  it('reminds after the instance\'s set time still in alert, and holds a snoozed figure', async () => {
    const alerts = await openWallboard()
    useAlertSettingsStore().update('ccc-a', { reminderMinutes: 5 })
    live.waiting = 12
    live.serviceLevel = 0.3
    await refresh()
    useAlertSettingsStore().snoozeFigureUntil('ccc-a/ServiceLevel20', T0 + 10 * 60_000)
    // 4:45 in alert: no reminder yet; at 5:00 the waiting calls are reminded, the snoozed level not.
    for (let i = 0; i < 19; i++) await refresh()
    expect(alerts.takeNotifications().map((n) => `${n.kind} ${n.figure}`)).toEqual(['begin WaitingCalls', 'begin ServiceLevel20'])
    await refresh()
    expect(alerts.takeNotifications().map((n) => `${n.kind} ${n.figure}`)).toEqual(['reminder WaitingCalls'])
  })

  it('snoozes a whole instance, and tells the figure owed once the snooze is over', async () => {
    const alerts = await openWallboard()
    useAlertSettingsStore().snoozeInstanceUntil('ccc-a', T0 + 60_000)
    live.waiting = 12
    await refresh()
    expect(alerts.takeNotifications()).toEqual([])
    for (let i = 0; i < 4; i++) await refresh()
    expect(alerts.takeNotifications().map((n) => `${n.kind} ${n.figure}`)).toEqual(['reminder WaitingCalls'])
  })

  it('logs a muted instance without notifying it, and tells listeners what it notifies', async () => {
    const alerts = await openWallboard()
    const heard: string[] = []
    const stop = alerts.onNotify((notifications) => heard.push(...notifications.map((n) => n.key)))
    useAlertSettingsStore().update('ccc-a', { muted: true })
    live.waiting = 12
    await refresh()
    expect(heard).toEqual([])
    expect(alerts.count).toBe(1)
    useAlertSettingsStore().update('ccc-a', { muted: false })
    live.queueWaiting = 11
    await refresh()
    expect(heard).toEqual(['ccc-a/queue/sales@ccc-a/WaitingCalls'])
    stop()
  })

  it('alerts an agent past the time-in-state limit of its state, once, and ends it when the agent leaves the state', async () => {
    const alerts = useAlertsStore()
    useAgentBoardStore().watchInstance('ccc-a')
    await vi.advanceTimersByTimeAsync(0)
    // Four minutes into after-call work: a warning (over 2 min), not yet an alert (5 min).
    expect(alerts.takeNotifications()).toEqual([])
    for (let i = 0; i < 4; i++) await refresh()
    // 5:00 at the fourth refresh: one alert, about the agent, in the state it was in.
    const [told, ...more] = alerts.takeNotifications()
    expect(more).toEqual([])
    expect(told).toMatchObject({ kind: 'begin', key: 'ccc-a/agent/lilei@ccc-a/StateTime', figure: 'StateTime', value: 300, threshold: 300, agent: { id: 'lilei@ccc-a', name: '李雷', state: 'ACW' } })
    await refresh()
    expect(alerts.takeNotifications()).toEqual([])
    live.agentState = 'Ready'
    live.agentSince = Date.now()
    await refresh()
    expect(alerts.logFor('ccc-a').map((row) => [row.status, row.entry.peak])).toEqual([['cleared', 315]])
    expect(alerts.count).toBe(0)
  })

  it('stops counting a figure whose board closed once it has gone unseen for longer than the gap', async () => {
    const alerts = await openWallboard()
    live.waiting = 12
    await refresh()
    expect(alerts.gapMs).toBe(120_000)
    useRealtimeStore().stopAll()
    useQueueBoardStore().watchInstance(null)
    await vi.advanceTimersByTimeAsync(119_000)
    expect(alerts.count).toBe(1)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(alerts.count).toBe(0)
    expect(alerts.logFor('ccc-a')[0]!.status).toBe('unseen')
  })

  it('takes a slower refresh period into the gap', async () => {
    const alerts = await openWallboard()
    usePreferencesStore().setRefreshPeriod(60)
    expect(alerts.gapMs).toBe(180_000)
  })

  it('forgets every alert when the session changes to another account', async () => {
    const sessionStore = useSessionStore()
    sessionStore.replace(session({ revision: 1 }))
    const alerts = await openWallboard()
    live.waiting = 12
    await refresh()
    expect(alerts.count).toBe(1)
    sessionStore.replace(session({ revision: 2, source: 'profile', profileId: 'another', endpoint: 'https://ccc.cn-shanghai.aliyuncs.com' }))
    await vi.advanceTimersByTimeAsync(0)
    expect(alerts.count).toBe(0)
    expect(alerts.logFor('ccc-a')).toEqual([])
    expect(alerts.pendingNotifications).toEqual([])
  })

  it('keeps the log across a restart of the app: an alert still under way goes on in its entry, not told again', async () => {
    useSessionStore().replace(session({ revision: 1 }))
    const alerts = await openWallboard()
    live.waiting = 12
    await refresh()
    expect(alerts.logFor('ccc-a').map((row) => row.entry.figure)).toEqual(['WaitingCalls'])
    const began = alerts.logFor('ccc-a')[0]!.entry.beganAt
    await vi.advanceTimersByTimeAsync(1_000)
    useRealtimeStore().stopAll()
    useQueueBoardStore().watchInstance(null)

    // The app starts again ten minutes later, on the same account, the queue still over its limit.
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    setActivePinia(createPinia())
    useSessionStore().replace(session({ revision: 1 }))
    const again = useAlertsStore()
    expect(again.logFor('ccc-a').map((row) => [row.entry.figure, row.entry.beganAt])).toEqual([['WaitingCalls', began]])
    const told: unknown[] = []
    again.onNotify((notifications) => told.push(...notifications))
    await openWallboard()
    await refresh()
    // The same entry, seen again after the outage the restart was; no second notification.
    expect(again.logFor('ccc-a')).toHaveLength(1)
    expect(again.logFor('ccc-a')[0]!.entry).toMatchObject({ beganAt: began, clearedAt: null, acrossGap: true })
    expect(told.filter((n) => (n as { figure: string }).figure === 'WaitingCalls')).toEqual([])
  })

  it('reads back only the same account’s alerts, and nothing of a damaged store', async () => {
    useSessionStore().replace(session({ revision: 1 }))
    const alerts = await openWallboard()
    live.waiting = 12
    await refresh()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(alerts.logFor('ccc-a')).toHaveLength(1)
    useRealtimeStore().stopAll()
    useQueueBoardStore().watchInstance(null)

    setActivePinia(createPinia())
    useSessionStore().replace(session({ revision: 1, source: 'profile', profileId: 'another', endpoint: 'https://ccc.cn-shanghai.aliyuncs.com' }))
    expect(useAlertsStore().logFor('ccc-a')).toEqual([])

    // A stored entry of the wrong shape is dropped, the rest read; a stored value that is not a state reads as none.
    const key = 'ccc-supervisor.alertState'
    const stored = JSON.parse(localStorage.getItem(key)!) as Record<string, { state: { log: Array<Record<string, unknown>> } }>
    const mine = 'demo'
    stored[mine]!.state.log.push({ ...stored[mine]!.state.log[0]!, id: 99, peak: 'lots' })
    localStorage.setItem(key, JSON.stringify(stored))
    setActivePinia(createPinia())
    useSessionStore().replace(session({ revision: 1 }))
    expect(useAlertsStore().logFor('ccc-a').map((row) => row.entry.id)).toEqual([1])
    localStorage.setItem(key, JSON.stringify({ [mine]: { savedAt: T0, state: 'nope' } }))
    setActivePinia(createPinia())
    useSessionStore().replace(session({ revision: 1 }))
    expect(useAlertsStore().logFor('ccc-a')).toEqual([])
  })
})
