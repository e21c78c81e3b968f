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

describe('board refresh plan', () => {
  const agents = (count: number): Result<BoardAnswer<AgentState>> =>
    ok({ list: Array.from({ length: count }, (_, i) => agentState({ AgentId: `a${i}@ccc-large` })), serverTime: null })
  /** The agent board of an instance with `count` agents, on a wallboard refreshing every `period` s. */
  function watchAgents(count: number, period: 10 | 15) {
    const { agentStates } = sources({ agentStates: async () => agents(count) })
    usePreferencesStore().setRefreshPeriod(period)
    const store = useAgentBoardStore()
    store.watchInstance('ccc-large')
    return { agentStates, store }
  }

  it('slows 1,200 agents on a 10-second wallboard to every 20 s, within 60 calls a minute, and says why', async () => {
    const { agentStates, store } = watchAgents(1200, 10)
    await vi.advanceTimersByTimeAsync(0)
    expect(store.plan).toMatchObject({ everySeconds: 20, callsPerRefresh: 12, reason: { key: 'refreshPlan.slower.agentStates', params: { seconds: 20, calls: 12, limit: 60 } } })
    await vi.advanceTimersByTimeAsync(19_000)
    expect(agentStates).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(agentStates).toHaveBeenCalledTimes(2)
    // A minute of refreshes stays within the planned 48 of the 60 calls (12 per refresh).
    await vi.advanceTimersByTimeAsync(60_000)
    expect((agentStates.mock.calls.length - 2) * 12).toBeLessThanOrEqual(48)
  })

  it('follows the wallboard’s interval when the list fits, with no reason to give', async () => {
    const { agentStates, store } = watchAgents(40, 10)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(agentStates).toHaveBeenCalledTimes(2)
    expect(store.plan).toMatchObject({ everySeconds: 10, reason: null })
  })

  it('refreshes only when asked when one refresh would pass the budget', async () => {
    const { agentStates, store } = watchAgents(5000, 15)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(agentStates).toHaveBeenCalledTimes(1)
    expect(store.plan).toMatchObject({ everySeconds: null, reason: { key: 'refreshPlan.tooLarge.agentStates' } })
    await store.refresh()
    expect(agentStates).toHaveBeenCalledTimes(2)
  })

  it('plans again when the wallboard’s interval changes', async () => {
    const { agentStates, store } = watchAgents(1200, 10)
    await vi.advanceTimersByTimeAsync(0)
    usePreferencesStore().setRefreshPeriod(30)
    expect(store.plan).toMatchObject({ everySeconds: 30, reason: null })
    await vi.advanceTimersByTimeAsync(30_000)
    expect(agentStates).toHaveBeenCalledTimes(2)
  })
})

describe('skill-group names on the boards', () => {
  const SALES = { 'sales@ccc-demo': '销售热线' }
  function named(names: () => Promise<Result<Readonly<Record<string, string>>>>) {
    const skillGroupNames = vi.fn(names)
    setBoardSources({
      skillGroupStates: async () => ok({ list: [skillGroupState({ SkillGroupId: 'sales@ccc-demo', SkillGroupName: 'sales' }), skillGroupState({ SkillGroupId: 'tech@ccc-demo', SkillGroupName: 'tech' })], serverTime: null }),
      agentStates: async () =>
        ok({ list: [agentState({ AgentId: 'amy@ccc-demo', SkillGroupIdList: ['sales@ccc-demo', 'tech@ccc-demo'], SkillGroupNameList: ['sales', 'tech'] })], serverTime: null }),
      skillGroupNames
    })
    return skillGroupNames
  }

  it('shows each group by the name supervisors typed, read once a session for both boards, the code kept beside it', async () => {
    const skillGroupNames = named(async () => ok(SALES))
    const queues = useQueueBoardStore()
    const agents = useAgentBoardStore()
    usePreferencesStore().setRefreshPeriod(10)
    queues.watchInstance('ccc-demo')
    agents.watchInstance('ccc-demo')
    await vi.advanceTimersByTimeAsync(0)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(skillGroupNames).toHaveBeenCalledTimes(1)
    expect(queues.rowsFor('ccc-demo').map((r) => [r.name, r.code])).toEqual([
      ['销售热线', 'sales'],
      ['tech', 'tech']
    ])
    expect(agents.rowsFor('ccc-demo')[0]).toMatchObject({ skillGroupNames: ['销售热线', 'tech'], skillGroupCodes: ['sales', 'tech'] })
    // Another account's session reads its own names.
    useSessionStore().replace(session({ revision: 5 }))
    queues.watchInstance('ccc-demo')
    await vi.advanceTimersByTimeAsync(0)
    expect(skillGroupNames).toHaveBeenCalledTimes(2)
  })

  it('shows the codes while the names cannot be read, and asks again only minutes later', async () => {
    let answer: Result<Readonly<Record<string, string>>> = fail(throttled)
    const skillGroupNames = named(async () => answer)
    const queues = useQueueBoardStore()
    usePreferencesStore().setRefreshPeriod(10)
    queues.watchInstance('ccc-demo')
    await vi.advanceTimersByTimeAsync(0)
    await vi.advanceTimersByTimeAsync(4 * 60_000)
    expect(skillGroupNames).toHaveBeenCalledTimes(1)
    expect(queues.rowsFor('ccc-demo').map((r) => r.name)).toEqual(['sales', 'tech'])
    answer = ok(SALES)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(skillGroupNames).toHaveBeenCalledTimes(2)
    expect(queues.rowsFor('ccc-demo').map((r) => r.name)).toEqual(['销售热线', 'tech'])
  })
})
