/**
 * The paged list APIs of skill groups and agents: ListRealtimeSkillGroupStates,
 * ListRealtimeAgentStates and ListSkillGroups. Paging is required (PageNumber and PageSize 1–100),
 * list filters are JSON arrays in a text (in the body or the query: the gateway merges both), and
 * AgentIdList holds at most 20 IDs. The live figures are counts of each agent's state at the tick.
 */
import { AGENT_STATE_NAMES, isAgentState } from '../shared/ccc/agent-states'
import { counterPartyOf, momentOf, tickStates, type TickStates } from './agent-schedule'
import { ApiError } from './api-error'
import type { SimulatedInstance } from './instances'
import { countAgents, queueNow } from './realtime'
import type { RosterGroup } from './roster'
import { randomFor } from './seeded-random'
import type { RpcParams } from './signature'

export const PAGE_LIMITS = { pageNumber: 100, pageSize: 100, agentIds: 20, reportAgentIds: 100 } as const

/** A refusal of a parameter as CCC words it, with the HTTP status the body repeats. */
export const parameterError = (code: string, message: string): ApiError => new ApiError(400, code, message)

function pageParam(params: RpcParams, name: 'PageNumber' | 'PageSize', max: number): number {
  const value = params[name]
  if (value === undefined || value.trim() === '') throw parameterError('Parameter.Blank', `The parameter ${name} may not be null or blank.`)
  if (!/^-?\d+$/.test(value.trim())) throw parameterError('Parameter.Format', `The parameter ${name} is not in a valid format: an integer is expected.`)
  const n = Number(value)
  if (n < 1) throw parameterError('Parameter.Minimum', `The parameter ${name} must be at least 1.`)
  if (n > max) throw parameterError('Parameter.Maximum', `The parameter ${name} must be at most ${max}.`)
  return n
}

/** A list parameter: a JSON array of texts in one text; absent or empty means no filter. */
export function listParam(params: RpcParams, name: string, maxItems?: number): string[] | undefined {
  const value = params[name]
  if (value === undefined || value.trim() === '') return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    parsed = undefined
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw parameterError('Parameter.Format', `The parameter ${name} is not in a valid format: a JSON array of strings is expected, such as ["a","b"].`)
  }
  if (maxItems !== undefined && parsed.length > maxItems) {
    throw parameterError('Parameter.Maximum', `The parameter ${name} holds at most ${maxItems} items.`)
  }
  return parsed as string[]
}

export interface Page<T> {
  PageNumber: number
  PageSize: number
  TotalCount: number
  List: T[]
}

export function paged<T>(params: RpcParams, rows: readonly T[]): Page<T> {
  const pageNumber = pageParam(params, 'PageNumber', PAGE_LIMITS.pageNumber)
  const pageSize = pageParam(params, 'PageSize', PAGE_LIMITS.pageSize)
  const from = (pageNumber - 1) * pageSize
  return { PageNumber: pageNumber, PageSize: pageSize, TotalCount: rows.length, List: rows.slice(from, from + pageSize) }
}

/** AUDIO, VIDEO, CHAT or ALL (the default); every simulated group takes voice calls. */
export function byMediaType(params: RpcParams, groups: readonly RosterGroup[]): readonly RosterGroup[] {
  const media = params.MediaType
  if (media === undefined || media === '' || media === 'ALL') return groups
  if (!['AUDIO', 'VIDEO', 'CHAT'].includes(media)) {
    throw parameterError('Parameter.Enumeration', 'The parameter MediaType must be one of AUDIO, VIDEO, CHAT, ALL.')
  }
  return groups.filter((g) => g.MediaType === media)
}

const contains = (text: string, query: string): boolean => text.toLowerCase().includes(query.toLowerCase())

export function listSkillGroups(instance: SimulatedInstance, params: RpcParams): Page<Record<string, unknown>> {
  const pattern = params.SearchPattern ?? ''
  const groups = byMediaType(params, instance.roster.groups).filter(
    (g) => pattern === '' || contains(g.SkillGroupName, pattern) || contains(g.DisplayName, pattern)
  )
  return paged(
    params,
    groups.map((g) => ({
      SkillGroupId: g.SkillGroupId,
      SkillGroupName: g.SkillGroupName,
      DisplayName: g.DisplayName,
      Description: g.Description,
      MediaType: g.MediaType,
      UserCount: g.members.length,
      PhoneNumberCount: g.PhoneNumberCount,
      InstanceId: instance.id
    }))
  )
}

/**
 * Calls waiting now, each in one group's queue, so the groups' WaitingCalls sum to the instance's.
 * A group no agent of is logged in still queues its calls; the group with the most waiting holds
 * the instance's longest wait.
 */
