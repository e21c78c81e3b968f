/**
 * The simulated data on the pinned day: `npm run test:dates` moves it over month ends, London's
 * DST changes, New Year, 29 February and a Sunday, so local days are computed, not written down.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns/format'
import { startOfDay } from 'date-fns/startOfDay'
import { subDays } from 'date-fns/subDays'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOUR_MS } from '../../src/shared/ccc/range-split'
import { DEMO_INSTANCE_IDS, startSimulator, type Simulator } from '../../src/simulator'
import { buildInstances } from '../../src/simulator/instances'
import { TEST_NOW } from '../helpers/test-clock'
import { daily, expectDayAgrees, expectSummaryMatches } from './report-checks'

describe('on the pinned day (npm run test:dates moves it)', () => {
  // The simulator is frozen at the pinned instant; the requests are signed at it too.
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ now: () => TEST_NOW, numbers: 'number' })
  })
  afterAll(() => sim.close())
  const zoneOf = (id: string): string => buildInstances(1).get(id)?.traffic.timeZone ?? 'unknown'
  /** Local midnights with date-fns, not the simulator's own calendar code. */
  const midnightOf = (at: number, zone: string, daysBack = 0): number => startOfDay(subDays(new TZDate(at, zone), daysBack)).getTime()

  it.each(DEMO_INSTANCE_IDS)('%s: yesterday in its own zone agrees across trend, Hourly and Daily', async (id) => {
    const zone = zoneOf(id)
    const start = midnightOf(TEST_NOW, zone, 1)
    const end = midnightOf(TEST_NOW, zone)
    expect(end - start, 'a local day is 23, 24 or 25 hours').toBeGreaterThanOrEqual(23 * HOUR_MS)
    expect(end - start).toBeLessThanOrEqual(25 * HOUR_MS)
    await expectDayAgrees(sim, TEST_NOW, id, start, (end - start) / HOUR_MS)
  })

  it.each(DEMO_INSTANCE_IDS)('%s: the summary since its own midnight is today\'s Hourly buckets, dated today', async (id) => {
    const zone = zoneOf(id)
    await expectSummaryMatches(sim, TEST_NOW, id, midnightOf(TEST_NOW, zone), format(new TZDate(TEST_NOW, zone), 'yyyy-MM-dd'))
  })

  it.each(DEMO_INSTANCE_IDS)('%s: Daily buckets of the last 40 days start at its local midnights', async (id) => {
    const zone = zoneOf(id)
    const buckets = await daily(sim, TEST_NOW, id, midnightOf(TEST_NOW, zone, 39), TEST_NOW)
    const midnights = Array.from({ length: 40 }, (_, i) => midnightOf(TEST_NOW, zone, 39 - i))
    // Today has a bucket once its first 15-minute slot has ended.
    expect(buckets.map((b) => b.StatsTime)).toEqual(midnights.filter((m) => m + 15 * 60_000 <= TEST_NOW))
  })
})

