/**
 * ListIntervalSkillGroupReport, ListIntervalAgentReport, ListHistoricalSkillGroupReport and
 * ListHistoricalAgentReport: rows built from attribution.ts's shares of the instance's traffic,
 * through the metric catalogue as the instance report's are, so rates and averages are always
 * recomputed from the counts of the row's own calls.
 */
import {
  AGENT_BACK2BACK,
  AGENT_INBOUND,
  AGENT_INTERNAL,
  AGENT_OUTBOUND,
  AGENT_OVERALL,
  SKILL_GROUP_BACK2BACK,
  SKILL_GROUP_HISTORICAL_INBOUND,
  SKILL_GROUP_INBOUND,
  SKILL_GROUP_OUTBOUND,
  SKILL_GROUP_OVERALL
} from '../shared/ccc/catalogue'
import { HOUR_MS } from '../shared/ccc/range-split'
import type { IntervalGranularity } from '../shared/ccc/types'
import { BREAK_CODES } from './agent-schedule'
import { membershipsOf, type Columns, type Figures } from './attribution'
import type { SimulatedInstance } from './instances'
import { deriveRow, type Primitives, type ReportRange, type ReportRow, type Spelling, type TrafficReports } from './reports'
import { localMidnight, nextLocalMidnight } from './time-zone'

type Values = Record<string, number>

/** One section's figures (`in.`, `out.`…) of the entries `at`, summed or maximised as each aggregates. */
function section(columns: Columns, prefix: string, at: readonly number[]): Values {
  const values: Values = {}
  for (const [field, column] of Object.entries(columns)) {
    if (!field.startsWith(prefix)) continue
    const name = field.slice(prefix.length)
    const max = name.startsWith('Max')
    let value = 0
    for (const i of at) value = max ? Math.max(value, column[i] as number) : value + (column[i] as number)
    values[name] = value
  }
  return values
}

/** Overall: the calls in and out together, as the instance report's Overall adds them. */
function overallOf(inbound: Values, outbound: Values, own: Values = {}): Values {
  const both = (field: string) => (inbound[field] ?? 0) + (outbound[field] ?? 0)
  return {
    TotalCalls: (inbound.CallsHandled ?? 0) + (outbound.CallsAnswered ?? 0),
    TotalTalkTime: both('TotalTalkTime'),
    TotalWorkTime: both('TotalWorkTime'),
    TotalHoldTime: both('TotalHoldTime'),
    MaxTalkTime: Math.max(inbound.MaxTalkTime ?? 0, outbound.MaxTalkTime ?? 0),
    MaxWorkTime: Math.max(inbound.MaxWorkTime ?? 0, outbound.MaxWorkTime ?? 0),
    MaxHoldTime: inbound.MaxHoldTime ?? 0,
    CallsHold: inbound.CallsHold ?? 0,
    SatisfactionSurveysOffered: both('SatisfactionSurveysOffered'),
    SatisfactionSurveysResponded: both('SatisfactionSurveysResponded'),
    SatisfactionScoreSum: both('SatisfactionScoreSum'),
    SatisfiedResponses: both('SatisfiedResponses'),
    ...own
  }
}

interface Row {
  Inbound: ReportRow
  Outbound: ReportRow
  /** An agent's Overall also lists its time per break code. */
  Overall: Record<string, unknown>
  Back2Back: ReportRow
  Internal?: ReportRow
}

function skillGroupFigures(figures: Figures, group: number, historical: boolean, spelling: Spelling): Row {
  const inbound = section(figures.groups, 'in.', [group])
  const outbound = section(figures.groups, 'out.', [group])
  return {
    Inbound: deriveRow(historical ? SKILL_GROUP_HISTORICAL_INBOUND : SKILL_GROUP_INBOUND, inbound, spelling),
    Outbound: deriveRow(SKILL_GROUP_OUTBOUND, outbound, spelling),
    Overall: deriveRow(SKILL_GROUP_OVERALL, overallOf(inbound, outbound), spelling),
    Back2Back: deriveRow(SKILL_GROUP_BACK2BACK, section(figures.groups, 'b2b.', [group]), spelling)
  }
}

/** An agent's memberships: all of them, or only the one in `group`. */
function pairsOf(instance: SimulatedInstance, agent: number, group: number | undefined): number[] {
  const { ofAgent, agentOf, offsets } = membershipsOf(instance)
  const all = ofAgent[agent] ?? []
  if (group === undefined) return all
  return all.filter((k) => k >= (offsets[group] as number) && k < (offsets[group + 1] as number) && agentOf[k] === agent)
}