function queuesByGroup(seed: number, instance: SimulatedInstance, states: TickStates): Array<{ waiting: number; longest: number }> {
  const { WaitingCalls, LongestWaitingTime } = queueNow(seed, instance, states.at)
  const groups = instance.roster.groups
  const random = randomFor(seed, instance.id, 'queues', states.at)
  const waiting = groups.map(() => 0)
  const totalWeight = groups.reduce((sum, g) => sum + g.members.length, 0)
  for (let call = 0; call < WaitingCalls; call++) {
    let r = random() * totalWeight
    const index = groups.findIndex((g) => (r -= g.members.length) < 0)
    waiting[index < 0 ? groups.length - 1 : index]!++
  }
  const busiest = waiting.indexOf(Math.max(...waiting))
  return waiting.map((n, i) => ({
    waiting: n,
    longest: n === 0 ? 0 : i === busiest ? LongestWaitingTime : Math.max(1, Math.round(LongestWaitingTime * (0.2 + 0.75 * random())))
  }))
}

export function listRealtimeSkillGroupStates(seed: number, instance: SimulatedInstance, params: RpcParams, now: number): Page<Record<string, unknown>> {
  const wanted = listParam(params, 'SkillGroupIdList')
  const states = tickStates(seed, instance, now)
  const queues = queuesByGroup(seed, instance, states)
  const rows = byMediaType(params, instance.roster.groups).flatMap((group) => {
    if (wanted && !wanted.includes(group.SkillGroupId)) return []
    const index = instance.roster.groups.indexOf(group)
    const counts = countAgents(states, group.members)
    const breaks = new Map<string, number>()
    let outboundReady = 0
    for (const member of group.members) {
      const moment = momentOf(states, member)
      if (moment.state === 'Break') breaks.set(moment.breakCode, (breaks.get(moment.breakCode) ?? 0) + 1)
      if (moment.state === 'Ready' && instance.roster.agents[member]?.OutboundScenario) outboundReady++
    }
    return [
      {
        SkillGroupId: group.SkillGroupId,
        SkillGroupName: group.SkillGroupName,
        InstanceId: instance.id,
        ...counts,
        OutboundScenarioReadyAgents: outboundReady,
        WaitingCalls: queues[index]?.waiting ?? 0,
        LongestWaitingTime: queues[index]?.longest ?? 0,
        BreakCodeDetailList: [...breaks].map(([BreakCode, Count]) => ({ BreakCode, Count }))
      }
    ]
  })
  return paged(params, rows)
}

export function listRealtimeAgentStates(seed: number, instance: SimulatedInstance, params: RpcParams, now: number): Page<Record<string, unknown>> {
  const agentIds = listParam(params, 'AgentIdList', PAGE_LIMITS.agentIds)
  const stateList = listParam(params, 'StateList')
  const unknown = stateList?.find((state) => !isAgentState(state))
  if (unknown !== undefined) {
    throw parameterError('Parameter.Enumeration', `The parameter StateList may hold only ${AGENT_STATE_NAMES.join(', ')}.`)
  }
  const workModes = listParam(params, 'WorkModeList')
  const callTypes = listParam(params, 'CallTypeList')
  const skillGroupId = params.SkillGroupId ?? ''
  const query = params.Query ?? ''
  const agentName = params.AgentName ?? ''
  const outbound = params.OutboundScenario
  const { groups, agents } = instance.roster
  const states = tickStates(seed, instance, now)
  const rows = agents.flatMap((agent, index) => {
    const moment = momentOf(states, index)
    const groupIds = agent.groups.map((g) => groups[g]?.SkillGroupId ?? '')
    if (agentIds && !agentIds.includes(agent.AgentId)) return []
    if (skillGroupId !== '' && !groupIds.includes(skillGroupId)) return []
    if (stateList && !stateList.includes(moment.state)) return []
    if (workModes && !workModes.includes(agent.WorkMode)) return []
    if (callTypes && !callTypes.includes(moment.callType)) return []
    if (outbound !== undefined && outbound !== '' && String(agent.OutboundScenario) !== outbound) return []
    if (agentName !== '' && !contains(agent.AgentName, agentName)) return []
    if (query !== '' && ![agent.AgentName, agent.AgentId, agent.Extension].some((text) => contains(text, query))) return []
    return [
      {
        AgentId: agent.AgentId,
        AgentName: agent.AgentName,
        InstanceId: instance.id,
        State: moment.state,
        // A supervisor listens in on a few calls.
        StateCode: moment.state === 'Talking' && moment.callStart % 23 === 0 ? 'Monitored' : '',
        StateTime: moment.stateTime,
        Duration: Math.max(0, Math.floor((states.at - moment.stateTime) / 1000)),
        BreakCode: moment.breakCode,
        CallType: moment.callType,
        CounterParty: counterPartyOf(seed, agent.AgentId, moment.callStart),
        Extension: agent.Extension,
        Mobile: agent.Mobile,
        OutboundScenario: agent.OutboundScenario,
        WorkMode: agent.WorkMode,
        SkillGroupIdList: groupIds,
        SkillGroupNameList: agent.groups.map((g) => groups[g]?.SkillGroupName ?? '')
      }
    ]
  })
  return paged(params, rows)
}
