/**
 * Which metrics a report table shows, and in which order: the report's main metrics first (in
 * their own order), then the others the user added, in the catalogue's order. What is remembered
 * is the set chosen per report (interval, trend, queue, agent) and group; a name the group no longer has is dropped quietly.
 */
import type { MetricGroup } from '@shared/ccc/catalogue'
import type { GroupReportKind } from '@shared/ccc/group-reports'
import type { ReportKindName } from './report-kinds'

/** `interval.Inbound`, `agent.Overall`: the key a table's choice is remembered under. */
export type ReportColumnsKey = `${ReportKindName | GroupReportKind}.${string}`

export const columnsKey = (kind: ReportKindName | GroupReportKind, group: string): ReportColumnsKey => `${kind}.${group}`

/** Every metric of `group` in the chooser's order: the main ones first, then the catalogue's order. */
export function columnOrder(group: MetricGroup, main: readonly string[]): string[] {
  const mains = main.filter((name) => name in group)
  return [...mains, ...Object.keys(group).filter((name) => !mains.includes(name))]
}

/**
 * The columns shown, in the table's order: `chosen` (or the main ones when nothing is remembered)
 * within `group`; a remembered name the group no longer has is dropped here, and with the next change.
 */
export function shownColumns(group: MetricGroup, main: readonly string[], chosen: readonly string[] | null): string[] {
  const order = columnOrder(group, main)
  const picked = chosen?.filter((name) => order.includes(name)) ?? []
  // Nothing of a choice left (every name gone): the main ones, rather than a table of times alone.
  const shown = new Set(picked.length > 0 ? picked : main)
  return order.filter((name) => shown.has(name))
}
