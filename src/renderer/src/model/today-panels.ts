/**
 * The Today page's charts, from one day so far: the instance's waiting calls and longest wait
 * (each with its periods in alert under the limits set now), its agents by state, and the waiting
 * calls of chosen skill groups; the gaps where the console was not running on every one.
 */
import { zonedClock } from '@shared/ccc/zoned-clock'
import type { DayChartInput, DayChartSeries } from '@shared/charts/day-chart'
import { AGENT_STATE_FIELDS, alertPeriods, busiestQueues, fieldCurve, gapsOf, recordedSpan, rowCurves, runningTimes, type CurvePoint, type Period } from '@shared/history/day-curves'
import type { HistoryDay } from '@shared/history/day'
import { THRESHOLD_DIRECTION, type Thresholds } from './thresholds'
import type { QueueThresholds } from './queue-board'

export type TodayPanelKey = 'waiting' | 'longest' | 'agents' | 'queues'

// The day's choices the page and the HTML report make alike, written once beside the curves.
export { AGENT_STATE_FIELDS, busiestQueues }

export interface TodayPanel {
  key: TodayPanelKey
  input: DayChartInput
  /** The limit its alert periods are read against (null: off, none shaded). */
  limit: number | null
  /** Its first series' highest value and when it was first reached; null with nothing reported. */
  peak: { value: number; at: number } | null
}

export interface TodayPanelsInput {
  day: HistoryDay
  timeZone: string
  /** The instance's day: its midnight and the next. */
  dayStart: number
  dayEnd: number
  thresholds: Thresholds
  queueThresholds: (skillGroupId: string) => QueueThresholds
  /** The skill groups drawn, by ID, with their names. */
  queues: ReadonlyArray<{ id: string; name: string }>
  /** A field of the instance's states by its catalogue label. */
  label: (field: string) => string
  gapLabel: string
  alertLabel: string
  dark: boolean
}

export interface TodayModel {
  panels: TodayPanel[]
  gaps: Period[]
  /** When the console first and last fetched anything of the day; null when it never did. */
  recorded: Period | null
}

function peakOf(points: readonly CurvePoint[]): TodayPanel['peak'] {
  let peak: TodayPanel['peak'] = null
  for (const [at, value] of points) if (value !== null && (peak === null || value > peak.value)) peak = { value, at }
  return peak
}

/** Periods merged where they touch or overlap (several queues in alert at once shade once). */
export function mergePeriods(periods: readonly Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => a[0] - b[0])
  const out: Period[] = []
  for (const [from, to] of sorted) {
    const last = out[out.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
}

export function todayModel(source: TodayPanelsInput): TodayModel {
  const { day, thresholds } = source
  const times = runningTimes(day)
  const gaps = gapsOf(times)
  const recorded: Period | null = times.length > 0 ? [times[0]!, times[times.length - 1]!] : null
  // The hours recorded, not the whole day: twenty minutes on a 24-hour axis would be a sliver.
  const [from, to] = recordedSpan(recorded, source.dayStart, source.dayEnd, source.timeZone)
  const chart = (series: DayChartSeries[], unit: DayChartInput['unit'], alerts: Period[]): DayChartInput => ({
    series,
    unit,
    from,
    to,
    timeZone: source.timeZone,
    gaps,
    alerts,
    gapLabel: source.gapLabel,
    alertLabel: source.alertLabel,
    dark: source.dark
  })
  const instancePanel = (key: 'waiting' | 'longest', field: 'WaitingCalls' | 'LongestWaitingTime', unit: DayChartInput['unit']): TodayPanel => {
    const points = fieldCurve(day.states, field, gaps)
    const limit = thresholds[field].alert
    return { key, limit, peak: peakOf(points), input: chart([{ name: source.label(field), points }], unit, alertPeriods(points, limit, THRESHOLD_DIRECTION[field])) }
  }
  const agents = AGENT_STATE_FIELDS.map((field) => ({ name: source.label(field), points: fieldCurve(day.states, field, gaps) }))
  const curves = rowCurves(day.queues, 'WaitingCalls', source.queues.map((q) => q.id), gaps)
  const queueSeries = source.queues.map((q) => ({ name: q.name, points: curves.get(q.id) ?? [] }))
  const queueAlerts = mergePeriods(source.queues.flatMap((q) => alertPeriods(curves.get(q.id) ?? [], source.queueThresholds(q.id).WaitingCalls.alert, 'above')))
  return {
    gaps,
    recorded,
    panels: [
      instancePanel('waiting', 'WaitingCalls', 'count'),
      instancePanel('longest', 'LongestWaitingTime', 'seconds'),
      { key: 'agents', limit: null, peak: peakOf(agents[0]!.points), input: chart(agents, 'count', []) },
      { key: 'queues', limit: null, peak: null, input: chart(queueSeries, 'count', queueAlerts) }
    ]
  }
}

/** A time of the day as the page shows it: the instance's wall clock. */
export const dayClock = (ms: number, timeZone: string): string => zonedClock(ms, timeZone)

/** A period's ends on the instance's wall clock, for the `today.span` text. */
export const periodClock = ([from, to]: Period, timeZone: string): { from: string; to: string } => ({
  from: dayClock(from, timeZone),
  to: dayClock(to, timeZone)
})
