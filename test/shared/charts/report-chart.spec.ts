import { describe, expect, it } from 'vitest'
import {
  axisKindOf,
  buildReportChartOption,
  chartDataTsv,
  formatChartValue,
  FULL_RATE,
  LARGE_SERIES,
  reportChartFigures,
  seriesPointCounts,
  type ReportChartInput
} from '@shared/charts/report-chart'
import { INTERVAL_INBOUND } from '@shared/ccc/catalogue'
import { DAY_MS, HOUR_MS } from '@shared/ccc/range-split'
import { intervalRowOf } from '@shared/ccc/report-metrics'
import type { IntervalReportItem } from '@shared/ccc/types'

const axisNames = { count: 'Calls', rate: 'Rate', duration: 'Duration', score: 'Score' }

function input(extra: Partial<ReportChartInput> = {}, points = 3): ReportChartInput {
  const n = (f: (i: number) => number) => Array.from({ length: points }, (_, i) => f(i))
  return {
    categories: n((i) => i).map((i) => `2024-05-0${i + 1}`),
    series: [
      { key: 'CallsHandled', label: 'Calls handled', unit: 'count', values: n((i) => 10 + i) },
      { key: 'HandleRate', label: 'Handle rate', unit: 'ratio', values: n(() => 0.953) },
      { key: 'AverageWaitTime', label: 'Average wait', unit: 'seconds', values: n(() => 185) }
    ],
    previousSuffix: ' (previous period)',
    axisNames,
    ...extra
  }
}

type AnySeries = {
  name: string
  type: string
  yAxisIndex: number
  data: Array<number | null>
  sampling?: string
  large?: boolean
  lineStyle?: { type?: string; opacity?: number }
  itemStyle?: { opacity?: number }
  tooltip: { valueFormatter: (v: unknown) => string }
  markPoint?: { data: Array<{ coord: [number, number]; value: number }> }
}
const seriesOf = (option: ReturnType<typeof buildReportChartOption>) => option.series as unknown as AnySeries[]
const yAxesOf = (option: ReturnType<typeof buildReportChartOption>) =>
  option.yAxis as unknown as Array<{ name: string; position: string; max?: number; axisLabel: { formatter: (v: number) => string } }>

