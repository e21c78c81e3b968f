/**
 * The queue and agent reports as their pages show them (ListHistoricalSkillGroupReport and
 * ListHistoricalAgentReport: one row per skill group or agent over the whole range): their metric
 * groups, the table's main columns, and how one group's figures become a table row.
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
  type MetricGroup
} from '@shared/ccc/catalogue'
import { INTERVAL_MAIN_COLUMNS, withGaps } from '@shared/ccc/report-metrics'
import type { AgentHistoricalRow, Long, SkillGroupHistoricalRow } from '@shared/ccc/types'

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
  readonly groups: Readonly<Record<G, MetricGroup>>
  /** The table's columns before the user picks others, main metrics first. */
  readonly mainColumns: Readonly<Record<G, readonly string[]>>
  rowOf(row: R, group: G): SubjectRow
}

const back2BackMain = ['CallsDialed', 'CallsAnswered', 'AnswerRate', 'CallsAgentHandled', 'AgentHandleRate', 'AverageRingTime']

/** A row's figures of one group; a rate or average of nothing is a gap, as in the interval table. */
const figuresOf = (figures: unknown, group: MetricGroup): Record<string, Long | null> =>
  withGaps((figures ?? {}) as Record<string, Long | null>, group)

const QUEUE_GROUPS: Readonly<Record<QueueGroupName, MetricGroup>> = {
  Inbound: SKILL_GROUP_HISTORICAL_INBOUND,
  Outbound: SKILL_GROUP_OUTBOUND,
  Overall: SKILL_GROUP_OVERALL,
  Back2Back: SKILL_GROUP_BACK2BACK
}

export const QUEUE_REPORT: GroupReportDef<SkillGroupHistoricalRow, QueueGroupName> = {
  kind: 'queue',
  groups: QUEUE_GROUPS,
  mainColumns: {
    Inbound: ['CallsOffered', 'CallsHandled', 'HandleRate', 'ServiceLevel20', 'CallsAbandoned', 'AbandonedRate', 'AverageWaitTime', 'AverageTalkTime', 'CallsOverflow'],
    Outbound: INTERVAL_MAIN_COLUMNS.Outbound,
    Overall: ['TotalCalls', 'AverageTalkTime', 'AverageHoldTime', 'AverageWorkTime', 'SatisfactionRate'],
    Back2Back: back2BackMain
  },
  rowOf: (row, group) => ({ id: row.SkillGroupId, name: row.SkillGroupName, values: figuresOf(row[group], QUEUE_GROUPS[group]) })
}

const AGENT_GROUPS: Readonly<Record<AgentGroupName, MetricGroup>> = {
  Inbound: AGENT_INBOUND,
  Outbound: AGENT_OUTBOUND,
  Overall: AGENT_OVERALL,
  Back2Back: AGENT_BACK2BACK,
  Internal: AGENT_INTERNAL
}

export const AGENT_REPORT: GroupReportDef<AgentHistoricalRow, AgentGroupName> = {
  kind: 'agent',
  groups: AGENT_GROUPS,
  mainColumns: {
    Inbound: ['CallsRinged', 'CallsHandled', 'HandleRate', 'AverageRingTime', 'AverageTalkTime', 'AverageWorkTime'],
    Outbound: INTERVAL_MAIN_COLUMNS.Outbound,
    // The agent's day: first check-in, last check-out, and the time logged in, ready, talking, in ACW and on break.
    Overall: ['TotalCalls', 'FirstCheckInTime', 'LastCheckOutTime', 'TotalLoggedInTime', 'TotalReadyTime', 'TotalTalkTime', 'TotalWorkTime', 'TotalBreakTime', 'OccupancyRate'],
    Back2Back: back2BackMain,
    Internal: ['CallsDialed', 'CallsAnswered', 'AverageTalkTime']
  },
  rowOf: (row, group) => ({ id: row.AgentId, name: row.AgentName, values: figuresOf(row[group], AGENT_GROUPS[group]) })
}
