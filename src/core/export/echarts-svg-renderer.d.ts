// ECharts types its public entry points only; this module is the SVG half of `echarts/renderers`.
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  import type { SVGRenderer } from 'echarts/renderers'
  export const install: typeof SVGRenderer
}
