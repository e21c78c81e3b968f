/**
 * One ECharts canvas owned by a component: made on mount (a plain variable, never reactive), drawn
 * after the paint that shows the page and again after each change of its option (changes before
 * that paint are drawn once), resized with its box, disposed on unmount.
 */
import { onMounted, onUnmounted, ref, watch, type Ref } from 'vue'
import { initChart, type EChartsType } from '../charts/echarts'
import { setOptionPaintLater } from '../charts/paint-later'
import { afterNextPaint } from './after-paint'

type ChartOption = Parameters<EChartsType['setOption']>[0]

export interface ChartCanvas {
  /** A new option waits to be drawn: the canvas is busy until then. */
  pending: Ref<boolean>
  /** The chart, once mounted and until unmounted. */
  chart: () => EChartsType | null
}

/**
 * `replaceMerge` names the option's parts replaced whole on each draw, so a part removed from the
 * option does not linger; the others are kept and updated rather than built again.
 */
export function useChartCanvas(el: Ref<HTMLElement | null>, option: () => ChartOption, replaceMerge: string[]): ChartCanvas {
  let chart: EChartsType | null = null
  let observer: ResizeObserver | null = null
  let cancelDraw: (() => void) | null = null
  const pending = ref(true)

  function draw(): void {
    cancelDraw = null
    pending.value = false
    // Laid out in this task and painted in the chart's next frame: ECharts' lazyUpdate does both in
    // that frame, one task with the browser's own layout of the page (over 50 ms for a week hourly).
    if (chart) setOptionPaintLater(chart, option(), { replaceMerge })
  }

  onMounted(() => {
    if (!el.value) return
    chart = initChart(el.value)
    cancelDraw = afterNextPaint(draw)
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => chart?.resize())
      observer.observe(el.value)
    }
  })

  watch(option, () => {
    pending.value = true
    cancelDraw ??= afterNextPaint(draw)
  })

  onUnmounted(() => {
    cancelDraw?.()
    observer?.disconnect()
    observer = null
    chart?.dispose()
    chart = null
  })

  return { pending, chart: () => chart }
}
