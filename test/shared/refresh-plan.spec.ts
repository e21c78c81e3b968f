/**
 * The refresh planner never plans more calls than an API's budget, at any interval the wallboard
 * offers, for the demo's instances as the simulator builds them; a list that cannot follow the
 * chosen interval refreshes on fewer ticks and says why (its messages: test/renderer/i18n).
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_RATE_LIMITS, LIST_PAGE_SIZE, type CccAction } from '../../src/shared/ccc/api-budget'
import {
  planRefresh,
  REFRESH_PERIODS,
  REFRESHED_LISTS,
  type ListPlan,
  type RefreshDemand,
  type RefreshedList
} from '../../src/shared/ccc/refresh-plan'
import { buildInstances } from '../../src/simulator/instances'

const ALL_LISTS = Object.keys(REFRESHED_LISTS) as RefreshedList[]
const simulated = buildInstances(1)

/** Every board open on an instance, with its rows as the simulator has them. */
function everyBoard(instanceId: string): RefreshDemand {
  const roster = simulated.get(instanceId)!.roster
  return { instanceId, lists: ALL_LISTS, rows: { agentStates: roster.agents.length, skillGroupStates: roster.groups.length } }
}
const demo = everyBoard('ccc-demo')
const large = everyBoard('ccc-large')

/**
 * The calls the plan makes over `minutes`, refreshing each list every `everySeconds` from t = 0,
 * each refresh's pages at its instant; the most that fall in any window of each API's budget.
 * Counted afresh here, not taken from the plan's own callsPerWindow.
 */
function busiestWindows(plans: ListPlan[], minutes = 10): Map<CccAction, number> {
  const stamps = new Map<CccAction, number[]>()
  for (const plan of plans) {
    if (plan.everySeconds === null) continue
    const times = stamps.get(plan.action) ?? []
    for (let t = 0; t <= minutes * 60_000; t += plan.everySeconds * 1000) for (let i = 0; i < plan.callsPerRefresh; i++) times.push(t)
    stamps.set(plan.action, times)
  }
  const busiest = new Map<CccAction, number>()
  for (const [action, times] of stamps) {
    const { windowMs } = DEFAULT_RATE_LIMITS[action]
    // The limiter's window ends at a call and reaches back windowMs, the call windowMs before left out.
    const most = Math.max(...times.map((end) => times.filter((t) => t > end - windowMs && t <= end).length))
    busiest.set(action, most)
  }
  return busiest
}

