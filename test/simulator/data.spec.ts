/**
 * The simulated data: deterministic per seed, consistent across the APIs and with the metric
 * catalogue, plausible in shape and rhythm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  REALTIME_STATES,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  TREND_INBOUND,
  documentedFields,
  type MetricGroup
} from '../../src/shared/ccc/catalogue'
import { DAY_MS, HOUR_MS } from '../../src/shared/ccc/range-split'
import type { Instance } from '../../src/shared/ccc/types'
import { DEMO_INSTANCE_IDS, startSimulator, type Simulator } from '../../src/simulator'
import { buildInstances, SIMULATED_INSTANCE_IDS, SIMULATED_INSTANCE_TIME_ZONES } from '../../src/simulator/instances'
import { DEMO_INSTANCE_TIME_ZONES } from '../../src/simulator/demo-account'
import { realtimeStates, REALTIME_TICK_MS } from '../../src/simulator/realtime'
import {
  ask,
  daily,
  expectDayAgrees,
  expectSummaryMatches,
  hourly,
  sum,
  trend,
  type IntervalItem,
  type Row,
  type Summary,
  type Trend
} from './report-checks'

/** Wednesday 18 June 2025, 14:37:12 in Shanghai. */
const NOW = Date.UTC(2025, 5, 18, 6, 37, 12)

describe('consistency across the report APIs', () => {
  const sims = new Map<number, Simulator>()
  const simAt = async (now: number): Promise<Simulator> => {
    let sim = sims.get(now)
    if (!sim) {
      sim = await startSimulator({ now: () => now, numbers: 'number' })
      sims.set(now, sim)
    }
    return sim
  }
  afterAll(async () => {
    await Promise.all([...sims.values()].map((s) => s.close()))
  })

  const days = [
    { label: 'a Shanghai weekday', id: 'ccc-demo', start: Date.UTC(2025, 5, 15, 16), hours: 24, now: NOW },
    { label: 'a ccc-large Sunday', id: 'ccc-large', start: Date.UTC(2025, 5, 14, 16), hours: 24, now: NOW },
    { label: 'London spring-forward day (23 h)', id: 'ccc-night', start: Date.UTC(2025, 2, 30, 0), hours: 23, now: NOW },
    { label: 'London fall-back day (25 h)', id: 'ccc-night', start: Date.UTC(2025, 9, 25, 23), hours: 25, now: Date.UTC(2025, 10, 10, 12) }
  ]

  it.each(days)('$label: trend points, Hourly buckets and the Daily bucket agree', async ({ id, start, hours, now }) => {
    await expectDayAgrees(await simAt(now), now, id, start, hours)
  })

  it('every average and rate of a bucket is the catalogue quotient of its own totals', async () => {
    const sim = await simAt(NOW)
    const buckets = await hourly(sim, NOW, 'ccc-demo', NOW - 3 * DAY_MS, NOW)
    expect(buckets.length).toBeGreaterThan(70)
    for (const bucket of buckets) {
      for (const [group, row] of [
        [INTERVAL_INBOUND, bucket.Inbound],
        [INTERVAL_OUTBOUND, bucket.Outbound],
        [INTERVAL_OVERALL, bucket.Overall]
      ] as const) {
        for (const [field, def] of Object.entries(group)) {
          const a = def.aggregate
          if (a.kind !== 'quotient') continue
          const denominator = row[a.denominator] ?? NaN
          const expected = denominator === 0 ? 0 : a.numerator.reduce((t, n) => t + (row[n] ?? NaN), 0) / denominator
          expect(row[field], field).toBe(expected)
        }
      }
    }
  })

  it('the summary since midnight is the catalogue totals of today’s Hourly buckets', async () => {
    await expectSummaryMatches(await simAt(NOW), NOW, 'ccc-demo', Date.UTC(2025, 5, 17, 16), '2025-06-18')
  })

  it('returns only completed slots: trend points from the start, buckets from the start rounded down, the end exclusive', async () => {
    const sim = await simAt(NOW)
    // NOW is 06:37 UTC: the 06:00 and 06:15 slots have ended, 06:30 has not; 05:45 starts before the range.
    const points = await trend(sim, NOW, 'ccc-demo', Date.UTC(2025, 5, 18, 5, 50), NOW + HOUR_MS)
    expect(points.Inbound.map((p) => p.StatsTime)).toEqual([
      Date.UTC(2025, 5, 18, 6),
      Date.UTC(2025, 5, 18, 6, 15)
    ])
    const current = await hourly(sim, NOW, 'ccc-demo', Date.UTC(2025, 5, 18, 6, 20), NOW + HOUR_MS)
    expect(current.map((b) => b.StatsTime)).toEqual([Date.UTC(2025, 5, 18, 6)])
    expect(current[0]?.Inbound.CallsOffered).toBe(sum(points.Inbound, 'TotalCalls'))

    const closed = await hourly(sim, NOW, 'ccc-demo', Date.UTC(2025, 5, 17, 10, 20), Date.UTC(2025, 5, 17, 13))
    expect(closed.map((b) => b.StatsTime)).toEqual([10, 11, 12].map((h) => Date.UTC(2025, 5, 17, h)))
    const open = await hourly(sim, NOW, 'ccc-demo', Date.UTC(2025, 5, 17, 10), Date.UTC(2025, 5, 17, 13) + 1)
    expect(open).toHaveLength(4)
    expect(await hourly(sim, NOW, 'ccc-demo', NOW + HOUR_MS, NOW + 2 * HOUR_MS)).toEqual([])
  })

  it('trend ranges split anywhere add up to the whole range, no point twice', async () => {
    const sim = await simAt(NOW)
    const start = NOW - 2 * DAY_MS
    const cut = start + 17 * HOUR_MS + 7 * 60_000 + 123
    const [whole, first, second] = await Promise.all([
      trend(sim, NOW, 'ccc-demo', start, NOW),
      trend(sim, NOW, 'ccc-demo', start, cut),
      trend(sim, NOW, 'ccc-demo', cut, NOW)
    ])
    expect([...first.Inbound, ...second.Inbound]).toEqual(whole.Inbound)
    expect([...first.Outbound, ...second.Outbound]).toEqual(whole.Outbound)
  })

  it('Daily buckets start at local midnight, 23 or 25 hours apart across DST', async () => {
    const sim = await simAt(NOW)
    const buckets = await daily(sim, NOW, 'ccc-night', Date.UTC(2025, 2, 29, 12), Date.UTC(2025, 3, 1, 12))
    expect(buckets.map((b) => new Date(b.StatsTime).toISOString())).toEqual([
      '2025-03-29T00:00:00.000Z',
      '2025-03-30T00:00:00.000Z',
      '2025-03-30T23:00:00.000Z',
      '2025-03-31T23:00:00.000Z'
    ])
    expect(buckets[1]?.Overall.TotalLoggedInTime).toBeGreaterThan(0)
  })
})

