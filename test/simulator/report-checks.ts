/**
 * Checks of the simulator's report figures shared by the data specs: hand-signed requests at a
 * chosen instant, and the catalogue's totals as a client would compute them.
 */
import { expect } from 'vitest'
import {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  TREND_INBOUND,
  type MetricGroup
} from '../../src/shared/ccc/catalogue'
import { HOUR_MS } from '../../src/shared/ccc/range-split'
import type { Simulator } from '../../src/simulator'
import { data, type CallOptions } from './signed-call'

export type Row = Record<string, number>
export interface IntervalItem {
  StatsTime: number
  Inbound: Row
  Outbound: Row
  Overall: Row
}
export interface Trend {
  Inbound: Row[]
  Outbound: Row[]
}
export interface Summary {
  InstanceId: string
  Timestamp: string
  Inbound: Row
  Outbound: Row
  Overall: Row
}


export const ask = <T>(sim: Simulator, now: number, action: string, params: Record<string, string | number>): Promise<T> => {
  const options: CallOptions = {
    at: now,
    params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))
  }
  return data<T>(sim, action, options)
}
/**
 * A row under the docs' names: the SDK-spelling instance (ccc-large) sends `AbandonRate` and
 * `CallsAbandonedInRing`; each spelling must appear at most once.
 */
export function inDocsSpelling(row: Row, group: MetricGroup): Row {
  const out: Row = { ...row }
  for (const [field, def] of Object.entries(group)) {
    if (def.sdkName === undefined || !(def.sdkName in row)) continue
    expect(field in row, `${field} and ${def.sdkName} both sent`).toBe(false)
    out[field] = row[def.sdkName] as number
    delete out[def.sdkName]
  }
  return out
}

const intervalInDocsSpelling = (items: IntervalItem[]): IntervalItem[] =>
  items.map((item) => ({
    ...item,
    Inbound: inDocsSpelling(item.Inbound, INTERVAL_INBOUND),
    Outbound: inDocsSpelling(item.Outbound, INTERVAL_OUTBOUND),
    Overall: inDocsSpelling(item.Overall, INTERVAL_OVERALL)
  }))

export const hourly = async (sim: Simulator, now: number, id: string, start: number, end: number) =>
  intervalInDocsSpelling(await ask<IntervalItem[]>(sim, now, 'ListIntervalInstanceReport', { InstanceId: id, StartTime: start, EndTime: end, Interval: 'Hourly' }))
export const daily = async (sim: Simulator, now: number, id: string, start: number, end: number) =>
  intervalInDocsSpelling(await ask<IntervalItem[]>(sim, now, 'ListIntervalInstanceReport', { InstanceId: id, StartTime: start, EndTime: end, Interval: 'Daily' }))
export const trend = async (sim: Simulator, now: number, id: string, start: number, end: number): Promise<Trend> => {
  const report = await ask<Trend>(sim, now, 'GetInstanceTrendingReport', { InstanceId: id, StartTime: start, EndTime: end })
  return { Inbound: report.Inbound.map((p) => inDocsSpelling(p, TREND_INBOUND)), Outbound: report.Outbound }
}

export const sum = (rows: readonly Row[], field: string): number => rows.reduce((total, row) => total + (row[field] ?? NaN), 0)

/** A totals row as the catalogue defines it: what a client would compute from the buckets. */
export function catalogueTotals(group: MetricGroup, rows: readonly Row[]): Row {
  const totals: Row = {}
  for (const [field, def] of Object.entries(group)) {
    const a = def.aggregate
    if (a.kind === 'sum') totals[field] = sum(rows, field)
    else if (a.kind === 'max') totals[field] = Math.max(...rows.map((r) => r[field] ?? NaN))
    else if (a.kind === 'quotient') {
      const denominator = sum(rows, a.denominator)
      totals[field] = denominator === 0 ? 0 : a.numerator.reduce((t, n) => t + sum(rows, n), 0) / denominator
    } else if (a.kind === 'weighted') {
      const weight = sum(rows, a.weight)
      totals[field] = weight === 0 ? 0 : rows.reduce((t, r) => t + (r[field] ?? NaN) * (r[a.weight] ?? NaN), 0) / weight
    }
  }
  return totals
}

export function expectMatchesTotals(group: MetricGroup, actual: Row, rows: readonly Row[], roundLong = false): void {
  const totals = catalogueTotals(group, rows)
  for (const [field, def] of Object.entries(group)) {
    const expected = totals[field]
    if (expected === undefined) continue
    // Fields only the SDK models name are sent by the SDK-spelling instance alone: all or none.
    if (def.origin === 'sdk' && !(field in actual)) {
      expect(rows.every((row) => !(field in row)), field).toBe(true)
      continue
    }
    const kind = def.aggregate.kind
    const value = Number(actual[field])
    if (kind === 'sum' || kind === 'max') expect(value, field).toBe(expected)
    else if (roundLong && def.type === 'Long') expect(value, field).toBe(Math.round(expected))
    else expect(value, field).toBeCloseTo(expected, 9)
  }
}