function agentFigures(instance: SimulatedInstance, figures: Figures, agent: number, group: number | undefined, spelling: Spelling): Row {
  const pairs = pairsOf(instance, agent, group)
  const inbound = section(figures.pairs, 'in.', pairs)
  const outbound = section(figures.pairs, 'out.', pairs)
  const state = section(figures.agents, 'st.', [agent])
  const overall = deriveRow(AGENT_OVERALL, overallOf(inbound, outbound, state), spelling)
  // Nobody checked in or out: the time is left out, as a missing figure, not the epoch.
  if (!Number.isFinite(state.FirstCheckInTime)) delete overall.FirstCheckInTime
  if (!state.LastCheckOutTime) delete overall.LastCheckOutTime
  const breaks = BREAK_CODES.flatMap((BreakCode, i) => {
    const Count = state[`Break${i}.Count`] ?? 0
    const Duration = state[`Break${i}.Duration`] ?? 0
    return Count > 0 || Duration > 0 ? [{ BreakCode, Count, Duration }] : []
  })
  return {
    Inbound: deriveRow(AGENT_INBOUND, inbound, spelling),
    Outbound: deriveRow(AGENT_OUTBOUND, outbound, spelling),
    Overall: { ...overall, BreakCodeDetailList: breaks },
    Back2Back: deriveRow(AGENT_BACK2BACK, section(figures.pairs, 'b2b.', pairs), spelling),
    Internal: deriveRow(AGENT_INTERNAL, section(figures.agents, 'int.', [agent]) as Primitives, spelling)
  }
}

export interface Subject {
  kind: 'group' | 'agent'
  index: number
}

/** The interval reports: one group's or agent's buckets, Daily in the instance's days or Hourly. */
export function intervalRows(
  reports: TrafficReports,
  instance: SimulatedInstance,
  subject: Subject,
  range: ReportRange,
  interval: IntervalGranularity,
  now: number
): Array<{ StatsTime: number } & Row> {
  const { timeZone, spelling } = instance.traffic
  const items: Array<{ StatsTime: number } & Row> = []
  let bucketStart = interval === 'Daily' ? localMidnight(range.startTime, timeZone) : Math.floor(range.startTime / HOUR_MS) * HOUR_MS
  while (bucketStart < range.endTime && bucketStart < now) {
    const bucketEnd = interval === 'Daily' ? nextLocalMidnight(bucketStart, timeZone) : bucketStart + HOUR_MS
    const figures = reports.attribution.range(instance, bucketStart, bucketEnd, now)
    if (figures) {
      const row =
        subject.kind === 'group'
          ? skillGroupFigures(figures, subject.index, false, spelling)
          : agentFigures(instance, figures, subject.index, undefined, spelling)
      items.push({ StatsTime: bucketStart, ...row })
    }
    bucketStart = bucketEnd
  }
  return items
}

const zeroFigures = (instance: SimulatedInstance, reports: TrafficReports, now: number): Figures | undefined => reports.attribution.hour(instance, Math.floor(now / HOUR_MS) * HOUR_MS - HOUR_MS, now)

/** ListHistoricalSkillGroupReport's rows: each group over the whole range. */
export function historicalSkillGroupRows(reports: TrafficReports, instance: SimulatedInstance, groups: readonly number[], range: ReportRange, now: number): Array<Record<string, unknown>> {
  const figures = reports.attribution.range(instance, range.startTime, range.endTime, now) ?? zeroed(zeroFigures(instance, reports, now))
  return groups.map((index) => {
    const group = instance.roster.groups[index]!
    return {
      SkillGroupId: group.SkillGroupId,
      SkillGroupName: group.SkillGroupName,
      ...(figures ? skillGroupFigures(figures, index, true, instance.traffic.spelling) : {})
    }
  })
}

/** ListHistoricalAgentReport's rows: each agent over the whole range, within `group` when one is asked for. */
export function historicalAgentRows(
  reports: TrafficReports,
  instance: SimulatedInstance,
  agents: readonly number[],
  group: number | undefined,
  range: ReportRange,
  now: number
): Array<Record<string, unknown>> {
  const figures = reports.attribution.range(instance, range.startTime, range.endTime, now) ?? zeroed(zeroFigures(instance, reports, now))
  const { groups } = instance.roster
  return agents.map((index) => {
    const agent = instance.roster.agents[index]!
    const served = agent.groups.map((g) => groups[g]!)
    return {
      AgentId: agent.AgentId,
      AgentName: agent.AgentName,
      DisplayId: agent.Extension,
      SkillGroupIds: served.map((g) => g.SkillGroupId).join(','),
      SkillGroupNames: served.map((g) => g.SkillGroupName).join(','),
      ...(figures ? agentFigures(instance, figures, index, group, instance.traffic.spelling) : {})
    }
  })
}

/** A range with nothing completed yet reads as zeros, as the instance summary does just after midnight. */
function zeroed(shape: Figures | undefined): Figures | undefined {
  if (!shape) return undefined
  const zero = (columns: Columns): Columns =>
    Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, new Float64Array(column.length).fill(field.endsWith('FirstCheckInTime') ? Infinity : 0)]))
  return { groups: zero(shape.groups), pairs: zero(shape.pairs), agents: zero(shape.agents) }
}
