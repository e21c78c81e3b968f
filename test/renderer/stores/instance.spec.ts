import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useInstanceStore } from '@renderer/stores/instance'
import type { SupervisorApi } from '@shared/ipc/contract'
import { deferred, failed, installFakeBridge, instance, ok } from '../fake-bridge'

beforeEach(() => {
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const getInstanceOk = () => vi.fn(async ({ instanceId }: { instanceId: string }) => ok(instance(instanceId)))

describe('instance store', () => {
  it('loads an instance once and answers later visits from the cache', async () => {
    const getInstance = getInstanceOk()
    installFakeBridge({ getInstance: getInstance as SupervisorApi['getInstance'] })
    const store = useInstanceStore()
    await store.load('ccc-a')
    await store.load('ccc-a')
    expect(getInstance).toHaveBeenCalledTimes(1)
    expect(store.entries['ccc-a']?.instance?.Name).toBe('Name of ccc-a')
    await store.load('ccc-a', { force: true })
    expect(getInstance).toHaveBeenCalledTimes(2)
  })

  it('keeps what was shown through a failed reload, with the error beside it', async () => {
    const getInstance = getInstanceOk()
    installFakeBridge({ getInstance: getInstance as SupervisorApi['getInstance'] })
    const store = useInstanceStore()
    await store.load('ccc-a')
    const failure = { code: 'NotExists.InstanceId', message: 'gone', requestId: 'R-7' }
    getInstance.mockResolvedValueOnce(failed(failure) as never)
    await store.load('ccc-a', { force: true })
    expect(store.entries['ccc-a']).toMatchObject({ instance: { Id: 'ccc-a' }, loading: false, error: failure })
  })

  it('forgets everything on clear, including an answer still on its way', async () => {
    const answer = deferred<ReturnType<typeof ok>>()
    installFakeBridge({ getInstance: vi.fn(() => answer.promise as never) })
    const store = useInstanceStore()
    const loading = store.load('ccc-a')
    store.clear()
    answer.resolve(ok(instance('ccc-a')))
    await loading
    expect(store.entries).toEqual({})
  })

  it('opens the console link of the instance through main', async () => {
    const bridge = installFakeBridge({
      getInstance: getInstanceOk() as SupervisorApi['getInstance'],
      openExternal: vi.fn(async () => ok(undefined))
    })
    const store = useInstanceStore()
    await store.load('ccc-a')
    expect(await store.openConsole('ccc-a')).toEqual({ ok: true, data: undefined })
    expect(bridge.openExternal).toHaveBeenCalledWith({ url: 'https://ccc-v2.aliyun.com/#/workbench/ccc-a' })
    expect((await store.openConsole('ccc-unknown')).ok).toBe(false)
  })
})
