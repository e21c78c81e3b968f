/**
 * An option set now and painted in the chart's next frame. ECharts paints in `setOption` itself
 * (its `flush`), or with `lazyUpdate` merges now and leaves the whole update and the paint to the
 * next frame; a switch of a report then costs one task of both. Here the update (series views,
 * axes, labels) is this task's and the canvas is painted by zrender's own frame loop, which a
 * changed element has already woken.
 */
import type { EChartsType } from 'echarts/core'

type SetOptionArgs = Parameters<EChartsType['setOption']>

export function setOptionPaintLater(chart: EChartsType, option: SetOptionArgs[0], opts: SetOptionArgs[1] & object): void {
  const zr = chart.getZr()
  const flush = zr.flush
  // `refresh` marks the canvas for the next frame: what `flush` would have drawn, drawn then.
  zr.flush = () => zr.refresh()
  try {
    chart.setOption(option, { ...opts, lazyUpdate: false })
  } finally {
    zr.flush = flush
  }
}