describe('the refresh planner', () => {
  it('has the simulator\'s sizes: ccc-large\'s agents are 12 pages and its groups 2, ccc-demo\'s one each', () => {
    expect(large.rows).toEqual({ agentStates: 1200, skillGroupStates: 150 })
    expect(Math.ceil(demo.rows!.agentStates! / LIST_PAGE_SIZE)).toBe(1)
    expect(Math.ceil(demo.rows!.skillGroupStates! / LIST_PAGE_SIZE)).toBe(1)
  })

  describe.each([
    ['ccc-demo', [demo]],
    ['ccc-large', [large]],
    ['ccc-demo and ccc-large together', [demo, large]]
  ] as const)('%s with every board open', (_label, demands) => {
    it.each(REFRESH_PERIODS.filter((p) => p > 0))('never plans over any API\'s budget at %i s', (periodSeconds) => {
      const plans = planRefresh({ periodSeconds, demands })
      expect(plans.map((p) => p.list)).toEqual(ALL_LISTS)
      for (const [action, calls] of busiestWindows(plans)) expect(calls, action).toBeLessThanOrEqual(DEFAULT_RATE_LIMITS[action].limit)
      for (const plan of plans) {
        // Each list refreshes on the wallboard's ticks, and says why whenever it skips some.
        expect(plan.everySeconds).not.toBeNull()
        expect(plan.everySeconds! % periodSeconds).toBe(0)
        expect(plan.reason === null).toBe(plan.everySeconds === periodSeconds)
        expect(busiestWindows([plan]).get(plan.action)).toBe(plan.callsPerWindow)
      }
    })

    it('refreshes nothing by itself when auto-refresh is off', () => {
      const plans = planRefresh({ periodSeconds: 0, demands })
      expect(plans.every((p) => p.everySeconds === null && p.reason === null && p.callsPerWindow === 0)).toBe(true)
    })
  })

  it('keeps ccc-demo on the chosen interval everywhere', () => {
    for (const periodSeconds of REFRESH_PERIODS.filter((p) => p > 0)) {
      expect(planRefresh({ periodSeconds, demands: [demo] }).map((p) => p.everySeconds)).toEqual(ALL_LISTS.map(() => periodSeconds))
    }
  })

  it('slows ccc-large\'s agents at 10 s to every 20 s and says why; its skill groups keep up', () => {
    const plans = planRefresh({ periodSeconds: 10, demands: [large] })
    const agents = plans.find((p) => p.list === 'agentStates')!
    expect(agents).toMatchObject({ everySeconds: 20, callsPerRefresh: 12, callsPerWindow: 36 })
    expect(agents.reason).toEqual({ key: 'refreshPlan.slower.agentStates', params: { seconds: 20, calls: 12, limit: 60 } })
    expect(plans.find((p) => p.list === 'skillGroupStates')).toMatchObject({ everySeconds: 10, callsPerRefresh: 2, reason: null })
    // At 15 s twelve pages four times a minute are 48 calls: a fifth of the 60 is still left for a manual refresh or a retry.
    expect(planRefresh({ periodSeconds: 15, demands: [large] }).find((p) => p.list === 'agentStates')).toMatchObject({ everySeconds: 15, callsPerWindow: 48, reason: null })
  })

  it('adds up the instances on screen, since the budget is per API, not per instance', () => {
    const three = ['ccc-a', 'ccc-b', 'ccc-c'].map((instanceId) => ({ ...large, instanceId }))
    const agents = planRefresh({ periodSeconds: 10, demands: three }).find((p) => p.list === 'agentStates')!
    expect(agents).toMatchObject({ callsPerRefresh: 36, everySeconds: 60, callsPerWindow: 36 })
  })

  it('plans only the lists on screen, and assumes one page of a list that has not answered yet', () => {
    const plans = planRefresh({ periodSeconds: 10, demands: [{ instanceId: 'ccc-x', lists: ['instanceStates', 'agentStates'] }] })
    expect(plans.map((p) => [p.list, p.callsPerRefresh, p.everySeconds])).toEqual([
      ['instanceStates', 1, 10],
      ['agentStates', 1, 10]
    ])
  })

  it('refreshes a list too large for one refresh a minute only when asked, and says why', () => {
    // Five instances of 1,200 agents: 60 pages, more than a minute's budget on their own.
    const five = Array.from({ length: 5 }, (_, i) => ({ ...large, instanceId: `ccc-${i}` }))
    const agents = planRefresh({ periodSeconds: 60, demands: five }).find((p) => p.list === 'agentStates')!
    expect(agents).toMatchObject({ everySeconds: null, callsPerRefresh: 60, callsPerWindow: 0 })
    expect(agents.reason).toEqual({ key: 'refreshPlan.tooLarge.agentStates', params: { calls: 60, limit: 60 } })
  })

  it('plans within the budgets the client was given instead of the defaults', () => {
    const budgets = { ...DEFAULT_RATE_LIMITS, ListRealtimeAgentStates: { limit: 120, windowMs: 60_000 } }
    const agents = planRefresh({ periodSeconds: 10, demands: [large], budgets }).find((p) => p.list === 'agentStates')!
    expect(agents).toMatchObject({ everySeconds: 10, callsPerWindow: 72, reason: null })
  })

  it.each([
    ['a negative count', -5],
    ['not a number', Number.NaN]
  ])('reads %s of rows as one page', (_label, rows) => {
    const [agents] = planRefresh({ periodSeconds: 10, demands: [{ instanceId: 'ccc-x', lists: ['agentStates'], rows: { agentStates: rows } }] })
    expect(agents).toMatchObject({ callsPerRefresh: 1, everySeconds: 10 })
  })
})
