import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setBoardSources, type BoardAnswer, type BoardSources } from '@renderer/api/board-sources'
import { useAgentBoardStore } from '@renderer/stores/agent-board'
import { usePreferencesStore } from '@renderer/stores/preferences'
import { useQueueBoardStore } from '@renderer/stores/queue-board'
import { useRealtimeStore } from '@renderer/stores/realtime'
import { useSessionStore } from '@renderer/stores/session'
import type { AgentState, SkillGroupState } from '@shared/ccc/shapes'
import { fail, type Result } from '@shared/result'
import { agentState, skillGroupState } from '../board-fixture'
import { memoryStorage, ok, session } from '../fake-bridge'

const T0 = Date.UTC(2026, 5, 17, 6, 37, 0)
const throttled = { code: 'Throttling.User', message: 'Request was denied due to user flow control.', requestId: 'R-7' }

function sources(over: Partial<BoardSources>) {
  const skillGroupStates = vi.fn(over.skillGroupStates ?? (async () => ok({ list: [], serverTime: null })))
  const agentStates = vi.fn(over.agentStates ?? (async () => ok({ list: [], serverTime: null })))
  setBoardSources({ skillGroupStates, agentStates })
  return { skillGroupStates, agentStates }
}
const groups = (waiting: number): Result<BoardAnswer<SkillGroupState>> =>
  ok({ list: [skillGroupState({ SkillGroupId: 'sales@ccc-demo', WaitingCalls: waiting })], serverTime: null })

beforeEach(() => {
  vi.useFakeTimers({ now: T0 })
  vi.stubGlobal('localStorage', memoryStorage())
  setActivePinia(createPinia())
})
afterEach(() => {
  useQueueBoardStore().watchInstance(null)
  useAgentBoardStore().watchInstance(null)
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('queue board store', () => {
  it('loads the instance’s skill groups at once, then on the wallboard’s interval', async () => {
    const { skillGroupStates } = sources({ skillGroupStates: async () => groups(4) })
    const store = useQueueBoardStore()
    store.watchInstance('ccc-demo')
    await vi.advanceTimersByTimeAsync(0)
    expect(store.rowsFor('ccc-demo').map((r) => r.waitingCalls)).toEqual([4])
    usePreferencesStore().setRefreshPeriod(30)
    await vi.advanceTimersByTimeAsync(29_000)
    expect(skillGroupStates).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(skillGroupStates).toHaveBeenCalledTimes(2)
  })

  it('keeps the last good rows through a failed refresh and says why', async () => {
    let answer: Result<BoardAnswer<SkillGroupState>> = groups(2)
    sources({ skillGroupStates: async () => answer })
    const store = useQueueBoardStore()
    store.watchInstance('ccc-demo')
    await vi.advanceTimersByTimeAsync(0)
    answer = fail(throttled)
    await store.refresh()
    const part = store.entries['ccc-demo']!.part
    expect(store.rowsFor('ccc-demo').map((r) => r.waitingCalls)).toEqual([2])
    expect(part.error).toEqual(throttled)
    expect(part.updatedAt).toBe(T0)
  })

  it('forgets the rows when the session changes to another account', async () => {
    sources({ skillGroupStates: async () => groups(1) })
    const sessionStore = useSessionStore()
    sessionStore.replace(session({ revision: 1 }))
    const store = useQueueBoardStore()
    store.watchInstance('ccc-demo')
    await vi.advanceTimersByTimeAsync(0)
    expect(store.rowsFor('ccc-demo')).toHaveLength(1)
    sessionStore.replace(session({ revision: 2 }))
    expect(store.rowsFor('ccc-demo')).toHaveLength(0)
  })

  it('gives a queue the wallboard’s thresholds until it has its own, remembered on this computer', () => {
    sources({})
    const store = useQueueBoardStore()
    const wallboard = useRealtimeStore().thresholdsFor('ccc-demo')
    expect(store.thresholdsFor('ccc-demo', 'sales@ccc-demo').WaitingCalls).toEqual(wallboard.WaitingCalls)
    store.setOverride('ccc-demo', 'sales@ccc-demo', { WaitingCalls: { warn: 1, alert: 2 } })
    setActivePinia(createPinia())
    const reopened = useQueueBoardStore()
    expect(reopened.thresholdsFor('ccc-demo', 'sales@ccc-demo').WaitingCalls).toEqual({ warn: 1, alert: 2 })
    expect(reopened.thresholdsFor('ccc-demo', 'sales@ccc-demo').LongestWaitingTime).toEqual(wallboard.LongestWaitingTime)
    reopened.setOverride('ccc-demo', 'sales@ccc-demo', undefined)
    expect(reopened.thresholdsFor('ccc-demo', 'sales@ccc-demo').WaitingCalls).toEqual(wallboard.WaitingCalls)
  })

  it('remembers my queues per instance', () => {
    usePreferencesStore().setMyQueues('ccc-demo', { picked: ['b@ccc-demo', 'a@ccc-demo'], hidden: [] })
    setActivePinia(createPinia())
    const preferences = usePreferencesStore()
    expect(preferences.myQueuesFor('ccc-demo')).toEqual({ picked: ['b@ccc-demo', 'a@ccc-demo'], hidden: [] })
    expect(preferences.myQueuesFor('ccc-large')).toEqual({ picked: [], hidden: [] })
  })
})

describe('agent board store', () => {
  it('measures the CCC clock’s offset from the answer’s server time', async () => {
    const agents = (): Result<BoardAnswer<AgentState>> =>
      ok({ list: [agentState({ AgentId: 'amy@ccc-demo', State: 'ACW', StateTime: T0 })], serverTime: Date.now() + 180_000 })
    sources({ agentStates: async () => agents() })
    const store = useAgentBoardStore()
    store.watchInstance('ccc-demo')
    await vi.advanceTimersByTimeAsync(0)
    expect(store.offsetOf('ccc-demo')).toBe(180_000)
    expect(store.rowsFor('ccc-demo')[0]).toMatchObject({ id: 'amy@ccc-demo', state: 'ACW', stateTime: T0 })
  })

  it('has no offset when the answer carried no server time', async () => {
    sources({ agentStates: async () => ok({ list: [], serverTime: null }) })
    const store = useAgentBoardStore()
    store.watchInstance('ccc-demo')
    await vi.advanceTimersByTimeAsync(0)
    expect(store.offsetOf('ccc-demo')).toBeNull()
  })
})
