/**
 * The profile channels end to end: the IPC gate, main's handlers, the real keychain (gnome-keyring
 * on a private bus) and signed calls to the simulator. Secrets go in and never come back.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KeytarSecretStore } from '../../../src/core/credentials/keytar-secret-store'
import { MemorySecretStore } from '../../../src/core/credentials/memory-secret-store'
import { ProfileService } from '../../../src/core/credentials/profile-service'
import { ExportRunner } from '../../../src/core/export/export-job'
import { RecentSnapshots } from '../../../src/core/export/recent-snapshots'
import { createDispatch, type Dispatch, type SenderInfo } from '../../../src/core/ipc/dispatch'
import { createHandlers } from '../../../src/core/ipc/handlers'
import { SessionManager } from '../../../src/core/session'
import { isTrustedIpcSender } from '../../../src/core/security-policy'
import type { ConnectionTest, ProfileSummary } from '../../../src/shared/profiles'
import type { SessionInfo } from '../../../src/shared/ipc/contract'
import type { Result } from '../../../src/shared/result'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { startPrivateKeyring, useKeyring, type PrivateKeyring } from '../../helpers/private-keyring'

const location = { rendererIndexUrl: 'app://renderer/index.html' }
const app: SenderInfo = { frameUrl: location.rendererIndexUrl, isMainFrame: true }
const replies: unknown[] = []
const logged: string[] = []

let keyring: PrivateKeyring
let sim: Simulator
let dataDir: string
let sessions: SessionManager
let dispatch: Dispatch

async function call<T>(channel: string, input?: unknown): Promise<Result<T>> {
  const result = (await dispatch(channel, input, app)) as Result<T>
  replies.push(result)
  return result
}
async function data<T>(channel: string, input?: unknown): Promise<T> {
  const result = await call<T>(channel, input)
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`)
  return result.data
}

beforeAll(async () => {
  keyring = await startPrivateKeyring('unlocked')
  useKeyring(keyring)
  sim = await startSimulator({ seed: 4 })
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-ipc-profiles-'))
  const profiles = new ProfileService(dataDir, new KeytarSecretStore('CCC Supervisor (ipc test)'), new MemorySecretStore())
  sessions = new SessionManager({ profiles, env: {}, clientOptions: { retry: { maxAttempts: 1 } } })
  dispatch = createDispatch(
    createHandlers({
      appInfo: { version: 'test', platform: 'linux', exportFormats: ['json'], desktopNotifications: false },
      sessions,
      profiles,
      env: {},
      openExternal: async () => false,
      chooseExportFolder: async () => null,
      chooseSnapshotFile: async () => null,
      exports: new ExportRunner(),
      recentSnapshots: new RecentSnapshots(dataDir)
    }),
    { isTrustedSender: (s) => isTrustedIpcSender(s, location), log: (l) => logged.push(l) }
  )
})
afterAll(async () => {
  await sessions.close()
  await sim.close()
  await keyring.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('profile channels', () => {
  it('starts on the demo, listed first and needing no keychain', async () => {
    expect((await data<SessionInfo>('getSession')).source).toBe('demo')
    const [demo] = await data<ProfileSummary[]>('listProfiles')
    expect(demo).toMatchObject({ id: 'demo', builtIn: true })
  })

  it('saves, tests, activates and deletes a keychain profile; no reply carries the secret or the clear id', async () => {
    expect((await data<{ state: string }>('getKeychainStatus')).state).toBe('available')
    const saved = await data<ProfileSummary>('saveProfile', {
      name: 'Ops',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      endpoint: sim.url,
      instanceIds: ['ccc-demo', 'ccc-missing'],
      storage: 'keychain'
    })
    expect(saved.accessKeyIdMasked).toMatch(/^LTAI\*{4}/)

    const test = await data<ConnectionTest>('testProfile', { id: saved.id })
    expect(test.instances).toEqual([
      expect.objectContaining({ instanceId: 'ccc-demo', ok: true, status: 'RUNNING' }),
      expect.objectContaining({ instanceId: 'ccc-missing', ok: false, code: 'NotExists.InstanceId', requestId: expect.any(String) })
    ])

    const session = await data<SessionInfo>('activateProfile', { id: saved.id })
    expect(session).toMatchObject({ source: 'profile', profileName: 'Ops', instanceIds: ['ccc-demo', 'ccc-missing'] })
    expect((await data<{ Id: string }>('getInstance', { instanceId: 'ccc-demo' })).Id).toBe('ccc-demo')
    expect(await sessions.session().then((s) => s.info.profileId)).toBe(saved.id)

    await data('deleteProfile', { id: saved.id })
    expect((await data<ProfileSummary[]>('listProfiles')).map((p) => p.id)).toEqual(['demo'])
    await data('activateProfile', { id: 'demo' })
  })

  it('moves a keychain profile to another endpoint or region only with its secret in the same save', async () => {
    const saved = await data<ProfileSummary>('saveProfile', {
      name: 'Mover',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      endpoint: sim.url,
      instanceIds: ['ccc-demo'],
      storage: 'keychain'
    })
    const edit = { id: saved.id, name: 'Mover', region: saved.region, endpoint: saved.endpoint, instanceIds: ['ccc-demo'], storage: 'keychain' }
    const elsewhere = 'http://127.0.0.1:9'

    const bare = await call('saveProfile', { ...edit, endpoint: elsewhere })
    expect(bare).toMatchObject({ ok: false, error: { code: 'Profiles.SecretForDestination' } })
    const region = await call('saveProfile', { ...edit, region: 'cn-hangzhou' })
    expect(region).toMatchObject({ ok: false, error: { code: 'Profiles.SecretForDestination' } })
    const forged = await call('saveProfile', { ...edit, endpoint: elsewhere, accessKeySecret: 'forged-secret-value' })
    expect(forged).toMatchObject({ ok: false, error: { code: 'Profiles.SecretMismatch' } })
    // Nothing moved: the test still reaches the simulator with the stored key.
    const test = await data<ConnectionTest>('testProfile', { id: saved.id })
    expect(test.instances).toEqual([expect.objectContaining({ instanceId: 'ccc-demo', ok: true })])

    const moved = await data<ProfileSummary>('saveProfile', { ...edit, region: 'cn-hangzhou', accessKeySecret: DEMO_CREDENTIALS.accessKeySecret })
    expect(moved).toMatchObject({ region: 'cn-hangzhou', endpoint: sim.url })
    await data('deleteProfile', { id: saved.id })
  })

  it('refuses malformed profile input without echoing it', async () => {
    const result = await call('saveProfile', {
      name: 'Bad',
      accessKeyId: 'LTAI5tBadSecret0001',
      accessKeySecret: 'has spaces secret-value',
      instanceIds: [],
      storage: 'keychain'
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('Input.Invalid')
      expect(result.error.message).toMatch(/accessKeySecret: An AccessKey secret has no spaces/)
      expect(result.error.message).not.toContain('secret-value')
    }
    const unknown = await call('deleteProfile', { id: 'not-a-uuid' })
    expect(unknown.ok ? null : unknown.error.code).toBe('Input.Invalid')
  })

  it('has put no secret, clear AccessKey id or signature in any reply or log line', () => {
    const text = JSON.stringify(replies) + logged.join('\n')
    expect(text).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
    expect(text).not.toContain(DEMO_CREDENTIALS.accessKeyId)
    expect(text).not.toContain('secret-value')
    expect(text).not.toMatch(/Signature=/)
  })
})
