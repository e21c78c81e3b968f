// @vitest-environment happy-dom
/**
 * Alert delivery on a fake bridge: in the app each alert the store gives goes to main as a
 * notification in the page's words (none for an instance whose notifications are off), the
 * figures in alert go on the badge, and main's "clicked" event shows that board; in a browser
 * the alert is a Web Notification (the browser's constructor stood in for), told only when
 * permitted, and its click shows the board. While an instance has alerts to tell, its pollers
 * do not pause in a hidden window.
 */
import { createPinia, setActivePinia } from 'pinia'
import { effectScope, nextTick, ref } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AlertSample } from '@shared/alert-engine'
import { createAppI18n } from '@renderer/i18n'
import enUS from '@renderer/i18n/en-US'
import zhCN from '@renderer/i18n/zh-CN'
import { startAlertDelivery } from '@renderer/composables/alert-delivery'
import { alertFeedVisibility, alertsWantHiddenPolling } from '@renderer/composables/polling'
import { useAlertSettingsStore } from '@renderer/stores/alert-settings'
import { useAlertsStore } from '@renderer/stores/alerts'
import { useInstanceStore } from '@renderer/stores/instance'
import { useRealtimeStore } from '@renderer/stores/realtime'
import { useQueueBoardStore } from '@renderer/stores/queue-board'
import { deferred, emitEvent, failed, installFakeBridge, instance, listenerCount, memoryStorage, ok, removeFakeBridge, session } from '../fake-bridge'
import { useSessionStore } from '@renderer/stores/session'
import type { AppInfo } from '@shared/ipc/contract'
import type { Result } from '@shared/result'

const T0 = Date.UTC(2026, 5, 17, 6, 37, 0)

function sample(over: Partial<AlertSample> = {}): AlertSample {
  return {
    key: 'ccc-a/WaitingCalls',
    instanceId: 'ccc-a',
    figure: 'WaitingCalls',
    skillGroupId: null,
    skillGroupName: null,
    direction: 'above',
    value: 12,
    level: 'alert',
    threshold: 10,
    at: T0,
    stale: false,
    ...over
  }
}
const queueSample = (over: Partial<AlertSample> = {}) =>
  sample({ key: 'ccc-a/queue/sales/LongestWaitingTime', figure: 'LongestWaitingTime', skillGroupId: 'sales', skillGroupName: 'Sales hotline', value: 245, threshold: 120, ...over })

let scope: ReturnType<typeof effectScope>
const push = vi.fn()

const appInfo = (desktop: boolean): Result<AppInfo> => ok({ version: 't', platform: 'linux', exportFormats: ['json'], desktopNotifications: desktop })

