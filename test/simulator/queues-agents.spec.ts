/**
 * The simulator's skill-group and agent lists: the paging rules and limits with CCC's errors,
 * list filters as JSON arrays in the body or the query, and data that holds together — every
 * agent's state adds up to its groups' counts and to GetRealtimeInstanceStates, a state keeps its
 * StateTime while it lasts, and the day moves agents through plausible states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AGENT_STATE_NAMES, AGENT_STATES, isAgentState } from '../../src/shared/ccc/agent-states'
import { HOUR_MS } from '../../src/shared/ccc/range-split'
import { startSimulator, type Simulator } from '../../src/simulator'
import { listExample } from '../fixtures/doc-examples'
import { TEST_NOW } from '../helpers/test-clock'
import { ask } from './report-checks'
import { call } from './signed-call'

type Item = Record<string, unknown>
interface Page {
  PageNumber: string
  PageSize: string
  TotalCount: string
  List: Item[]
}

const keys = (o: object): string[] => Object.keys(o).sort()
const n = (value: unknown): number => Number(value)

/** Every row of a list, page by page at the largest page size, and how many pages it took. */
async function everyRow(sim: Simulator, at: number, action: string, params: Record<string, string> = {}): Promise<{ rows: Item[]; pages: number }> {
  const rows: Item[] = []
  let pages = 0
  for (let page = 1; ; page++) {
    const answer = await ask<Page>(sim, at, action, { InstanceId: 'ccc-large', PageNumber: page, PageSize: 100, ...params })
    pages++
    rows.push(...answer.List)
    if (rows.length >= n(answer.TotalCount) || answer.List.length === 0) return { rows, pages }
  }
}

