/**
 * The option of a report chart, as a pure function of the figures: the one builder behind the
 * page's canvas chart and the SVG charts of the exports, so a file shows what the screen shows.
 * Volumes (counts) as bars, rates, durations and scores as lines, each unit on its own y-axis with
 * unit-aware labels; the previous period as a muted twin of each series; a missing value stays a
 * gap; the rate axis ends at 100 % unless a value passes it, and such a value is flagged. No DOM and no Node, and ECharts only as types: each side registers its own renderer.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import type { MetricGroup, Unit } from '../ccc/catalogue'
import { formatDuration, formatRate } from '../ccc/format'
import { escapeHtml } from '../escape-html'
import { charWidth, textWidth } from '../text-width'
import { xmlSafe } from '../xml-safe'
import { formatBucket } from '../ccc/report-buckets'
import { toNumber, type ReportRow } from '../ccc/report-metrics'

export type ReportChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DataZoomComponentOption
  | TitleComponentOption
>

/** The y-axes a chart may have, one per kind of unit. */
export type AxisKind = 'count' | 'rate' | 'duration' | 'score'

export interface ChartSeriesInput {
  /** The metric's API name. */
  key: string
  label: string
  unit: Unit
  /** One raw API value per bucket (ratios as fractions), null where the API left it out. */
  values: readonly (number | null)[]
  /** The previous period lined up with the buckets, or absent when not compared. */
  previous?: readonly (number | null)[] | null
  /** What the metric counts, shown under it in the tooltip. */
  definition?: string
}

export interface ReportChartInput {
  /** Bucket labels, already formatted in the report's time zone. */
  categories: readonly string[]
  series: readonly ChartSeriesInput[]
  /** Appended to a series' name for its previous-period twin, e.g. " (previous period)". */
  previousSuffix?: string
  /** Axis titles by kind; an axis without one is known by its tick labels (%, m:ss). */
  axisNames?: Readonly<Partial<Record<AxisKind, string>>>
  /** Said in the tooltip beside a rate above 100 %, e.g. "Above 100 %: shown as the API reported it". */
  overFullNote?: string
  dark?: boolean
  /**
   * The categories are names (skill groups, agents), not buckets: every one is labelled, slanted so
   * that neighbours never overlap, and a name longer than fits ends in "..." (its table shows it whole).
   */
  named?: boolean
}

/** What differs between the page and a file: the figures, axes, colours and series never do. */
export interface ReportChartLook {
  /** Tooltips and zooming of long ranges: on screen (the default), never in a file nobody can point at. */
  interactive?: boolean
  /** A heading inside the chart, for a file that has no page around it. */
  title?: string
  fontFamily?: string
  /** The width a file's chart is drawn at (px), to lay out its names; 960 unless said. */
  width?: number
}

/**
 * Named categories' labels. On screen: slanted by this many degrees, at most this wide (px) before
 * "...", the tooltip naming the bar whole. In a file, which has no tooltip: level, wrapped within a
 * bar's slot onto up to three lines, a longer name cut with "..." first (never a line dropped), so
 * names that share a long beginning still tell apart.
 */
const NAME_SLANT = 30
const NAME_WIDTH = 120
const FILE_LINE_HEIGHT = 14
/** Px per width unit of a 12 px label: a Latin letter is about 7 px, a CJK character two units. */
const PX_PER_UNIT = 7

/** `name` cut to `units` (see shared/text-width) with "..." when longer; whole characters only. */
export function fitName(name: string, units: number): string {
  if (textWidth(name) <= units) return name
  let kept = ''
  let used = 0
  for (const char of name) {
    used += charWidth(char)
    if (used > units - 3) break
    kept += char
  }
  return `${kept}...`
}

/** Above this many points per series the chart switches to large mode and offers zooming. */
export const LARGE_SERIES = 500
const ZOOM_FROM = 150

/** A rate above this (in %) is flagged, and only then does the rate axis go past it. */
export const FULL_RATE = 100
// Apart from every series' colour, so the flag is never taken for a point of another series.
export const FLAG_COLOR = '#d4380d'

/** The series' colours in order: the same on screen and in files. */
export const PALETTE = ['#1f5fd6', '#e07b00', '#12883e', '#c0392b', '#7a4fd0', '#0f8b8d', '#b8860b', '#d6336c']
const AXIS_ORDER: readonly AxisKind[] = ['count', 'rate', 'duration', 'score']

