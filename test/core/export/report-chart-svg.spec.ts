/**
 * An exported chart is the page's chart: the SVG an HTML export holds is drawn from the option the
 * snapshot viewer gives its canvas (src/shared/charts/report-chart), so it shows the same series in
 * the same colours and kinds, the same gaps, and the same axis labels.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBaseName, exportSnapshot } from '../../../src/core/export/export-snapshot'
import { renderReportChartSvg } from '../../../src/core/export/charts'
import { buildReportChartOption, FLAG_COLOR, PALETTE, reportChartFigures, type ReportChartOption } from '../../../src/shared/charts/report-chart'
import { shownFields } from '../../../src/shared/ccc/catalogue'
import { HOUR_MS } from '../../../src/shared/ccc/range-split'
import { INTERVAL_DEFAULT_METRICS, INTERVAL_GROUPS, intervalRowOf } from '../../../src/shared/ccc/report-metrics'
import type { Snapshot } from '../../../src/shared/snapshot'
import { metricLabel } from '../../../src/shared/messages/metric-labels'
import { demoSnapshot } from '../../helpers/demo-snapshot'
import { showsName, svgLabels } from '../../helpers/svg-labels'
import { xmlErrors } from '../../helpers/xlsx-xml'

const CHROMIUM = '/usr/bin/chromium'

/** The bucket whose handle rate the API left out: it must stay a gap in the file. */
const MISSING = 3

let root: string
let snapshot: Snapshot
let svgs: string[]

beforeAll(async () => {
  snapshot = await demoSnapshot(5)
  const item = snapshot.interval!.items[MISSING]!
  snapshot.interval!.items[MISSING] = { ...item, Inbound: { ...item.Inbound, HandleRate: null } }
  root = await mkdtemp(join(tmpdir(), 'ccc-chart-'))
  await exportSnapshot(snapshot, root, ['html'])
  const html = await readFile(join(root, `${exportBaseName(snapshot)}.html`), 'utf8')
  svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? []
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** The interval chart as the snapshot viewer's page builds it for its canvas (see ReportPanel.vue). */
function screenOption(): ReportChartOption {
  const rows = snapshot.interval!.items.map((item) => intervalRowOf(item, 'Inbound'))
  const figures = reportChartFigures({
    rows,
    group: shownFields(INTERVAL_GROUPS.Inbound, rows.map((r) => r.values)),
    metrics: INTERVAL_DEFAULT_METRICS.Inbound,
    label: (name) => `label of ${name}`,
    timeZone: snapshot.timeZone,
    bucketMs: HOUR_MS
  })
  return buildReportChartOption({
    ...figures,
    previousSuffix: ' (previous period)',
    axisNames: { count: 'Calls', rate: 'Rate', duration: 'Duration', score: 'Score' }
  })
}

type Series = { type: string; color: string; data: Array<number | null> }
type Axis = { axisLabel: { formatter: (value: number) => string } }
const seriesOf = (option: ReportChartOption) => option.series as unknown as Series[]
const axesOf = (option: ReportChartOption) => option.yAxis as unknown as Axis[]

const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!)
/** The marks ECharts drew for one series' points (bars, or a line's symbols), with the index of each. */
const marks = (svg: string, series: number) =>
  [...svg.matchAll(new RegExp(`<path [^>]*ecmeta_series_index="${series}"[^>]*>`, 'g'))]
    .filter((m) => m[0].includes('ecmeta_ssr_type="chart"'))
    .map((m) => ({
    dataIndex: Number(/ecmeta_data_index="(\d+)"/.exec(m[0])![1]),
    fill: /fill="([^"]+)"/.exec(m[0])?.[1],
    stroke: /stroke="([^"]+)"/.exec(m[0])?.[1]
  }))
