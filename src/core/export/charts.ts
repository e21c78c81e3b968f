/**
 * Report charts drawn in core as SVG text (ECharts SSR), for files that must work offline. The
 * option is the page's own (src/shared/charts/report-chart), drawn still: a fixed size, a title,
 * no tooltip and no zooming.
 */
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkAreaComponent, MarkPointComponent, TitleComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
// The SVG painter alone: `echarts/renderers` would load the canvas one too, which a file never uses.
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js'
import { buildDayChartOption, type DayChartInput } from '../../shared/charts/day-chart'
import { buildReportChartOption, type ReportChartInput } from '../../shared/charts/report-chart'

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkAreaComponent, MarkPointComponent, TitleComponent, SVGRenderer])

// Single quotes: ECharts writes the family into a double-quoted style attribute unescaped, where a
// double quote ended the attribute (the SVG was not XML, and the font list was lost).
export const CHART_FONT = "'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif"

/** One report chart as an `<svg>` string; the chart is always disposed. */
export function renderReportChartSvg(
  input: ReportChartInput,
  title: string,
  size: { width: number; height: number } = { width: 960, height: 360 }
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  try {
    chart.setOption(buildReportChartOption(input, { interactive: false, title, fontFamily: CHART_FONT, width: size.width }))
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/** One chart of the day so far as an `<svg>` string, the Today page's option drawn still (no tooltip). */
export function renderDayChartSvg(input: DayChartInput, size: { width: number; height: number } = { width: 960, height: 260 }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  try {
    const { tooltip: _tooltip, ...option } = buildDayChartOption(input)
    chart.setOption({ ...option, animation: false, textStyle: { fontFamily: CHART_FONT } })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
