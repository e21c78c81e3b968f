import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DAY_MS } from '@shared/ccc/range-split'
import type { AgentHistoricalRow, SkillGroupHistoricalRow } from '@shared/ccc/types'
import type { SupervisorApi } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { useAgentReportStore, useQueueReportStore } from '@renderer/stores/group-report'
import { deferred, emitEvent, installFakeBridge, ok, session } from '../fake-bridge'
import { useSessionStore } from '@renderer/stores/session'

const NOW = Date.UTC(2024, 5, 15, 10, 0, 0)

/** A skill group's row with the fields the tests read; the rest are left out (shown as missing). */
function queue(id: string, inbound: Record<string, number>, outbound: Record<string, number> = {}): SkillGroupHistoricalRow {
  return {
    SkillGroupId: id,
    SkillGroupName: id.split('@')[0]!,
    Inbound: inbound,
    Outbound: outbound,
    Overall: {},
    Back2Back: {}
  } as unknown as SkillGroupHistoricalRow
}

function agent(id: string, name: string, handled: number): AgentHistoricalRow {
  return { AgentId: id, AgentName: name, DisplayId: id, SkillGroupIds: '', SkillGroupNames: '', Inbound: { CallsHandled: handled } } as unknown as AgentHistoricalRow
}

type QueueInput = Parameters<SupervisorApi['listHistoricalSkillGroupReport']>[0]
type AgentInput = Parameters<SupervisorApi['listHistoricalAgentReport']>[0]

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('queue report store', () => {
  it('asks for yesterday in one request and shows one row per skill group with totals recomputed from the counts', async () => {
    const list = vi.fn(async (_input: QueueInput) =>
      ok([
        queue('presales@ccc-a', { CallsOffered: 10, CallsHandled: 9, HandleRate: 0.9 }, { CallsDialed: 4 }),
        queue('aftersales@ccc-a', { CallsOffered: 30, CallsHandled: 15, HandleRate: 0.5 }, { CallsDialed: 6 })
      ])
    )
    installFakeBridge({ listHistoricalSkillGroupReport: list as SupervisorApi['listHistoricalSkillGroupReport'] })
    useSessionStore().replace(session())
    const store = useQueueReportStore()
    await store.open('ccc-a')

    expect(list).toHaveBeenCalledTimes(1)
    const input = list.mock.calls[0]![0]
    expect(input.instanceId).toBe('ccc-a')
    expect(input.endTime - input.startTime).toBe(DAY_MS)
    expect(input.endTime).toBeLessThanOrEqual(NOW)
    expect(store.rows.map((row) => [row.id, row.values.CallsHandled])).toEqual([
      ['presales@ccc-a', 9],
      ['aftersales@ccc-a', 15]
    ])
    expect(store.totals.CallsHandled).toBe(24)
    // 24 of 40 offered, not the average of 90 % and 50 %.
    expect(store.totals.HandleRate).toBeCloseTo(0.6)

    store.setGroup('Outbound')
    expect(store.rows.map((row) => row.values.CallsDialed)).toEqual([4, 6])
    expect(store.totals.CallsDialed).toBe(10)
    // A group the report does not have changes nothing.
    store.setGroup('Internal')
    expect(store.group).toBe('Outbound')
  })

  it('reads the previous period of the same length when compared, matched to the rows by ID, with its own totals', async () => {
    const list = vi.fn(async (input: QueueInput) =>
      ok(input.endTime > NOW - DAY_MS ? [queue('presales@ccc-a', { CallsHandled: 9 }), queue('new@ccc-a', { CallsHandled: 1 })] : [queue('presales@ccc-a', { CallsHandled: 4 })])
    )
    installFakeBridge({ listHistoricalSkillGroupReport: list as SupervisorApi['listHistoricalSkillGroupReport'] })
    const store = useQueueReportStore()
    await store.open('ccc-a')
    expect(store.previousTotals).toBeNull()
    await store.setComparePrevious(true)
    const [current, previous] = list.mock.calls.slice(1).map(([input]) => input)
    expect(previous!.endTime).toBe(current!.startTime)
    expect(previous!.endTime - previous!.startTime).toBe(current!.endTime - current!.startTime)
    expect(store.previousById.get('presales@ccc-a')?.values.CallsHandled).toBe(4)
    // A group that did not exist before has no counterpart.
    expect(store.previousById.has('new@ccc-a')).toBe(false)
    expect(store.totals.CallsHandled).toBe(10)
    expect(store.previousTotals?.CallsHandled).toBe(4)
    await store.setComparePrevious(false)
    expect(store.previousTotals).toBeNull()
  })

  it('says what failed and keeps no rows', async () => {
    installFakeBridge({
      listHistoricalSkillGroupReport: (async () => ({ ok: false, error: { code: 'Throttling.User', message: 'Too many calls' } })) as SupervisorApi['listHistoricalSkillGroupReport']
    })
    const store = useQueueReportStore()
    await store.open('ccc-a')
    expect(store.error?.code).toBe('Throttling.User')
    expect(store.rows).toEqual([])
    expect(store.loading).toBe(false)
  })
})

describe('agent report store', () => {
  it('counts the pages main reads, and stops them when the user says so, ignoring the answer that comes after', async () => {
    const answer = deferred<Result<AgentHistoricalRow[]>>()
    const list = vi.fn((_input: AgentInput) => answer.promise)
    const cancelReport = vi.fn(async () => ok(true))
    installFakeBridge({ listHistoricalAgentReport: list as SupervisorApi['listHistoricalAgentReport'], cancelReport })
    const store = useAgentReportStore()
    const loading = store.open('ccc-large')
    await Promise.resolve()
    const { progressId } = list.mock.calls[0]![0]
    expect(progressId).toBeTruthy()
    emitEvent('reportProgress', { progressId: progressId!, done: 3, total: 12 })
    expect(store.loading).toBe(true)
    expect(store.progress).toEqual({ done: 3, total: 12 })
    // Another run's pages are not this one's.
    emitEvent('reportProgress', { progressId: 'report-other-1', done: 11, total: 12 })
    expect(store.progress).toEqual({ done: 3, total: 12 })

    store.stop()
    expect(cancelReport).toHaveBeenCalledWith({ progressId })
    expect(store.loading).toBe(false)
    expect(store.stopped).toBe(true)
    answer.resolve(ok([agent('a1@ccc-large', 'Ann', 3)]))
    await loading
    expect(store.rows).toEqual([])

    // Loading again clears the stop, and counts what the new run reads.
    list.mockImplementation(async () => ok([agent('a1@ccc-large', 'Ann', 3), agent('a2@ccc-large', '<b>Bo</b>', 4)]))
    await store.load()
    expect(store.stopped).toBe(false)
    expect(store.rows.map((row) => row.name)).toEqual(['Ann', '<b>Bo</b>'])
    expect(store.totals.CallsHandled).toBe(7)
  })
})