export function axisKindOf(unit: Unit): AxisKind {
  switch (unit) {
    case 'ratio':
    case 'percent':
      return 'rate'
    case 'seconds':
      return 'duration'
    case 'score':
      return 'score'
    default:
      return 'count'
  }
}

/** What the chart plots: rates as percentages, so one axis serves ratios and percents alike. */
export function chartValue(value: number | null, unit: Unit): number | null {
  if (value === null || !Number.isFinite(value)) return null
  return unit === 'ratio' ? value * 100 : value
}

/** A plotted value as the tooltip shows it, with its unit. */
export function formatChartValue(value: unknown, kind: AxisKind): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—'
  switch (kind) {
    case 'rate':
      return formatRate(value, 'percent')
    case 'duration':
      return formatDuration(value)
    case 'score':
      return value.toFixed(2)
    case 'count':
      return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2)
  }
}

/** An axis tick: durations as m:ss / h:mm:ss, rates with %, large counts shortened. */
export function formatAxisValue(value: number, kind: AxisKind): string {
  switch (kind) {
    case 'rate':
      return `${Number(value.toFixed(1))}%`
    case 'duration':
      return formatDuration(value)
    case 'score':
      return String(Number(value.toFixed(2)))
    case 'count':
      return Math.abs(value) >= 10_000 ? `${Number((value / 1000).toFixed(1))}k` : String(value)
  }
}

export function previousName(label: string, suffix: string): string {
  return `${label}${suffix}`
}

/** A report's rows as the page and the exports hand them to the chart. */
export interface ReportChartRows {
  rows: readonly ReportRow[]
  /** The previous period lined up with `rows` (null where it has no counterpart), or null when not compared. */
  previousRows?: ReadonlyArray<ReportRow | null> | null
  group: MetricGroup
  /** The metrics to draw, in order; a name the group does not hold is left out. */
  metrics: readonly string[]
  label: (metric: string) => string
  /** What a metric counts, for the tooltip; the chart has no texts of its own. */
  definition?: (metric: string) => string
  timeZone: string
  /** The buckets' width: daily buckets are labelled by date, shorter ones by date and time. */
  bucketMs: number | null
}

/** The categories and series of a chart of report rows; a value the API left out stays null, a gap. */
export function reportChartFigures(source: ReportChartRows): Pick<ReportChartInput, 'categories' | 'series'> {
  const { rows, previousRows, group, timeZone, bucketMs } = source
  return {
    categories: rows.map((r) => formatBucket(r.StatsTime, timeZone, bucketMs)),
    series: source.metrics
      .filter((name) => name in group)
      .map((name) => ({
        key: name,
        label: source.label(name),
        unit: group[name]!.unit,
        values: rows.map((r) => toNumber(r.values[name])),
        previous: previousRows ? previousRows.map((p) => (p ? toNumber(p.values[name]) : null)) : null,
        ...(source.definition ? { definition: source.definition(name) } : {})
      }))
  }
}

