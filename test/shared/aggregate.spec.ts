import { describe, expect, it } from 'vitest'
import { totalsRow } from '../../src/shared/ccc/aggregate'
import { INTERVAL_INBOUND, INTERVAL_OVERALL } from '../../src/shared/ccc/catalogue'
import type { IntervalInbound } from '../../src/shared/ccc/types'

/** An inbound row with only the named figures; everything else as the API sends for a quiet hour. */
function inbound(figures: Partial<IntervalInbound>): IntervalInbound {
  const row = Object.fromEntries(Object.keys(INTERVAL_INBOUND).map((k) => [k, 0])) as IntervalInbound
  return { ...row, ...figures }
}

describe('totalsRow', () => {
  // Two busy hours and one with no calls at all, computed by hand below.
  const hours = [
    inbound({ CallsOffered: 10, CallsQueued: 8, CallsHandled: 6, TotalTalkTime: 600, AverageTalkTime: 100, MaxTalkTime: 300, HandleRate: 0.75, ServiceLevel20: 0.5, CallsAbandonedInQueue: 1, CallsAbandonedInRinging: 1, AbandonedRate: 0.25, SatisfactionIndex: 4, SatisfactionSurveysResponded: 2 }),
    inbound({ CallsOffered: 4, CallsQueued: 2, CallsHandled: 2, TotalTalkTime: 40, AverageTalkTime: 20, MaxTalkTime: 25, HandleRate: 1, ServiceLevel20: 1, SatisfactionIndex: 5, SatisfactionSurveysResponded: 6 }),
    inbound({})
  ]
  const total = totalsRow(hours, INTERVAL_INBOUND)

  it('sums counts and totals', () => {
    expect(total.CallsOffered).toBe(14)
    expect(total.CallsHandled).toBe(8)
    expect(total.TotalTalkTime).toBe(640)
  })

  it('recomputes averages from totals and counts, not the mean of averages', () => {
    // (600 + 40) / (6 + 2) = 80, where the mean of the hourly averages would be 40 (or 60 without the quiet hour)
    expect(total.AverageTalkTime).toBe(80)
  })

  it('recomputes rates from their counts', () => {
    expect(total.HandleRate).toBe(8 / 10) // handled / queued
    expect(total.AbandonedRate).toBe(2 / 10) // (queue + ringing abandons) / queued
  })

  it('weights rates whose numerator is not returned by their denominator', () => {
    // SL20 answered-within-20s = 0.5·8 + 1·2 = 6 of 10 queued
    expect(total.ServiceLevel20).toBeCloseTo(0.6, 10)
    // satisfaction: (4·2 + 5·6) / 8 responses
    expect(total.SatisfactionIndex).toBeCloseTo(38 / 8, 10)
  })

  it('takes maxima as maxima', () => {
    expect(total.MaxTalkTime).toBe(300)
  })

  it('leaves an average with no calls blank instead of 0 or NaN', () => {
    expect(total.AverageHoldTime).toBeNull() // no call was held
    expect(totalsRow([inbound({})], INTERVAL_INBOUND).AverageTalkTime).toBeNull()
  })

  it('leaves figures the API gives no way to recompute blank', () => {
    const overall = totalsRow(
      [{ ...Object.fromEntries(Object.keys(INTERVAL_OVERALL).map((k) => [k, 1])) } as never],
      INTERVAL_OVERALL
    )
    expect(overall.AverageReadyTime).toBeNull()
    expect(overall.AverageBreakTime).toBeNull()
  })

  it('keeps bigints exact when a count passes 2^53', () => {
    const big = totalsRow([inbound({ CallsOffered: 9007199254740993n }), inbound({ CallsOffered: 2 })], INTERVAL_INBOUND)
    expect(big.CallsOffered).toBe(9007199254740995n)
  })
})
