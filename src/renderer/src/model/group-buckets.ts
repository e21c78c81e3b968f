/**
 * A queue or agent report row's drill-down (ListIntervalSkillGroupReport, ListIntervalAgentReport:
 * its buckets over the range), from the report's groups in src/shared/ccc/group-reports.
 */
import { SKILL_GROUP_INBOUND, type MetricGroup } from '@shared/ccc/catalogue'
import { AGENT_GROUPS, AGENT_REPORT, figuresOf, QUEUE_GROUPS, QUEUE_REPORT, type AgentGroupName, type GroupReportDef, type QueueGroupName } from '@shared/ccc/group-reports'
import type { AgentIntervalItem, SkillGroupIntervalItem, TimeRange } from '@shared/ccc/types'
import type { ReportKindDef } from './report-kinds'

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
