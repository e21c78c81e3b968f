/**
 * The client reads every page of a list (the first, then the rest at once within the API's
 * budget), merges and normalises them, and passes the filters to CCC instead of applying them
 * after fetching everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../../src/core/ccc/client'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { onPinnedDay, testClock } from '../../helpers/test-clock'
import { InputError } from '../../../src/core/errors'
import { rejectionOf } from '../../helpers/rejection'

describe('the list calls against the simulator', () => {
  let sim: Simulator
  let client: CccClient
  beforeAll(async () => {
    sim = await startSimulator(onPinnedDay)
    client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock })
  })
  afterAll(() => sim.close())
  const calls = (action: string) => sim.requests.filter((r) => r.action === action)

  it('reads ccc-large\'s 1,200 agents in 12 calls and 150 skill groups in 2, as numbers', async () => {
    sim.clearRequests()
    const agents = await client.listRealtimeAgentStates('ccc-large')
    expect(agents).toHaveLength(1200)
    expect(new Set(agents.map((a) => a.AgentId)).size).toBe(1200)
    expect(calls('ListRealtimeAgentStates').map((r) => r.params.PageNumber).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1))
    )
    expect(calls('ListRealtimeAgentStates').every((r) => r.params.PageSize === '100' && r.method === 'POST')).toBe(true)
    expect(typeof agents[0]!.StateTime).toBe('number')
    expect(Array.isArray(agents[0]!.SkillGroupIdList)).toBe(true)
    const groups = await client.listRealtimeSkillGroupStates('ccc-large')
    expect(groups).toHaveLength(150)
    expect(calls('ListRealtimeSkillGroupStates')).toHaveLength(2)
    expect(typeof groups[0]!.WaitingCalls).toBe('number')
    expect(await client.listSkillGroups('ccc-large')).toHaveLength(150)
  })

  it('sends the filters to CCC: one group, the states as a JSON array, the search', async () => {
    sim.clearRequests()
    const [group] = await client.listSkillGroups('ccc-demo')
    const agents = await client.listRealtimeAgentStates('ccc-demo', { skillGroupId: group!.SkillGroupId, states: ['Ready', 'Talking', 'Offline'], query: '8' })
    const sent = calls('ListRealtimeAgentStates').at(-1)!.params
    expect(sent).toMatchObject({ SkillGroupId: group!.SkillGroupId, StateList: '["Ready","Talking","Offline"]', Query: '8' })
    expect(agents.length).toBeGreaterThan(0)
    expect(agents.every((a) => a.SkillGroupIdList.includes(group!.SkillGroupId) && ['Ready', 'Talking', 'Offline'].includes(a.State))).toBe(true)
    await client.listRealtimeSkillGroupStates('ccc-demo', [group!.SkillGroupId])
    expect(calls('ListRealtimeSkillGroupStates').at(-1)!.params.SkillGroupIdList).toBe(JSON.stringify([group!.SkillGroupId]))
  })

  it('refuses an unknown state before any call, naming the valid ones', async () => {
    sim.clearRequests()
    const error = await rejectionOf(client.listRealtimeAgentStates('ccc-demo', { states: ['Ready', 'Lunch' as never] }), InputError)
    expect(error).toMatchObject({ code: 'Input.AgentState' })
    expect(error.message).toContain('Ready, Ringing, Dialing, Talking, ACW, Break, Offline')
    expect(sim.requests).toHaveLength(0)
  })
})
