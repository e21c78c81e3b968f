/**
 * The queue and agent reports as their pages show them (ListHistoricalSkillGroupReport and
 * ListHistoricalAgentReport: one row per skill group or agent over the whole range): their metric
 * groups, the table's main columns, and how one group's figures become a table row; and a row's
 * drill-down (ListIntervalSkillGroupReport, ListIntervalAgentReport: its buckets over the range).
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
  SKILL_GROUP_OVERALL,
  type MetricGroup,
  type MetricGroupName
} from '@shared/ccc/catalogue'
import { INTERVAL_MAIN_COLUMNS, withGaps } from '@shared/ccc/report-metrics'
import type { AgentHistoricalRow, AgentIntervalItem, Long, SkillGroupHistoricalRow, SkillGroupIntervalItem, TimeRange } from '@shared/ccc/types'
import type { ReportKindDef } from './report-kinds'

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

const AGENT_GROUPS: Readonly<Record<AgentGroupName, MetricGroup>> = {
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

/** The row drilled into: its ID and name, and the range and zone of the page it came from. */
export interface DrillSubject {
  instanceId: string
  id: string
  name: string
  /** The range the row's figures cover (what the page was served). */
  range: TimeRange
  timeZone: string
  /** The page's group, shown first. */
  group: string
}

/** A row's buckets as its drill-down shows them: the interval API's groups, the page's main columns and ranking count. */
export type BucketsDef<B extends { StatsTime: number }, G extends string> = Omit<ReportKindDef<readonly B[], G, B>, 'kind'>

function bucketsOf<B extends { StatsTime: number }, G extends string>(
  groups: Readonly<Record<G, MetricGroup>>,
  report: Pick<GroupReportDef<unknown, G>, 'mainColumns' | 'topMetric'>
): BucketsDef<B, G> {
  return {
    groups,
    mainColumns: report.mainColumns,
    // The count the page ranks its rows by, bucket by bucket.
    defaultMetrics: Object.fromEntries(Object.entries<string>(report.topMetric).map(([group, metric]) => [group, [metric]])) as unknown as Record<G, readonly string[]>,
    points: (items) => items,
    rowOf: (item, group) => ({ StatsTime: item.StatsTime, values: figuresOf((item as unknown as Record<string, unknown>)[group], groups[group]) })
  }
}

/** A skill group's buckets: the interval API's Inbound has no service levels of 15 and 30 s, nor queuing failures. */
export const QUEUE_BUCKETS = bucketsOf<SkillGroupIntervalItem, QueueGroupName>({ ...QUEUE_GROUPS, Inbound: SKILL_GROUP_INBOUND }, QUEUE_REPORT)
export const AGENT_BUCKETS = bucketsOf<AgentIntervalItem, AgentGroupName>(AGENT_GROUPS, AGENT_REPORT)
