/**
 * The skill-group and agent channels over IPC, with main's real handlers and client against the
 * simulator: every page read, the filters sent to CCC, and the answer's clock, which the agent
 * board needs to count time in state on CCC's clock when the desktop's is off.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatch, type Dispatch } from '../../../src/core/ipc/dispatch'
import type { Services } from '../../../src/core/services'
import type { LiveList } from '../../../src/shared/ccc/list-filters'
import type { AgentState, SkillGroupListItem, SkillGroupState } from '../../../src/shared/ccc/types'
import type { Result } from '../../../src/shared/result'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { startHostileServer, type HostileServer } from '../../security/hostile-server'
import { testClock } from '../../helpers/test-clock'
import { testServices } from '../../helpers/test-services'

/** CCC's clock runs this far ahead of the desktop's in these specs. */
const CCC_AHEAD_MS = 90_000

const app = { frameUrl: 'app://renderer/index.html', isMainFrame: true }
let dir: string
let sim: Simulator
let services: Services
let dispatch: Dispatch

function servicesFor(endpoint: string, dataDir: string): Services {
  return testServices(dataDir, {
    env: {
      ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret,
      CCC_SUPERVISOR_ENDPOINT: endpoint
    },
    now: testClock,
    clientOptions: { retry: { maxAttempts: 1 } }
  })
}

async function ok<T>(channel: string, input: unknown, via: Dispatch = dispatch): Promise<T> {
  const result = (await via(channel, input, app)) as Result<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.data
}
async function failed(channel: string, input: unknown): Promise<{ code: string; message: string; requestId?: string }> {
  const result = await dispatch(channel, input, app)
  if (result.ok) throw new Error(`${channel} succeeded`)
  return result.error
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-queues-ipc-'))
  sim = await startSimulator({ now: () => testClock() + CCC_AHEAD_MS, gatewayNow: Date.now })
  services = servicesFor(sim.url, join(dir, 'data'))
  dispatch = createDispatch(services.handlers, { isTrustedSender: (s) => s.isMainFrame })
})
afterAll(async () => {
  await services.close()
  await sim.close()
  await rm(dir, { recursive: true, force: true })
})
const calls = (action: string) => sim.requests.filter((r) => r.action === action)