describe('plausible figures', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ now: () => NOW, numbers: 'number' })
  })
  afterAll(() => sim.close())

  it.each(DEMO_INSTANCE_IDS)('%s: hourly figures keep the call-flow inequalities', async (id) => {
    const buckets = await hourly(sim, NOW, id, NOW - 10 * DAY_MS, NOW)
    expect(buckets.length).toBeGreaterThan(230)
    for (const { Inbound: i, Outbound: o, Overall: a } of buckets) {
      const n = (row: Row, field: string): number => row[field] ?? NaN
      expect(n(i, 'CallsOffered')).toBeGreaterThanOrEqual(n(i, 'CallsQueued'))
      expect(n(i, 'CallsQueued')).toBeGreaterThanOrEqual(n(i, 'CallsRinged'))
      expect(n(i, 'CallsRinged')).toBeGreaterThanOrEqual(n(i, 'CallsHandled'))
      expect(n(i, 'CallsAbandoned')).toBe(n(i, 'CallsAbandonedInIVR') + n(i, 'CallsAbandonedInQueue') + n(i, 'CallsAbandonedInRinging'))
      expect(n(i, 'CallsHold')).toBeLessThanOrEqual(n(i, 'CallsHandled'))
      expect(n(i, 'SatisfactionSurveysResponded')).toBeLessThanOrEqual(n(i, 'SatisfactionSurveysOffered'))
      for (const rate of ['HandleRate', 'ServiceLevel20', 'AbandonedRate']) {
        expect(n(i, rate)).toBeGreaterThanOrEqual(0)
        expect(n(i, rate)).toBeLessThanOrEqual(1)
      }
      for (const row of [i, o, a]) {
        if (n(row, 'SatisfactionSurveysResponded') > 0) {
          expect(n(row, 'SatisfactionIndex')).toBeGreaterThanOrEqual(1)
          expect(n(row, 'SatisfactionIndex')).toBeLessThanOrEqual(5)
        }
      }
      const timed: Array<[Row, string, string]> = [
        [i, 'TalkTime', 'CallsHandled'],
        [i, 'WaitTime', 'CallsHandled'],
        [i, 'WorkTime', 'CallsHandled'],
        [i, 'RingTime', 'CallsRinged'],
        [i, 'HoldTime', 'CallsHold'],
        [i, 'AbandonTime', 'CallsAbandoned'],
        [i, 'AbandonedInIVRTime', 'CallsAbandonedInIVR'],
        [i, 'AbandonedInQueueTime', 'CallsAbandonedInQueue'],
        [i, 'AbandonedInRingTime', 'CallsAbandonedInRinging'],
        [o, 'DialingTime', 'CallsDialed'],
        [o, 'TalkTime', 'CallsAnswered'],
        [o, 'WorkTime', 'CallsAnswered']
      ]
      for (const [row, time, count] of timed) {
        const total = n(row, `Total${time}`)
        const longest = n(row, `Max${time}`)
        if (n(row, count) === 0) {
          expect([total, longest], time).toEqual([0, 0])
        } else {
          expect(total, time).toBeGreaterThanOrEqual(longest)
          expect(longest, time).toBeGreaterThanOrEqual(total / n(row, count))
        }
      }
      expect(n(o, 'CallsDialed')).toBeGreaterThanOrEqual(n(o, 'CallsDialedSuccess'))
      expect(n(o, 'CallsDialedSuccess')).toBeGreaterThanOrEqual(n(o, 'CallsAnswered'))
      expect(n(a, 'TotalCalls')).toBe(n(i, 'CallsHandled') + n(o, 'CallsAnswered'))
      expect(n(a, 'TotalTalkTime')).toBe(n(i, 'TotalTalkTime') + n(o, 'TotalTalkTime'))
      expect(n(a, 'MaxTalkTime')).toBe(Math.max(n(i, 'MaxTalkTime'), n(o, 'MaxTalkTime')))
      expect(n(a, 'TotalLoggedInTime')).toBeGreaterThanOrEqual(
        n(a, 'TotalReadyTime') + n(a, 'TotalTalkTime') + n(a, 'TotalWorkTime') + n(a, 'TotalBreakTime')
      )
      expect(n(a, 'OccupancyRate')).toBeGreaterThan(0)
      expect(n(a, 'OccupancyRate')).toBeLessThanOrEqual(1)
      expect(n(a, 'AverageReadyTime')).toBeLessThanOrEqual(n(a, 'MaxReadyTime'))
      expect(n(a, 'AverageBreakTime')).toBeLessThanOrEqual(n(a, 'MaxBreakTime'))
    }
  })

  it('follows a daily rhythm: quiet nights, busy late mornings, quieter weekends', async () => {
    // Monday 9 June to Sunday 15 June 2025, Shanghai.
    const monday = Date.UTC(2025, 5, 8, 16)
    const week = await daily(sim, NOW, 'ccc-demo', monday, monday + 7 * DAY_MS)
    const offered = week.map((d) => d.Inbound.CallsOffered ?? NaN)
    expect(offered).toHaveLength(7)
    const weekend = Math.max(offered[5] ?? NaN, offered[6] ?? NaN)
    for (const weekday of offered.slice(0, 5)) expect(weekday).toBeGreaterThan(1.4 * weekend)
    const tuesday = await hourly(sim, NOW, 'ccc-demo', monday + DAY_MS, monday + 2 * DAY_MS)
    const at = (localHour: number): number => tuesday[localHour]?.Inbound.CallsOffered ?? NaN
    expect(at(10)).toBeGreaterThan(5 * at(3))
    expect(at(15)).toBeGreaterThan(5 * at(3))
    expect(at(10)).toBeGreaterThan(at(22))
    expect(at(3)).toBeLessThan(40)
  })

  it('answers exactly the catalogued fields, and never a hidden numerator', async () => {
    const [item] = await hourly(sim, NOW, 'ccc-demo', NOW - 2 * HOUR_MS, NOW - HOUR_MS)
    expect(Object.keys(item?.Inbound ?? {}).sort()).toEqual(documentedFields(INTERVAL_INBOUND).sort())
    expect(Object.keys(item?.Outbound ?? {}).sort()).toEqual(documentedFields(INTERVAL_OUTBOUND).sort())
    expect(Object.keys(item?.Overall ?? {}).sort()).toEqual(documentedFields(INTERVAL_OVERALL).sort())
    // ccc-large answers as the SDK models spell it, with the fields only they name.
    const sdkSpelled = (group: MetricGroup): string[] => Object.entries(group).map(([name, def]) => def.sdkName ?? name).sort()
    const [large] = await ask<IntervalItem[]>(sim, NOW, 'ListIntervalInstanceReport', { InstanceId: 'ccc-large', StartTime: NOW - 2 * HOUR_MS, EndTime: NOW - HOUR_MS, Interval: 'Hourly' })
    expect(Object.keys(large?.Inbound ?? {}).sort()).toEqual(sdkSpelled(INTERVAL_INBOUND))
    expect(Object.keys(large?.Outbound ?? {}).sort()).toEqual(sdkSpelled(INTERVAL_OUTBOUND))
    expect(Object.keys(large?.Overall ?? {}).sort()).toEqual(sdkSpelled(INTERVAL_OVERALL))
    const largeTrend = await ask<Trend>(sim, NOW, 'GetInstanceTrendingReport', { InstanceId: 'ccc-large', StartTime: NOW - 2 * HOUR_MS, EndTime: NOW - HOUR_MS })
    expect(Object.keys(largeTrend.Inbound[0] ?? {}).sort()).toEqual([...sdkSpelled(TREND_INBOUND), 'StatsTime'].sort())
    const summary = await ask<Summary>(sim, NOW, 'GetInstanceSummaryReportSinceMidnight', { InstanceId: 'ccc-demo' })
    expect(Object.keys(summary.Inbound).sort()).toEqual(Object.keys(SUMMARY_INBOUND).sort())
    expect(Object.keys(summary.Outbound).sort()).toEqual(Object.keys(SUMMARY_OUTBOUND).sort())
    expect(Object.keys(summary.Overall).sort()).toEqual(Object.keys(SUMMARY_OVERALL).sort())
    const states = await ask<Row>(sim, NOW, 'GetRealtimeInstanceStates', { InstanceId: 'ccc-demo' })
    expect(Object.keys(states).sort()).toEqual([...Object.keys(REALTIME_STATES), 'InstanceId'].sort())
  })

  it('reports zeros just after local midnight, when no slot has completed', async () => {
    const justAfter = Date.UTC(2025, 5, 17, 16, 5)
    const early = await startSimulator({ now: () => justAfter, numbers: 'number' })
    try {
      const summary = await ask<Summary>(early, justAfter, 'GetInstanceSummaryReportSinceMidnight', { InstanceId: 'ccc-demo' })
      expect(summary.Timestamp).toBe('2025-06-18 00:00:00')
      expect(summary.Inbound.CallsOffered).toBe(0)
      expect(summary.Inbound.HandleRate).toBe(0)
      expect(summary.Overall.TotalLoggedInTime).toBe(0)
      expect(await daily(early, justAfter, 'ccc-demo', Date.UTC(2025, 5, 17, 16), justAfter)).toEqual([])
    } finally {
      await early.close()
    }
  })
})

