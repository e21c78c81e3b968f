/**
 * The day so far as curves: a simulated day written to a real history store (2026-06-17 in
 * Shanghai; London and Kolkata for the zones' own hours), read back across the wire and drawn as
 * the Today page draws it. Explicit instants only, never the machine's clock or zone.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HEARTBEAT_MS, HistoryStore } from '../../../src/core/history/history-store'
import type { RealtimeInstanceStates, SkillGroupState } from '../../../src/shared/ccc/types'
import { dayBounds, dayFromWire, dayToWire, fittingSince, rowsAfter, type HistoryDay, type HistoryDayWire } from '../../../src/shared/history/day'
import { alertPeriods, fieldCurve, gapsOf, recordedSpan, RowCurves, rowCurves, rowPeaks, runningTimes } from '../../../src/shared/history/day-curves'
import { axisTicks, buildDayChartOption, zoneTicks } from '../../../src/shared/charts/day-chart'

const ZONE = 'Asia/Shanghai'
// 2026-06-17 08:00 in Shanghai.
const T0 = Date.UTC(2026, 5, 17, 0, 0, 0)
const S = 1_000
const M = 60_000
const H = 3_600_000

let dir: string
let store: HistoryStore
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-day-curves-'))
  store = await HistoryStore.open({ location: join(dir, 'history'), zoneOf: () => ZONE, now: () => T0 + 4 * H })
})
afterEach(async () => {
  await store.close()
  await rm(dir, { recursive: true, force: true })
})

const states = (waiting: number, longest: number | null) =>
  ({ WaitingCalls: waiting, LongestWaitingTime: longest, LoggedInAgents: 20, ReadyAgents: 5, TalkingAgents: 12, WorkingAgents: 2, BreakingAgents: 1, TotalAgents: 30, InteractiveCalls: 0 }) as unknown as RealtimeInstanceStates
const queue = (id: string, waiting: number) =>
  ({ SkillGroupId: id, WaitingCalls: waiting, LongestWaitingTime: 0, LoggedInAgents: 4, ReadyAgents: 2, TalkingAgents: 2, WorkingAgents: 0, BreakingAgents: 0, TotalAgents: 6 }) as SkillGroupState
const fmt = (ms: number, zone = ZONE) => format(new TZDate(ms, zone), 'HH:mm:ss')
const day = (): Promise<HistoryDay> => store.readDay('ccc-a', '2026-06-17')
/** As the page gets it: to the wire, through JSON (the test host), and back. */
const overJson = (d: HistoryDay): HistoryDay => dayFromWire(JSON.parse(JSON.stringify(dayToWire(d))) as HistoryDayWire)

/**
 * 08:00–09:00 every 10 s, the console stopped 09:00–09:20, then 09:20–09:40: waiting calls climb
 * to 12 at 08:30–08:35, the longest wait is not reported for a minute; queue q1 waits 3 from
 * 08:10, q2 is gone 08:40–08:50.
 */
async function simulatedDay(): Promise<void> {
  const at = (t: number) => T0 + t
  for (let t = 0; t <= 60 * M; t += 10 * S) {
    const waiting = t >= 30 * M && t < 35 * M ? 12 : 2
    await store.recordStates('ccc-a', at(t), states(waiting, t >= 15 * M && t < 16 * M ? null : 30))
    const queues = [queue('q1', t >= 10 * M ? 3 : 0)]
    if (t < 40 * M || t >= 50 * M) queues.push(queue('q2', 1))
    await store.recordQueues('ccc-a', at(t), queues)
  }
  for (let t = 80 * M; t <= 100 * M; t += 10 * S) {
    await store.recordStates('ccc-a', at(t), states(2, 30))
    await store.recordQueues('ccc-a', at(t), [queue('q1', 3), queue('q2', 1)])
  }
}