describe('buildReportChartOption', () => {
  it('draws counts as bars and rates and durations as lines, each unit on its own y-axis', () => {
    const option = buildReportChartOption(input())
    const [bars, rate, wait] = seriesOf(option)
    expect(bars!.type).toBe('bar')
    expect(rate!.type).toBe('line')
    expect(wait!.type).toBe('line')
    const axes = yAxesOf(option)
    expect(axes.map((a) => a.name)).toEqual(['Calls', 'Rate', 'Duration'])
    expect([bars!.yAxisIndex, rate!.yAxisIndex, wait!.yAxisIndex]).toEqual([0, 1, 2])
    expect(axes[0]!.position).toBe('left')
    expect(axes[1]!.position).toBe('right')
  })

  it('labels axes by unit: percentages and m:ss durations', () => {
    const axes = yAxesOf(buildReportChartOption(input()))
    expect(axes[1]!.axisLabel.formatter(95)).toBe('95%')
    expect(axes[2]!.axisLabel.formatter(185)).toBe('3:05')
    expect(axes[0]!.axisLabel.formatter(25000)).toBe('25k')
  })

  it('only makes the axes it needs', () => {
    const option = buildReportChartOption(input({ series: [input().series[2]!] }))
    expect(yAxesOf(option).map((a) => a.name)).toEqual(['Duration'])
    expect(seriesOf(option)[0]!.yAxisIndex).toBe(0)
  })

  it('plots ratios as percentages and keeps values above 100 %', () => {
    const option = buildReportChartOption(
      input({ series: [{ key: 'HandleRate', label: 'Handle rate', unit: 'ratio', values: [0.5, 1.25, null] }] })
    )
    expect(seriesOf(option)[0]!.data).toEqual([50, 125, null])
  })

  it('ends the rate axis at 100 % when no rate passes it, and flags nothing', () => {
    // 95.3 % beside counts of 10–12: tick alignment alone would take the axis to 120 %.
    const option = buildReportChartOption(input())
    const rateAxis = yAxesOf(option)[1]!
    expect(rateAxis.name).toBe('Rate')
    expect(rateAxis.max).toBe(FULL_RATE)
    expect(seriesOf(option).every((s) => s.markPoint === undefined)).toBe(true)
  })

  it('lets the rate axis pass 100 % only for a value that does, and flags that point on the chart and in the tooltip', () => {
    const option = buildReportChartOption(
      input({
        series: [{ key: 'HandleRate', label: 'Handle rate', unit: 'ratio', values: [0.5, 1.25, null] }],
        overFullNote: 'Above 100 %: shown as the API reported it'
      })
    )
    expect(yAxesOf(option)[0]!.max).toBeUndefined()
    const [rate] = seriesOf(option)
    expect(rate!.markPoint!.data).toEqual([expect.objectContaining({ coord: [1, 125], value: 125 })])
    expect(rate!.tooltip.valueFormatter(125)).toBe('125.0% ▲ Above 100 %: shown as the API reported it')
    expect(rate!.tooltip.valueFormatter(50)).toBe('50.0%')
    // A previous period above 100 % moves the axis as well: both are drawn on it.
    const previousOver = buildReportChartOption(
      input({ series: [{ key: 'HandleRate', label: 'Handle rate', unit: 'ratio', values: [0.5, 0.9, 1], previous: [1.1, null, null] }] })
    )
    expect(yAxesOf(previousOver)[0]!.max).toBeUndefined()
    expect(seriesOf(previousOver)[0]!.markPoint).toBeUndefined()
    expect(seriesOf(previousOver)[1]!.markPoint!.data).toHaveLength(1)
  })

  it('formats tooltip values with their units: a duration and a rate', () => {
    const [, rate, wait] = seriesOf(buildReportChartOption(input()))
    expect(wait!.tooltip.valueFormatter(185)).toBe('3:05')
    expect(wait!.tooltip.valueFormatter(3725)).toBe('1:02:05')
    expect(rate!.tooltip.valueFormatter(95.3)).toBe('95.3%')
    expect(rate!.tooltip.valueFormatter(null)).toBe('—')
    expect(formatChartValue(1234, 'count')).toBe('1,234')
  })

  it('samples every line with LTTB and never drops points', () => {
    const points = 2000
    const option = buildReportChartOption(input({}, points))
    for (const s of seriesOf(option)) {
      expect(s.data).toHaveLength(points)
      if (s.type === 'line') expect(s.sampling).toBe('lttb')
    }
    expect(option.animation).toBe(false)
    expect(seriesOf(option)[0]!.large).toBe(true)
    expect(points).toBeGreaterThan(LARGE_SERIES)
  })

  it('never animates, so a new range is never shown morphing from the last one', () => {
    expect(buildReportChartOption(input()).animation).toBe(false)
  })

  it('adds a muted previous-period twin per series: lighter bar, dashed line', () => {
    const base = input()
    const option = buildReportChartOption({
      ...base,
      series: base.series.map((s) => ({ ...s, previous: [null, 1, 2] }))
    })
    const series = seriesOf(option)
    expect(series.map((s) => s.name)).toEqual([
      'Calls handled',
      'Calls handled (previous period)',
      'Handle rate',
      'Handle rate (previous period)',
      'Average wait',
      'Average wait (previous period)'
    ])
    const previousBar = series[1]!
    expect(previousBar.type).toBe('bar')
    expect(previousBar.itemStyle!.opacity).toBeLessThan(1)
    const previousLine = series[3]!
    expect(previousLine.type).toBe('line')
    expect(previousLine.lineStyle!.type).toBe('dashed')
    expect(previousLine.lineStyle!.opacity).toBeLessThan(1)
    expect(previousLine.yAxisIndex).toBe(series[2]!.yAxisIndex)
    expect(series[0]!.itemStyle!.opacity).toBe(1)
  })

  it('counts the points of each drawn series', () => {
    const base = input()
    const option = buildReportChartOption({ ...base, series: [{ ...base.series[0]!, previous: [1, 2, 3] }] })
    expect(seriesPointCounts(option)).toEqual({ 'Calls handled': 3, 'Calls handled (previous period)': 3 })
  })

  it('maps units to axis kinds', () => {
    expect(axisKindOf('count')).toBe('count')
    expect(axisKindOf('percent')).toBe('rate')
    expect(axisKindOf('ratio')).toBe('rate')
    expect(axisKindOf('seconds')).toBe('duration')
    expect(axisKindOf('score')).toBe('score')
  })
})

