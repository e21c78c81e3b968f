/** Report charts rendered in main to SVG text (ECharts SSR), for files that must work offline. */
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TitleComponentOption
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer])

type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption
>

export const CHART_FONT = '"Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif'

export interface ChartSeries {
  name: string
  values: (number | null)[]
}

/** One bar or line chart as an `<svg>` string; the chart is always disposed. */
export function renderChartSvg(
  kind: 'bar' | 'line',
  title: string,
  categories: string[],
  series: ChartSeries[],
  size: { width: number; height: number } = { width: 960, height: 360 }
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  try {
    const option: ChartOption = {
      animation: false,
      textStyle: { fontFamily: CHART_FONT },
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      legend: { top: 28 },
      grid: { left: 56, right: 24, top: 64, bottom: 48 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) =>
        kind === 'bar'
          ? ({ type: 'bar', name: s.name, data: s.values } satisfies BarSeriesOption)
          : ({ type: 'line', name: s.name, data: s.values, showSymbol: false } satisfies LineSeriesOption)
      )
    }
    chart.setOption(option)
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