export function buildReportChartOption(input: ReportChartInput, look: ReportChartLook = {}): ReportChartOption {
  const interactive = look.interactive ?? true
  const kinds = AXIS_ORDER.filter((kind) => input.series.some((s) => axisKindOf(s.unit) === kind))
  const axisIndex = new Map(kinds.map((kind, i) => [kind, i]))
  const points = input.categories.length
  const large = points > LARGE_SERIES
  const rateOverFull = input.series.some(
    (s) => axisKindOf(s.unit) === 'rate' && [...s.values, ...(s.previous ?? [])].some((v) => (chartValue(v, s.unit) ?? 0) > FULL_RATE)
  )
  const textColor = input.dark ? '#c9d1dc' : '#3a4452'
  const lineColor = input.dark ? '#323a46' : '#dde2e9'

  // Axes alternate left and right; a third or fourth moves outwards so labels never overlap.
  const yAxis = kinds.map((kind, i) => ({
    type: 'value' as const,
    name: input.axisNames?.[kind],
    position: i % 2 === 0 ? ('left' as const) : ('right' as const),
    offset: i >= 2 ? 64 : 0,
    alignTicks: i > 0,
    nameTextStyle: { color: textColor },
    axisLine: { show: true, lineStyle: { color: lineColor } },
    axisLabel: { color: textColor, formatter: (value: number) => formatAxisValue(value, kind) },
    splitLine: { show: i === 0, lineStyle: { color: lineColor } },
    ...(kind === 'rate' || kind === 'count' || kind === 'duration' ? { min: 0 } : {}),
    // A rate above 100 % is drawn as reported, so only then does the axis go past 100 %.
    ...(kind === 'rate' && !rateOverFull ? { max: FULL_RATE } : {})
  }))

  const series: Array<BarSeriesOption | LineSeriesOption> = []
  /** Per drawn series, in order: how its values read and what it counts (the previous period's twin: nothing more). */
  const tooltipRows: TooltipRow[] = []
  input.series.forEach((s, i) => {
    const kind = axisKindOf(s.unit)
    const color = PALETTE[i % PALETTE.length]!
    const overFull = (value: unknown): boolean => kind === 'rate' && typeof value === 'number' && value > FULL_RATE
    const tooltip = {
      valueFormatter: (value: unknown) =>
        overFull(value) && input.overFullNote ? `${formatChartValue(value, kind)} ▲ ${input.overFullNote}` : formatChartValue(value, kind)
    }
    const make = (name: string, raw: readonly (number | null)[], muted: boolean): BarSeriesOption | LineSeriesOption => {
      const data = raw.map((v) => chartValue(v, s.unit))
      // Each point above 100 % gets a mark of its own, drawn however long the series (symbols are not).
      const flags = data.flatMap((v, i) => (overFull(v) ? [{ name: input.categories[i] ?? String(i), coord: [i, v as number], value: v as number }] : []))
      const common = { name, yAxisIndex: axisIndex.get(kind) ?? 0, data, tooltip, color, z: muted ? 1 : 2 }
      if (kind === 'count') {
        return {
          ...common,
          type: 'bar',
          itemStyle: { opacity: muted ? 0.35 : 1 },
          ...(large ? { large: true, largeThreshold: LARGE_SERIES } : {}),
          emphasis: { focus: 'series' }
        } satisfies BarSeriesOption
      }
      return {
        ...common,
        type: 'line',
        // Long series are drawn through LTTB: every point stays in the data, none is dropped.
        sampling: 'lttb',
        showSymbol: points <= 60,
        connectNulls: false,
        lineStyle: { width: muted ? 1.5 : 2, type: muted ? 'dashed' : 'solid', opacity: muted ? 0.55 : 1 },
        itemStyle: { opacity: muted ? 0.55 : 1 },
        emphasis: { focus: 'series' },
        ...(flags.length > 0
          ? {
              markPoint: {
                symbol: 'triangle',
                symbolSize: 10,
                symbolOffset: [0, -8],
                silent: true,
                label: { show: false },
                itemStyle: { color: FLAG_COLOR, opacity: muted ? 0.55 : 1 },
                data: flags
              }
            }
          : {})
      } satisfies LineSeriesOption
    }
    series.push(make(s.label, s.values, false))
    tooltipRows.push({ kind, definition: s.definition })
    if (s.previous) {
      series.push(make(previousName(s.label, input.previousSuffix ?? ''), s.previous, true))
      tooltipRows.push({ kind })
    }
  })

  const zoom = interactive && points > ZOOM_FROM
  // A title takes the top line (pinned to the top: ECharts' default sat it low enough for the
  // legend under it to cut through its Chinese); the legend and the plot move down by as much.
  const titled = look.title ? 30 : 0
  // Room for the outer axes: the third sits left of the first, the fourth right of the second.
  const gridLeft = kinds.length >= 3 ? 120 : 56
  const gridRight = kinds.length >= 4 ? 120 : kinds.length >= 2 ? 64 : 24
  // A file's named bar: its slot of the plot less a gap, and what fits in two and a half lines of it.
  const fileSlot = Math.max(40, Math.floor(((look.width ?? 960) - gridLeft - gridRight) / Math.max(1, points)) - 8)
  const fileNameUnits = Math.floor((2.5 * fileSlot) / PX_PER_UNIT)
  return {
    // No morphing between ranges: a chart that animates from the last range's shape misleads for a moment.
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: textColor, ...(look.fontFamily ? { fontFamily: look.fontFamily } : {}) },
    ...(look.title ? { title: { text: look.title, left: 'center', top: 0, padding: [4, 5, 0, 5], textStyle: { fontSize: 14, lineHeight: 18, color: textColor } } } : {}),
    grid: {
      left: gridLeft,
      right: gridRight,
      top: 56 + titled,
      // Slanted names need the height of their slant below the axis.
      bottom: zoom ? 72 : input.named ? 36 + (interactive ? Math.round(NAME_WIDTH * Math.sin((NAME_SLANT * Math.PI) / 180)) : 3 * FILE_LINE_HEIGHT) : 36
    },
    // A file cannot page through a scrolling legend, so there every entry is laid out.
    legend: { type: interactive ? 'scroll' : 'plain', top: titled, textStyle: { color: textColor } },
    ...(interactive
      ? {
          tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            confine: true,
            formatter: (params: unknown) => tooltipHtml(params, tooltipRows),
            ...(input.dark ? { backgroundColor: '#242a34', borderColor: '#323a46', textStyle: { color: '#e4e8ee' } } : {})
          }
        }
      : {}),
    xAxis: {
      type: 'category',
      data: input.named && !interactive ? input.categories.map((name) => fitName(xmlSafe(name), fileNameUnits)) : [...input.categories],
      axisLabel: input.named
        ? interactive
          ? { color: textColor, interval: 0, rotate: NAME_SLANT, width: NAME_WIDTH, overflow: 'truncate' }
          : // Room for a fourth line, so word breaks never push a line of a fitted name out.
            { color: textColor, interval: 0, width: fileSlot, overflow: 'break', lineHeight: FILE_LINE_HEIGHT, height: 4 * FILE_LINE_HEIGHT, lineOverflow: 'truncate' }
        : { color: textColor, hideOverlap: true },
      axisLine: { lineStyle: { color: lineColor } }
    },
    yAxis,
    ...(interactive
      ? {
          dataZoom: zoom
            ? [
                { type: 'inside', xAxisIndex: 0 },
                { type: 'slider', xAxisIndex: 0, bottom: 12, height: 22 }
              ]
            : []
        }
      : {}),
    series
  }
}