describe('the chart in a file', () => {
  it('draws the same axes and series as on screen, without tooltips or zooming', () => {
    const long = input({}, 400)
    const screen = buildReportChartOption(long)
    const file = buildReportChartOption(long, { interactive: false, title: 'Interval report (Daily) · Inbound', fontFamily: 'serif' })
    expect(screen.tooltip).toBeDefined()
    expect(screen.dataZoom).toHaveLength(2)
    expect(file.tooltip).toBeUndefined()
    expect(file.dataZoom).toBeUndefined()
    expect(seriesOf(file).map((s) => [s.name, s.type, s.yAxisIndex])).toEqual(seriesOf(screen).map((s) => [s.name, s.type, s.yAxisIndex]))
    expect(seriesOf(file).map((s) => s.data)).toEqual(seriesOf(screen).map((s) => s.data))
    expect(yAxesOf(file).map((a) => a.axisLabel.formatter(95))).toEqual(yAxesOf(screen).map((a) => a.axisLabel.formatter(95)))
  })

  it('titles the chart and lays the whole legend out under it, since a file cannot scroll', () => {
    const file = buildReportChartOption(input(), { interactive: false, title: 'Trend · Inbound' })
    expect(file.title).toMatchObject({ text: 'Trend · Inbound' })
    expect(file.legend).toMatchObject({ type: 'plain', top: 30 })
    expect(buildReportChartOption(input()).legend).toMatchObject({ type: 'scroll', top: 0 })
    expect(buildReportChartOption(input()).title).toBeUndefined()
  })

  it('leaves an axis untitled when no name is given: its ticks still say the unit', () => {
    const axes = yAxesOf(buildReportChartOption({ ...input(), axisNames: undefined }, { interactive: false }))
    expect(axes.map((a) => a.name)).toEqual([undefined, undefined, undefined])
    expect(axes[1]!.axisLabel.formatter(95)).toBe('95%')
  })
})

describe('reportChartFigures', () => {
  const day = Date.UTC(2024, 4, 31, 16) // 2024-06-01 00:00 in Shanghai
  const rows = [
    { StatsTime: day, values: { CallsOffered: 12, HandleRate: 0.5, AverageWaitTime: 30 } },
    { StatsTime: day + DAY_MS, values: { CallsOffered: BigInt(9), HandleRate: null, AverageWaitTime: 45 } }
  ]

  it('labels buckets in the report zone and keeps a missing value as a gap', () => {
    const figures = reportChartFigures({
      rows,
      group: INTERVAL_INBOUND,
      metrics: ['CallsOffered', 'HandleRate', 'NotAMetric'],
      label: (name) => `#${name}`,
      timeZone: 'Asia/Shanghai',
      bucketMs: DAY_MS
    })
    expect(figures.categories).toEqual(['2024-06-01', '2024-06-02'])
    expect(figures.series.map((s) => [s.label, s.unit, s.values, s.previous])).toEqual([
      ['#CallsOffered', 'count', [12, 9], null],
      ['#HandleRate', 'ratio', [0.5, null], null]
    ])
    const [, rate] = seriesOf(buildReportChartOption({ ...figures, axisNames }))
    expect(rate!.data).toEqual([50, null])
  })

  it('draws a rate with nothing to divide as a gap, not 0 %, as the table shows it', () => {
    // The API's HandleRate is 0 for an hour with no calls queued: that hour handled nothing of nothing.
    const hour = (StatsTime: number, Inbound: Partial<IntervalReportItem['Inbound']>): IntervalReportItem =>
      ({ StatsTime, Inbound, Outbound: {}, Overall: {} }) as IntervalReportItem
    const items = [
      hour(day, { CallsQueued: 4, CallsHandled: 3, HandleRate: 0.75, TotalWaitTime: 60, AverageWaitTime: 20, ServiceLevel20: 0.5 }),
      hour(day + HOUR_MS, { CallsQueued: 0, CallsHandled: 0, HandleRate: 0, TotalWaitTime: 0, AverageWaitTime: 0, ServiceLevel20: 0 }),
      hour(day + 2 * HOUR_MS, { CallsHandled: 0, HandleRate: 0 }),
      hour(day + 3 * HOUR_MS, { CallsQueued: 2, CallsHandled: 0, HandleRate: 0, AverageWaitTime: 0 })
    ]
    const rows = items.map((item) => intervalRowOf(item, 'Inbound'))
    const figures = reportChartFigures({
      rows,
      group: INTERVAL_INBOUND,
      metrics: ['CallsQueued', 'HandleRate', 'AverageWaitTime', 'ServiceLevel20'],
      label: (name) => name,
      timeZone: 'Asia/Shanghai',
      bucketMs: HOUR_MS
    })
    const [queued, handleRate, wait, serviceLevel] = seriesOf(buildReportChartOption({ ...figures, axisNames }))
    expect(queued!.data).toEqual([4, 0, null, 2])
    // Queued 0 or not sent: a gap. Queued 2 and none handled: a real 0 %.
    expect(handleRate!.data).toEqual([75, null, null, 0])
    // No call handled: no average wait, though the API says 0:00.
    expect(wait!.data).toEqual([20, null, null, null])
    expect(serviceLevel!.data).toEqual([50, null, null, null])
    expect(rows[1]!.values.HandleRate).toBeNull()
    expect(rows[1]!.values.CallsHandled).toBe(0)
  })

  it('lines the previous period up with the buckets, null where it has no counterpart', () => {
    const figures = reportChartFigures({
      rows,
      previousRows: [null, rows[0]!],
      group: INTERVAL_INBOUND,
      metrics: ['AverageWaitTime'],
      label: (name) => name,
      timeZone: 'UTC',
      bucketMs: HOUR_MS
    })
    expect(figures.categories).toEqual(['2024-05-31 16:00', '2024-06-01 16:00'])
    expect(figures.series[0]!.previous).toEqual([null, 30])
  })
})

