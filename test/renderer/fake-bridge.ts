/** A stand-in for the preload's `window.api`: every channel answers what the test tells it to. */
import { vi } from 'vitest'
import type { Instance, InstanceSummaryReport, PhoneNumber, RealtimeInstanceStates, User } from '@shared/ccc/types'
import { channelNames, type SessionInfo, type SupervisorApi } from '@shared/ipc/contract'
import type { EventName, EventPayloads } from '@shared/ipc/events'
import type { ProfileSummary } from '@shared/profiles'
import type { AppError, Result } from '@shared/result'

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
export const failed = (error: AppError): Result<never> => ({ ok: false, error })

export function instance(id: string, extra: Partial<Instance> = {}): Instance {
  return {
    AdminList: [],
    AliyunUid: '1571234567890123',
    ConsoleUrl: `https://ccc-v2.aliyun.com/#/workbench/${id}`,
    Description: '',
    DomainName: id,
    Id: id,
    Name: `Name of ${id}`,
    NumberList: [],
    Status: 'RUNNING',
    ...extra
  }
}

export function admin(extra: Partial<User> = {}): User {
  return {
    DisplayName: '张三',
    Email: 'zhang@example.com',
    Extension: '8001',
    InstanceId: 'ccc-a',
    LoginName: 'zhangsan',
    Mobile: '13800000001',
    RoleId: 'Admin@ccc-a',
    RoleName: 'Admin',
    UserId: 'u-1',
    WorkMode: 'ON_SITE',
    ...extra
  }
}

export function phoneNumber(extra: Partial<PhoneNumber> = {}): PhoneNumber {
  return {
    Active: true,
    City: '上海',
    ContactFlowId: 'flow-1',
    InstanceId: 'ccc-a',
    Number: '02100000001',
    Province: '上海',
    SkillGroups: [],
    Usage: 'Bidirection',
    UserId: '',
    ...extra
  }
}

export function realtime(id: string, waiting: number, extra: Partial<RealtimeInstanceStates> = {}): RealtimeInstanceStates {
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
    WorkingAgents: 2,
    ...extra
  }
}

/** A summary with the wallboard's fields; the others are left out (shown as missing). */
export function summary(id: string, inbound: Partial<InstanceSummaryReport['Inbound']> = {}): InstanceSummaryReport {
  return {
    InstanceId: id,
    Timestamp: '2024-05-06 10:11:12',
    Inbound: {
      CallsOffered: 100,
      CallsHandled: 90,
      HandleRate: 0.9,
      ServiceLevel20: 0.85,
      CallsAbandonedInQueue: 4,
      AverageWaitTime: 12,
      AverageTalkTime: 185,
      ...inbound
    } as InstanceSummaryReport['Inbound'],
    Outbound: { CallsDialed: 10, CallsAnswered: 8, AnswerRate: 0.8 } as InstanceSummaryReport['Outbound'],
    Overall: { OccupancyRate: 0.7 } as InstanceSummaryReport['Overall']
  }
}

export function session(extra: Partial<SessionInfo> = {}): SessionInfo {
  return {
    source: 'demo',
    profileId: 'demo',
    profileName: null,
    endpoint: 'http://127.0.0.1:4000',
    region: 'cn-shanghai',
    instanceIds: ['ccc-a', 'ccc-b'],
    timeZones: {},
    revision: 0,
    ...extra
  }
}

export const DEMO: ProfileSummary = {
  id: 'demo',
  name: 'Demo',
  accessKeyIdMasked: '',
  region: 'cn-shanghai',
  endpoint: null,
  instanceIds: ['ccc-demo'],
  timeZones: {},
  hasSecurityToken: false,
  storage: 'session',
  builtIn: true,
  secretAvailable: true,
  createdAt: '1970-01-01T00:00:00.000Z',
  updatedAt: '1970-01-01T00:00:00.000Z'
}

export function profile(extra: Partial<ProfileSummary> = {}): ProfileSummary {
  return {
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    name: 'Shanghai production',
    accessKeyIdMasked: 'LTAI****abcd',
    region: 'cn-shanghai',
    endpoint: null,
    instanceIds: ['ccc-prod'],
    timeZones: {},
    hasSecurityToken: false,
    storage: 'keychain',
    builtIn: false,
    secretAvailable: true,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...extra
  }
}

/**
 * Installs the fake as `window.api`. In the node environment `window` itself is stubbed; under
 * happy-dom the real window gets the property. Undo with vi.unstubAllGlobals() / removeFakeBridge().
 */
export function installFakeBridge(overrides: Partial<SupervisorApi>): SupervisorApi {
  const refuse = () => Promise.resolve({ ok: false as const, error: { code: 'Test.NotStubbed', message: 'not stubbed' } })
  listeners.clear()
  // Every channel of the contract refuses unless the test says otherwise; events come from emitEvent.
  const bridge = {
    ...Object.fromEntries(channelNames.map((name) => [name, vi.fn(refuse)])),
    on: (name: EventName, listener: (payload: unknown) => void) => {
      const set = listeners.get(name) ?? new Set()
      set.add(listener)
      listeners.set(name, set)
      return () => void set.delete(listener)
    },
    ...overrides
  } as SupervisorApi
  if (typeof window === 'undefined') vi.stubGlobal('window', { api: bridge })
  else Object.defineProperty(window, 'api', { value: bridge, configurable: true, writable: true })
  return bridge
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>()

/** Main pushes an event to the page, as the preload would deliver it. */
export function emitEvent<E extends EventName>(name: E, payload: EventPayloads[E]): void {
  for (const listener of [...(listeners.get(name) ?? [])]) listener(payload)
}

/** How many listeners the page has for an event (a store that forgot to unsubscribe shows here). */
export const listenerCount = (name: EventName): number => listeners.get(name)?.size ?? 0

export function removeFakeBridge(): void {
  if (typeof window !== 'undefined') Reflect.deleteProperty(window, 'api')
}

/** A promise the test settles when it wants: an answer held in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

/** localStorage for the node environment. */
export function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value))
  }
}