describe('realtime states', () => {
  const instances = buildInstances(1)

  it.each(DEMO_INSTANCE_IDS)('%s: agent states add up over a week of ticks and move smoothly', (id) => {
    const instance = instances.get(id)
    if (!instance) throw new Error(id)
    const total = instance.traffic.totalAgents
    let previous: ReturnType<typeof realtimeStates> | undefined
    let waitingSeen = 0
    // Ticks spread over a week, plus runs of 20 consecutive ticks; ccc-large's 1,200 agents are
    // sampled more sparsely (a tick costs a millisecond there), with runs as long as the others'.
    const [block, stride] = total > 500 ? [500, 41] : [200, 13]
    let previousTick = -1
    let smoothChecks = 0
    for (let tick = 0; tick < (7 * DAY_MS) / REALTIME_TICK_MS; tick += tick % block < 20 ? 1 : stride) {
      const at = NOW + tick * REALTIME_TICK_MS
      const s = realtimeStates(1, instance, at)
      expect(s.TotalAgents).toBe(total)
      expect(s.LoggedInAgents).toBeLessThanOrEqual(total)
      expect(s.ReadyAgents + s.TalkingAgents + s.BreakingAgents + s.WorkingAgents).toBeLessThanOrEqual(s.LoggedInAgents)
      for (const value of Object.values(s)) if (typeof value === 'number') expect(Number.isInteger(value) && value >= 0).toBe(true)
      expect(s.LongestWaitingTime === 0).toBe(s.WaitingCalls === 0)
      if (s.WaitingCalls > 0) waitingSeen++
      // Smooth from one tick to the next: compared only with the tick just before.
      if (previous && previousTick === tick - 1) {
        expect(Math.abs(s.LoggedInAgents - previous.LoggedInAgents)).toBeLessThanOrEqual(Math.ceil(0.03 * total) + 1)
        smoothChecks++
      }
      previous = s
      previousTick = tick
    }
    expect(waitingSeen).toBeGreaterThan(0)
    expect(smoothChecks).toBeGreaterThan(500)
  })

  it('is a function of the 10-second tick and the seed', () => {
    const demo = instances.get('ccc-demo')
    if (!demo) throw new Error('ccc-demo')
    const tickStart = Math.floor(NOW / REALTIME_TICK_MS) * REALTIME_TICK_MS
    expect(realtimeStates(1, demo, tickStart)).toEqual(realtimeStates(1, demo, tickStart + 9_999))
    const other = buildInstances(2).get('ccc-demo')
    if (!other) throw new Error('ccc-demo')
    const differs = Array.from({ length: 30 }, (_, i) => tickStart + i * 60_000).some(
      (t) => JSON.stringify(realtimeStates(1, demo, t)) !== JSON.stringify(realtimeStates(2, other, t))
    )
    expect(differs).toBe(true)
  })

  it('staffs the late morning more than the night', () => {
    const demo = instances.get('ccc-demo')
    if (!demo) throw new Error('ccc-demo')
    // Tuesday 17 June 2025 in Shanghai: 03:00 and 10:30.
    const night = realtimeStates(1, demo, Date.UTC(2025, 5, 16, 19))
    const morning = realtimeStates(1, demo, Date.UTC(2025, 5, 17, 2, 30))
    expect(morning.LoggedInAgents).toBeGreaterThan(3 * night.LoggedInAgents)
    expect(morning.TalkingAgents).toBeGreaterThan(night.TalkingAgents)
  })

  it('keeps the inequalities on the wire as the clock moves', async () => {
    let clock = NOW
    const sim = await startSimulator({ now: () => clock })
    try {
      for (let i = 0; i < 60; i++) {
        clock = NOW + i * 97_000
        const s = await ask<Record<string, string>>(sim, clock, 'GetRealtimeInstanceStates', { InstanceId: 'ccc-large' })
        const n = (field: string): number => Number(s[field])
        expect(n('ReadyAgents') + n('TalkingAgents') + n('BreakingAgents') + n('WorkingAgents')).toBeLessThanOrEqual(n('LoggedInAgents'))
        expect(n('LoggedInAgents')).toBeLessThanOrEqual(n('TotalAgents'))
      }
    } finally {
      await sim.close()
    }
  })
})