/** A drawn line of one colour: the path without fill that is not a mark. */
const linePaths = (svg: string, color: string): string[] =>
  [...svg.matchAll(/<path [^>]*>/g)]
    .map((m) => m[0])
    .filter((p) => !p.includes('ecmeta_') && !p.includes('transform') && p.includes('fill="none"') && p.includes(`stroke="${color}"`))

describe('the interval chart of an HTML export', () => {
  it('is one of two charts, titled from its table', () => {
    expect(svgs).toHaveLength(2)
    expect(texts(svgs[0]!)).toContain('Interval report (Hourly) · Inbound')
    expect(texts(svgs[1]!)).toContain('Trend · Inbound')
  })

  it('is well-formed XML, so it opens as an .svg too, its font list intact', () => {
    for (const svg of svgs) {
      expect(xmlErrors(svg)).toEqual([])
      expect(svg).toContain("font-family:'Segoe UI', 'PingFang SC'")
    }
  })

  it('draws each of the page\'s series in its colour and kind, at the same points', () => {
    const screen = seriesOf(screenOption())
    expect(screen.map((s) => s.type)).toEqual(['bar', 'bar', 'line', 'line'])
    screen.forEach((s, i) => {
      const drawn = marks(svgs[0]!, i)
      const present = s.data.flatMap((v, index) => (v === null ? [] : [index]))
      expect(drawn.map((m) => m.dataIndex), `series ${i}`).toEqual(present)
      // A bar is filled with the series' colour; a line's symbols are ringed with it.
      for (const mark of drawn) expect(s.type === 'bar' ? mark.fill : mark.stroke, `series ${i}`).toBe(s.color)
      if (s.type === 'line') expect(linePaths(svgs[0]!, s.color), `series ${i}`).toHaveLength(1)
    })
  })

  it('names the page\'s metrics in its legend, in the page\'s order, as the page labels them', () => {
    const labels = INTERVAL_DEFAULT_METRICS.Inbound.map((metric) => metricLabel('en-US', 'ListIntervalInstanceReport.Inbound', metric))
    expect(labels).toContain('Handled of queued')
    expect(texts(svgs[0]!).filter((text) => labels.includes(text))).toEqual(labels)
  })

  it('leaves a gap where the API left a value out, as the page does', () => {
    const rate = seriesOf(screenOption())[2]!
    expect(rate.data[MISSING]).toBeNull()
    expect(marks(svgs[0]!, 2).map((m) => m.dataIndex)).not.toContain(MISSING)
    // connectNulls is off: the line breaks into separate runs ("M" starts each) around the gap.
    const [line] = linePaths(svgs[0]!, rate.color)
    const runs = (/ d="([^"]+)"/.exec(line!)![1]!.match(/M/g) ?? []).length
    const expected = rate.data.filter((v, i) => v !== null && (i === 0 || rate.data[i - 1] === null)).length
    expect(expected).toBeGreaterThan(1)
    expect(runs).toBe(expected)
  })

  it('labels the rate and duration axes with the page\'s formatters: ratios as percentages, seconds as m:ss', () => {
    const [, rateAxis, durationAxis] = axesOf(screenOption())
    const labels = texts(svgs[0]!)
    const rateTicks = labels.filter((text) => /^\d+(\.\d+)?%$/.test(text))
    // Handle rates are ratios near 1: the axis reaches 100 %, never 1.
    expect(rateTicks).toContain('100%')
    for (const tick of rateTicks) expect(rateAxis!.axisLabel.formatter(Number(tick.slice(0, -1)))).toBe(tick)
    const durationTicks = labels.filter((text) => /^\d+:\d\d$/.test(text))
    expect(durationTicks.length).toBeGreaterThan(1)
    for (const tick of durationTicks) {
      const [m, s] = tick.split(':').map(Number)
      expect(durationAxis!.axisLabel.formatter(m! * 60 + s!)).toBe(tick)
    }
  })

  it('labels buckets as the page does, in the snapshot\'s zone', () => {
    const categories = (screenOption().xAxis as { data: string[] }).data
    const shown = texts(svgs[0]!).filter((text) => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(text))
    expect(shown.length).toBeGreaterThan(1)
    for (const label of shown) expect(categories).toContain(label)
  })
})

