/** A stand-in for the preload's `window.api`: every channel answers what the test tells it to. */
import { vi } from 'vitest'
import type { Instance, RealtimeInstanceStates } from '@shared/ccc/types'
import { channelNames, type SupervisorApi } from '@shared/ipc/contract'

export function instance(id: string): Instance {
  return {
    AdminList: [],
    AliyunUid: '1571234567890123',
    ConsoleUrl: `https://ccc-v2.aliyun.com/#/workbench/${id}`,
    Description: '',
    DomainName: id,
    Id: id,
    Name: `Name of ${id}`,
    NumberList: [],
    Status: 'RUNNING'
  }
}

export function realtime(id: string, waiting: number): RealtimeInstanceStates {
  return {
    InstanceId: id,
    BreakingAgents: 1,
    InteractiveCalls: 2,
    LoggedInAgents: 10,
    LongestWaitingTime: 35,
    ReadyAgents: 4,
    TalkingAgents: 3,
    TotalAgents: 12,
    WaitingCalls: waiting,
    WorkingAgents: 2
  }
}

export function installFakeBridge(overrides: Partial<SupervisorApi>): SupervisorApi {
  const refuse = () => Promise.resolve({ ok: false as const, error: { code: 'Test.NotStubbed', message: 'not stubbed' } })
  // Every channel of the contract refuses unless the test says otherwise.
  const bridge = {
    ...Object.fromEntries(channelNames.map((name) => [name, vi.fn(refuse)])),
    ...overrides
  } as SupervisorApi
  vi.stubGlobal('window', { api: bridge })
  return bridge
}