describe('chartDataTsv', () => {
  it('writes a header and one line per bucket, rates as percentages, blanks for missing', () => {
    const tsv = chartDataTsv(
      input({
        categories: ['2024-05-01', '2024-05-02'],
        series: [
          { key: 'CallsHandled', label: 'Calls\thandled', unit: 'count', values: [10, null] },
          { key: 'HandleRate', label: 'Handle rate', unit: 'ratio', values: [0.5, 1.1], previous: [0.25, null] }
        ]
      }),
      'Time',
      (kind) => (kind === 'rate' ? ' (%)' : '')
    )
    expect(tsv.split('\n')).toEqual([
      'Time\tCalls handled\tHandle rate (%)\tHandle rate (previous period) (%)',
      '2024-05-01\t10\t50\t25',
      '2024-05-02\t\t110\t'
    ])
  })
})

describe('the chart\'s tooltip', () => {
  type Formatter = (params: unknown) => string
  const formatterOf = (option: ReturnType<typeof buildReportChartOption>) => (option.tooltip as { formatter: Formatter }).formatter

  it('shows each metric\'s definition under its value, once for it and its previous period', () => {
    const option = buildReportChartOption(
      input({
        series: [
          {
            key: 'HandleRate',
            label: 'Handled of queued',
            unit: 'ratio',
            values: [0.953],
            previous: [null],
            definition: 'Calls answered by an agent / calls that entered the queue.'
          }
        ]
      })
    )
    const html = formatterOf(option)([
      { seriesIndex: 0, seriesName: 'Handled of queued', value: 95.3, marker: '<span class="m"></span>', axisValueLabel: '2024-05-01' },
      { seriesIndex: 1, seriesName: 'Handled of queued (previous period)', value: null, marker: '<span class="m"></span>', axisValueLabel: '2024-05-01' }
    ])
    expect(html).toContain('2024-05-01')
    expect(html).toContain('95.3%')
    expect(html).toContain('—')
    expect(html.split('Calls answered by an agent / calls that entered the queue.')).toHaveLength(2)
    expect(html).toContain('<span class="m"></span>Handled of queued (previous period)')
  })

  it('shows names and definitions as text, never as markup', () => {
    const option = buildReportChartOption(
      input({ series: [{ key: 'CallsHandled', label: '<img src=x>', unit: 'count', values: [3], definition: 'a < b & "c"' }] })
    )
    const html = formatterOf(option)([{ seriesIndex: 0, seriesName: '<img src=x>', value: 3, axisValueLabel: '<b>' }])
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;img src=x&gt;')
    expect(html).toContain('a &lt; b &amp; &quot;c&quot;')
  })

  it('takes the definitions from the page with the rows', () => {
    const figures = reportChartFigures({
      rows: [{ StatsTime: 0, values: { HandleRate: 0.5 } }],
      group: INTERVAL_INBOUND,
      metrics: ['HandleRate'],
      label: (name) => `label of ${name}`,
      definition: (name) => `definition of ${name}`,
      timeZone: 'Asia/Shanghai',
      bucketMs: HOUR_MS
    })
    expect(figures.series[0]!.definition).toBe('definition of HandleRate')
  })
})
