/** How the wallboard's alert log reads an alert: its state now, its figure's group, its values and how long it lasted. */
import type { AlertLogEntry } from '@shared/alert-engine'
import type { MetricGroupName } from '@shared/ccc/catalogue'
import { formatDuration } from '@shared/ccc/format'

/** In alert and seen lately; in alert when last seen, but not seen for longer than the gap; over. */
export type AlertRowStatus = 'alerting' | 'unseen' | 'cleared'

export interface AlertLogRow {
  entry: AlertLogEntry
  status: AlertRowStatus
}

/** The catalogue group the figure's label is read from: the service level is the summary's. */
export const alertFigureGroup = (figure: string): MetricGroupName =>
  figure === 'ServiceLevel20' ? 'GetInstanceSummaryReportSinceMidnight.Inbound' : 'GetRealtimeInstanceStates.Data'

/** A value in the thresholds' unit as the tiles show it: waits as m:ss, the service level in percent. */
export function alertValueText(figure: string, value: number | null): string | null {
  if (value === null) return null
  if (figure === 'LongestWaitingTime') return formatDuration(value)
  if (figure === 'ServiceLevel20') return `${Math.round(value * 10) / 10}%`
  return String(value)
}

/**
 * How long it was seen in alert, ms: to when it cleared, or (still under way, or cleared while
 * unseen) to when it was last seen in alert — then it lasted at least that long.
 */
export function alertDurationMs(entry: AlertLogEntry): { ms: number; atLeast: boolean } {
  const seenClearing = entry.clearedAt !== null && !entry.clearedUnseen
  const end = seenClearing ? entry.clearedAt! : entry.lastSeenAt
  return { ms: Math.max(0, end - entry.beganAt), atLeast: !seenClearing && entry.clearedAt !== null }
}
