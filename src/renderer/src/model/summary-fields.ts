/** The figures the wallboard shows from GetInstanceSummaryReportSinceMidnight, with their catalogue entries. */
import { SUMMARY_INBOUND, SUMMARY_OUTBOUND, SUMMARY_OVERALL, type MetricDef } from '@shared/ccc/catalogue'
import { formatMetric } from '@shared/ccc/format'
import type { InstanceSummaryReport, Long } from '@shared/ccc/types'

export type SummaryGroup = 'Inbound' | 'Outbound' | 'Overall'

export interface SummaryField {
  group: SummaryGroup
  field: string
  def: MetricDef
}

const pick = <G extends Record<string, MetricDef>>(group: SummaryGroup, defs: G, fields: ReadonlyArray<keyof G & string>) =>
  fields.map((field): SummaryField => ({ group, field, def: defs[field] as MetricDef }))

export const SUMMARY_FIELDS: readonly SummaryField[] = [
  ...pick('Inbound', SUMMARY_INBOUND, [
    'CallsOffered',
    'CallsHandled',
    'HandleRate',
    'ServiceLevel20',
    'CallsAbandonedInQueue',
    'AverageWaitTime',
    'AverageTalkTime'
  ]),
  ...pick('Outbound', SUMMARY_OUTBOUND, ['CallsDialed', 'CallsAnswered', 'AnswerRate']),
  ...pick('Overall', SUMMARY_OVERALL, ['OccupancyRate'])
]

export function summaryValue(report: InstanceSummaryReport, field: SummaryField): Long | null {
  const group = report[field.group] as Record<string, Long | null | undefined>
  return group[field.field] ?? null
}

/** A rate above 100 % is shown as reported and flagged, never clamped. */
export function isOverFull(value: Long | null, def: Pick<MetricDef, 'unit'>): boolean {
  if (value === null || typeof value === 'bigint') return false
  return (def.unit === 'ratio' && value > 1) || (def.unit === 'percent' && value > 100)
}

export const formatSummary = (value: Long | null, def: MetricDef): string => formatMetric(value, def)

/**
 * The report's date from the summary's Timestamp (`yyyy-MM-dd HH:mm:ss`, documented as 日期, the
 * day the figures count from midnight of); anything else is shown as the API sent it.
 */
export function summaryDate(timestamp: string): string {
  return /^(\d{4}-\d{2}-\d{2})(?:[ T]|$)/.exec(timestamp)?.[1] ?? timestamp
}
