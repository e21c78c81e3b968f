import { describe, expect, it } from 'vitest'
import {
  agentBoardView,
  agentFilterFromQuery,
  agentFilterToQuery,
  agentRowOf,
  agentRowsOf,
  clockOffsetMs,
  countByState,
  emptyAgentFilter,
  filterAgents,
  isClockFarOff,
  sanitizeStateThresholds,
  secondsInState,
  sortAgents,
  stateLabelKey,
  stateLook,
  stateTimeLevel,
  defaultStateThresholds
} from '@renderer/model/agent-board'
import { AGENT_STATE_NAMES } from '@shared/ccc/agent-states'
import { agentState } from '../board-fixture'

const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' })
const T0 = Date.UTC(2026, 5, 17, 6, 37, 0)

const rows = [
  agentRowOf(agentState({ AgentId: 'li@x', AgentName: '李雷', State: 'ACW', StateTime: T0 - 400_000, Extension: '8001', SkillGroupIdList: ['sales@x'] })),
  agentRowOf(agentState({ AgentId: 'amy@x', AgentName: 'Amy', State: 'Ready', StateTime: T0 - 5_000, Extension: '8002', SkillGroupIdList: ['sales@x', 'tech@x'] })),
  agentRowOf(agentState({ AgentId: 'bo@x', AgentName: 'Bo', State: 'Break', StateTime: T0 - 1_000_000, BreakCode: 'Lunch', Extension: '8003', SkillGroupIdList: ['tech@x'] })),
  agentRowOf(agentState({ AgentId: 'cy@x', AgentName: 'Cy', State: 'Talking', StateTime: null, Extension: '8004' })),
  agentRowOf(agentState({ AgentId: 'dee@x', AgentName: 'Dee', State: 'Teleporting', StateTime: T0 - 10_000 }))
]
const names = (list: { name: string }[]) => list.map((r) => r.name)

describe('agent states as shown', () => {
  it('gives every known state a label, an icon and a tone, and an unknown one a plain look', () => {
    for (const state of AGENT_STATE_NAMES) {
      expect(stateLabelKey(state)).toBe(`agentStates.${state}`)
      expect(stateLook(state).tone).not.toBe('other')
    }
    expect(new Set(AGENT_STATE_NAMES.map((s) => stateLook(s).icon)).size).toBe(AGENT_STATE_NAMES.length)
    expect(stateLabelKey('Teleporting')).toBeNull()
    expect(stateLook('Teleporting')).toEqual({ icon: 'info', tone: 'other' })
  })
})

describe('time in state', () => {
  it('counts from StateTime, on the CCC clock, never below zero', () => {
    expect(secondsInState(T0 - 65_400, T0, 0)).toBe(65)
    // The desktop runs 30 s behind the CCC: its now reads 30 s early.
    expect(secondsInState(T0 - 65_400, T0 - 30_000, 30_000)).toBe(65)
    // A StateTime ahead of the clock (a fast server, a late correction) reads 0, not -3.
    expect(secondsInState(T0 + 3_000, T0, 0)).toBe(0)
    expect(secondsInState(null, T0, 0)).toBeNull()
    expect(secondsInState(0, T0, 0)).toBeNull()
  })

  it('measures the clock offset from the answer’s server time, at the round trip’s midpoint', () => {
    expect(clockOffsetMs(T0 + 180_000, T0 - 200, T0 + 200)).toBe(180_000)
    expect(clockOffsetMs(T0 - 5_000, T0, T0 + 1_000)).toBe(-5_500)
    // The Date header's whole seconds: less than a second apart is the same clock.
    expect(clockOffsetMs(T0 + 600, T0, T0)).toBe(0)
    expect(clockOffsetMs(null, T0, T0)).toBeNull()
  })

  it('flags a desktop clock more than two minutes off', () => {
    expect(isClockFarOff(120_000)).toBe(false)
    expect(isClockFarOff(120_001)).toBe(true)
    expect(isClockFarOff(-300_000)).toBe(true)
    expect(isClockFarOff(null)).toBe(false)
  })
})

