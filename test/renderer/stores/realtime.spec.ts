import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useRealtimeStore } from '@renderer/stores/realtime'
import { installFakeBridge, realtime } from './fake-bridge'

beforeEach(() => {
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('realtime store', () => {
  it('fetches the figures of one instance and stamps when they arrived', async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000 })
    const bridge = installFakeBridge({
      getRealtimeInstanceStates: vi.fn(async ({ instanceId }) => ({ ok: true as const, data: realtime(instanceId, 5) }))
    })
    const store = useRealtimeStore()
    await store.refresh('ccc-a')

    expect(bridge.getRealtimeInstanceStates).toHaveBeenCalledWith({ instanceId: 'ccc-a' })
    expect(store.byInstance['ccc-a']).toEqual({
      states: realtime('ccc-a', 5),
      loading: false,
      error: null,
      updatedAt: 1_700_000_000_000
    })
  })

  it('keeps the last figures, and their time, through a failed refresh', async () => {
    const getRealtimeInstanceStates = vi.fn(async ({ instanceId }: { instanceId: string }) => ({
      ok: true as const,
      data: realtime(instanceId, 5)
    }))
    installFakeBridge({ getRealtimeInstanceStates })
    const store = useRealtimeStore()
    await store.refresh('ccc-a')
    const firstTime = store.byInstance['ccc-a']?.updatedAt

    const failure = { code: 'Throttling.User', message: 'slow down', requestId: 'R-3' }
    getRealtimeInstanceStates.mockResolvedValueOnce({ ok: false, error: failure } as never)
    await store.refresh('ccc-a')
    expect(store.byInstance['ccc-a']).toEqual({ states: realtime('ccc-a', 5), loading: false, error: failure, updatedAt: firstTime })
  })

  it('does not let a slow answer overwrite a newer one', async () => {
    let answerFirst: (value: unknown) => void = () => {}
    const getRealtimeInstanceStates = vi
      .fn()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementationOnce(async () => ({ ok: true, data: realtime('ccc-a', 9) }))
    installFakeBridge({ getRealtimeInstanceStates })
    const store = useRealtimeStore()
    const first = store.refresh('ccc-a')
    await store.refresh('ccc-a')
    answerFirst({ ok: true, data: realtime('ccc-a', 1) })
    await first

    expect(store.byInstance['ccc-a']?.states?.WaitingCalls).toBe(9)
  })

  it('refreshes several instances at once', async () => {
    installFakeBridge({
      getRealtimeInstanceStates: vi.fn(async ({ instanceId }) => ({ ok: true as const, data: realtime(instanceId, 1) }))
    })
    const store = useRealtimeStore()
    await store.refreshAll(['ccc-a', 'ccc-b'])
    expect(Object.keys(store.byInstance).sort()).toEqual(['ccc-a', 'ccc-b'])
  })
})
