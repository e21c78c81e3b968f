/**
 * The option of one chart of the day so far (#19): a figure's curves over the instance's day,
 * drawn as steps (a sampled level holds until the next answer), broken where the console was not
 * running, with those gaps shaded grey and the periods in alert shaded red. The time axis is
 * the instance's day in its own zone, ticked at its hours whatever the machine's zone. Pure, no
 * DOM, ECharts only as types: the page draws it on canvas, an export can draw it to SVG.
 */
import type { LineSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, MarkAreaComponentOption, TooltipComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { TZDate, tzOffset } from '@date-fns/tz'
import { format } from 'date-fns'
import { formatDuration } from '../ccc/format'
import { zonedClock } from '../ccc/zoned-clock'
import { escapeHtml } from '../escape-html'
import type { CurvePoint, Period } from '../history/day-curves'
import { PALETTE } from './report-chart'

export type DayChartOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | MarkAreaComponentOption>

export interface DayChartSeries {
  name: string
  points: readonly CurvePoint[]
}

export interface DayChartInput {
  series: readonly DayChartSeries[]
  /** Counts, or durations in seconds (shown m:ss). */
  unit: 'count' | 'seconds'
  /** The time drawn, epoch ms: within the instance's day, around what was recorded. */
  from: number
  to: number
  timeZone: string
  gaps: readonly Period[]
  alerts: readonly Period[]
  /** The shading's names, in the page's language, for the tooltip of each shaded period. */
  gapLabel: string
  alertLabel: string
  dark?: boolean
}

const timeIn = (ms: number, zone: string, pattern: string): string => format(new TZDate(ms, zone), pattern)
const valueText = (value: unknown, unit: DayChartInput['unit']): string =>
  typeof value !== 'number' || !Number.isFinite(value) ? '—' : unit === 'seconds' ? formatDuration(value) : value.toLocaleString('en-US')

const QUARTER_MS = 900_000
/** Up to this many points a series draws each as a dot too. */
const FEW_POINTS = 60
/** Label steps in minutes, the first that gives at most MAX_LABELS labels is used. */
const LABEL_STEPS = [15, 30, 60, 120, 180, 240]
const MAX_LABELS = 9

/**
 * The times between `from` and `to` that are a multiple of `stepMinutes` of the instance's own
 * day (its o'clocks, its half hours): every zone's offset is whole quarter hours, so its quarter
 * hours are UTC's, and only those are looked at.
 */
export function zoneTicks(from: number, to: number, timeZone: string, stepMinutes: number): number[] {
  const ticks: number[] = []
  for (let at = Math.ceil(from / QUARTER_MS) * QUARTER_MS; at <= to; at += QUARTER_MS) {
    // The zone's minute of the day from its offset then (one Intl call; a TZDate is several).
    const minutes = (((Math.floor(at / 60_000) + tzOffset(timeZone, new Date(at))) % 1440) + 1440) % 1440
    if (minutes % stepMinutes === 0) ticks.push(at)
  }
  return ticks
}

/** The labelled times and the ticks between them for a span: a whole day every three hours, an hour every quarter. */
export function axisTicks(from: number, to: number, timeZone: string): { labels: number[]; ticks: number[] } {
  const span = (to - from) / 60_000
  const step = LABEL_STEPS.find((minutes) => span / minutes <= MAX_LABELS) ?? LABEL_STEPS[LABEL_STEPS.length - 1]!
  return { labels: zoneTicks(from, to, timeZone, step), ticks: zoneTicks(from, to, timeZone, step >= 60 ? 60 : 15) }
}

/** The drawn points of each series: what the page tells a screen reader, and a test counts. */
export function dayPointCounts(input: DayChartInput): Record<string, number> {
  return Object.fromEntries(input.series.map((s) => [s.name, s.points.filter((p) => p[1] !== null).length]))
}

export function buildDayChartOption(input: DayChartInput): DayChartOption {
  const textColor = input.dark ? '#c9d1dc' : '#3a4452'
  const lineColor = input.dark ? '#323a46' : '#dde2e9'
  const { labels, ticks } = axisTicks(input.from, input.to, input.timeZone)
  const area = (periods: readonly Period[], name: string, color: string) =>
    periods.map(([from, to]) => [
      { name, xAxis: from, itemStyle: { color } },
      { xAxis: Math.max(to, from + 1) }
    ])
  const series: LineSeriesOption[] = input.series.map((s, i) => ({
    type: 'line',
    name: s.name,
    data: s.points as CurvePoint[],
    step: 'end',
    // A few answers (a short look at the board) would be invisible slivers as steps alone.
    showSymbol: s.points.length <= FEW_POINTS,
    symbolSize: 4,
    connectNulls: false,
    sampling: 'lttb',
    color: PALETTE[i % PALETTE.length]!,
    lineStyle: { width: 1.5 },
    // The shading rides on the first series, once.
    ...(i === 0
      ? {
          markArea: {
            silent: true,
            label: { show: false },
            data: [
              ...area(input.gaps, input.gapLabel, input.dark ? 'rgba(140,150,165,0.22)' : 'rgba(120,130,145,0.16)'),
              ...area(input.alerts, input.alertLabel, input.dark ? 'rgba(231,76,60,0.24)' : 'rgba(192,57,43,0.14)')
            ] as NonNullable<MarkAreaComponentOption['data']>
          }
        }
      : {})
  }))
  const tooltipHtml = (params: unknown): string => {
    const list = (Array.isArray(params) ? params : [params]) as Array<{ seriesName?: string; value?: unknown; marker?: string }>
    const at = Array.isArray(list[0]?.value) ? (list[0]!.value as unknown[])[0] : null
    const head = typeof at === 'number' ? escapeHtml(zonedClock(at, input.timeZone)) : ''
    const inGap = typeof at === 'number' && input.gaps.some(([from, to]) => at > from && at < to)
    const inAlert = typeof at === 'number' && input.alerts.some(([from, to]) => at >= from && at < to)
    const rows = list.map((p) => `${p.marker ?? ''}${escapeHtml(String(p.seriesName ?? ''))}: <b>${escapeHtml(valueText(Array.isArray(p.value) ? p.value[1] : p.value, input.unit))}</b>`)
    const notes = [inAlert ? escapeHtml(input.alertLabel) : '', inGap ? escapeHtml(input.gapLabel) : ''].filter(Boolean)
    return [head, ...rows, ...notes].join('<br>')
  }
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 36, bottom: 32 },
    legend: { top: 4, type: 'scroll', textStyle: { color: textColor } },
    tooltip: { trigger: 'axis', confine: true, formatter: tooltipHtml },
    xAxis: {
      type: 'value',
      min: input.from,
      max: input.to,
      // Ticks at the instance's own hours and quarters: ECharts' would be the machine's or UTC's.
      axisLine: { lineStyle: { color: lineColor } },
      axisTick: { customValues: ticks },
      splitLine: { show: false },
      axisLabel: {
        color: textColor,
        hideOverlap: true,
        customValues: labels,
        formatter: (value: number) => timeIn(value, input.timeZone, 'HH:mm')
      }
    },
    yAxis: {
      type: 'value',
      min: 0,
      minInterval: 1,
      axisLine: { show: true, lineStyle: { color: lineColor } },
      splitLine: { lineStyle: { color: lineColor } },
      axisLabel: { color: textColor, formatter: (value: number) => (input.unit === 'seconds' ? formatDuration(value) : String(value)) }
    },
    series
  }
}
