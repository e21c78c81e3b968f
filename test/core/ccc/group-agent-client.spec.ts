/**
 * The skill-group and agent reports through the client: for every figure that sums (counts and
 * time totals) and exists at two levels, the agents' historical rows add up to the skill groups',
 * and the groups' to the instance's interval report over the same range; the historical reports
 * read every page within the budget, with progress, a cap and a stop; the interval ones are split
 * into the calls the API takes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../../src/core/ccc/client'
import { CccError } from '../../../src/core/ccc/errors'
import { CancelledError } from '../../../src/core/errors'
import {
  AGENT_INBOUND,
  AGENT_OUTBOUND,
  AGENT_OVERALL,
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  SKILL_GROUP_BACK2BACK,
  SKILL_GROUP_HISTORICAL_INBOUND,
  SKILL_GROUP_OUTBOUND,
  SKILL_GROUP_OVERALL,
  AGENT_BACK2BACK,
  type MetricGroup
} from '../../../src/shared/ccc/catalogue'
import { DAY_MS, HOUR_MS } from '../../../src/shared/ccc/range-split'
import type { TimeRange } from '../../../src/shared/ccc/types'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { localMidnight } from '../../../src/simulator/time-zone'
import { rejectionOf } from '../../helpers/rejection'
import { onPinnedDay, testClock, TEST_NOW } from '../../helpers/test-clock'

type Rows = ReadonlyArray<Record<string, unknown>>

/** The fields both groups sum (counts and time totals), named alike. */
const summedInBoth = (lower: MetricGroup, upper: MetricGroup): string[] =>
  Object.keys(lower).filter((field) => lower[field]?.aggregate.kind === 'sum' && upper[field]?.aggregate.kind === 'sum')

/** The column's sum; null when no row has it (a field only the SDK models name, from an instance answering as the docs do). */
function total(rows: Rows, part: string, field: string): number | null {
  const values = rows.map((row) => (row[part] as Record<string, unknown> | undefined)?.[field] ?? null)
  if (values.every((value) => value === null)) return null
  expect(values, `${part}.${field}`).not.toContain(null)
  return values.reduce<number>((sum, value) => sum + Number(value), 0)
}

function expectSums(lower: Rows, lowerGroups: Record<string, MetricGroup>, upper: Rows, upperGroups: Record<string, MetricGroup>, what: string): number {
  let compared = 0
  for (const [part, group] of Object.entries(lowerGroups)) {
    const upperGroup = upperGroups[part]
    if (!upperGroup) continue
    for (const field of summedInBoth(group, upperGroup)) {
      const sum = total(lower, part, field)
      expect(sum, `${what}: ${part}.${field}`).toBe(total(upper, part, field))
      if (sum !== null) compared++
    }
  }
  return compared
}

const INSTANCE = { Inbound: INTERVAL_INBOUND, Outbound: INTERVAL_OUTBOUND, Overall: INTERVAL_OVERALL }
const GROUPS = { Inbound: SKILL_GROUP_HISTORICAL_INBOUND, Outbound: SKILL_GROUP_OUTBOUND, Overall: SKILL_GROUP_OVERALL, Back2Back: SKILL_GROUP_BACK2BACK }
const AGENTS = { Inbound: AGENT_INBOUND, Outbound: AGENT_OUTBOUND, Overall: AGENT_OVERALL, Back2Back: AGENT_BACK2BACK }

let sim: Simulator
let client: CccClient
beforeAll(async () => {
  sim = await startSimulator(onPinnedDay)
  client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock })
})
afterAll(() => sim.close())
const calls = (action: string) => sim.requests.filter((r) => r.action === action)

/** Ranges of finished hours before the pinned now, in the instance's own days. */
function ranges(timeZone: string): Array<[string, TimeRange]> {
  const today = localMidnight(TEST_NOW, timeZone)
  const yesterday = localMidnight(today - HOUR_MS, timeZone)
  return [
    ['yesterday', { startTime: yesterday, endTime: today }],
    ['the 7 days before today', { startTime: localMidnight(today - 6.5 * DAY_MS, timeZone), endTime: today }],
    ['18:00 the day before yesterday to 06:00 yesterday, across a local midnight', { startTime: yesterday - 6 * HOUR_MS, endTime: yesterday + 6 * HOUR_MS }]
  ]
}

describe.each([
  ['ccc-demo', 'Asia/Shanghai'],
  ['ccc-night', 'Europe/London']
])('%s: the levels add up through the client', (instanceId, timeZone) => {
  it.each(ranges(timeZone))('over %s', async (_label, range) => {
    const [instance, groups, agents] = await Promise.all([
      client.listIntervalInstanceReport(instanceId, range, 'Hourly'),
      client.listHistoricalSkillGroupReport(instanceId, range),
      client.listHistoricalAgentReport(instanceId, range)
    ])
    expect(instance.length).toBe((range.endTime - range.startTime) / HOUR_MS)
    expect(total(groups, 'Inbound', 'CallsHandled')).toBeGreaterThan(0)
    const rows = instance as unknown as Rows
    expect(expectSums(groups as unknown as Rows, GROUPS, rows, INSTANCE, 'groups → instance')).toBeGreaterThan(25)
    expect(expectSums(agents as unknown as Rows, AGENTS, groups as unknown as Rows, GROUPS, 'agents → groups')).toBeGreaterThan(25)
    // The agents' own time (logged in, ready, break) is the instance's, shared out.
    for (const field of ['TotalLoggedInTime', 'TotalReadyTime', 'TotalBreakTime', 'TotalCalls']) {
      expect(total(agents as unknown as Rows, 'Overall', field), field).toBe(total(rows, 'Overall', field))
    }
  })
})

