/**
 * Main's desktop alerts against a stand-in `electron`: each notice is one silent Notification
 * (its body escaped where Linux servers read markup), a click raises the window and tells the
 * page which board to show, at most 20 are kept waiting for a click, none where the desktop has
 * no notifications, and the count goes on the app's badge.
 */
import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  supported: true,
  shown: [] as Array<{ options: { title: string; body: string; silent: boolean }; closed: boolean; emit(event: string): void }>,
  badge: [] as number[]
}))

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  class Notification extends Emitter {
    static isSupported = () => electron.supported
    closed = false
    constructor(readonly options: { title: string; body: string; silent: boolean }) {
      super()
    }
    show(): void {
      electron.shown.push(this)
    }
    close(): void {
      this.closed = true
      this.emit('close')
    }
  }
  return { Notification, app: { setBadgeCount: (count: number) => electron.badge.push(count) > 0 } }
})

const { createDesktopAlerts } = await import('../../../src/main/alerts/desktop-alerts')

class FakeWindow extends EventEmitter {
  minimized = true
  calls: string[] = []
  sent: Array<[string, unknown]> = []
  throttled: boolean[] = []
  readonly webContents = {
    send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
    setBackgroundThrottling: (on: boolean) => void this.throttled.push(on)
  }
  isDestroyed = () => false
  isMinimized = () => this.minimized
  restore = () => void this.calls.push('restore')
  show = () => void this.calls.push('show')
  focus = () => void this.calls.push('focus')
}

const notice = { tag: 'ccc-a/queue/sales/WaitingCalls', title: 'In alert · Waiting calls · <b>Sales</b>: 12', body: 'A&B <a href="https://evil.example">hotline</a> (ccc-a) · alert at ≥ 10', instanceId: 'ccc-a', board: 'realtime-queues' as const }

beforeEach(() => {
  electron.supported = true
  electron.shown = []
  electron.badge = []
})

describe('desktop alerts', () => {
  it('shows a silent notification whose body Linux reads as text, and a click brings the window to the board', () => {
    const window = new FakeWindow()
    const alerts = createDesktopAlerts(() => [window as never], 'linux')
    expect(alerts.notify(notice)).toBe(true)
    const [shown] = electron.shown
    expect(shown!.options).toEqual({
      title: notice.title,
      body: 'A&amp;B &lt;a href="https://evil.example"&gt;hotline&lt;/a&gt; (ccc-a) · alert at ≥ 10',
      silent: true
    })
    shown!.emit('click')
    expect(window.calls).toEqual(['restore', 'show', 'focus'])
    expect(window.sent).toEqual([['ccc-supervisor:event:alertNotificationClicked', { instanceId: 'ccc-a', board: 'realtime-queues' }]])
  })

  it('leaves the body as written where the desktop does not read markup', () => {
    createDesktopAlerts(() => [], 'darwin').notify(notice)
    createDesktopAlerts(() => [], 'win32').notify(notice)
    expect(electron.shown.map((n) => n.options.body)).toEqual([notice.body, notice.body])
    // A click with no window left does nothing, and throws nothing.
    electron.shown[0]!.emit('click')
  })

  it('keeps at most 20 waiting for a click, closing the oldest', () => {
    const alerts = createDesktopAlerts(() => [], 'linux')
    for (let i = 0; i < 25; i++) alerts.notify({ ...notice, tag: `t${i}`, title: `n${i}` })
    expect(electron.shown).toHaveLength(25)
    expect(electron.shown.filter((n) => n.closed).map((n) => n.options.title)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4'])
  })

  it('replaces the notification on screen for the same figure: a reminder does not pile up on its begin', () => {
    const alerts = createDesktopAlerts(() => [], 'linux')
    alerts.notify(notice)
    alerts.notify({ ...notice, tag: 'ccc-a/WaitingCalls' })
    alerts.notify({ ...notice, title: 'Still in alert · Waiting calls · Sales: 14' })
    expect(electron.shown.map((n) => [n.options.title.slice(0, 14), n.closed])).toEqual([
      ['In alert · Wai', true],
      ['In alert · Wai', false],
      ['Still in alert', false]
    ])
  })

  it('turns background throttling off in every window while alerts are to be told, and on again', () => {
    const [a, b] = [new FakeWindow(), new FakeWindow()]
    const alerts = createDesktopAlerts(() => [a as never, b as never], 'linux')
    alerts.keepRefreshing(true)
    alerts.keepRefreshing(false)
    expect([a.throttled, b.throttled]).toEqual([[false, true], [false, true]])
  })

  it('answers false where the desktop shows no notifications, and sets the badge', () => {
    electron.supported = false
    const alerts = createDesktopAlerts(() => [], 'linux')
    expect(alerts.notify(notice)).toBe(false)
    expect(electron.shown).toEqual([])
    alerts.setBadgeCount(4)
    alerts.setBadgeCount(0)
    expect(electron.badge).toEqual([4, 0])
  })
})