interface TooltipRow {
  kind: AxisKind
  definition?: string
}

/**
 * The tooltip of one bucket: its label, then each series' value with the metric's definition under
 * it. Everything but ECharts' own colour marker is escaped text.
 */
export function tooltipHtml(params: unknown, rows: readonly TooltipRow[]): string {
  const points = (Array.isArray(params) ? params : [params]) as Array<{
    seriesIndex?: number
    seriesName?: string
    value?: unknown
    marker?: unknown
    axisValueLabel?: string
  }>
  const head = points[0]?.axisValueLabel
  const lines = points.map((p) => {
    const row = rows[p.seriesIndex ?? -1]
    const value = formatChartValue(p.value, row?.kind ?? 'count')
    const marker = typeof p.marker === 'string' ? p.marker : ''
    const definition = row?.definition
      ? `<div style="max-width:320px;margin:0 0 4px 14px;white-space:normal;font-size:11px;opacity:0.75">${escapeHtml(row.definition)}</div>`
      : ''
    return `<div>${marker}${escapeHtml(p.seriesName ?? '')}<span style="float:right;margin-left:20px;font-weight:600">${escapeHtml(value)}</span></div>${definition}`
  })
  return `${head ? `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(head)}</div>` : ''}${lines.join('')}`
}

/** How many points each drawn series holds, by name: for the page's data attributes and tests. */
export function seriesPointCounts(option: ReportChartOption): Record<string, number> {
  const list = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  const counts: Record<string, number> = {}
  for (const s of list) {
    const data = (s as { data?: unknown[] }).data
    // Drawn points only: a gap (null, no counterpart in the previous period) is not a point.
    counts[String((s as { name?: unknown }).name ?? '')] = Array.isArray(data) ? data.filter((v) => v !== null && v !== undefined && v !== '-').length : 0
  }
  return counts
}

/**
 * The chart's figures as tab-separated text with a header, for a spreadsheet: raw numbers
 * (seconds, percentages) with the unit in the header.
 */
export function chartDataTsv(input: ReportChartInput, timeHeader: string, unitSuffix: (kind: AxisKind) => string): string {
  const clean = (text: string): string => text.replace(/[\t\r\n]+/g, ' ')
  const columns: Array<{ header: string; values: readonly (number | null)[]; unit: Unit }> = []
  for (const s of input.series) {
    const suffix = unitSuffix(axisKindOf(s.unit))
    columns.push({ header: `${s.label}${suffix}`, values: s.values, unit: s.unit })
    if (s.previous) columns.push({ header: `${previousName(s.label, input.previousSuffix ?? '')}${suffix}`, values: s.previous, unit: s.unit })
  }
  const lines = [[timeHeader, ...columns.map((c) => c.header)].map(clean).join('\t')]
  input.categories.forEach((category, i) => {
    const cells = columns.map((c) => {
      const v = chartValue(c.values[i] ?? null, c.unit)
      return v === null ? '' : String(Number(v.toFixed(4)))
    })
    lines.push([clean(category), ...cells].join('\t'))
  })
  return lines.join('\n')
}
