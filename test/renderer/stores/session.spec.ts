import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '@renderer/stores/session'
import { useInstanceStore } from '@renderer/stores/instance'
import { deferred, failed, instance, installFakeBridge, ok, session } from '../fake-bridge'

beforeEach(() => {
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('session store', () => {
  it('loads the session and lists its instances once each', async () => {
    installFakeBridge({ getSession: vi.fn(async () => ok(session({ instanceIds: ['ccc-a', 'ccc-b', 'ccc-a'] }))) })
    const store = useSessionStore()
    await store.load()
    expect(store.source).toBe('demo')
    expect(store.instanceIds).toEqual(['ccc-a', 'ccc-b'])
    expect(store.loading).toBe(false)
    expect(store.error).toBeNull()
  })

  it('keeps a failure with its code, message and RequestId', async () => {
    const failure = { code: 'Forbidden.RAM', message: 'not allowed', requestId: 'R-2' }
    installFakeBridge({ getSession: vi.fn(async () => failed(failure)) })
    const store = useSessionStore()
    await store.load()
    expect(store.error).toEqual(failure)
    expect(store.session).toBeNull()
    expect(store.instanceIds).toEqual([])
  })

  it('asks main only once however many pages wait for the session', async () => {
    const bridge = installFakeBridge({ getSession: vi.fn(async () => ok(session())) })
    const store = useSessionStore()
    await Promise.all([store.ensureLoaded(), store.ensureLoaded()])
    await store.ensureLoaded()
    expect(bridge.getSession).toHaveBeenCalledTimes(1)
  })

  it('resets nothing when the first session arrives, so a page\'s loads under way for it survive', async () => {
    const answer = deferred<ReturnType<typeof ok>>()
    installFakeBridge({
      getSession: vi.fn(() => answer.promise as never),
      getInstance: vi.fn(async () => ok(instance('ccc-a')))
    })
    const store = useSessionStore()
    const instances = useInstanceStore()
    const loading = store.load()
    await instances.load('ccc-a')
    answer.resolve(ok(session()))
    await loading
    expect(instances.entries['ccc-a']?.instance?.Id).toBe('ccc-a')
  })

  it('resets every store when a reload finds main on another session (its event was missed)', async () => {
    const getSession = vi.fn(async () => ok(session({ revision: 1 })))
    installFakeBridge({ getSession, getInstance: vi.fn(async () => ok(instance('ccc-a'))) })
    const store = useSessionStore()
    const instances = useInstanceStore()
    await store.load()
    await instances.load('ccc-a')
    getSession.mockResolvedValueOnce(ok(session({ profileId: 'p-2', revision: 2 })))
    await store.load()
    expect(instances.entries).toEqual({})
  })

  it('takes the session main switched to, and ignores a load answered after the switch', async () => {
    const answer = deferred<ReturnType<typeof ok>>()
    installFakeBridge({ getSession: vi.fn(() => answer.promise as never) })
    const store = useSessionStore()
    const loading = store.load()
    store.replace(session({ source: 'profile', profileId: 'p-1', profileName: 'Prod', instanceIds: ['ccc-prod'] }))
    answer.resolve(ok(session()))
    await loading
    expect(store.source).toBe('profile')
    expect(store.instanceIds).toEqual(['ccc-prod'])
  })
})
