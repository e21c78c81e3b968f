/**
 * The CCC actions behind the gateway: the documented parameter rules, defaults and limits,
 * then the payload (`Data` for 2020-07-01, `InstanceSummaryReport` for 2017-07-05).
 */
import { MAX_AGE_MS, MAX_SPAN_MS, reportKind, type ReportKind } from '../shared/ccc/range-split'
import type { IntervalGranularity } from '../shared/ccc/types'
import { ApiError } from './api-error'
import type { SimulatedInstance } from './instances'
import { historicalAgentRows, historicalSkillGroupRows, intervalRows, type Subject } from './group-agent-reports'
import { byMediaType, listParam, listRealtimeAgentStates, listRealtimeSkillGroupStates, listSkillGroups, PAGE_LIMITS, paged } from './list-actions'
import { realtimeStates } from './realtime'
import type { ReportRange, TrafficReports } from './reports'
import type { RpcParams } from './signature'
import { localMidnight } from './time-zone'

export const ACTION_VERSIONS = {
  GetInstance: '2020-07-01',
  GetRealtimeInstanceStates: '2020-07-01',
  GetInstanceTrendingReport: '2020-07-01',
  ListIntervalInstanceReport: '2020-07-01',
  GetInstanceSummaryReportSinceMidnight: '2017-07-05',
  ListRealtimeSkillGroupStates: '2020-07-01',
  ListRealtimeAgentStates: '2020-07-01',
  ListSkillGroups: '2020-07-01',
  ListIntervalSkillGroupReport: '2020-07-01',
  ListIntervalAgentReport: '2020-07-01',
  ListHistoricalSkillGroupReport: '2020-07-01',
  ListHistoricalAgentReport: '2020-07-01'
} as const

export type ActionName = keyof typeof ACTION_VERSIONS
export type ApiVersion = (typeof ACTION_VERSIONS)[ActionName]

export const isActionName = (value: string): value is ActionName => Object.hasOwn(ACTION_VERSIONS, value)

export interface ActionContext {
  seed: number
  instances: ReadonlyMap<string, SimulatedInstance>
  reports: TrafficReports
  now: number
  /** The spelling of GetRealtimeInstanceStates' longest wait: the table's or the XML example's. */
  realtimeLongestField: 'LongestWaitingTime' | 'LongestCall'
}

function instanceParam(params: RpcParams, context: ActionContext): SimulatedInstance {
  const id = params.InstanceId ?? ''
  if (id.trim() === '') {
    throw new ApiError(400, 'Parameter.Blank', 'The parameter InstanceId may not be null or blank.')
  }
  const instance = context.instances.get(id)
  if (!instance) throw new ApiError(404, 'NotExists.InstanceId', `The specified instance ${id} does not exist.`)
  return instance
}

function epochParam(params: RpcParams, name: 'StartTime' | 'EndTime' | 'StopTime'): number | undefined {
  const value = params[name]
  if (value === undefined) return undefined
  const ms = /^-?\d+$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(ms)) {
    throw new ApiError(400, 'Parameter.Format', `The parameter ${name} is not in a valid format: an integer is expected.`)
  }
  return ms
}

function intervalParam(params: RpcParams): IntervalGranularity {
  const value = params.Interval ?? 'Daily'
  if (value !== 'Daily' && value !== 'Hourly') {
    throw new ApiError(400, 'Parameter.Enumeration', `The parameter Interval must be one of Daily, Hourly, not ${value}.`)
  }
  return value
}

const SPAN_LABEL: Record<ReportKind, string> = { trend: '7 days', hourly: '10 days', daily: '180 days' }

interface RequestedTimes {
  start: number | undefined
  end: number | undefined
}

/** The agent report names its end StopTime; the others EndTime. */
const timeParams = (params: RpcParams, endName: 'EndTime' | 'StopTime' = 'EndTime'): RequestedTimes => ({
  start: epochParam(params, 'StartTime'),
  end: epochParam(params, endName)
})

/** StartTime defaults to local midnight today, EndTime to now; then the age and span limits. */
function checkedRange(times: RequestedTimes, instance: SimulatedInstance, now: number, kind: ReportKind, endName = 'EndTime'): ReportRange {
  const startTime = times.start ?? localMidnight(now, instance.traffic.timeZone)
  const endTime = times.end ?? now
  if (startTime < now - MAX_AGE_MS) {
    throw new ApiError(400, 'Parameter.Minimum', 'The parameter StartTime must not be earlier than 180 days before now.')
  }
  if (endTime < startTime) {
    throw new ApiError(400, 'Parameter.Minimum', `The parameter ${endName} must not be earlier than StartTime.`)
  }
  if (endTime - startTime > MAX_SPAN_MS[kind]) {
    throw new ApiError(
      400,
      'Parameter.Maximum',
      `The range from StartTime to ${endName} must not exceed ${SPAN_LABEL[kind]} for this report.`
    )
  }
  return { startTime, endTime }
}