describe('the day so far as curves', () => {
  it('crosses the wire intact: a figure not reported stays a gap (never 0), only the kinds asked for are sent', async () => {
    await simulatedDay()
    const read = await day()
    const back = overJson(read)
    expect(Array.from(back.states.at)).toEqual(Array.from(read.states.at))
    const longest = fieldCurve(back.states, 'LongestWaitingTime', [])
    const missing = longest.filter(([, v]) => v === null)
    expect(missing).toHaveLength(6)
    expect(fmt(missing[0]![0])).toBe('08:15:00')
    // The wait held its last value until the answer that did not report it.
    expect(longest[longest.indexOf(missing[0]!) - 1]).toEqual([missing[0]![0], 30])
    expect(Array.from(back.queues.values)).toEqual(Array.from(read.queues.values))
    const statesOnly = dayFromWire(JSON.parse(JSON.stringify(dayToWire(read, ['states']))) as HistoryDayWire)
    expect(statesOnly.states.at.length).toBe(read.states.at.length)
    expect(statesOnly.queues.at.length).toBe(0)
  })

  it('refuses to read a damaged wire past its end: offsets beyond the values end the series at the last sound answer', async () => {
    await simulatedDay()
    const wire = dayToWire(await day())
    wire.states.offsets[5] = wire.states.values.length + 100
    wire.states.at[8] = Number.NaN
    const back = dayFromWire(JSON.parse(JSON.stringify(wire)) as HistoryDayWire)
    expect(back.states.at.length).toBe(4)
    expect(fieldCurve(back.states, 'WaitingCalls', [])).toHaveLength(4)
  })

  it('finds the twenty minutes the console was stopped, and only them, and breaks every line there', async () => {
    await simulatedDay()
    const d = overJson(await day())
    const gaps = gapsOf(runningTimes(d))
    expect(gaps.map(([from, to]) => `${fmt(from)}–${fmt(to)}`)).toEqual(['09:00:00–09:20:00'])
    const waiting = fieldCurve(d.states, 'WaitingCalls', gaps)
    const breakAt = waiting.findIndex(([, v]) => v === null)
    expect(fmt(waiting[breakAt - 1]![0])).toBe('09:00:00')
    expect(fmt(waiting[breakAt + 1]![0])).toBe('09:20:00')
    // The skill groups' lines stop there too, and start again with the first answer after it, their values carried.
    const curves = rowCurves(d.queues, 'WaitingCalls', ['q1', 'q2'], gaps)
    const q1 = curves.get('q1')!
    // Steady since 08:10, its line still runs to the stop and to the last answer: a line, not two dots.
    expect(q1.map(([at, v]) => `${fmt(at)} ${v}`)).toEqual(['08:00:00 0', '08:10:00 3', '09:00:00 3', '09:00:00 null', '09:20:00 3', '09:40:00 3'])
  })

  it('carries a skill group forward and breaks its line while it was gone', async () => {
    await simulatedDay()
    const d = overJson(await day())
    const q2 = rowCurves(d.queues, 'WaitingCalls', ['q2', 'unknown'], gapsOf(runningTimes(d)))
    // Held until the answer it was gone from, then broken: a line to 08:40, not a dot at 08:00.
    expect(q2.get('q2')!.map(([at, v]) => `${fmt(at)} ${v}`)).toEqual(['08:00:00 1', '08:40:00 1', '08:40:00 null', '08:50:00 1', '09:00:00 1', '09:00:00 null', '09:20:00 1', '09:40:00 1'])
    expect(q2.get('unknown')).toEqual([])
    const peaks = rowPeaks(d.queues, 'WaitingCalls')
    expect(peaks[d.queues.ids.indexOf('q1')]).toBe(3)
    expect(peaks[d.queues.ids.indexOf('q2')]).toBe(1)
  })

  it('cuts the skill groups at any time and reads them as the whole day does from there: carried, gone and back', async () => {
    await simulatedDay()
    const whole = overJson(await day())
    const ids = ['q1', 'q2']
    /** A step line's value at a time: its last point at or before it. */
    const valueAt = (points: ReadonlyArray<readonly [number, number | null]>, t: number) => points.filter(([at]) => at <= t).at(-1)?.[1] ?? null
    // Before q1 changes, while q2 is gone, the moment it is back, and after the stop.
    for (const since of [T0 + 5 * M, T0 + 45 * M, T0 + 50 * M, T0 + 85 * M]) {
      const cut = overJson({ ...whole, queues: rowsAfter(whole.queues, since) })
      expect(cut.queues.at[0]).toBeGreaterThan(since)
      const expected = rowCurves(whole.queues, 'WaitingCalls', ids, [])
      const got = rowCurves(cut.queues, 'WaitingCalls', ids, [])
      // At every answer after the cut, each group reads the same from the cut as from the whole day.
      for (const id of ids) {
        for (const t of cut.queues.at) expect(valueAt(got.get(id)!, t), `${id} at ${fmt(t)}, cut at ${fmt(since)}`).toBe(valueAt(expected.get(id)!, t))
      }
      expect(rowPeaks(cut.queues, 'WaitingCalls')[cut.queues.ids.indexOf('q1')]).toBe(3)
    }
    // While q2 is gone at the cut, the cut's first answer does not bring it back.
    const gone = rowsAfter(whole.queues, T0 + 45 * M)
    expect(rowCurves(gone, 'WaitingCalls', ['q2'], []).get('q2')![0]).toEqual([T0 + 50 * M, 1])
    // Nothing after the last answer: nothing; before the first: the day as it is.
    expect(rowsAfter(whole.queues, T0 + 100 * M).at.length).toBe(0)
    expect(rowsAfter(whole.queues, T0 - 1)).toBe(whole.queues)
  })

  it('sends a day too large for one answer from later on: the most of it that fits, never more', async () => {
    await simulatedDay()
    const whole = await day()
    const kinds = ['states', 'queues'] as const
    const numbers = (since?: number) => {
      const wire = dayToWire(whole, kinds, since, 'cut')
      return [wire.states, wire.queues].reduce((n, s) => n + s.at.length + s.offsets.length - 1 + s.values.length, 0)
    }
    // Everything fits: nothing is cut, and a since asked for stays as asked.
    expect(fittingSince(whole, kinds, numbers())).toBeUndefined()
    expect(fittingSince(whole, kinds, numbers(), T0 + 30 * M)).toBe(T0 + 30 * M)
    // A third of it fits: the answer starts at the latest answer it must, and one answer earlier would not fit.
    const max = Math.floor(numbers() / 3)
    const cut = fittingSince(whole, kinds, max)!
    expect(numbers(cut)).toBeLessThanOrEqual(max)
    const times = Array.from(whole.states.at)
    expect(numbers(times[times.indexOf(cut) - 1])).toBeGreaterThan(max)
    expect(dayFromWire(dayToWire(whole, kinds, cut)).states.at[0]).toBeGreaterThan(cut)
  })

  it('draws the same lines fed a refresh at a time as read whole, the stop found as it comes', async () => {
    await simulatedDay()
    const whole = overJson(await day())
    const rows = whole.queues
    const ids = ['q1', 'q2']
    const prefix = (n: number) => ({ ...rows, at: rows.at.subarray(0, n), offsets: rows.offsets.subarray(0, n + 1) })
    const curves = new RowCurves('WaitingCalls', ids, [])
    for (let n = 1; n <= rows.at.length; n++) {
      const part = prefix(n)
      // The gaps of the day so far: the stop appears once its first answer after is in.
      expect(curves.takeGaps(gapsOf(part.at))).toBe(true)
      curves.feed(part)
    }
    const last = rows.at[rows.at.length - 1]!
    expect(curves.end(last)).toEqual(rowCurves(rows, 'WaitingCalls', ids, gapsOf(rows.at)))
    // An earlier gap that changes (the day's usual step did) cannot be fed on: the lines are drawn anew.
    expect(new RowCurves('WaitingCalls', ids, [[T0, T0 + 20 * M]]).takeGaps([])).toBe(false)
  })

  it('holds a group steady up to a stop at its value before the stop, not at the first one after it', () => {
    // Every 10 s: a's waiting calls stay 3 while its longest wait moves; then 30 min without the
    // console, and a's waiting calls are 12 (b, steady at 4, is gone after the stop).
    const at = [0, 10, 20, 30, 40, 50].map((s) => T0 + s * S)
    const after = T0 + 50 * S + 30 * M
    const values: number[] = [0, 0b11, 3, 0, 1, 0b11, 4, 0]
    const offsets = [0, values.length]
    for (let i = 1; i < at.length; i++) {
      values.push(0, 0b10, i * 10)
      offsets.push(values.length)
    }
    values.push(0, 0b01, 12, 1, 0)
    offsets.push(values.length)
    const rows = { fields: ['WaitingCalls', 'LongestWaitingTime'], at: Float64Array.from([...at, after]), offsets: Uint32Array.from(offsets), values: Int32Array.from(values), dayStart: T0 - 8 * H, ids: ['a', 'b'], states: [] }
    const gaps = gapsOf(rows.at)
    expect(gaps).toEqual([[T0 + 50 * S, after]])
    const curves = rowCurves(rows, 'WaitingCalls', ['a', 'b'], gaps)
    expect(curves.get('a')).toEqual([[T0, 3], [T0 + 50 * S, 3], [T0 + 50 * S + 1, null], [after, 12]])
    expect(curves.get('b')).toEqual([[T0, 4], [T0 + 50 * S, 4], [T0 + 50 * S + 1, null], [after, null]])
    // Nothing over a limit of 10 before the stop: the alert begins with the answer after it.
    expect(alertPeriods(curves.get('a')!, 10, 'above')).toEqual([[after, after]])
  })

  it('draws a group’s lines anew when a gap is found among the answers already drawn', () => {
    const at = Float64Array.from([0, 10, 20, 400, 410].map((s) => T0 + s * S))
    const values = Int32Array.from([0, 1, 1, 0, 1, 2, 0, 1, 3, 0, 1, 4, 0, 1, 5])
    const rows = { fields: ['WaitingCalls'], at, offsets: Uint32Array.from([0, 3, 6, 9, 12, 15]), values, dayStart: T0 - 8 * H, ids: ['a'], states: [] }
    const curves = new RowCurves('WaitingCalls', null, [])
    curves.feed(rows)
    // A stop from 00:20 to 06:40 among the answers fed: it cannot be fed on, only drawn anew.
    expect(curves.takeGaps([[T0 + 20 * S, T0 + 400 * S]])).toBe(false)
    // One after them can.
    expect(curves.takeGaps([[T0 + 410 * S, T0 + 900 * S]])).toBe(true)
  })

  it('draws the same lines for every group of the day fed in slices of a few answers as for the groups named, read whole', async () => {
    await simulatedDay()
    const rows = overJson(await day()).queues
    const gaps = gapsOf(rows.at)
    const every = new RowCurves('WaitingCalls', null, gaps)
    for (let until = 7; every.fed < rows.at.length; until += 7) {
      every.feed(rows, until)
      expect(every.fed).toBe(Math.min(until, rows.at.length))
    }
    const whole = rowCurves(rows, 'WaitingCalls', rows.ids, gaps)
    expect([...every.end(rows.at[rows.at.length - 1]!).keys()].sort()).toEqual([...rows.ids].sort())
    for (const id of rows.ids) expect(every.lines.get(id), id).toEqual(whole.get(id))
  })

  it('reads only the hours from a time on for a reader that has the rest, every later answer as the whole day has it', async () => {
    await simulatedDay()
    const whole = await day()
    // Mid-hour in a merged hour, on the hour, in the hour not merged yet, and after the last answer.
    for (const after of [T0 + 30 * M, T0 + 60 * M, T0 + 90 * M, T0 + 100 * M]) {
      const part = await store.readDay('ccc-a', '2026-06-17', ['states', 'queues'], after)
      for (const kind of ['states', 'queues'] as const) {
        const tail = dayFromWire(dayToWire(whole, [kind], after))[kind]
        const read = dayFromWire(dayToWire(part, [kind], after))[kind]
        expect(Array.from(read.at), `${kind} after ${fmt(after)}`).toEqual(Array.from(tail.at))
        expect(Array.from(read.values)).toEqual(Array.from(tail.values))
      }
      // The hours before its own are not read.
      if (after >= T0 + 60 * M) expect(part.states.at.length).toBeLessThan(whole.states.at.length)
      expect(part.queues.ids).toEqual(whole.queues.ids)
    }
  })

  it('says the console was watching while nothing changed: a board of skill groups alone shows no false gap', async () => {
    for (let t = 0; t <= 10 * M; t += 10 * S) await store.recordQueues('ccc-a', T0 + t, [queue('q1', 1)])
    const d = await day()
    // One record a minute at least, none between.
    expect(d.queues.at.length).toBe(Math.floor((10 * M) / HEARTBEAT_MS) + 1)
    expect(gapsOf(runningTimes(d))).toEqual([])
    expect(rowCurves(d.queues, 'WaitingCalls', ['q1'], []).get('q1')).toEqual([[T0, 1], [d.queues.at[d.queues.at.length - 1]!, 1]])
  })

  it('reads the periods in alert against a limit, in either direction, none when the limit is off', async () => {
    await simulatedDay()
    const d = await day()
    const waiting = fieldCurve(d.states, 'WaitingCalls', gapsOf(runningTimes(d)))
    expect(alertPeriods(waiting, 10, 'above').map(([from, to]) => `${fmt(from)}–${fmt(to)}`)).toEqual(['08:30:00–08:35:00'])
    expect(alertPeriods(waiting, 13, 'above')).toEqual([])
    expect(alertPeriods(waiting, null, 'above')).toEqual([])
    expect(alertPeriods(waiting, 3, 'below').map(([from, to]) => `${fmt(from)}–${fmt(to)}`)).toEqual(['08:00:00–08:30:00', '08:35:00–09:00:00', '09:20:00–09:40:00'])
  })

  it('spans the hours recorded within the instance\'s day, in its own zone', () => {
    const { dayStart, dayEnd } = dayBounds('2026-06-17', ZONE)
    expect(dayEnd - dayStart).toBe(24 * H)
    expect(recordedSpan([T0 + 5 * M, T0 + 100 * M], dayStart, dayEnd, ZONE).map((t) => fmt(t))).toEqual(['08:00:00', '10:00:00'])
    expect(recordedSpan(null, dayStart, dayEnd, ZONE)).toEqual([dayStart, dayEnd])
    // London's spring day is 23 hours; Kolkata's hours are half past UTC's.
    const spring = dayBounds('2026-03-29', 'Europe/London')
    expect(spring.dayEnd - spring.dayStart).toBe(23 * H)
    const kolkata = dayBounds('2026-06-17', 'Asia/Kolkata')
    const span = recordedSpan([kolkata.dayStart + 10 * H + 7 * M, kolkata.dayStart + 11 * H], kolkata.dayStart, kolkata.dayEnd, 'Asia/Kolkata')
    expect(span.map((t) => fmt(t, 'Asia/Kolkata'))).toEqual(['10:00:00', '11:00:00'])
  })

  it('ticks the time axis at the instance\'s own hours, whatever the machine\'s or UTC\'s', () => {
    const kolkata = dayBounds('2026-06-17', 'Asia/Kolkata')
    const labels = zoneTicks(kolkata.dayStart, kolkata.dayEnd, 'Asia/Kolkata', 180).map((t) => fmt(t, 'Asia/Kolkata'))
    expect(labels).toEqual(['00:00:00', '03:00:00', '06:00:00', '09:00:00', '12:00:00', '15:00:00', '18:00:00', '21:00:00', '00:00:00'])
    // An hour and a half: labelled every quarter hour.
    const short = axisTicks(T0, T0 + 90 * M, ZONE)
    expect(short.labels.map((t) => fmt(t))).toEqual(['08:00:00', '08:15:00', '08:30:00', '08:45:00', '09:00:00', '09:15:00', '09:30:00'])
  })

  it('draws gaps and alerts as shaded periods, names escaped in the tooltip', async () => {
    await simulatedDay()
    const d = await day()
    const gaps = gapsOf(runningTimes(d))
    const points = fieldCurve(d.states, 'WaitingCalls', gaps)
    const option = buildDayChartOption({
      series: [{ name: '<b>Sales</b>', points }],
      unit: 'count',
      from: T0,
      to: T0 + 2 * H,
      timeZone: ZONE,
      gaps,
      alerts: alertPeriods(points, 10, 'above'),
      gapLabel: 'Console not running',
      alertLabel: 'In alert'
    })
    const series = (option.series as Array<{ markArea?: { data: Array<[{ name: string; xAxis: number }, { xAxis: number }]> }; step?: string }>)[0]!
    expect(series.step).toBe('end')
    expect(series.markArea!.data.map(([a, b]) => `${a.name} ${fmt(a.xAxis)}–${fmt(b.xAxis)}`)).toEqual(['Console not running 09:00:00–09:20:00', 'In alert 08:30:00–08:35:00'])
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ seriesName: '<b>Sales</b>', value: [T0 + 31 * M, 12], marker: '' }])
    expect(tooltip).toContain('&lt;b&gt;Sales&lt;/b&gt;: <b>12</b>')
    expect(tooltip).toContain('In alert')
    expect(tooltip).not.toContain('<b>Sales')
  })
})