describe('the trend chart of an HTML export', () => {
  it('draws counts as bars, as the page does, where it once drew lines', () => {
    const drawn = marks(svgs[1]!, 0)
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.every((m) => m.fill === PALETTE[0])).toBe(true)
    expect(linePaths(svgs[1]!, PALETTE[0]!)).toHaveLength(0)
  })
})

describe('a rate above 100 % in a file', () => {
  const rate = (values: number[]) =>
    renderReportChartSvg({ categories: values.map((_, i) => `2024-06-0${i + 1}`), series: [{ key: 'HandleRate', label: 'HandleRate', unit: 'ratio', values }] }, 'Rates')

  it('is flagged where it is drawn, as on the page, and nothing is flagged when no rate passes 100 %', () => {
    expect(rate([0.5, 1.25, 0.9])).toContain(FLAG_COLOR)
    expect(rate([0.5, 0.95, 0.9])).not.toContain(FLAG_COLOR)
  })
})

describe('a chart of named categories (a top-N of skill groups or agents)', () => {
  const names = [...Array.from({ length: 9 }, (_, i) => `Skill group number ${i + 1} of the northern region`), '华东区域售后服务热线第二梯队专家支持组']
  const svgOf = (named: boolean): string =>
    renderReportChartSvg({ categories: names, named, series: [{ key: 'CallsHandled', label: 'CallsHandled', unit: 'count', values: names.map((_, i) => 100 - i) }] }, 'Top 10')
  const labels = (svg: string): string[] => svgLabels(svg).filter((text) => text.startsWith('Skill group') || text.startsWith('华东'))

  it('in a file, names every bar in order, wrapped within its slot so names that begin alike still tell apart', () => {
    const shown = labels(svgOf(true))
    expect(shown).toHaveLength(10)
    shown.forEach((label, i) => expect(showsName(label, names[i]!), label).toBe(true))
    // The part that differs is on the chart, not cut away.
    for (let i = 0; i < 9; i++) expect(shown[i]).toContain(`number ${i + 1} of`)
    // A name longer than its slot says it is cut.
    expect(shown[9]!.endsWith('...')).toBe(true)
  })

  it('where buckets would thin out their labels instead', () => {
    expect(labels(svgOf(false)).length).toBeLessThan(10)
  })
})

// Measured where it is drawn: Chromium's layout of the SVG text (ECharts' own positions said no overlap while the page showed one).
describe.runIf(existsSync(CHROMIUM) || process.env.CI === 'true')("an exported chart's title, as Chromium lays it out", () => {
  it('sits above the legend, not through it, in Chinese too', async () => {
    const title = '区间报表（按小时） · 呼入'
    const svg = renderReportChartSvg({ categories: ['a', 'b'], series: [{ key: 'CallsOffered', label: '呼入总量', unit: 'count', values: [1, 2] }] }, title)
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
    try {
      const page = await browser.newPage()
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`)
      // A string, evaluated in the page: these specs are typed for Node, without the DOM.
      const box = (text: string): Promise<{ top: number; bottom: number } | null> =>
        page.evaluate(`(() => {
          const element = [...document.querySelectorAll('svg text')].find((t) => t.textContent === ${JSON.stringify(text)})
          const rect = element && element.getBoundingClientRect()
          return rect ? { top: rect.top, bottom: rect.bottom } : null
        })()`)
      const [titleBox, legendBox] = [await box(title), await box('呼入总量')]
      expect(titleBox).not.toBeNull()
      expect(legendBox).not.toBeNull()
      expect(titleBox!.top).toBeGreaterThanOrEqual(0)
      expect(titleBox!.bottom).toBeLessThanOrEqual(legendBox!.top)
    } finally {
      await browser.close()
    }
  }, 30_000)
})
