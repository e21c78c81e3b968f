/** Which figures the wallboard shows as tiles, and how their values and crossed limits read. */
import { REALTIME_STATES, SUMMARY_INBOUND, type MetricGroupName } from '@shared/ccc/catalogue'
import { formatDuration, formatMetric } from '@shared/ccc/format'
import type { InstanceSummaryReport, RealtimeInstanceStates } from '@shared/ccc/types'
import { THRESHOLD_DIRECTION, type Level, type ThresholdField, type Thresholds } from './thresholds'

export type StateField = keyof typeof REALTIME_STATES
export type TileField = StateField | 'ServiceLevel20'

/** The queue first (what a supervisor acts on), then the agents. */
export const QUEUE_TILES: readonly TileField[] = ['WaitingCalls', 'LongestWaitingTime', 'ServiceLevel20', 'InteractiveCalls']
export const AGENT_TILES: readonly StateField[] = [
  'TotalAgents',
  'LoggedInAgents',
  'ReadyAgents',
  'TalkingAgents',
  'WorkingAgents',
  'BreakingAgents'
]
/** The short row of an extra instance. */
export const COMPACT_TILES: readonly TileField[] = [
  'WaitingCalls',
  'LongestWaitingTime',
  'ServiceLevel20',
  'LoggedInAgents',
  'ReadyAgents',
  'TalkingAgents'
]

/** The tiles whose figure is a live state, and so has a day-so-far line (the service level is since midnight). */
export const TRAIL_TILES: readonly StateField[] = [...QUEUE_TILES, ...AGENT_TILES].filter((field): field is StateField => field in REALTIME_STATES)

/** The catalogue group a tile's (or an alert's) figure comes from: the service level is the summary's, since midnight. */
export const tileGroup = (field: string): MetricGroupName =>
  field === 'ServiceLevel20' ? 'GetInstanceSummaryReportSinceMidnight.Inbound' : 'GetRealtimeInstanceStates.Data'

export const isThresholdField = (field: TileField): field is ThresholdField =>
  field === 'WaitingCalls' || field === 'LongestWaitingTime' || field === 'ServiceLevel20'

/** Queue tiles are the big ones on a board; agent tiles the smaller row beneath. */
export const tileSize = (field: TileField): 'large' | 'medium' => (QUEUE_TILES.includes(field) ? 'large' : 'medium')

/** A tile's colour: only the thresholded fields have levels; every other tile is plain. */
export const tileLevel = (field: TileField, levels: Readonly<Record<ThresholdField, Level>>): Level =>
  isThresholdField(field) ? levels[field] : 'ok'

/** The tile's value as shown: counts as numbers, waits as m:ss, the service level as a percentage. */
export function tileText(field: TileField, states: RealtimeInstanceStates | null, summary: InstanceSummaryReport | null): string {
  if (field === 'ServiceLevel20') return formatMetric(summary?.Inbound.ServiceLevel20 ?? null, SUMMARY_INBOUND.ServiceLevel20)
  return formatMetric(states?.[field] ?? null, REALTIME_STATES[field])
}

/** A service level above 100 % is shown as reported and flagged. */
export function tileOverFull(field: TileField, summary: InstanceSummaryReport | null): boolean {
  const value = field === 'ServiceLevel20' ? summary?.Inbound.ServiceLevel20 : null
  return typeof value === 'number' && SUMMARY_INBOUND.ServiceLevel20.unit === 'ratio' && value > 1
}

/**
 * A value in the thresholds' unit as the tiles show a limit: counts as numbers, waits as m:ss, the
 * service level in percent to a tenth ("80%", "83.3%"). The alert log's limits and peaks read alike.
 */
export function thresholdValueText(field: string, value: number): string {
  // An agent's time in state (an alert's figure) reads as the longest wait does.
  if (field === 'LongestWaitingTime' || field === 'StateTime') return formatDuration(value)
  if (field === 'ServiceLevel20') return `${Math.round(value * 10) / 10}%`
  return String(value)
}

/** The limit a tile crossed, in the tile's own unit: "≥ 10", "≥ 2:00", "< 80%". */
export function crossedLimit(field: ThresholdField, level: Level, thresholds: Thresholds): { direction: 'above' | 'below'; limit: string } | null {
  if (level === 'ok') return null
  const value = thresholds[field][level]
  if (value === null) return null
  return { direction: THRESHOLD_DIRECTION[field], limit: thresholdValueText(field, value) }
}
