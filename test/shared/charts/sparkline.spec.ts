/**
 * The wallboard's sparkline: steps that hold a value until the next answer, breaks where the
 * console was not running, and a peak that survives however many answers share a pixel.
 */
import { describe, expect, it } from 'vitest'
import { sparkline } from '../../../src/shared/charts/sparkline'
import type { CurvePoint } from '../../../src/shared/history/day-curves'

const S = 1_000
const T0 = Date.UTC(2026, 5, 17, 0, 0, 0)
const box = { width: 100, height: 22 }

/** The path's commands, for reading: "M0 21", "H50", "V1"… */
const commands = (d: string): string[] => d.match(/[MHVh][^MHVh]*/g) ?? []

describe('a sparkline', () => {
  it('draws steps from the floor to the peak, the value held until the next answer', () => {
    const points: CurvePoint[] = [[T0, 0], [T0 + 50 * S, 10], [T0 + 100 * S, 5]]
    const line = sparkline({ points, from: T0, to: T0 + 100 * S, ...box })
    expect(commands(line.d)).toEqual(['M0 21', 'H50', 'V1', 'H100', 'V11'])
    expect(line.peak).toEqual({ value: 10, at: T0 + 50 * S })
    expect(line.count).toBe(3)
  })

  it('breaks where a point is null and draws a lone answer as a dot', () => {
    const points: CurvePoint[] = [[T0, 2], [T0 + 10 * S, 2], [T0 + 10 * S + 1, null], [T0 + 60 * S, 4], [T0 + 60 * S + 1, null], [T0 + 90 * S, 1], [T0 + 100 * S, 1]]
    const line = sparkline({ points, from: T0, to: T0 + 100 * S, ...box })
    const moves = commands(line.d).filter((c) => c.startsWith('M'))
    expect(moves).toEqual(['M0 11', 'M60 1', 'M90 16'])
    // The lone answer at 60 s is a dot (a zero-length stroke with round caps), not nothing.
    expect(line.d).toContain('M60 1h0')
  })

  it('keeps a one-refresh peak among a day of answers in one pixel column, and stays a few commands a pixel', () => {
    // A day at 10 s: 8,640 answers, 2 waiting except one answer of 40 at noon.
    const points: CurvePoint[] = []
    for (let i = 0; i < 8_640; i++) points.push([T0 + i * 10 * S, i === 4_320 ? 40 : 2])
    const line = sparkline({ points, from: T0, to: T0 + 8_639 * 10 * S, width: 120, height: 28 })
    expect(line.peak?.value).toBe(40)
    expect(line.count).toBe(8_640)
    // The peak reaches the top of the box (y = 1), the rest sits near the floor.
    expect(commands(line.d)).toContain('V1')
    expect(commands(line.d).length).toBeLessThan(4 * 120)
  })

  it('holds the last value to the right edge, where the last answer is, unless the line was broken before it', () => {
    const held = sparkline({ points: [[T0, 2], [T0 + 50 * S, 3]], from: T0, to: T0 + 100 * S, ...box })
    expect(commands(held.d).at(-1)).toBe('H100')
    const gone = sparkline({ points: [[T0, 2], [T0 + 50 * S, null]], from: T0, to: T0 + 100 * S, ...box })
    expect(gone.d).not.toContain('H100')
    // Held until the answer that no longer had it: a line to there, not a dot at its start.
    expect(commands(gone.d)).toEqual(['M0 1', 'H50'])
  })

  it('draws nothing with nothing reported, and a line of zeros on the floor', () => {
    expect(sparkline({ points: [[T0, null]], from: T0, to: T0 + S, ...box }).d).toBe('')
    const zeros = sparkline({ points: [[T0, 0], [T0 + S, 0]], from: T0, to: T0 + S, ...box })
    expect(commands(zeros.d)).toEqual(['M0 21', 'H100'])
  })
})
