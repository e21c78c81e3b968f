import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useInstanceStore } from '@renderer/stores/instance'
import { useProfilesStore } from '@renderer/stores/profiles'
import { useRealtimeStore } from '@renderer/stores/realtime'
import { useSessionStore } from '@renderer/stores/session'
import { DEMO, failed, installFakeBridge, instance, memoryStorage, ok, profile, session } from '../fake-bridge'

const keychainOk = { state: 'available' as const, message: '', fix: '' }
const keychainLocked = { state: 'locked' as const, message: 'The login keyring is locked.', fix: 'Unlock it in Passwords and Keys.' }

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage())
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('profiles store', () => {
  it('lists the profiles and the keychain status; only the demo means nothing is configured yet', async () => {
    installFakeBridge({
      listProfiles: vi.fn(async () => ok([DEMO])),
      getKeychainStatus: vi.fn(async () => ok(keychainLocked))
    })
    const store = useProfilesStore()
    await store.load()
    expect(store.demo?.id).toBe('demo')
    expect(store.saved).toEqual([])
    expect(store.onlyDemo).toBe(true)
    expect(store.keychain).toEqual(keychainLocked)
    expect(store.keychainAvailable).toBe(false)
  })

  it('shows a listing failure without losing the keychain status', async () => {
    const failure = { code: 'Profiles.FileCorrupt', message: 'profiles.json is not valid JSON' }
    installFakeBridge({
      listProfiles: vi.fn(async () => failed(failure)),
      getKeychainStatus: vi.fn(async () => ok(keychainOk))
    })
    const store = useProfilesStore()
    await store.load()
    expect(store.error).toEqual(failure)
    expect(store.loaded).toBe(false)
    expect(store.keychainAvailable).toBe(true)
  })

  it('adds a saved profile to the list and replaces an edited one in place', async () => {
    const created = profile()
    const saveProfile = vi.fn(async () => ok(created))
    installFakeBridge({ listProfiles: vi.fn(async () => ok([DEMO])), saveProfile })
    const store = useProfilesStore()
    await store.load()
    const input = { name: created.name, accessKeyId: 'LTAI5tExample1', accessKeySecret: 'secret', region: 'cn-shanghai', instanceIds: ['ccc-prod'], storage: 'keychain' as const }
    expect(await store.save(input)).toEqual(ok(created))
    expect(saveProfile).toHaveBeenCalledWith(input)
    expect(store.saved.map((p) => p.name)).toEqual(['Shanghai production'])

    saveProfile.mockResolvedValueOnce(ok({ ...created, name: 'Renamed' }))
    await store.save({ ...input, id: created.id, name: 'Renamed' })
    expect(store.saved.map((p) => p.name)).toEqual(['Renamed'])
  })

  it("answers main's refusal and leaves the list as it was", async () => {
    const refusal = { code: 'Keychain.Locked', message: 'The keychain is locked: unlock it or save for this session only.' }
    installFakeBridge({ listProfiles: vi.fn(async () => ok([DEMO])), saveProfile: vi.fn(async () => failed(refusal)) })
    const store = useProfilesStore()
    await store.load()
    const result = await store.save({ name: 'x', region: 'cn-shanghai', instanceIds: ['ccc-a'], storage: 'keychain' })
    expect(result).toEqual(failed(refusal))
    expect(store.saved).toEqual([])
  })

  it('removes a deleted profile; keeps it when deleting fails', async () => {
    const p = profile()
    const deleteProfile = vi.fn(async () => ok(undefined))
    installFakeBridge({ listProfiles: vi.fn(async () => ok([DEMO, p])), deleteProfile })
    const store = useProfilesStore()
    await store.load()
    deleteProfile.mockResolvedValueOnce(failed({ code: 'Keychain.Denied', message: 'denied' }) as never)
    expect((await store.remove(p.id)).ok).toBe(false)
    expect(store.saved).toHaveLength(1)
    expect((await store.remove(p.id)).ok).toBe(true)
    expect(store.saved).toEqual([])
    expect(deleteProfile).toHaveBeenLastCalledWith({ id: p.id })
  })

  it('keeps each connection test with its profile: per-instance results, or why it could not run', async () => {
    const p = profile()
    const testProfile = vi.fn(async () =>
      ok({
        profileId: p.id,
        instances: [
          { instanceId: 'ccc-prod', ok: true as const, name: 'Prod', status: 'RUNNING', latencyMs: 42 },
          { instanceId: 'ccc-old', ok: false as const, code: 'NotExists.InstanceId', message: 'gone', requestId: 'R-1' }
        ]
      })
    )
    installFakeBridge({ testProfile })
    const store = useProfilesStore()
    await store.test(p.id)
    expect(store.tests[p.id]?.result?.instances).toHaveLength(2)
    expect(store.tests[p.id]?.running).toBe(false)

    testProfile.mockResolvedValueOnce(failed({ code: 'Profiles.SecretNeeded', message: 'enter it again' }) as never)
    await store.test(p.id)
    expect(store.tests[p.id]).toEqual({ running: false, result: null, error: { code: 'Profiles.SecretNeeded', message: 'enter it again' } })
  })

  it('switching profile replaces the session and forgets the previous figures and instances', async () => {
    const next = session({ source: 'profile', profileId: 'p-1', profileName: 'Prod', instanceIds: ['ccc-prod'] })
    installFakeBridge({
      activateProfile: vi.fn(async () => ok(next)),
      getInstance: vi.fn(async ({ instanceId }) => ok(instance(instanceId)))
    })
    const instances = useInstanceStore()
    await instances.load('ccc-demo')
    const realtime = useRealtimeStore()
    realtime.entries['ccc-demo'] = {
      states: { data: null, updatedAt: null, error: null, failedAt: null, outdated: false },
      summary: { data: null, updatedAt: null, error: null, failedAt: null, outdated: false },
      loading: false
    }

    const store = useProfilesStore()
    expect(await store.activate('p-1')).toEqual(ok(next))
    expect(useSessionStore().session).toEqual(next)
    expect(instances.entries).toEqual({})
    expect(realtime.entries).toEqual({})
    expect(store.activating).toBeNull()
  })

  it('a refused switch leaves the session as it was', async () => {
    installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      activateProfile: vi.fn(async () => failed({ code: 'Profiles.SecretNeeded', message: 'enter it again' }))
    })
    const sessionStore = useSessionStore()
    await sessionStore.load()
    const result = await useProfilesStore().activate('p-1')
    expect(result.ok).toBe(false)
    expect(sessionStore.source).toBe('demo')
  })

  it('imports, then lists the imported profiles', async () => {
    const imported = profile({ name: 'default', instanceIds: [] })
    const report = { imported: [imported], skipped: [{ name: 'role', mode: 'RamRoleArn', reason: 'Role assumption is not supported.' }] }
    const listProfiles = vi.fn(async () => ok([DEMO]))
    const bridge = installFakeBridge({ listProfiles, importProfiles: vi.fn(async () => ok(report)) })
    const store = useProfilesStore()
    listProfiles.mockResolvedValueOnce(ok([DEMO, imported]))
    expect(await store.importFrom('aliyun-cli', 'session')).toEqual(ok(report))
    expect(bridge.importProfiles).toHaveBeenCalledWith({ source: 'aliyun-cli', storage: 'session' })
    expect(store.saved.map((p) => p.name)).toEqual(['default'])
  })
})
