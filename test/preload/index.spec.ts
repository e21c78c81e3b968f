/** The preload's bridge, against a stand-in `electron` module: exactly the contract, nothing more. */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { channelNames, contract, ipcChannel } from '../../src/shared/ipc/contract'
import { eventNames, ipcEvent } from '../../src/shared/ipc/events'

type IpcListener = (event: unknown, payload: unknown) => void

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((_channel: string, _input?: unknown) => Promise.resolve({ ok: true, data: 'answer' })),
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>()
}))

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value)
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: IpcListener) => {
      const set = electron.listeners.get(channel) ?? new Set()
      set.add(listener)
      electron.listeners.set(channel, set)
    },
    removeListener: (channel: string, listener: IpcListener) => void electron.listeners.get(channel)?.delete(listener)
  }
}))

/** Main sends an event, as webContents.send would deliver it: with the IpcRendererEvent first. */
const send = (channel: string, payload: unknown): void => {
  for (const listener of electron.listeners.get(channel) ?? []) listener({ sender: 'the ipcRenderer itself' }, payload)
}

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

  it('has one function per contract channel and `on` for events, and no other member', () => {
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'on'].sort())
    expect(Object.keys(api).filter((k) => k !== 'on').sort()).toEqual(Object.keys(contract).sort())
    for (const name of [...channelNames, 'on']) expect(typeof api[name], name).toBe('function')
  })

  it('has no raw ipcRenderer, generic invoke, send or process details', () => {
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'once', 'removeListener', 'process', 'require', 'env']) {
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

    await api.setUiLanguage?.({ locale: 'zh-CN' })
    expect(electron.invoke).toHaveBeenLastCalledWith('ccc-supervisor:setUiLanguage', { locale: 'zh-CN' })
  })

  it('delivers the contract\'s events with their payload only, until the listener unsubscribes', () => {
    const on = api.on as unknown as (name: string, listener: (...args: unknown[]) => void) => () => void
    const heard: unknown[][] = []
    const stop = on('exportProgress', (...args) => heard.push(args))
    send(ipcEvent('exportProgress'), { fraction: 0.5 })
    expect(heard).toEqual([[{ fraction: 0.5 }]])
    stop()
    send(ipcEvent('exportProgress'), { fraction: 0.9 })
    expect(heard).toHaveLength(1)
    expect(electron.listeners.get(ipcEvent('exportProgress'))?.size).toBe(0)
  })

  it('refuses any name that is not one of the contract\'s events, and a listener that is not a function', () => {
    const on = api.on as unknown as (name: unknown, listener: unknown) => () => void
    for (const name of ['ccc-supervisor:getSession', 'getSession', 'anything', '', undefined, { toString: () => 'exportProgress' }]) {
      expect(() => on(name, () => {}), String(name)).toThrow(TypeError)
    }
    expect(() => on('sessionChanged', 'not a function')).toThrow(TypeError)
    expect([...electron.listeners.keys()].every((channel) => eventNames.some((name) => ipcEvent(name) === channel))).toBe(true)
  })

  it('does not turn a failed result into a throw', async () => {
    const failure = { ok: false, error: { code: 'NotExists.InstanceId', message: 'no such instance', requestId: 'R-1' } }
    electron.invoke.mockResolvedValueOnce(failure as never)
    await expect(api.getInstance?.({ instanceId: 'nope' })).resolves.toEqual(failure)
  })
})
