/**
 * A "today so far" sparkline as one SVG path: steps (a value holds until the next answer), broken
 * where a point is null (a gap, a figure not reported), scaled from 0 to the highest value. Many
 * answers to a pixel column are drawn as that column's lowest, highest and last, so a peak of one
 * refresh is never smoothed away and the path stays a few commands per pixel however long the day.
 * Pure, so a snapshot's HTML export can draw the same.
 */
import type { CurvePoint } from '../history/day-curves'

export interface SparklineInput {
  points: readonly CurvePoint[]
  /** The time at the left and right edges, epoch ms. */
  from: number
  to: number
  width: number
  height: number
}

export interface Sparkline {
  /** The path's `d`; empty with nothing to draw. */
  d: string
  /** The highest value drawn and when it was first reached; null with none. */
  peak: { value: number; at: number } | null
  /** Points drawn (not null). */
  count: number
}

const round = (n: number): number => Math.round(n * 10) / 10

export function sparkline({ points, from, to, width, height }: SparklineInput): Sparkline {
  let peak: Sparkline['peak'] = null
  let count = 0
  for (const [at, value] of points) {
    if (value === null || at < from || at > to) continue
    count++
    if (peak === null || value > peak.value) peak = { value, at }
  }
  if (peak === null) return { d: '', peak, count }
  // A line of zeros sits on the floor rather than filling the box.
  const top = Math.max(peak.value, 1)
  const span = Math.max(to - from, 1)
  const xOf = (at: number): number => round(((at - from) / span) * width)
  // A 1 px margin keeps the stroke inside the box at the floor and at the peak.
  const yOf = (value: number): number => round(height - 1 - (Math.max(value, 0) / top) * (height - 2))
  const out: string[] = []
  let drawing = false
  /** Columns of the line under way: one alone is drawn as a dot (with a round cap). */
  let columns = 0
  let column = Number.NaN
  let low = 0
  let high = 0
  let last = 0
  const flush = (): void => {
    if (Number.isNaN(column)) return
    // The column's whole range, ending on its last value, which the next step carries on from.
    if (low !== high) out.push(`V${low}V${high}`)
    if (low !== high && last !== high) out.push(`V${last}`)
    column = Number.NaN
  }
  for (const [at, value] of points) {
    if (at < from || at > to) continue
    if (value === null) {
      const lastColumn = column
      flush()
      // The value held until the answer that no longer had it (a group gone, a figure not reported).
      const x = xOf(at)
      if (drawing && x >= lastColumn + 1) out.push(`H${x}`)
      else if (columns === 1) out.push('h0')
      drawing = false
      columns = 0
      continue
    }
    const x = xOf(at)
    const y = yOf(value)
    // Answers within one pixel share its column.
    if (drawing && Math.floor(x) === column) {
      low = Math.min(low, y)
      high = Math.max(high, y)
      last = y
      continue
    }
    flush()
    // The previous value held until now (a step), then this one.
    out.push(drawing ? (y === last ? `H${x}` : `H${x}V${y}`) : `M${x} ${y}`)
    drawing = true
    columns++
    column = Math.floor(x)
    low = high = last = y
  }
  const lastColumn = column
  flush()
  // The last value holds to the right edge (the last answer), as it held until each next one.
  const end = xOf(to)
  if (drawing && end >= lastColumn + 1) out.push(`H${end}`)
  else if (columns === 1) out.push('h0')
  return { d: out.join(''), peak, count }
}
