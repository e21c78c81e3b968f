/**
 * The totals row of a day's hourly buckets, as the console computes it, must equal that day's
 * Daily bucket from the API (the simulator aggregates its own raw slots; the two share no code
 * but the catalogue). Night hours with no calls are included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../../src/main/ccc/client'
import { totalsRow } from '../../../src/shared/ccc/aggregate'
import { INTERVAL_INBOUND, INTERVAL_OUTBOUND, INTERVAL_OVERALL, type MetricGroup } from '../../../src/shared/ccc/catalogue'
import { DAY_MS } from '../../../src/shared/ccc/range-split'
import type { IntervalReportItem } from '../../../src/shared/ccc/types'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'

let sim: Simulator
let client: CccClient
beforeAll(async () => {
  sim = await startSimulator({ seed: 21 })
  client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url })
})
afterAll(() => sim.close())

function compare(group: MetricGroup, totals: Record<string, unknown>, daily: Record<string, unknown>): void {
  for (const [name, def] of Object.entries(group)) {
    if (def.aggregate.kind === 'none') continue
    const expected = daily[name] as number
    const actual = totals[name] as number | null
    // The API writes 0 where nothing can be averaged; the console shows that as blank.
    if (actual === null) expect(expected, name).toBe(0)
    else expect(actual, name).toBeCloseTo(expected, 6)
  }
}

describe.each(['ccc-demo', 'ccc-night'])('totals of %s', (instanceId) => {
  it('a day of hourly buckets totals to that day\'s Daily bucket', async () => {
    const now = Date.now()
    const daily = await client.listIntervalInstanceReport(instanceId, { startTime: now - 5 * DAY_MS, endTime: now }, 'Daily')
    const day = daily.at(-2) as IntervalReportItem // the last complete day
    const next = daily.at(-1) as IntervalReportItem
    const hours = await client.listIntervalInstanceReport(instanceId, { startTime: day.StatsTime, endTime: next.StatsTime }, 'Hourly')
    expect(hours.length).toBeGreaterThanOrEqual(23)
    // Quiet hours where some averages have nothing to average (no call held) are part of the day.
    if (instanceId === 'ccc-night') expect(hours.some((h) => h.Inbound.CallsHold === 0)).toBe(true)
    compare(INTERVAL_INBOUND, totalsRow(hours.map((h) => h.Inbound), INTERVAL_INBOUND), day.Inbound)
    compare(INTERVAL_OUTBOUND, totalsRow(hours.map((h) => h.Outbound), INTERVAL_OUTBOUND), day.Outbound)
    compare(INTERVAL_OVERALL, totalsRow(hours.map((h) => h.Overall), INTERVAL_OVERALL), day.Overall)
  })
})