async function start(desktop: boolean | (() => Promise<Result<AppInfo>>), locale = 'en-US') {
  if (!useSessionStore().session) useSessionStore().replace(session())
  const bridge = installFakeBridge({
    getAppInfo: vi.fn(typeof desktop === 'function' ? desktop : async () => appInfo(desktop)),
    showAlertNotification: vi.fn(async () => ok(true)),
    setAlertBadge: vi.fn(async () => ok(undefined)),
    setBackgroundRefresh: vi.fn(async () => ok(undefined)),
    getInstance: vi.fn(async () => ok(instance('ccc-a', { Name: '杭州中心' })))
  })
  await useInstanceStore().load('ccc-a')
  const i18n = createAppI18n(locale === 'zh-CN' ? 'zh-CN' : 'en-US', locale === 'zh-CN' ? zhCN : enUS)
  scope = effectScope()
  scope.run(() => startAlertDelivery({ t: i18n.global.t as never, locale: ref(locale), router: { push } }))
  await vi.advanceTimersByTimeAsync(0)
  return bridge
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 })
  vi.stubGlobal('localStorage', memoryStorage())
  setActivePinia(createPinia())
  push.mockReset()
})
afterEach(() => {
  scope?.stop()
  useRealtimeStore().stopAll()
  removeFakeBridge()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('alert delivery in the app', () => {
  it('sends each alert to main in the page\'s words, with where a click goes, and the count to the badge', async () => {
    const bridge = await start(true)
    expect(bridge.setAlertBadge).toHaveBeenLastCalledWith({ count: 0 })
    useAlertsStore().ingest([sample(), queueSample()])
    await nextTick()
    expect(vi.mocked(bridge.showAlertNotification).mock.calls.map(([input]) => input)).toEqual([
      { title: 'In alert · Waiting calls: 12', body: '杭州中心 (ccc-a) · alert at ≥ 10', tag: 'ccc-a/WaitingCalls', instanceId: 'ccc-a', board: 'realtime' },
      { title: 'In alert · Longest wait · Sales hotline: 4:05', body: '杭州中心 (ccc-a) · alert at ≥ 2:00', tag: 'ccc-a/queue/sales/LongestWaitingTime', instanceId: 'ccc-a', board: 'realtime-queues' }
    ])
    expect(bridge.setAlertBadge).toHaveBeenLastCalledWith({ count: 2 })
    // The next answer, still in alert: nothing new to tell.
    useAlertsStore().ingest([sample({ at: T0 + 15_000, value: 14 }), queueSample({ at: T0 + 15_000 })])
    await nextTick()
    expect(bridge.showAlertNotification).toHaveBeenCalledTimes(2)
    // Cleared: the badge empties.
    useAlertsStore().ingest([sample({ at: T0 + 30_000, level: 'ok', value: 2 }), queueSample({ at: T0 + 30_000, level: 'ok', value: 10 })])
    await nextTick()
    expect(bridge.setAlertBadge).toHaveBeenLastCalledWith({ count: 0 })
  })

  it('words them in Chinese when the page is', async () => {
    const bridge = await start(true, 'zh-CN')
    useAlertsStore().ingest([queueSample()])
    await nextTick()
    expect(vi.mocked(bridge.showAlertNotification).mock.calls[0]![0]).toMatchObject({ title: '告警 · 最长等待 · Sales hotline：4:05', body: '杭州中心（ccc-a） · 告警阈值 ≥ 2:00' })
  })

  it('tells nothing for an instance whose notifications are off, and shows the board main says was clicked', async () => {
    const bridge = await start(true)
    useAlertSettingsStore().update('ccc-a', { notify: false })
    useAlertsStore().ingest([sample()])
    await nextTick()
    expect(bridge.showAlertNotification).not.toHaveBeenCalled()
    // Still counted: the badge and the title say it is in alert.
    expect(bridge.setAlertBadge).toHaveBeenLastCalledWith({ count: 1 })
    emitEvent('alertNotificationClicked', { instanceId: 'ccc-b', board: 'realtime-queues' })
    expect(push).toHaveBeenCalledWith({ name: 'realtime-queues', params: { instanceId: 'ccc-b' } })
    // A notification left from another account's session opens nothing.
    emitEvent('alertNotificationClicked', { instanceId: 'ccc-other', board: 'realtime' })
    expect(push).toHaveBeenCalledTimes(1)
    scope.stop()
    expect(listenerCount('alertNotificationClicked')).toBe(0)
  })
})

describe('alert delivery: no alert lost, no storm', () => {
  it('holds the alerts that come before main says how to show them, and those told before it started', async () => {
    const info = deferred<Result<AppInfo>>()
    // The wallboard's first answer alerted before delivery loaded.
    useSessionStore().replace(session())
    useAlertsStore().ingest([sample()])
    const bridge = await start(() => info.promise)
    useAlertsStore().ingest([queueSample()])
    await nextTick()
    expect(bridge.showAlertNotification).not.toHaveBeenCalled()
    info.resolve(appInfo(true))
    await vi.advanceTimersByTimeAsync(0)
    expect(vi.mocked(bridge.showAlertNotification).mock.calls.map(([input]) => input.tag)).toEqual(['ccc-a/WaitingCalls', 'ccc-a/queue/sales/LongestWaitingTime'])
    expect(useAlertsStore().pendingNotifications).toEqual([])
  })

  it('asks main again when it did not answer, rather than take the browser\'s way in the app', async () => {
    let calls = 0
    const bridge = await start(async () => (++calls < 3 ? failed({ code: 'Renderer.BridgeFailed', message: 'busy' }) : appInfo(true)))
    useAlertsStore().ingest([sample()])
    await vi.advanceTimersByTimeAsync(2_000)
    expect(bridge.showAlertNotification).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(4_000)
    expect(calls).toBe(3)
    expect(bridge.showAlertNotification).toHaveBeenCalledTimes(1)
  })

  it('tells more than three alerts of an instance in one answer as one notice of how many', async () => {
    const bridge = await start(true)
    useAlertsStore().ingest(['a', 'b', 'c', 'd'].map((id) => queueSample({ key: `ccc-a/queue/${id}/LongestWaitingTime`, skillGroupId: id })))
    await nextTick()
    expect(vi.mocked(bridge.showAlertNotification).mock.calls.map(([input]) => input)).toEqual([
      { title: '4 figures in alert', body: '杭州中心 (ccc-a)', tag: 'ccc-a/many', instanceId: 'ccc-a', board: 'realtime' }
    ])
  })
})

describe('alert delivery in a browser', () => {
  class StandIn {
    static permission: NotificationPermission = 'granted'
    static shown: StandIn[] = []
    onclick: (() => void) | null = null
    closed = false
    constructor(
      readonly title: string,
      readonly options: NotificationOptions
    ) {
      StandIn.shown.push(this)
    }
    close(): void {
      this.closed = true
    }
  }
  beforeEach(() => {
    StandIn.shown = []
    StandIn.permission = 'granted'
    vi.stubGlobal('Notification', StandIn)
  })

  it('shows a Web Notification per alert, tagged by its figure, and its click shows the board', async () => {
    const bridge = await start(false)
    useAlertsStore().ingest([queueSample()])
    await nextTick()
    expect(bridge.showAlertNotification).not.toHaveBeenCalled()
    expect(StandIn.shown.map((n) => [n.title, n.options.body, n.options.tag, n.options.silent, (n.options as { renotify?: boolean }).renotify])).toEqual([
      ['In alert · Longest wait · Sales hotline: 4:05', '杭州中心 (ccc-a) · alert at ≥ 2:00', 'ccc-a/queue/sales/LongestWaitingTime', true, false]
    ])
    StandIn.shown[0]!.onclick!()
    expect(StandIn.shown[0]!.closed).toBe(true)
    expect(push).toHaveBeenCalledWith({ name: 'realtime-queues', params: { instanceId: 'ccc-a' } })
  })

  it('shows none where the browser does not permit them', async () => {
    StandIn.permission = 'denied'
    await start(false)
    useAlertsStore().ingest([sample()])
    await nextTick()
    expect(StandIn.shown).toEqual([])
    expect(useAlertsStore().count).toBe(1)
  })
})

describe('refreshing behind other windows', () => {
  it('keeps the alert-feeding pollers going in a hidden window while a watched instance has alerts to tell', async () => {
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    const bridge = await start(true)
    expect(alertsWantHiddenPolling.value).toBe(false)
    useRealtimeStore().watchInstances(['ccc-a'])
    await nextTick()
    expect(alertsWantHiddenPolling.value).toBe(true)
    expect(alertFeedVisibility.isHidden()).toBe(false)
    // In the app, main stops throttling the window's timers for as long.
    expect(bridge.setBackgroundRefresh).toHaveBeenLastCalledWith({ on: true })
    // Muted, or with nothing to tell: the window's own visibility holds again.
    useAlertSettingsStore().update('ccc-a', { muted: true })
    await nextTick()
    expect(alertFeedVisibility.isHidden()).toBe(true)
    expect(bridge.setBackgroundRefresh).toHaveBeenLastCalledWith({ on: false })
    useAlertSettingsStore().update('ccc-a', { muted: false, notify: false, sound: false })
    await nextTick()
    expect(alertFeedVisibility.isHidden()).toBe(true)
    useAlertSettingsStore().update('ccc-a', { sound: true })
    await nextTick()
    expect(alertFeedVisibility.isHidden()).toBe(false)
    // No longer watched (and muted, so not watched for alerts either): nothing to tell for it.
    useAlertSettingsStore().update('ccc-a', { muted: true })
    useRealtimeStore().stopAll()
    await nextTick()
    expect(useRealtimeStore().watched).toEqual([])
    expect(alertFeedVisibility.isHidden()).toBe(true)
    scope.stop()
    expect(alertsWantHiddenPolling.value).toBe(false)
    hidden.mockRestore()
  })
})

describe('alerts away from the live pages', () => {
  it('goes on watching the wallboard\'s instances and its queue board when the page closes, while they have alerts to tell', async () => {
    const bridge = await start(true)
    const realtime = useRealtimeStore()
    const queues = useQueueBoardStore()
    useAlertSettingsStore().update('ccc-b', { muted: true })
    // The wallboard on ccc-a, with ccc-b beside it.
    realtime.watchInstances(['ccc-a', 'ccc-b'])
    queues.watchInstance('ccc-a')
    await nextTick()
    // A report opened: the wallboard stops its pollers; ccc-a (not muted) and its queues go on.
    realtime.stopAll()
    queues.watchInstance(null)
    await nextTick()
    expect(realtime.watched).toEqual(['ccc-a'])
    expect(queues.watched).toBe('ccc-a')
    await vi.advanceTimersByTimeAsync(15_000)
    expect(vi.mocked(bridge.getRealtimeInstanceStates).mock.calls.map(([input]) => input.instanceId)).toContain('ccc-a')
    // The wallboard again, on ccc-b alone: its page's choice holds, and closing it keeps nothing (muted).
    realtime.watchInstances(['ccc-b'])
    queues.watchInstance('ccc-b')
    await nextTick()
    realtime.stopAll()
    queues.watchInstance(null)
    await nextTick()
    expect(realtime.watched).toEqual([])
    expect(queues.watched).toBeNull()
  })

  it('keeps nothing of another account\'s wallboard after a session change', async () => {
    await start(true)
    const realtime = useRealtimeStore()
    realtime.watchInstances(['ccc-a'])
    await nextTick()
    useSessionStore().replace(session({ revision: 5, profileId: 'other' }))
    await nextTick()
    expect(realtime.watched).toEqual([])
  })
})
