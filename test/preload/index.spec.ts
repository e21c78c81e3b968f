/** The preload's bridge, against a stand-in `electron` module: exactly the contract, nothing more. */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { channelNames, contract, ipcChannel } from '../../src/shared/ipc/contract'

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((_channel: string, _input?: unknown) => Promise.resolve({ ok: true, data: 'answer' }))
}))

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value)
  },
  ipcRenderer: { invoke: electron.invoke }
}))

type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>
let api: Bridge

beforeAll(async () => {
  await import('../../src/preload/index')
  api = electron.exposed.get('api') as Bridge
})

describe('preload', () => {
  it('exposes window.api and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['api'])
  })

  it('has one function per contract channel, and no other member', () => {
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort())
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort())
    for (const name of channelNames) expect(typeof api[name], name).toBe('function')
  })

  it('has no raw ipcRenderer, generic invoke, send or process details', () => {
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on', 'process', 'require', 'env']) {
      expect(api, forbidden).not.toHaveProperty(forbidden)
    }
    expect(Object.isFrozen(api)).toBe(true)
  })

  it("invokes the channel's namespaced IPC name with exactly one input and returns main's result", async () => {
    electron.invoke.mockClear()
    await expect(api.getInstance?.({ instanceId: 'ccc-test' }, 'extra', 'args')).resolves.toEqual({ ok: true, data: 'answer' })
    expect(electron.invoke).toHaveBeenCalledWith(ipcChannel('getInstance'), { instanceId: 'ccc-test' })
    expect(electron.invoke.mock.calls[0]).toHaveLength(2)

    await api.getSession?.()
    expect(electron.invoke).toHaveBeenLastCalledWith('ccc-supervisor:getSession', undefined)
  })

  it('does not turn a failed result into a throw', async () => {
    const failure = { ok: false, error: { code: 'NotExists.InstanceId', message: 'no such instance', requestId: 'R-1' } }
    electron.invoke.mockResolvedValueOnce(failure as never)
    await expect(api.getInstance?.({ instanceId: 'nope' })).resolves.toEqual(failure)
  })
})