export const TREND_FIELDS: Array<[keyof Trend, string, 'Inbound' | 'Outbound', string]> = [
  ['Inbound', 'TotalCalls', 'Inbound', 'CallsOffered'],
  ['Inbound', 'CallsQueued', 'Inbound', 'CallsQueued'],
  ['Inbound', 'CallsHandled', 'Inbound', 'CallsHandled'],
  ['Inbound', 'CallsAbandonedInIVR', 'Inbound', 'CallsAbandonedInIVR'],
  ['Inbound', 'CallsAbandonedInQueue', 'Inbound', 'CallsAbandonedInQueue'],
  ['Inbound', 'CallsAbandonedInRinging', 'Inbound', 'CallsAbandonedInRinging'],
  ['Outbound', 'TotalCalls', 'Outbound', 'CallsDialed'],
  ['Outbound', 'CallsAnswered', 'Outbound', 'CallsAnswered']
]

/** A whole local day of `hours` from `start`: its trend points, Hourly buckets and Daily bucket agree. */
export async function expectDayAgrees(sim: Simulator, now: number, id: string, start: number, hours: number): Promise<void> {
  const end = start + hours * HOUR_MS
  const [points, hourBuckets, day] = await Promise.all([trend(sim, now, id, start, end), hourly(sim, now, id, start, end), daily(sim, now, id, start, end)])

  expect(points.Inbound).toHaveLength(hours * 4)
  expect(points.Inbound.map((p) => p.StatsTime)).toEqual(Array.from({ length: hours * 4 }, (_, i) => start + i * 15 * 60_000))
  expect(hourBuckets.map((h) => h.StatsTime)).toEqual(Array.from({ length: hours }, (_, i) => start + i * HOUR_MS))
  expect(day.map((d) => d.StatsTime)).toEqual([start])
  const whole = day[0] as IntervalItem

  for (const [trendSide, trendField, side, field] of TREND_FIELDS) {
    const fromTrend = sum(points[trendSide], trendField)
    expect(fromTrend, `${side}.${field}`).toBe(whole[side][field])
    expect(sum(hourBuckets.map((h) => h[side]), field), `${side}.${field}`).toBe(whole[side][field])
  }
  expect(whole.Inbound.CallsOffered).toBeGreaterThan(0)

  // The Daily row is exactly the catalogue's totals row of its Hourly rows.
  expectMatchesTotals(INTERVAL_INBOUND, whole.Inbound, hourBuckets.map((h) => h.Inbound))
  expectMatchesTotals(INTERVAL_OUTBOUND, whole.Outbound, hourBuckets.map((h) => h.Outbound))
  expectMatchesTotals(INTERVAL_OVERALL, whole.Overall, hourBuckets.map((h) => h.Overall))
}

/** The summary since `midnight` (local `date`) is the catalogue totals of the Hourly buckets since then. */
export async function expectSummaryMatches(sim: Simulator, now: number, id: string, midnight: number, date: string): Promise<void> {
  const [summary, buckets] = await Promise.all([
    ask<Summary>(sim, now, 'GetInstanceSummaryReportSinceMidnight', { InstanceId: id }),
    hourly(sim, now, id, midnight, now)
  ])
  expect(summary.Timestamp).toBe(`${date} 00:00:00`)
  if (buckets.length === 0) {
    // Before the first slot of the day has ended there is nothing to add up: all zeros.
    expect(summary.Inbound.CallsOffered).toBe(0)
    return
  }
  const inbound = buckets.map((b) => ({
    ...b.Inbound,
    CallsIncomingLine: b.Inbound.CallsOffered ?? NaN,
    CallsIncomingQueue: b.Inbound.CallsQueued ?? NaN
  }))
  const shared = (group: MetricGroup, names: readonly string[]): MetricGroup =>
    Object.fromEntries(Object.entries(group).filter(([name]) => names.includes(name)))
  // Only the fields both APIs carry (the summary's CallsIncomingIVR has no interval counterpart).
  expectMatchesTotals(shared(SUMMARY_INBOUND, [...Object.keys(INTERVAL_INBOUND), 'CallsIncomingLine', 'CallsIncomingQueue']), summary.Inbound, inbound, true)
  expectMatchesTotals(shared(SUMMARY_OUTBOUND, Object.keys(INTERVAL_OUTBOUND)), summary.Outbound, buckets.map((b) => b.Outbound), true)
  expectMatchesTotals(shared(SUMMARY_OVERALL, Object.keys(INTERVAL_OVERALL)), summary.Overall, buckets.map((b) => b.Overall), true)
  expect(summary.Inbound.CallsIncomingIVR).toBeLessThanOrEqual(summary.Inbound.CallsIncomingLine ?? NaN)
  expect(summary.Inbound.HandleRate).toBeCloseTo((summary.Inbound.CallsHandled ?? NaN) / (summary.Inbound.CallsOffered ?? NaN), 12)
}

