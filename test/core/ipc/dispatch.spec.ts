/** The IPC gate with main's real handlers, client and the simulator behind it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExportRunner } from '../../../src/core/export/export-job'
import { RecentSnapshots } from '../../../src/core/export/recent-snapshots'
import { createDispatch, type Dispatch, type SenderInfo } from '../../../src/core/ipc/dispatch'
import { createHandlers } from '../../../src/core/ipc/handlers'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemorySecretStore } from '../../../src/core/credentials/memory-secret-store'
import { ProfileService } from '../../../src/core/credentials/profile-service'
import { SessionManager } from '../../../src/core/session'
import { isSafeExternalUrl, isTrustedIpcSender, type AppLocation } from '../../../src/core/security-policy'
import { DEMO_CREDENTIALS } from '../../../src/simulator'

const location: AppLocation = { rendererIndexUrl: 'app://renderer/index.html' }
const app: SenderInfo = { frameUrl: `${location.rendererIndexUrl}#/instances`, isMainFrame: true }

let sessions: SessionManager
let dataDir: string
let dispatch: Dispatch
const logged: string[] = []
const opened: string[] = []

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-dispatch-'))
  // The keychain itself is exercised in test/core/credentials; here it is the gate under test.
  const profiles = new ProfileService(dataDir, new MemorySecretStore(), new MemorySecretStore())
  sessions = new SessionManager({ profiles, env: {}, clientOptions: { retry: { maxAttempts: 1 } } })
  const handlers = createHandlers({
    appInfo: { version: '0.0.0-test', platform: 'linux', exportFormats: ['json'], desktopNotifications: false },
    sessions,
    profiles,
    env: {},
    chooseExportFolder: async () => null,
    chooseSnapshotFile: async () => null,
    exports: new ExportRunner(),
    recentSnapshots: new RecentSnapshots(dataDir),
    // The app's own allow-list decides; only the shell call itself is replaced.
    openExternal: async (url) => {
      if (!isSafeExternalUrl(url)) return false
      opened.push(url)
      return true
    }
  })
  dispatch = createDispatch(handlers, { isTrustedSender: (s) => isTrustedIpcSender(s, location), log: (l) => logged.push(l) })
})
afterAll(async () => {
  await sessions.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('IPC dispatch', () => {
  it('answers the app window with normalised data', async () => {
    const result = await dispatch('getInstance', { instanceId: 'ccc-demo' }, app)
    expect(result.ok).toBe(true)
    if (result.ok) expect((result.data as { Id: string }).Id).toBe('ccc-demo')
  })

  it('refuses a frame from a foreign origin before any handler runs', async () => {
    const result = await dispatch('getInstance', { instanceId: 'ccc-demo' }, { frameUrl: 'https://evil.example/', isMainFrame: true })
    expect(result).toEqual({ ok: false, error: { code: 'Ipc.ForbiddenSender', message: expect.any(String) } })
  })

  it('refuses a sub-frame even on the app\'s own page, and a sender with no URL', async () => {
    expect((await dispatch('getSession', undefined, { ...app, isMainFrame: false })).ok).toBe(false)
    expect((await dispatch('getSession', undefined, { frameUrl: undefined, isMainFrame: true })).ok).toBe(false)
  })

  it('refuses an unknown channel', async () => {
    const result = await dispatch('readFile', { path: '/etc/passwd' }, app)
    expect(result.ok ? null : result.error.code).toBe('Ipc.UnknownChannel')
  })

  it.each([
    ['a malformed instance ID', 'getInstance', { instanceId: '../../etc' }, /instanceId: An instance ID is/],
    ['a missing field', 'getInstance', {}, /instanceId/],
    ['an extra field', 'getInstance', { instanceId: 'ccc-demo', admin: true }, /admin/],
    ['a string for a time', 'getInstanceTrendingReport', { instanceId: 'ccc-demo', startTime: 'yesterday', endTime: 1 }, /startTime/],
    ['an unknown interval', 'listIntervalInstanceReport', { instanceId: 'ccc-demo', startTime: 1, endTime: 2, interval: 'Weekly' }, /interval/],
    ['no input object', 'getRealtimeInstanceStates', 'ccc-demo', /object/]
  ])('refuses %s with a message that names the field', async (_label, channel, input, message) => {
    const result = await dispatch(channel, input, app)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('Input.Invalid')
      expect(result.error.message).toMatch(message)
    }
  })

  it('turns an API failure into a result with the code and RequestId', async () => {
    const result = await dispatch('getInstance', { instanceId: 'ccc-unknown' }, app)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('NotExists.InstanceId')
      expect(result.error.requestId).toBeTruthy()
    }
    expect(logged.at(-1)).toContain('NotExists.InstanceId')
  })

  it('turns an impossible range into a clear refusal', async () => {
    const now = Date.now()
    const result = await dispatch('listIntervalInstanceReport', { instanceId: 'ccc-demo', startTime: now, endTime: now - 1000, interval: 'Daily' }, app)
    expect(result.ok ? null : result.error.code).toBe('Range.EndBeforeStart')
  })

  it('opens only allow-listed links', async () => {
    expect((await dispatch('openExternal', { url: 'https://ccc-v2.aliyun.com/#/workbench/ccc-demo' }, app)).ok).toBe(true)
    const refused = await dispatch('openExternal', { url: 'javascript:alert(1)' }, app)
    expect(refused.ok ? null : refused.error.code).toBe('External.Refused')
    expect(opened).toEqual(['https://ccc-v2.aliyun.com/#/workbench/ccc-demo'])
  })

  it('never puts the demo key or a signature in a reply or a log line', async () => {
    const replies = await Promise.all([
      dispatch('getSession', undefined, app),
      dispatch('getInstance', { instanceId: 'ccc-unknown' }, app),
      dispatch('getRealtimeInstanceStates', { instanceId: 'ccc-demo' }, app)
    ])
    const text = JSON.stringify(replies) + logged.join('\n')
    expect(text).not.toContain(DEMO_CREDENTIALS.accessKeyId)
    expect(text).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
    expect(text).not.toMatch(/Signature=/)
  })
})