describe('ccc-large through the client', () => {
  it('sums its 150 groups and 1,200 agents over yesterday, read as the docs spell the fields', async () => {
    const [range] = ranges('Asia/Shanghai')[0]!.slice(1) as [TimeRange]
    sim.clearRequests()
    const progress: Array<[number, number]> = []
    const [instance, groups, agents] = await Promise.all([
      client.listIntervalInstanceReport('ccc-large', range, 'Daily'),
      client.listHistoricalSkillGroupReport('ccc-large', range),
      client.listHistoricalAgentReport('ccc-large', range, {}, { onProgress: (done, of) => progress.push([done, of]) })
    ])
    expect(groups).toHaveLength(150)
    expect(agents).toHaveLength(1200)
    expect(calls('ListHistoricalAgentReport')).toHaveLength(12)
    expect(calls('ListHistoricalAgentReport').every((r) => r.params.StopTime === String(range.endTime) && r.params.EndTime === undefined)).toBe(true)
    expect(progress[0]).toEqual([0, 1])
    expect(progress.slice(1).map(([done]) => done)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
    expect(progress.at(-1)).toEqual([12, 12])
    expect(groups[0]!.Inbound.AbandonedRate).not.toBeNull()
    expectSums(groups as unknown as Rows, GROUPS, instance as unknown as Rows, INSTANCE, 'groups → instance')
    expectSums(agents as unknown as Rows, AGENTS, groups as unknown as Rows, GROUPS, 'agents → groups')
  })

  it('asks for more than 100 agents by ID 100 a call', async () => {
    const range = ranges('Asia/Shanghai')[0]![1]
    const everyone = await client.listHistoricalAgentReport('ccc-large', range)
    sim.clearRequests()
    const ids = everyone.slice(0, 150).map((a) => a.AgentId)
    const some = await client.listHistoricalAgentReport('ccc-large', range, { agentIds: ids })
    expect(some.map((a) => a.AgentId)).toEqual(ids)
    expect(calls('ListHistoricalAgentReport').map((r) => (JSON.parse(r.params.AgentIdList ?? '[]') as string[]).length).sort()).toEqual([100, 50])
  })

  it('refuses a list longer than the console reads, before reading it', async () => {
    const capped = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock, maxListPages: 5 })
    sim.clearRequests()
    const error = await rejectionOf(capped.listHistoricalAgentReport('ccc-large', ranges('Asia/Shanghai')[0]![1]), CccError)
    expect(error.code).toBe('List.TooLong')
    expect(error.message).toMatch(/1200 rows/)
    expect(calls('ListHistoricalAgentReport')).toHaveLength(1)
  })

  it('stops between pages: the pages not yet sent are not sent', async () => {
    const controller = new AbortController()
    sim.clearRequests()
    const run = client.listHistoricalAgentReport('ccc-large', ranges('Asia/Shanghai')[1]![1], {}, {
      signal: controller.signal,
      onProgress: (done) => done > 0 && controller.abort(new CancelledError('Report.Cancelled', 'stopped'))
    })
    await rejectionOf(run, CancelledError)
    expect(calls('ListHistoricalAgentReport')).toHaveLength(1)
  })
})

describe('the interval reports of one group or agent', () => {
  it('split a 12-day Hourly range into the 10-day calls the API takes, with progress', async () => {
    const today = localMidnight(TEST_NOW, 'Asia/Shanghai')
    const range = { startTime: today - 12 * DAY_MS, endTime: today }
    const [agent] = await client.listHistoricalAgentReport('ccc-demo', { startTime: today - DAY_MS, endTime: today })
    sim.clearRequests()
    const progress: Array<[number, number]> = []
    const hours = await client.listIntervalAgentReport('ccc-demo', agent!.AgentId, range, 'Hourly', { onProgress: (d, t) => progress.push([d, t]) })
    expect(hours.length).toBe(12 * 24)
    expect(calls('ListIntervalAgentReport')).toHaveLength(2)
    expect(progress).toEqual([[0, 2], [1, 2], [2, 2]])
    expect(new Set(hours.map((h) => h.StatsTime)).size).toBe(hours.length)
    expect(hours[0]!.Overall.BreakCodeDetailList).toBeInstanceOf(Array)
    const days = await client.listIntervalSkillGroupReport('ccc-demo', 'presales@ccc-demo', range, 'Daily')
    expect(days.map((d) => d.StatsTime)).toEqual(Array.from({ length: 12 }, (_, i) => range.startTime + i * DAY_MS))
  })

  it('refuses an ID with control characters before any call', async () => {
    sim.clearRequests()
    const range = { startTime: TEST_NOW - DAY_MS, endTime: TEST_NOW - HOUR_MS }
    await expect(client.listIntervalAgentReport('ccc-demo', 'a\u0007b', range, 'Daily')).rejects.toMatchObject({ code: 'Input.ListFilter' })
    expect(sim.requests).toHaveLength(0)
  })
})