describe('determinism', () => {
  const reports = async (seed: number) => {
    const sim = await startSimulator({ seed, now: () => NOW })
    try {
      const params = { InstanceId: 'ccc-demo' }
      return {
        instance: await ask<Instance>(sim, NOW, 'GetInstance', params),
        daily: await daily(sim, NOW, 'ccc-demo', NOW - 30 * DAY_MS, NOW),
        hourly: await hourly(sim, NOW, 'ccc-large', NOW - 2 * DAY_MS, NOW),
        trend: await trend(sim, NOW, 'ccc-night', NOW - DAY_MS, NOW),
        summary: await ask<Summary>(sim, NOW, 'GetInstanceSummaryReportSinceMidnight', params),
        realtime: await ask<Row>(sim, NOW, 'GetRealtimeInstanceStates', params)
      }
    } finally {
      await sim.close()
    }
  }

  it('gives identical data for one seed and different data for another', async () => {
    const [a, b, c] = await Promise.all([reports(7), reports(7), reports(8)])
    expect(b).toEqual(a)
    expect(c.daily).not.toEqual(a.daily)
    expect(c.hourly).not.toEqual(a.hourly)
    expect(c.instance.AdminList).not.toEqual(a.instance.AdminList)
    expect(c.daily.map((d) => d.StatsTime)).toEqual(a.daily.map((d) => d.StatsTime))
  })
})

