/**
 * The page's alerts through main's IPC gate: a notification reaches the desktop with its words
 * made plain (a hostile queue name's bell, escape sequence and bidi override gone), bad input is
 * refused before it does, the badge takes a count, and a build without desktop notifications
 * says so in its app info and answers false.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AlertNotice } from '../../../src/core/alerts/desktop-alerts'
import { createDispatch, type SenderInfo } from '../../../src/core/ipc/dispatch'
import { isTrustedIpcSender } from '../../../src/core/security-policy'
import type { Services } from '../../../src/core/services'
import { HOSTILE_GROUP_NAME } from '../../../src/simulator/roster'
import { testServices } from '../../helpers/test-services'

const app: SenderInfo = { frameUrl: 'app://renderer/index.html#/instances/ccc-demo/realtime', isMainFrame: true }
const location = { rendererIndexUrl: 'app://renderer/index.html' }

let dataDir: string
let withDesktop: Services
let without: Services
const shown: AlertNotice[] = []
const badges: number[] = []
const refreshing: boolean[] = []
let clock = Date.UTC(2026, 5, 17, 6, 0)

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-alerts-ipc-'))
  withDesktop = testServices(join(dataDir, 'a'), {
    desktopAlerts: {
      notify: (notice) => shown.push(notice) > 0,
      setBadgeCount: (count) => void badges.push(count),
      keepRefreshing: (on) => void refreshing.push(on)
    },
    now: () => clock
  })
  without = testServices(join(dataDir, 'b'))
})
afterAll(async () => {
  await withDesktop.close()
  await without.close()
  await rm(dataDir, { recursive: true, force: true })
})

const gate = (services: Services) => createDispatch(services.handlers, { isTrustedSender: (s) => isTrustedIpcSender(s, location), log: () => {} })
const notice = { tag: 'ccc-demo/queue/sales/WaitingCalls', title: 'In alert · Waiting calls · Sales: 12', body: 'Hangzhou (ccc-demo) · alert at ≥ 10', instanceId: 'ccc-demo', board: 'realtime-queues' }

describe('alert notifications over IPC', () => {
  it('says in its app info whether main shows them', async () => {
    expect(await gate(withDesktop)('getAppInfo', undefined, app)).toMatchObject({ ok: true, data: { desktopNotifications: true } })
    expect(await gate(without)('getAppInfo', undefined, app)).toMatchObject({ ok: true, data: { desktopNotifications: false } })
  })

  it('shows the page\'s words, made plain, and where a click goes', async () => {
    const hostile = { ...notice, title: `In alert · Waiting calls · ${HOSTILE_GROUP_NAME}: 12`, body: `${HOSTILE_GROUP_NAME}\nline two` }
    expect(await gate(withDesktop)('showAlertNotification', hostile, app)).toEqual({ ok: true, data: true })
    const [told] = shown.splice(0)
    expect(told!.instanceId).toBe('ccc-demo')
    expect(told!.board).toBe('realtime-queues')
    for (const text of [told!.title, told!.body]) {
      // No bell, no ESC (nor the "[2J" of its sequence), no right-to-left override.
      for (const control of ['\u0007', '\u001b', '\u202e', '[2J']) expect(text).not.toContain(control)
      expect(text).toContain('升级')
    }
    expect(told!.title).not.toContain('\n')
    expect(told!.body.split('\n')).toHaveLength(2)
    expect(await gate(without)('showAlertNotification', notice, app)).toEqual({ ok: true, data: false })
  })

  it('refuses a notice that is not one before the desktop sees it', async () => {
    const refused = [
      { ...notice, title: '' },
      { ...notice, title: 'x'.repeat(201) },
      { ...notice, body: 'x'.repeat(1_001) },
      { ...notice, board: 'profiles' },
      { ...notice, instanceId: '../../etc' },
      { ...notice, extra: 1 },
      undefined
    ]
    for (const input of refused) {
      expect(await gate(withDesktop)('showAlertNotification', input, app), JSON.stringify(input)?.slice(0, 80)).toMatchObject({ ok: false, error: { code: 'Input.Invalid' } })
    }
    // Nor from a page that is not the app's.
    const foreign: SenderInfo = { frameUrl: 'https://evil.example/', isMainFrame: true }
    expect(await gate(withDesktop)('showAlertNotification', notice, foreign)).toMatchObject({ ok: false, error: { code: 'Ipc.ForbiddenSender' } })
    expect(shown).toEqual([])
  })

  it('shows at most 12 in a minute, whatever a page sends', async () => {
    clock += 120_000
    const answers = []
    for (let i = 0; i < 15; i++) answers.push(await gate(withDesktop)('showAlertNotification', { ...notice, tag: `t${i}` }, app))
    expect(answers.map((a) => (a.ok ? a.data : a.error.code))).toEqual([...Array(12).fill(true), false, false, false])
    expect(shown.splice(0)).toHaveLength(12)
    clock += 60_000
    expect(await gate(withDesktop)('showAlertNotification', notice, app)).toEqual({ ok: true, data: true })
    shown.splice(0)
  })

  it('turns the background refresh on and off, and refuses what is not a switch', async () => {
    expect(await gate(withDesktop)('setBackgroundRefresh', { on: true }, app)).toEqual({ ok: true })
    expect(await gate(withDesktop)('setBackgroundRefresh', { on: false }, app)).toEqual({ ok: true })
    expect(await gate(withDesktop)('setBackgroundRefresh', { on: 'yes' }, app)).toMatchObject({ ok: false, error: { code: 'Input.Invalid' } })
    expect(refreshing).toEqual([true, false])
    expect(await gate(without)('setBackgroundRefresh', { on: true }, app)).toEqual({ ok: true })
  })

  it('puts the count of figures in alert on the badge, and refuses what is not a count', async () => {
    expect(await gate(withDesktop)('setAlertBadge', { count: 3 }, app)).toEqual({ ok: true })
    expect(await gate(withDesktop)('setAlertBadge', { count: 0 }, app)).toEqual({ ok: true })
    for (const count of [-1, 1.5, 100_000, '3']) {
      expect(await gate(withDesktop)('setAlertBadge', { count }, app)).toMatchObject({ ok: false, error: { code: 'Input.Invalid' } })
    }
    expect(badges).toEqual([3, 0])
    expect(await gate(without)('setAlertBadge', { count: 2 }, app)).toEqual({ ok: true })
  })
})
