import { describe, expect, it } from 'vitest'
import { AGE_MARGIN_MS, DAY_MS, HOUR_MS, MAX_AGE_MS, planRange, RangeRuleError } from '../../src/shared/ccc/range-split'

// A fixed "now" on an hour boundary keeps the expected calls easy to read.
const now = Date.UTC(2026, 10, 23, 12, 0, 0)

function refusal(fn: () => unknown): RangeRuleError {
  try {
    fn()
  } catch (error) {
    if (error instanceof RangeRuleError) return error
    throw error
  }
  throw new Error('expected a RangeRuleError')
}

describe('planRange', () => {
  it('splits 25 days of hourly data into 10 + 10 + 5 days', () => {
    const plan = planRange('hourly', { startTime: now - 25 * DAY_MS, endTime: now }, now)
    expect(plan.calls.map((c) => (c.endTime - c.startTime) / DAY_MS)).toEqual([10, 10, 5])
    expect(plan.calls[0]?.startTime).toBe(now - 25 * DAY_MS)
    expect(plan.calls.at(-1)?.endTime).toBe(now)
    // consecutive: each call starts where the last ended
    plan.calls.slice(1).forEach((c, i) => expect(c.startTime).toBe(plan.calls[i]?.endTime))
  })

  it('splits 15 days of trend into 7 + 7 + 1 days', () => {
    const plan = planRange('trend', { startTime: now - 15 * DAY_MS, endTime: now }, now)
    expect(plan.calls.map((c) => (c.endTime - c.startTime) / DAY_MS)).toEqual([7, 7, 1])
  })

  it('serves 180 days of daily data in one call and exactly 7 days of trend in one', () => {
    const daily = planRange('daily', { startTime: now - MAX_AGE_MS + AGE_MARGIN_MS + HOUR_MS, endTime: now }, now)
    expect(daily.calls).toHaveLength(1)
    expect(planRange('trend', { startTime: now - 7 * DAY_MS, endTime: now }, now).calls).toHaveLength(1)
  })

  it('aligns interval calls to the hour so no bucket straddles two calls', () => {
    const plan = planRange('hourly', { startTime: now - 12 * DAY_MS + 25 * 60_000, endTime: now }, now)
    for (const call of plan.calls) expect(call.startTime % HOUR_MS).toBe(0)
  })

  it('refuses an end before the start, saying which is which', () => {
    const error = refusal(() => planRange('trend', { startTime: now - DAY_MS, endTime: now - 2 * DAY_MS }, now))
    expect(error.code).toBe('Range.EndBeforeStart')
    expect(error.message).toMatch(/end .* must be after the start/)
  })

  it('refuses a start older than 180 days and names the earliest possible start', () => {
    const error = refusal(() => planRange('daily', { startTime: now - 200 * DAY_MS, endTime: now }, now))
    expect(error.code).toBe('Range.TooOld')
    expect(error.message).toContain('180 days')
    expect(error.message).toContain(new Date(now - MAX_AGE_MS + AGE_MARGIN_MS).toISOString().slice(0, 16))
  })

  it('moves a start that just aged past the limit inside it instead of refusing', () => {
    const plan = planRange('trend', { startTime: now - MAX_AGE_MS + 1000, endTime: now - 170 * DAY_MS }, now)
    expect(plan.range.startTime).toBe(now - MAX_AGE_MS + AGE_MARGIN_MS)
  })

  it('clamps an end in the future to now and says so', () => {
    const plan = planRange('trend', { startTime: now - DAY_MS, endTime: now + 3 * DAY_MS }, now)
    expect(plan.endClamped).toBe(true)
    expect(plan.range.endTime).toBe(now)
  })

  it('refuses a start in the future and non-times', () => {
    expect(refusal(() => planRange('trend', { startTime: now + HOUR_MS, endTime: now + 2 * HOUR_MS }, now)).code).toBe(
      'Range.InFuture'
    )
    expect(refusal(() => planRange('trend', { startTime: Number.NaN, endTime: now }, now)).code).toBe('Range.Invalid')
  })
})