/** MediaType as the list APIs take it: every simulated call is a voice call. */
function mediaTypeParam(params: RpcParams): void {
  byMediaType(params, [])
}

function requiredText(params: RpcParams, name: string): string {
  const value = params[name] ?? ''
  if (value.trim() === '') throw new ApiError(400, 'Parameter.Blank', `The parameter ${name} may not be null or blank.`)
  return value
}

function skillGroupParam(instance: SimulatedInstance, params: RpcParams): Subject {
  const id = requiredText(params, 'SkillGroupId')
  const index = instance.roster.groups.findIndex((g) => g.SkillGroupId === id)
  if (index < 0) throw new ApiError(404, 'NotExists.SkillGroupId', `The specified skill group ${id} does not exist.`)
  return { kind: 'group', index }
}

function agentParam(instance: SimulatedInstance, params: RpcParams): Subject {
  const id = requiredText(params, 'AgentId')
  const index = instance.roster.agents.findIndex((a) => a.AgentId === id)
  if (index < 0) throw new ApiError(404, 'NotExists.AgentId', `The specified agent ${id} does not exist.`)
  return { kind: 'agent', index }
}

/** The action's payload, or an ApiError for a parameter it refuses. */
export function runAction(action: ActionName, params: RpcParams, context: ActionContext): unknown {
  const instance = instanceParam(params, context)
  const { now, reports } = context
  switch (action) {
    case 'GetInstance':
      return instance.data
    case 'GetRealtimeInstanceStates': {
      const { LongestWaitingTime, ...states } = realtimeStates(context.seed, instance, now)
      return { ...states, [context.realtimeLongestField]: LongestWaitingTime }
    }
    case 'GetInstanceTrendingReport':
      return reports.trendReport(instance, checkedRange(timeParams(params), instance, now, 'trend'), now)
    case 'ListIntervalInstanceReport': {
      // Format errors in the times come before an Enumeration error in Interval, and both before range limits.
      const times = timeParams(params)
      const interval = intervalParam(params)
      return reports.intervalReport(instance, checkedRange(times, instance, now, reportKind(interval)), interval, now)
    }
    case 'GetInstanceSummaryReportSinceMidnight':
      return reports.summarySinceMidnight(instance, now)
    case 'ListRealtimeSkillGroupStates':
      return listRealtimeSkillGroupStates(context.seed, instance, params, now)
    case 'ListRealtimeAgentStates':
      return listRealtimeAgentStates(context.seed, instance, params, now)
    case 'ListSkillGroups':
      return listSkillGroups(instance, params)
    case 'ListIntervalSkillGroupReport':
    case 'ListIntervalAgentReport': {
      const subject = action === 'ListIntervalSkillGroupReport' ? skillGroupParam(instance, params) : agentParam(instance, params)
      const times = timeParams(params)
      const interval = intervalParam(params)
      mediaTypeParam(params)
      return intervalRows(reports, instance, subject, checkedRange(times, instance, now, reportKind(interval)), interval, now)
    }
    case 'ListHistoricalSkillGroupReport': {
      const wanted = listParam(params, 'SkillGroupIdList')
      const range = checkedRange(timeParams(params), instance, now, 'daily')
      const groups = byMediaType(params, instance.roster.groups).filter((g) => !wanted || wanted.includes(g.SkillGroupId))
      const page = paged(params, groups)
      return { ...page, List: historicalSkillGroupRows(reports, instance, page.List.map((g) => instance.roster.groups.indexOf(g)), range, now) }
    }
    case 'ListHistoricalAgentReport': {
      const wanted = listParam(params, 'AgentIdList', PAGE_LIMITS.reportAgentIds)
      const group = params.SkillGroupId === undefined || params.SkillGroupId === '' ? undefined : skillGroupParam(instance, params).index
      const range = checkedRange(timeParams(params, 'StopTime'), instance, now, 'daily', 'StopTime')
      mediaTypeParam(params)
      const agents = instance.roster.agents.flatMap((agent, index) =>
        (!wanted || wanted.includes(agent.AgentId)) && (group === undefined || agent.groups.includes(group)) ? [index] : []
      )
      const page = paged(params, agents)
      return { ...page, List: historicalAgentRows(reports, instance, page.List, group, range, now) }
    }
  }
}
