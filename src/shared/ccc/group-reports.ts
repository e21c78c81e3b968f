/**
 * The queue and agent reports (ListHistoricalSkillGroupReport and ListHistoricalAgentReport: one
 * row per skill group or agent over the whole range) as their pages and exported files show them:
 * their metric groups, the table's main columns, the count each group's top-N chart ranks by, and
 * how one group's figures become a row. Written once for the renderer and the exports.
 */
import {
  AGENT_BACK2BACK,
  AGENT_INBOUND,
  AGENT_INTERNAL,
  AGENT_OUTBOUND,
  AGENT_OVERALL,
  SKILL_GROUP_BACK2BACK,
  SKILL_GROUP_HISTORICAL_INBOUND,
  SKILL_GROUP_OUTBOUND,
  SKILL_GROUP_OVERALL,
  type MetricGroup,
  type MetricGroupName
} from './catalogue'
import { INTERVAL_MAIN_COLUMNS, withGaps } from './report-metrics'
import { skillGroupLabel, type SkillGroupDisplayNames } from './skill-group-names'
import type { AgentHistoricalRow, Long, SkillGroupHistoricalRow } from './types'

export type GroupReportKind = 'queue' | 'agent'
export type QueueGroupName = 'Inbound' | 'Outbound' | 'Overall' | 'Back2Back'
export type AgentGroupName = QueueGroupName | 'Internal'

/** One skill group or agent of a table: its ID, the name the API gives it, and one group's figures. */
export interface SubjectRow {
  readonly id: string
  readonly name: string
  readonly values: Readonly<Record<string, Long | null>>
}

export interface GroupReportDef<R, G extends string> {
  readonly kind: GroupReportKind
  /** The API the rows come from: its labels and hints name it (the interval report shares the groups). */
  readonly source: 'ListHistoricalSkillGroupReport' | 'ListHistoricalAgentReport'
  readonly groups: Readonly<Record<G, MetricGroup>>
  /** The table's columns before the user picks others, main metrics first. */
  readonly mainColumns: Readonly<Record<G, readonly string[]>>
  /** The count the top-N chart ranks each group's rows by. */
  readonly topMetric: Readonly<Record<G, string>>
  rowOf(row: R, group: G): SubjectRow
}

/** How many rows the top-N chart shows. */
export const TOP_N = 10

/** The catalogue group of one of a report's groups, for its labels and hints. */
export const groupSource = (def: Pick<GroupReportDef<unknown, string>, 'source'>, group: string): MetricGroupName =>
  `${def.source}.${group}` as MetricGroupName

/** The `n` rows with the most of `metric`, most first; a row without the figure is left out, ties keep the table's order. */
export function topRows(rows: readonly SubjectRow[], metric: string, n = TOP_N): SubjectRow[] {
  const value = (row: SubjectRow): number | null => {
    const v = row.values[metric]
    return v === null || v === undefined ? null : Number(v)
  }
  return rows
    .filter((row) => value(row) !== null)
    .map((row, index) => ({ row, index }))
    .sort((a, b) => value(b.row)! - value(a.row)! || a.index - b.index)
    .slice(0, n)
    .map(({ row }) => row)
}

/** What a row is called: a group's DisplayName (else its SkillGroupName), an agent's AgentName; else the ID. */
export function subjectName(kind: GroupReportKind, row: Pick<SubjectRow, 'id' | 'name'>, displayNames: SkillGroupDisplayNames): string {
  return kind === 'queue' ? skillGroupLabel(row.id, row.name, displayNames) : row.name || row.id
}

const back2BackMain = ['CallsDialed', 'CallsAnswered', 'AnswerRate', 'CallsAgentHandled', 'AgentHandleRate', 'AverageRingTime']

/** A row's figures of one group; a rate or average of nothing is a gap, as in the interval table. */
export const figuresOf = (figures: unknown, group: MetricGroup): Record<string, Long | null> =>
  withGaps((figures ?? {}) as Record<string, Long | null>, group)

export const QUEUE_GROUPS: Readonly<Record<QueueGroupName, MetricGroup>> = {
  Inbound: SKILL_GROUP_HISTORICAL_INBOUND,
  Outbound: SKILL_GROUP_OUTBOUND,
  Overall: SKILL_GROUP_OVERALL,
  Back2Back: SKILL_GROUP_BACK2BACK
}

export const QUEUE_REPORT: GroupReportDef<SkillGroupHistoricalRow, QueueGroupName> = {
  kind: 'queue',
  source: 'ListHistoricalSkillGroupReport',
  groups: QUEUE_GROUPS,
  mainColumns: {
    Inbound: ['CallsOffered', 'CallsHandled', 'HandleRate', 'ServiceLevel20', 'CallsAbandoned', 'AbandonedRate', 'AverageWaitTime', 'AverageTalkTime', 'CallsOverflow'],
    Outbound: INTERVAL_MAIN_COLUMNS.Outbound,
    Overall: ['TotalCalls', 'AverageTalkTime', 'AverageHoldTime', 'AverageWorkTime', 'SatisfactionRate'],
    Back2Back: back2BackMain
  },
  topMetric: { Inbound: 'CallsHandled', Outbound: 'CallsAnswered', Overall: 'TotalCalls', Back2Back: 'CallsAgentHandled' },
  rowOf: (row, group) => ({ id: row.SkillGroupId, name: row.SkillGroupName, values: figuresOf(row[group], QUEUE_GROUPS[group]) })
}

export const AGENT_GROUPS: Readonly<Record<AgentGroupName, MetricGroup>> = {
  Inbound: AGENT_INBOUND,
  Outbound: AGENT_OUTBOUND,
  Overall: AGENT_OVERALL,
  Back2Back: AGENT_BACK2BACK,
  Internal: AGENT_INTERNAL
}

export const AGENT_REPORT: GroupReportDef<AgentHistoricalRow, AgentGroupName> = {
  kind: 'agent',
  source: 'ListHistoricalAgentReport',
  groups: AGENT_GROUPS,
  mainColumns: {
    Inbound: ['CallsRinged', 'CallsHandled', 'HandleRate', 'AverageRingTime', 'AverageTalkTime', 'AverageWorkTime'],
    Outbound: INTERVAL_MAIN_COLUMNS.Outbound,
    // The agent's day: first check-in, last check-out, and the time logged in, ready, talking, in ACW and on break.
    Overall: ['TotalCalls', 'FirstCheckInTime', 'LastCheckOutTime', 'TotalLoggedInTime', 'TotalReadyTime', 'TotalTalkTime', 'TotalWorkTime', 'TotalBreakTime', 'OccupancyRate'],
    Back2Back: back2BackMain,
    Internal: ['CallsDialed', 'CallsAnswered', 'AverageTalkTime']
  },
  topMetric: { Inbound: 'CallsHandled', Outbound: 'CallsAnswered', Overall: 'TotalCalls', Back2Back: 'CallsAgentHandled', Internal: 'CallsAnswered' },
  rowOf: (row, group) => ({ id: row.AgentId, name: row.AgentName, values: figuresOf(row[group], AGENT_GROUPS[group]) })
}