describe('agent counts, filters and sort', () => {
  it('counts agents per state in the board order, unknown states after', () => {
    const counts = countByState(rows)
    expect(counts.map((c) => c.state)).toEqual([...AGENT_STATE_NAMES, 'Teleporting'])
    expect(Object.fromEntries(counts.map((c) => [c.state, c.count]))).toMatchObject({ Ready: 1, ACW: 1, Break: 1, Talking: 1, Offline: 0, Teleporting: 1 })
  })

  it('filters by state, skill group and a search over name, ID and extension', () => {
    expect(names(filterAgents(rows, { ...emptyAgentFilter(), states: ['ACW', 'Break'] }))).toEqual(['李雷', 'Bo'])
    expect(names(filterAgents(rows, { ...emptyAgentFilter(), skillGroup: 'tech@x' }))).toEqual(['Amy', 'Bo'])
    expect(names(filterAgents(rows, { ...emptyAgentFilter(), search: '８００３' }))).toEqual(['Bo'])
    expect(names(filterAgents(rows, { states: ['Ready'], skillGroup: 'tech@x', search: 'am' }))).toEqual(['Amy'])
    expect(filterAgents(rows, emptyAgentFilter())).toHaveLength(rows.length)
  })

  it('keeps the filter in the URL query and reads it back bounded', () => {
    const filter = { states: ['ACW', 'Break'], skillGroup: 'sales@x', search: 'li' }
    const query = agentFilterToQuery(filter)
    expect(query).toEqual({ state: 'ACW,Break', group: 'sales@x', q: 'li' })
    expect(agentFilterFromQuery(query)).toEqual(filter)
    expect(agentFilterToQuery(emptyAgentFilter())).toEqual({})
    expect(agentFilterFromQuery({ state: 'Break,Nope,ACW', group: 'x'.repeat(300), q: 'y'.repeat(500) })).toEqual({
      states: ['ACW', 'Break'],
      skillGroup: null,
      search: 'y'.repeat(100)
    })
    expect(agentFilterFromQuery({ state: [null, 'Ready'], q: null })).toEqual({ states: ['Ready'], skillGroup: null, search: '' })
  })

  it('puts the agent longest in its state first, those without a StateTime last', () => {
    expect(names(sortAgents(rows, 'longestInState', collator))).toEqual(['Bo', '李雷', 'Dee', 'Amy', 'Cy'])
    expect(names(sortAgents(rows, 'name', collator))).toEqual(['Amy', 'Bo', 'Cy', 'Dee', '李雷'])
    expect(names(sortAgents(rows, 'state', collator))).toEqual(['Amy', 'Cy', '李雷', 'Bo', 'Dee'])
  })
})

describe('a refresh applied to the board', () => {
  const answer = [
    agentState({ AgentId: 'li@x', AgentName: '李雷', State: 'ACW', StateTime: T0 - 400_000, SkillGroupIdList: ['sales@x'], SkillGroupNameList: ['sales'] }),
    agentState({ AgentId: 'amy@x', AgentName: 'Amy', State: 'Ready', StateTime: T0 - 5_000, SkillGroupIdList: ['tech@x'], SkillGroupNameList: ['tech'] })
  ]

  // The store hands the same names object from one refresh to the next until ListSkillGroups answers anew.
  const noNames = {}

  it('keeps the row of an agent whose fields did not change, and gives a changed one a new row', () => {
    const first = agentRowsOf(answer, noNames)
    const next = agentRowsOf([{ ...answer[1]!, State: 'Talking', StateTime: T0 }, { ...answer[0]! }], noNames, first)
    expect(next[0]).not.toBe(first[1])
    expect(next[0]).toMatchObject({ id: 'amy@x', state: 'Talking', stateTime: T0 })
    expect(next[1]).toBe(first[0])
  })

  it('shows a group’s new DisplayName on the rows it was kept for', () => {
    const first = agentRowsOf(answer, noNames)
    const renamed = agentRowsOf(answer.map((a) => ({ ...a })), { 'sales@x': 'Sales desk' }, first)
    expect(renamed[0]!.skillGroupNames).toEqual(['Sales desk'])
    expect(renamed[1]).toEqual(first[1])
  })

  it('gives the same counts, rows and order in one pass as counting, filtering and sorting apart', () => {
    for (const filter of [emptyAgentFilter(), { states: ['ACW', 'Ready'], skillGroup: 'sales@x', search: '' }, { states: [], skillGroup: 'tech@x', search: 'b' }]) {
      const view = agentBoardView(rows, filter, 'state', collator)
      expect(view.counts).toEqual(countByState(filterAgents(rows, { ...filter, states: [], search: '' })))
      expect(view.shown).toEqual(sortAgents(filterAgents(rows, filter), 'state', collator))
    }
  })
})

describe('time-in-state thresholds', () => {
  const limits = defaultStateThresholds()

  it('flags after-call work past 2 min and 5 min, a break past 15 min, and nothing else by default', () => {
    expect(stateTimeLevel('ACW', 119, limits)).toBe('ok')
    expect(stateTimeLevel('ACW', 120, limits)).toBe('warn')
    expect(stateTimeLevel('ACW', 300, limits)).toBe('alert')
    expect(stateTimeLevel('Break', 899, limits)).toBe('ok')
    expect(stateTimeLevel('Break', 3_600, limits)).toBe('warn')
    expect(stateTimeLevel('Talking', 10_000, limits)).toBe('ok')
    expect(stateTimeLevel('Teleporting', 10_000, limits)).toBe('ok')
    expect(stateTimeLevel('ACW', null, limits)).toBe('ok')
  })

  it('reads stored limits over the defaults', () => {
    expect(sanitizeStateThresholds(undefined)).toEqual(limits)
    expect(sanitizeStateThresholds({ ACW: { warn: 60, alert: 'x' }, Talking: { warn: 1800, alert: null }, Nope: {} })).toEqual({
      ACW: { warn: 60, alert: 300 },
      Break: { warn: 900, alert: null },
      Talking: { warn: 1800, alert: null }
    })
  })
})