describe('the skill-group and agent channels', () => {
  it('answer every skill group and every agent of ccc-large, with numbers', async () => {
    sim.clearRequests()
    const groups = await ok<LiveList<SkillGroupState>>('listRealtimeSkillGroupStates', { instanceId: 'ccc-large' })
    expect(groups.items).toHaveLength(150)
    expect(typeof groups.items[0]!.WaitingCalls).toBe('number')
    const agents = await ok<LiveList<AgentState>>('listRealtimeAgentStates', { instanceId: 'ccc-large' })
    expect(agents.items).toHaveLength(1200)
    expect(typeof agents.items[0]!.StateTime).toBe('number')
    expect(calls('ListRealtimeSkillGroupStates')).toHaveLength(2)
    expect(calls('ListRealtimeAgentStates')).toHaveLength(12)
  })

  it('say when CCC answered by its Date header, so the offset of the desktop\'s clock can be measured', async () => {
    const groups = await ok<LiveList<SkillGroupState>>('listRealtimeSkillGroupStates', { instanceId: 'ccc-demo' })
    const agents = await ok<LiveList<AgentState>>('listRealtimeAgentStates', { instanceId: 'ccc-demo' })
    for (const list of [groups, agents]) {
      expect(list.answeredAtSource).toBe('date-header')
      // Whole seconds of CCC's clock, read before the answer arrived.
      expect(list.answeredAt % 1000).toBe(0)
      const offset = list.answeredAt - list.receivedAt
      expect(offset).toBeGreaterThan(CCC_AHEAD_MS - 2000)
      expect(offset).toBeLessThanOrEqual(CCC_AHEAD_MS)
    }
    // On CCC's clock no agent entered its state after the answer: time in state is never negative.
    expect(agents.items.every((a) => a.StateTime !== null && a.StateTime <= agents.answeredAt + 1000)).toBe(true)
  })

  it('send the agent filters to CCC and answer only the agents they match', async () => {
    const groups = await ok<SkillGroupListItem[]>('listSkillGroups', { instanceId: 'ccc-demo' })
    const group = groups[0]!
    sim.clearRequests()
    const agents = await ok<LiveList<AgentState>>('listRealtimeAgentStates', {
      instanceId: 'ccc-demo',
      skillGroupId: group.SkillGroupId,
      states: ['Ready', 'Talking', 'ACW', 'Offline']
    })
    expect(calls('ListRealtimeAgentStates').at(-1)!.params).toMatchObject({
      SkillGroupId: group.SkillGroupId,
      StateList: '["Ready","Talking","ACW","Offline"]'
    })
    expect(agents.items.length).toBeGreaterThan(0)
    expect(agents.items.every((a) => a.SkillGroupIdList.includes(group.SkillGroupId) && ['Ready', 'Talking', 'ACW', 'Offline'].includes(a.State))).toBe(true)

    const one = agents.items[0]!
    const found = await ok<LiveList<AgentState>>('listRealtimeAgentStates', { instanceId: 'ccc-demo', query: one.Extension })
    expect(calls('ListRealtimeAgentStates').at(-1)!.params.Query).toBe(one.Extension)
    expect(found.items.map((a) => a.AgentId)).toContain(one.AgentId)
  })

  it('give each skill group\'s display name, which the live states do not carry', async () => {
    const names = await ok<SkillGroupListItem[]>('listSkillGroups', { instanceId: 'ccc-large' })
    const states = await ok<LiveList<SkillGroupState>>('listRealtimeSkillGroupStates', { instanceId: 'ccc-large' })
    const byId = new Map(names.map((g) => [g.SkillGroupId, g]))
    expect(names).toHaveLength(150)
    expect(states.items.every((s) => (byId.get(s.SkillGroupId)?.DisplayName ?? '') !== '')).toBe(true)
  })

  it('answer only the skill groups asked for, by ID', async () => {
    const names = await ok<SkillGroupListItem[]>('listSkillGroups', { instanceId: 'ccc-demo' })
    const wanted = names.slice(0, 2).map((g) => g.SkillGroupId)
    const states = await ok<LiveList<SkillGroupState>>('listRealtimeSkillGroupStates', { instanceId: 'ccc-demo', skillGroupIds: wanted })
    expect(states.items.map((s) => s.SkillGroupId).sort()).toEqual([...wanted].sort())
  })

  it.each([
    ['an unknown state, naming the valid ones', { instanceId: 'ccc-demo', states: ['Ready', 'Lunch'] }, /states\.1: .*"Ready".*"Offline"/],
    ['a state in the wrong case', { instanceId: 'ccc-demo', states: ['talking'] }, /states\.0/],
    ['a search with an escape sequence', { instanceId: 'ccc-demo', query: '\u001b[2J' }, /query: A list filter is at most 128 characters, without control characters/],
    ['a search of 129 characters', { instanceId: 'ccc-demo', query: 'x'.repeat(129) }, /query/],
    ['an empty skill group ID', { instanceId: 'ccc-demo', skillGroupId: ' ' }, /skillGroupId/],
    ['an extra field', { instanceId: 'ccc-demo', AgentIdList: '["a"]' }, /AgentIdList/],
    ['a malformed instance ID', { instanceId: '../etc' }, /instanceId/]
  ])('refuse %s before any call', async (_label, input, message) => {
    sim.clearRequests()
    const error = await failed('listRealtimeAgentStates', input)
    expect(error.code).toBe('Input.Invalid')
    expect(error.message).toMatch(message)
    // A refusal names the rule, never echoes the value.
    expect(error.message).not.toContain('Lunch')
    expect(error.message).not.toContain('\u001b')
    expect(sim.requests).toHaveLength(0)
  })

  it('refuse more than 100 skill group IDs before any call', async () => {
    sim.clearRequests()
    const error = await failed('listRealtimeSkillGroupStates', {
      instanceId: 'ccc-demo',
      skillGroupIds: Array.from({ length: 101 }, (_, i) => `group${i}@ccc-demo`)
    })
    expect(error).toMatchObject({ code: 'Input.Invalid', message: expect.stringMatching(/skillGroupIds/) })
    expect(sim.requests).toHaveLength(0)
  })

  it('turn a throttled page into a result with the code and RequestId', async () => {
    sim.faults.inject({ kind: 'throttle', action: 'ListRealtimeAgentStates' })
    const error = await failed('listRealtimeAgentStates', { instanceId: 'ccc-demo' })
    expect(error.code).toBe('Throttling.User')
    expect(error.requestId).toBeTruthy()
  })
})

describe('an endpoint whose Date header cannot be believed', () => {
  let hostile: HostileServer
  let hostileServices: Services
  let dates: Array<string | undefined>
  beforeAll(async () => {
    hostile = await startHostileServer((_req, res) => {
      const date = dates.shift()
      const body = JSON.stringify({
        RequestId: 'B0A4C1D2-0000-4000-8000-000000000001',
        Code: 'OK',
        Data: { PageNumber: 1, PageSize: 100, TotalCount: 1, List: [{ SkillGroupId: 'g@ccc-demo', SkillGroupName: 'g', WaitingCalls: 1 }] }
      })
      // Node's own Date header is left out where the case wants none at all.
      res.sendDate = false
      res.writeHead(200, { 'content-type': 'application/json', ...(date === undefined ? {} : { date }) })
      res.end(body)
    })
    hostileServices = servicesFor(hostile.url, join(dir, 'hostile-data'))
  })
  afterAll(async () => {
    await hostileServices.close()
    await hostile.close()
  })

  it.each([
    ['no Date header', undefined],
    ['a date after 2100', 'Fri, 01 Jan 3000 00:00:00 GMT'],
    ['a date that is not one', 'yesterday, around noon'],
    // Date.parse would read this one (a comment in parentheses): only the bound keeps it out.
    ['a header of 10,000 characters', `Wed, 17 Jun 2026 06:37:12 GMT (${'x'.repeat(10_000)})`]
  ])('answers with the desktop\'s receive time, marked as such, for %s', async (_label, date) => {
    dates = [date]
    const via = createDispatch(hostileServices.handlers, { isTrustedSender: (s) => s.isMainFrame })
    const before = testClock()
    const list = await ok<LiveList<SkillGroupState>>('listRealtimeSkillGroupStates', { instanceId: 'ccc-demo' }, via)
    expect(list.items).toHaveLength(1)
    expect(list.answeredAtSource).toBe('received')
    expect(list.answeredAt).toBe(list.receivedAt)
    expect(list.receivedAt).toBeGreaterThanOrEqual(before)
    expect(list.receivedAt).toBeLessThanOrEqual(testClock())
  })
})
