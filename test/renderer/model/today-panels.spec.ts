/**
 * The Today page's panels of one day: 08:00–09:00 in Shanghai every 10 s, the console stopped
 * 09:00–09:20, then 09:20–09:40. Waiting calls reach 12 at 08:30–08:35; skill group q1 waits 3
 * from 08:10 on, q2 waits 1 all day. Explicit instants, never the machine's clock or zone.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { dayBounds, type HistoryDay } from '@shared/history/day'
import { queueThresholds } from '@renderer/model/queue-board'
import { defaultThresholds } from '@renderer/model/thresholds'
import { AGENT_STATE_FIELDS, busiestQueues, dayClock, mergePeriods, periodClock, todayModel } from '@renderer/model/today-panels'

const ZONE = 'Asia/Shanghai'
const T0 = Date.UTC(2026, 5, 17, 0, 0, 0)
const S = 1_000
const M = 60_000
const fmt = (ms: number) => format(new TZDate(ms, ZONE), 'HH:mm:ss')

/** The day as main sends it, every skill group in every answer (the carrying forward is day-curves.spec's). */
function simulatedDay(): HistoryDay {
  const times: number[] = []
  for (let t = 0; t <= 60 * M; t += 10 * S) times.push(T0 + t)
  for (let t = 80 * M; t <= 100 * M; t += 10 * S) times.push(T0 + t)
  const stateFields = ['WaitingCalls', 'LongestWaitingTime', ...AGENT_STATE_FIELDS]
  const states: number[] = []
  const rows: number[] = []
  const offsets = [0]
  const rowOffsets = [0]
  for (const at of times) {
    const t = at - T0
    states.push(t >= 30 * M && t < 35 * M ? 12 : 2, 30, 20, 5, 12, 2, 1)
    offsets.push(states.length)
    rows.push(0, 1, t >= 10 * M ? 3 : 0, 1, 1, 1)
    rowOffsets.push(rows.length)
  }
  const { dayStart } = dayBounds('2026-06-17', ZONE)
  const empty = { fields: [], at: new Float64Array(), offsets: new Uint32Array([0]), values: new Float64Array() }
  return {
    instanceId: 'ccc-a',
    day: '2026-06-17',
    states: { fields: stateFields, at: Float64Array.from(times), offsets: Uint32Array.from(offsets), values: Float64Array.from(states) },
    summary: empty,
    queues: { fields: ['WaitingCalls'], at: Float64Array.from(times), offsets: Uint32Array.from(rowOffsets), values: Int32Array.from(rows), dayStart, ids: ['q1', 'q2'], states: [] },
    agents: { ...empty, values: new Int32Array(), dayStart, ids: [], states: [] }
  }
}

function model(day: HistoryDay, waitingAlert: number | null, q1Alert: number | null) {
  const thresholds = defaultThresholds()
  thresholds.WaitingCalls = { warn: null, alert: waitingAlert }
  const { dayStart, dayEnd } = dayBounds('2026-06-17', ZONE)
  return todayModel({
    day,
    timeZone: ZONE,
    dayStart,
    dayEnd,
    thresholds,
    queueThresholds: (id) => queueThresholds(thresholds, id === 'q1' ? { WaitingCalls: { warn: null, alert: q1Alert } } : undefined),
    queues: busiestQueues(day, 5).map((id) => ({ id, name: `Queue ${id}` })),
    label: (field) => field,
    gapLabel: 'gap',
    alertLabel: 'alert',
    dark: false
  })
}
const spans = (periods: ReadonlyArray<readonly [number, number]>) => periods.map(([from, to]) => [fmt(from), fmt(to)])

describe('the Today page’s panels', () => {
  it('read each figure against the limits set now, with its highest value and when it was first reached', () => {
    const shown = model(simulatedDay(), 10, 3)
    const waiting = shown.panels.find((p) => p.key === 'waiting')!
    expect(waiting.limit).toBe(10)
    expect(waiting.peak && { value: waiting.peak.value, at: dayClock(waiting.peak.at, ZONE) }).toEqual({ value: 12, at: '08:30:00' })
    expect(spans(waiting.input.alerts)).toEqual([['08:30:00', '08:35:00']])
    // q1 waits 3 from 08:10 through the stop: a period each side of it, none across.
    const queues = shown.panels.find((p) => p.key === 'queues')!
    expect(queues.input.series.map((series) => series.name)).toEqual(['Queue q1', 'Queue q2'])
    expect(spans(queues.input.alerts)).toEqual([['08:10:00', '09:00:00'], ['09:20:00', '09:40:00']])
    expect(spans(shown.gaps)).toEqual([['09:00:00', '09:20:00']])
    expect(periodClock(shown.recorded!, ZONE)).toEqual({ from: '08:00:00', to: '09:40:00' })
    // The axis spans the hours recorded, not the whole day.
    expect([fmt(waiting.input.from), fmt(waiting.input.to)]).toEqual(['08:00:00', '10:00:00'])
  })

  it('shade nothing red with the limits off', () => {
    const off = model(simulatedDay(), null, null)
    expect(off.panels.flatMap((p) => p.input.alerts)).toEqual([])
    expect(off.panels.find((p) => p.key === 'waiting')!.limit).toBeNull()
  })

  it('pick the busiest skill groups by their highest waiting calls, and merge periods that touch', () => {
    expect(busiestQueues(simulatedDay(), 1)).toEqual(['q1'])
    expect(mergePeriods([[5, 9], [1, 3], [3, 4], [8, 12]])).toEqual([[1, 4], [5, 12]])
  })
})
