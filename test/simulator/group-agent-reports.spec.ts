/**
 * The simulator's skill-group and agent reports: paging, limits and range rules with CCC's errors,
 * the agent report's StopTime, and the attribution rule its README states — every call belongs to
 * one skill group and, once it rang, to the agent it rang — so an agent's figures per group add up
 * to the agent's own, and a group's members' to the group's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DAY_MS, HOUR_MS } from '../../src/shared/ccc/range-split'
import { presetRange } from '../../src/shared/ccc/report-range'
import { HOSTILE_AGENT_NAME, HOSTILE_GROUP_NAME } from '../../src/simulator/roster'
import { startSimulator, type Simulator } from '../../src/simulator'
import { TEST_NOW } from '../helpers/test-clock'
import { ask } from './report-checks'
import { call } from './signed-call'

type Figures = Record<string, string | unknown[]>
type Row = Record<string, unknown> & { Inbound: Figures; Outbound: Figures; Overall: Figures; Back2Back: Figures; Internal?: Figures }
interface Page {
  PageNumber: string
  PageSize: string
  TotalCount: string
  List: Row[]
}

const end = TEST_NOW - (TEST_NOW % HOUR_MS)
const day = { StartTime: end - DAY_MS, EndTime: end }
const n = (value: unknown): number => Number(value)

let sim: Simulator
let someAgent = ''
beforeAll(async () => {
  sim = await startSimulator({ now: () => TEST_NOW })
  someAgent = String((await historicalAgents({})).List[0]!.AgentId)
})
afterAll(() => sim.close())

const historicalAgents = (params: Record<string, string | number>) =>
  ask<Page>(sim, TEST_NOW, 'ListHistoricalAgentReport', { InstanceId: 'ccc-demo', PageNumber: 1, PageSize: 100, StartTime: day.StartTime, StopTime: day.EndTime, ...params })

async function refusal(action: string, params: Record<string, string | undefined>): Promise<Record<string, unknown> | undefined> {
  const answer = await call(sim, action, { at: TEST_NOW, params: { InstanceId: 'ccc-demo', ...params } })
  expect(answer.status).toBeGreaterThanOrEqual(400)
  expect(answer.body?.RequestId).toMatch(/^[0-9A-F-]{36}$/)
  return answer.body
}

describe('the historical reports page as the list APIs do', () => {
  it('ccc-large pages 150 skill groups in 2 pages, each once, in the SDK spelling', async () => {
    const pages = await Promise.all(
      [1, 2].map((page) => ask<Page>(sim, TEST_NOW, 'ListHistoricalSkillGroupReport', { InstanceId: 'ccc-large', PageNumber: page, PageSize: 100, ...day }))
    )
    expect(pages.map((p) => p.List.length)).toEqual([100, 50])
    expect(new Set(pages.flatMap((p) => p.List.map((g) => g.SkillGroupId))).size).toBe(150)
    const inbound = pages[0]!.List[0]!.Inbound
    expect(inbound).toHaveProperty('AbandonRate')
    expect(inbound).toHaveProperty('CallsAbandonedInRing')
    expect(inbound).not.toHaveProperty('AbandonedRate')
    expect(inbound).toHaveProperty('ServiceLevel30')
  })

  it.each([
    ['PageSize 101', { PageSize: '101' }, 'Parameter.Maximum'],
    ['PageNumber 0', { PageNumber: '0' }, 'Parameter.Minimum'],
    ['no PageSize', { PageSize: undefined }, 'Parameter.Blank'],
    ['101 agent IDs', { AgentIdList: JSON.stringify(Array.from({ length: 101 }, (_, i) => `a${i}@ccc-demo`)) }, 'Parameter.Maximum'],
    ['an AgentIdList that is not a JSON array', { AgentIdList: 'a@ccc-demo,b@ccc-demo' }, 'Parameter.Format'],
    ['a StopTime before StartTime', { StopTime: String(day.StartTime - HOUR_MS) }, 'Parameter.Minimum'],
    ['a start older than 180 days', { StartTime: String(end - 181 * DAY_MS) }, 'Parameter.Minimum'],
    ['an unknown skill group', { SkillGroupId: 'nowhere@ccc-demo' }, 'NotExists.SkillGroupId']
  ] as const)('ListHistoricalAgentReport refuses %s with CCC\'s error body', async (_label, params, code) => {
    const body = await refusal('ListHistoricalAgentReport', { PageNumber: '1', PageSize: '10', StartTime: String(day.StartTime), StopTime: String(day.EndTime), ...params })
    expect(body).toMatchObject({ Code: code })
    expect(body?.Message).toEqual(expect.stringMatching(/\w/))
  })

  it('reads the agent report\'s end from StopTime: an EndTime is not its end', async () => {
    const body = await refusal('ListHistoricalAgentReport', { PageNumber: '1', PageSize: '10', StartTime: String(day.StartTime), EndTime: String(day.StartTime + HOUR_MS), StopTime: String(day.StartTime - HOUR_MS) })
    expect(body?.Message).toMatch(/StopTime/)
  })

  it('takes AgentIdList of 100 IDs in the body and answers those agents only', async () => {
    const all = await historicalAgents({})
    const ids = all.List.slice(0, 3).map((a) => String(a.AgentId))
    const some = await historicalAgents({ AgentIdList: JSON.stringify([...ids, ...Array.from({ length: 97 }, (_, i) => `nobody${i}@ccc-demo`)]) })
    expect(some.List.map((a) => a.AgentId)).toEqual(ids)
  })
})

describe('the interval reports', () => {
  it.each([
    ['ListIntervalSkillGroupReport', { SkillGroupId: undefined }, 'Parameter.Blank'],
    ['ListIntervalSkillGroupReport', { SkillGroupId: 'nowhere@ccc-demo' }, 'NotExists.SkillGroupId'],
    ['ListIntervalAgentReport', { AgentId: 'nobody@ccc-demo' }, 'NotExists.AgentId'],
    ['ListIntervalAgentReport', { Interval: 'Hourly', StartTime: String(end - 11 * DAY_MS) }, 'Parameter.Maximum'],
    ['ListIntervalAgentReport', { Interval: 'Weekly' }, 'Parameter.Enumeration']
  ] as const)('%s refuses %o', async (action, params, code) => {
    const body = await refusal(action, { SkillGroupId: 'presales@ccc-demo', AgentId: someAgent, StartTime: String(day.StartTime), EndTime: String(day.EndTime), Interval: 'Daily', ...params })
    expect(body).toMatchObject({ Code: code })
  })

  it('an agent\'s Hourly buckets add up to its Daily bucket over the same local day', async () => {
    const agent = (await historicalAgents({})).List.find((a) => n((a.Inbound as Figures).CallsHandled) > 0)!
    // Yesterday in ccc-demo's zone (Shanghai keeps no DST: 24 hours), whatever the pinned moment.
    const yesterday = presetRange('yesterday', TEST_NOW, 'Asia/Shanghai')
    const range = { InstanceId: 'ccc-demo', AgentId: String(agent.AgentId), StartTime: yesterday.startTime, EndTime: yesterday.endTime }
    const hourly = await ask<Row[]>(sim, TEST_NOW, 'ListIntervalAgentReport', { ...range, Interval: 'Hourly' })
    const [daily] = await ask<Row[]>(sim, TEST_NOW, 'ListIntervalAgentReport', { ...range, Interval: 'Daily' })
    expect(hourly.length).toBe(24)
    for (const field of ['CallsRinged', 'CallsHandled', 'TotalTalkTime', 'CallsHold']) {
      expect(hourly.reduce((sum, h) => sum + n(h.Inbound[field]), 0), field).toBe(n(daily!.Inbound[field]))
    }
    expect(hourly.reduce((sum, h) => sum + n(h.Overall.TotalLoggedInTime), 0)).toBe(n(daily!.Overall.TotalLoggedInTime))
  })
})

describe('how calls are attributed (src/simulator/README.md)', () => {
  it('counts each call in exactly one of an agent\'s groups: the agent\'s rows per group add up to the agent\'s own', async () => {
    const agents = (await historicalAgents({})).List
    const multi = agents.filter((a) => String(a.SkillGroupIds).split(',').length > 1 && n((a.Inbound as Figures).CallsHandled) > 0)
    expect(multi.length).toBeGreaterThan(2)
    for (const agent of multi.slice(0, 3)) {
      const groups = String(agent.SkillGroupIds).split(',')
      const perGroup = await Promise.all(groups.map((g) => historicalAgents({ SkillGroupId: g, AgentIdList: JSON.stringify([agent.AgentId]) })))
      for (const field of ['CallsRinged', 'CallsHandled', 'TotalTalkTime', 'CallsBlindTransferIn']) {
        expect(perGroup.reduce((sum, page) => sum + n(page.List[0]!.Inbound[field]), 0), `${String(agent.AgentId)} ${field}`).toBe(n(agent.Inbound[field]))
      }
      expect(perGroup.reduce((sum, page) => sum + n(page.List[0]!.Outbound.CallsDialed), 0)).toBe(n(agent.Outbound.CallsDialed))
      // The agent's own time is the agent's, whichever group the report is filtered by.
      for (const page of perGroup) expect(page.List[0]!.Overall.TotalLoggedInTime).toBe(agent.Overall.TotalLoggedInTime)
    }
  })

  it('a group\'s members, filtered by the group, add up to the group\'s figures', async () => {
    const groups = (await ask<Page>(sim, TEST_NOW, 'ListHistoricalSkillGroupReport', { InstanceId: 'ccc-demo', PageNumber: 1, PageSize: 100, ...day })).List
    for (const group of groups) {
      const members = (await historicalAgents({ SkillGroupId: String(group.SkillGroupId) })).List
      for (const field of ['CallsRinged', 'CallsHandled', 'CallsHold', 'TotalTalkTime', 'TotalRingTime', 'CallsAttendedTransferOut', 'SatisfactionSurveysResponded']) {
        expect(members.reduce((sum, a) => sum + n(a.Inbound[field]), 0), `${String(group.SkillGroupId)} ${field}`).toBe(n(group.Inbound[field]))
      }
      for (const field of ['CallsDialed', 'CallsAnswered', 'TotalTalkTime']) {
        expect(members.reduce((sum, a) => sum + n(a.Outbound[field]), 0)).toBe(n(group.Outbound[field]))
      }
      expect(members.reduce((sum, a) => sum + n(a.Back2Back.CallsDialed), 0)).toBe(n(group.Back2Back.CallsDialed))
      expect(members.reduce((sum, a) => sum + n(a.Overall.TotalCalls), 0)).toBe(n(group.Overall.TotalCalls))
    }
  })

  it('keeps the subsets inside their sets and the agent\'s day inside its shift', async () => {
    for (const agent of (await historicalAgents({})).List) {
      const inbound = agent.Inbound
      expect(n(inbound.CallsHandled)).toBeLessThanOrEqual(n(inbound.CallsRinged))
      expect(n(inbound.CallsHold)).toBeLessThanOrEqual(n(inbound.CallsHandled))
      const overall = agent.Overall
      expect(n(overall.TotalTalkTime) + n(overall.TotalWorkTime)).toBeLessThanOrEqual(n(overall.TotalLoggedInTime))
      const breaks = overall.BreakCodeDetailList as Array<{ Duration: string }>
      expect(breaks.reduce((sum, b) => sum + n(b.Duration), 0)).toBe(n(overall.TotalBreakTime))
      if (overall.FirstCheckInTime !== undefined) expect(n(overall.FirstCheckInTime)).toBeLessThan(n(overall.LastCheckOutTime))
    }
  })

  it('sends the hostile group and agent names as they are', async () => {
    const agents = (await historicalAgents({})).List
    const hostile = agents.find((a) => a.AgentName === HOSTILE_AGENT_NAME)
    expect(hostile).toBeDefined()
    expect(String(hostile!.SkillGroupNames)).toContain(HOSTILE_GROUP_NAME)
    const groups = (await ask<Page>(sim, TEST_NOW, 'ListHistoricalSkillGroupReport', { InstanceId: 'ccc-demo', PageNumber: 1, PageSize: 100, ...day })).List
    expect(groups.map((g) => g.SkillGroupName)).toContain(HOSTILE_GROUP_NAME)
  })
})
