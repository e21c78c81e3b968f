import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '@renderer/stores/session'
import { installFakeBridge, instance } from './fake-bridge'

const session = { source: 'demo' as const, profileId: 'demo', profileName: null, endpoint: 'http://127.0.0.1:4000', region: 'cn-shanghai', instanceIds: ['ccc-a', 'ccc-b'] }

beforeEach(() => {
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('session store', () => {
  it('loads the session, then each instance it lists', async () => {
    const bridge = installFakeBridge({
      getSession: vi.fn(async () => ({ ok: true as const, data: session })),
      getInstance: vi.fn(async ({ instanceId }) => ({ ok: true as const, data: instance(instanceId) }))
    })
    const store = useSessionStore()
    await store.load()

    expect(store.session).toEqual(session)
    expect(store.source).toBe('demo')
    expect(store.instanceIds).toEqual(['ccc-a', 'ccc-b'])
    expect(bridge.getInstance).toHaveBeenCalledTimes(2)
    expect(store.instances['ccc-a']).toEqual({ instance: instance('ccc-a'), loading: false, error: null })
    expect(store.loading).toBe(false)
    expect(store.error).toBeNull()
  })

  it('keeps a failed instance apart from the ones that loaded', async () => {
    const failure = { code: 'NotExists.InstanceId', message: 'no such instance', requestId: 'R-1' }
    installFakeBridge({
      getSession: vi.fn(async () => ({ ok: true as const, data: session })),
      getInstance: vi.fn(async ({ instanceId }) =>
        instanceId === 'ccc-b' ? { ok: false as const, error: failure } : { ok: true as const, data: instance(instanceId) }
      )
    })
    const store = useSessionStore()
    await store.load()

    expect(store.instances['ccc-a']?.instance?.Id).toBe('ccc-a')
    expect(store.instances['ccc-b']).toEqual({ instance: null, loading: false, error: failure })
  })

  it('shows a session failure with its code, message and RequestId, and loads no instance', async () => {
    const failure = { code: 'Forbidden.RAM', message: 'not allowed', requestId: 'R-2' }
    const bridge = installFakeBridge({ getSession: vi.fn(async () => ({ ok: false as const, error: failure })) })
    const store = useSessionStore()
    await store.load()

    expect(store.error).toEqual(failure)
    expect(store.session).toBeNull()
    expect(store.instanceIds).toEqual([])
    expect(bridge.getInstance).not.toHaveBeenCalled()
  })

  it('has no instances when the session lists none', async () => {
    installFakeBridge({ getSession: vi.fn(async () => ({ ok: true as const, data: { ...session, instanceIds: [] } })) })
    const store = useSessionStore()
    await store.load()
    expect(store.session).not.toBeNull()
    expect(store.instanceIds).toEqual([])
  })

  it('keeps the last instance through a failed reload', async () => {
    const getInstance = vi.fn(async ({ instanceId }: { instanceId: string }) => ({
      ok: true as const,
      data: instance(instanceId)
    }))
    installFakeBridge({ getSession: vi.fn(async () => ({ ok: true as const, data: session })), getInstance })
    const store = useSessionStore()
    await store.load()

    const failure = { code: 'Throttling.User', message: 'slow down' }
    getInstance.mockResolvedValueOnce({ ok: false, error: failure } as never)
    await store.loadInstance('ccc-a')
    expect(store.instances['ccc-a']).toEqual({ instance: instance('ccc-a'), loading: false, error: failure })
  })

  it('applies only the newest answer when loads overlap', async () => {
    let answerFirst: (value: unknown) => void = () => {}
    const getSession = vi
      .fn()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementationOnce(async () => ({ ok: true, data: { ...session, instanceIds: ['ccc-new'] } }))
    installFakeBridge({
      getSession,
      getInstance: vi.fn(async ({ instanceId }) => ({ ok: true as const, data: instance(instanceId) }))
    })
    const store = useSessionStore()
    const first = store.load()
    await store.load()
    answerFirst({ ok: true, data: { ...session, instanceIds: ['ccc-old'] } })
    await first

    expect(store.instanceIds).toEqual(['ccc-new'])
  })
})