describe('instances', () => {
  let sim: Simulator
  const instances = new Map<string, Instance>()
  beforeAll(async () => {
    sim = await startSimulator({ now: () => NOW, numbers: 'number' })
    for (const id of DEMO_INSTANCE_IDS) instances.set(id, await ask<Instance>(sim, NOW, 'GetInstance', { InstanceId: id }))
  })
  afterAll(() => sim.close())
  const get = (id: string): Instance => {
    const instance = instances.get(id)
    if (!instance) throw new Error(id)
    return instance
  }

  it('keeps each instance\'s days in the zone the app\'s demo profile names for it', () => {
    expect(SIMULATED_INSTANCE_TIME_ZONES).toEqual(DEMO_INSTANCE_TIME_ZONES)
    expect(sim.instanceTimeZones['ccc-night']).toBe('Europe/London')
  })

  it('offers a main demo, a large instance and a small one', () => {
    expect(DEMO_INSTANCE_IDS).toEqual(['ccc-demo', 'ccc-large', 'ccc-night'])
    // The app names the demo's instances without loading the simulator: the two lists must agree.
    expect(SIMULATED_INSTANCE_IDS).toEqual(DEMO_INSTANCE_IDS)
    const demo = get('ccc-demo')
    expect(demo.NumberList.length).toBeGreaterThanOrEqual(10)
    expect(demo.AdminList.length).toBeGreaterThanOrEqual(5)
    const large = get('ccc-large')
    expect(large.NumberList.length).toBeGreaterThanOrEqual(500)
    expect(large.AdminList.length).toBeGreaterThanOrEqual(200)
    const groups = new Set(large.NumberList.flatMap((n) => n.SkillGroups.map((g) => g.SkillGroupId)))
    expect(groups.size).toBeGreaterThanOrEqual(30)
    expect(get('ccc-night').NumberList.length).toBeLessThan(demo.NumberList.length)
  })

  it.each(DEMO_INSTANCE_IDS)('%s: PhoneNumberCount is the number of numbers that list the group', (id) => {
    const instance = get(id)
    const counted = new Map<string, number>()
    for (const number of instance.NumberList) {
      for (const group of number.SkillGroups) counted.set(group.SkillGroupId, (counted.get(group.SkillGroupId) ?? 0) + 1)
    }
    for (const number of instance.NumberList) {
      for (const group of number.SkillGroups) {
        expect(group.PhoneNumberCount).toBe(counted.get(group.SkillGroupId))
        expect(group.SkillGroupId).toBe(`${group.Name}@${id}`)
        expect(group.InstanceId).toBe(id)
        expect(group.UserCount).toBeGreaterThan(0)
      }
    }
  })

  it.each(DEMO_INSTANCE_IDS)('%s: fields in the documented forms', (id) => {
    const instance = get(id)
    expect(instance).toMatchObject({ Id: id, DomainName: id, Status: 'RUNNING', ConsoleUrl: `https://ccc-v2.aliyun.com/#/workbench/${id}` })
    expect(instance.AliyunUid).toMatch(/^\d{16}$/)
    expect(instance.Name).toMatch(/\p{Script=Han}/u)
    const logins = new Set<string>()
    for (const admin of instance.AdminList) {
      expect(admin).toMatchObject({ InstanceId: id, RoleId: `Admin@${id}`, RoleName: 'Admin', UserId: `${admin.LoginName}@${id}` })
      expect(admin.Mobile).toMatch(/^1\d{2}xxxx\d{4}$/)
      expect(admin.Email).toMatch(/^[\w.-]+@[\w.-]+$/)
      expect(['ON_SITE', 'OFF_SITE', 'OFFICE_PHONE']).toContain(admin.WorkMode)
      expect(logins.has(admin.LoginName)).toBe(false)
      logins.add(admin.LoginName)
    }
    const chinese = instance.AdminList.filter((a) => /^\p{Script=Han}+$/u.test(a.DisplayName)).length
    expect(chinese / instance.AdminList.length).toBeGreaterThanOrEqual(0.5)
    const numbers = new Set(instance.NumberList.map((n) => n.Number))
    expect(numbers.size).toBe(instance.NumberList.length)
    for (const number of instance.NumberList) {
      expect(['Inbound', 'Outbound', 'Bidirection']).toContain(number.Usage)
      expect(typeof number.Active).toBe('boolean')
      expect(number.Province).toMatch(/^\p{Script=Han}+$/u)
      expect(number.City).toMatch(/^\p{Script=Han}+$/u)
      expect(number.ContactFlowId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      expect(number.UserId === '' || number.UserId.endsWith(`@${id}`)).toBe(true)
    }
  })

  it('has personal lines and shared lines, active and inactive ones on the large instance', () => {
    const list = get('ccc-large').NumberList
    expect(list.some((n) => n.UserId !== '')).toBe(true)
    expect(list.some((n) => n.UserId === '')).toBe(true)
    expect(list.some((n) => n.Active === false)).toBe(true)
    expect(new Set(list.map((n) => n.Province)).size).toBeGreaterThan(20)
  })
})
