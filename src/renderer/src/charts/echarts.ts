/**
 * The page's one ECharts registration: only the parts the reports draw, on canvas, so the bundle
 * stays small. The option comes from the shared builder (src/shared/charts), which the exports
 * render to SVG with their own registration.
 */
import { BarChart, LineChart } from 'echarts/charts'
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkPointComponent, TooltipComponent } from 'echarts/components'
import { init, use, type EChartsType } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, MarkPointComponent, MarkAreaComponent, CanvasRenderer])

export type { EChartsType }

export const initChart = (el: HTMLElement): EChartsType => init(el, undefined, { renderer: 'canvas' })