describe('the list APIs on the pinned day', () => {
  let sim: Simulator
  let numeric: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ now: () => TEST_NOW })
    numeric = await startSimulator({ now: () => TEST_NOW, numbers: 'number' })
  })
  afterAll(async () => {
    await sim.close()
    await numeric.close()
  })

  it('ccc-large pages 1,200 agents in 12 pages and 150 skill groups in 2, each row once', async () => {
    const agents = await everyRow(sim, TEST_NOW, 'ListRealtimeAgentStates')
    expect(agents.pages).toBe(12)
    expect(new Set(agents.rows.map((a) => a.AgentId)).size).toBe(1200)
    for (const action of ['ListRealtimeSkillGroupStates', 'ListSkillGroups']) {
      const groups = await everyRow(sim, TEST_NOW, action)
      expect(groups.pages).toBe(2)
      expect(new Set(groups.rows.map((g) => g.SkillGroupId)).size).toBe(150)
    }
    const past = await ask<Page>(sim, TEST_NOW, 'ListRealtimeAgentStates', { InstanceId: 'ccc-large', PageNumber: 13, PageSize: 100 })
    expect(past).toMatchObject({ PageNumber: '13', PageSize: '100', TotalCount: '1200', List: [] })
  })

  it('answers with the SDK models\' fields, quoted as the docs quote them or as numbers', async () => {
    for (const action of ['ListRealtimeSkillGroupStates', 'ListRealtimeAgentStates', 'ListSkillGroups'] as const) {
      const quoted = await ask<Page>(sim, TEST_NOW, action, { InstanceId: 'ccc-demo', PageNumber: 1, PageSize: 5 })
      const example = listExample(action).Data as Page
      expect(keys(quoted)).toEqual(keys(example))
      expect(keys(quoted.List[0]!)).toEqual(keys(example.List[0]!))
      expect(quoted.TotalCount).toMatch(/^\d+$/)
      const typed = await ask<{ TotalCount: unknown; List: Item[] }>(numeric, TEST_NOW, action, { InstanceId: 'ccc-demo', PageNumber: 1, PageSize: 5 })
      expect(typeof typed.TotalCount).toBe('number')
    }
    const [agent] = (await ask<Page>(sim, TEST_NOW, 'ListRealtimeAgentStates', { InstanceId: 'ccc-demo', PageNumber: 1, PageSize: 1 })).List
    expect(agent!.StateTime).toMatch(/^\d{13}$/)
    expect(Array.isArray(agent!.SkillGroupIdList)).toBe(true)
    expect(['true', 'false']).toContain(agent!.OutboundScenario)
  })

  it.each([
    ['PageSize 0', { PageSize: '0' }, 'Parameter.Minimum'],
    ['PageSize 101', { PageSize: '101' }, 'Parameter.Maximum'],
    ['PageNumber 101', { PageNumber: '101' }, 'Parameter.Maximum'],
    ['PageNumber not a number', { PageNumber: 'two' }, 'Parameter.Format'],
    ['no PageSize', { PageSize: undefined }, 'Parameter.Blank'],
    ['21 agent IDs', { AgentIdList: JSON.stringify(Array.from({ length: 21 }, (_, i) => `a${i}@ccc-demo`)) }, 'Parameter.Maximum'],
    ['a StateList that is not a JSON array', { StateList: 'Ready,Talking' }, 'Parameter.Format'],
    ['a state CCC does not have', { StateList: '["Ready","Lunch"]' }, 'Parameter.Enumeration']
  ] as const)('refuses %s with CCC\'s error body', async (_label, params, code) => {
    const answer = await call(sim, 'ListRealtimeAgentStates', {
      at: TEST_NOW,
      params: { InstanceId: 'ccc-demo', PageNumber: '1', PageSize: '10', ...params }
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ Code: code, HttpStatusCode: 400 })
    expect(answer.body?.Message).toEqual(expect.stringMatching(/\w/))
    expect(answer.body?.RequestId).toMatch(/^[0-9A-F-]{36}$/)
  })

  it('reads the list filters from the body or the query alike, and applies them', async () => {
    const params = { InstanceId: 'ccc-large', PageNumber: '1', PageSize: '100', StateList: '["Talking","ACW"]' }
    const [inBody, inQuery] = await Promise.all(
      (['POST', 'GET'] as const).map(async (method) => (await call(sim, 'ListRealtimeAgentStates', { method, at: TEST_NOW, params })).body?.Data as Page)
    )
    expect(inBody!.List.length).toBeGreaterThan(0)
    expect(inBody).toEqual(inQuery)
    expect(inBody!.List.every((a) => a.State === 'Talking' || a.State === 'ACW')).toBe(true)

    const group = (await ask<Page>(sim, TEST_NOW, 'ListSkillGroups', { InstanceId: 'ccc-large', PageNumber: 1, PageSize: 1 })).List[0]!
    const members = await everyRow(sim, TEST_NOW, 'ListRealtimeAgentStates', { SkillGroupId: String(group.SkillGroupId) })
    expect(members.rows.length).toBe(n(group.UserCount))
    expect(members.rows.every((a) => (a.SkillGroupIdList as string[]).includes(String(group.SkillGroupId)))).toBe(true)

    const someone = members.rows[0]!
    const found = await ask<Page>(sim, TEST_NOW, 'ListRealtimeAgentStates', { InstanceId: 'ccc-large', PageNumber: 1, PageSize: 100, Query: String(someone.Extension) })
    expect(found.List.map((a) => a.AgentId)).toEqual([someone.AgentId])
    const byId = await ask<Page>(sim, TEST_NOW, 'ListRealtimeAgentStates', {
      InstanceId: 'ccc-large',
      PageNumber: 1,
      PageSize: 100,
      AgentIdList: JSON.stringify([someone.AgentId])
    })
    expect(byId.List).toEqual([someone])
  })

  it.each(['ccc-demo', 'ccc-large', 'ccc-night'])('%s: every agent adds up to its groups and to GetRealtimeInstanceStates', async (id) => {
    const page = { InstanceId: id, PageNumber: 1, PageSize: 100 }
    const all = async (action: string): Promise<Item[]> => {
      const first = await ask<Page>(sim, TEST_NOW, action, page)
      const rows = [...first.List]
      for (let p = 2; rows.length < n(first.TotalCount); p++) rows.push(...(await ask<Page>(sim, TEST_NOW, action, { ...page, PageNumber: p })).List)
      return rows
    }
    const [agents, groups, instance] = [await all('ListRealtimeAgentStates'), await all('ListRealtimeSkillGroupStates'), await ask<Item>(sim, TEST_NOW, 'GetRealtimeInstanceStates', { InstanceId: id })]
    const count = (rows: Item[], field: string): number => rows.filter((a) => AGENT_STATES[a.State as keyof typeof AGENT_STATES].counts === field).length
    const loggedIn = (rows: Item[]): number => rows.filter((a) => AGENT_STATES[a.State as keyof typeof AGENT_STATES].loggedIn).length
    expect(agents.every((a) => isAgentState(a.State))).toBe(true)
    expect(n(instance.TotalAgents)).toBe(agents.length)
    expect(n(instance.LoggedInAgents)).toBe(loggedIn(agents))
    for (const field of ['ReadyAgents', 'TalkingAgents', 'WorkingAgents', 'BreakingAgents']) expect(n(instance[field])).toBe(count(agents, field))
    for (const group of groups) {
      const members = agents.filter((a) => (a.SkillGroupIdList as string[]).includes(String(group.SkillGroupId)))
      expect(n(group.TotalAgents)).toBe(members.length)
      expect(n(group.LoggedInAgents)).toBe(loggedIn(members))
      for (const field of ['ReadyAgents', 'TalkingAgents', 'WorkingAgents', 'BreakingAgents']) expect(n(group[field])).toBe(count(members, field))
      const breaks = (group.BreakCodeDetailList as Item[]).reduce((sum, b) => sum + n(b.Count), 0)
      expect(breaks).toBe(n(group.BreakingAgents))
      expect(n(group.OutboundScenarioReadyAgents)).toBeLessThanOrEqual(n(group.ReadyAgents))
    }
    expect(groups.reduce((sum, g) => sum + n(g.WaitingCalls), 0)).toBe(n(instance.WaitingCalls))
    expect(Math.max(0, ...groups.map((g) => n(g.LongestWaitingTime)))).toBe(n(instance.LongestWaitingTime))
    for (const agent of agents) {
      expect(n(agent.StateTime)).toBeLessThanOrEqual(TEST_NOW)
      expect(agent.BreakCode !== '').toBe(agent.State === 'Break')
    }
  })

  it('keeps an agent\'s StateTime while the state lasts, and moves agents through the states over the day', async () => {
    const statesAt = async (at: number): Promise<Map<string, Item>> => {
      const clocked = await startSimulator({ now: () => at })
      try {
        const rows: Item[] = []
        for (let p = 1; p <= 12; p++) rows.push(...(await ask<Page>(clocked, at, 'ListRealtimeAgentStates', { InstanceId: 'ccc-large', PageNumber: p, PageSize: 100 })).List)
        return new Map(rows.map((a) => [String(a.AgentId), a]))
      } finally {
        await clocked.close()
      }
    }
    const before = await statesAt(TEST_NOW)
    const after = await statesAt(TEST_NOW + 60_000)
    let kept = 0
    let moved = 0
    for (const [id, agent] of before) {
      const later = after.get(id)!
      if (later.State === agent.State && n(later.StateTime) <= TEST_NOW) {
        expect(later.StateTime).toBe(agent.StateTime)
        kept++
      }
      if (later.State !== agent.State) {
        expect(n(later.StateTime)).toBeGreaterThan(TEST_NOW - 10_000)
        moved++
      }
    }
    expect(kept).toBeGreaterThan(moved)
    expect(moved).toBeGreaterThan(0)
    // Over a whole day an agent who works passes through ready, a call, after-call work and a break.
    const seen = new Map<string, Set<string>>()
    for (let hour = 0; hour < 24; hour++) {
      for (const [id, agent] of await statesAt(TEST_NOW + hour * HOUR_MS)) {
        if (!seen.has(id)) seen.set(id, new Set())
        seen.get(id)!.add(String(agent.State))
      }
    }
    const states = new Set([...seen.values()].flatMap((s) => [...s]))
    expect([...states].sort()).toEqual([...AGENT_STATE_NAMES].sort())
    const workers = [...seen.values()].filter((s) => s.has('Talking'))
    expect(workers.length).toBeGreaterThan(600)
    expect(workers.every((s) => s.has('Offline'))).toBe(true)
  }, 120_000)

  it('is the same for one seed and clock, and another seed differs', async () => {
    const other = await startSimulator({ now: () => TEST_NOW, seed: 2 })
    try {
      const page = { InstanceId: 'ccc-demo', PageNumber: 1, PageSize: 100 }
      const first = await ask<Page>(sim, TEST_NOW, 'ListRealtimeAgentStates', page)
      expect(await ask<Page>(sim, TEST_NOW, 'ListRealtimeAgentStates', page)).toEqual(first)
      expect(await ask<Page>(other, TEST_NOW, 'ListRealtimeAgentStates', page)).not.toEqual(first)
    } finally {
      await other.close()
    }
  })

  it('ccc-demo has a few dozen agents, one of them and one skill group named with hostile text', async () => {
    const page = { InstanceId: 'ccc-demo', PageNumber: 1, PageSize: 100 }
    const agents = (await ask<Page>(sim, TEST_NOW, 'ListRealtimeAgentStates', page)).List
    expect(agents.length).toBeGreaterThanOrEqual(24)
    expect(agents.length).toBeLessThanOrEqual(100)
    const groups = (await ask<Page>(sim, TEST_NOW, 'ListSkillGroups', page)).List
    // A formula start, HTML, a C0 or C1 control and a bidi control, all in one name.
    const hostile = (text: unknown): boolean =>
      /^[=+\-@]/.test(String(text)) &&
      String(text).includes('<') &&
      [...String(text)].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/.test(ch))
    const hostileAgents = agents.filter((a) => hostile(a.AgentName))
    const hostileGroups = groups.filter((g) => hostile(g.SkillGroupName) && hostile(g.DisplayName))
    expect(hostileAgents).toHaveLength(1)
    expect(hostileGroups).toHaveLength(1)
    // Its ID stays an ID, so a filter by it works like any other.
    expect(hostileGroups[0]!.SkillGroupId).toMatch(/^[a-z_]+@ccc-demo$/)
    expect(hostileAgents[0]!.SkillGroupIdList).toContain(hostileGroups[0]!.SkillGroupId)
  })
})
