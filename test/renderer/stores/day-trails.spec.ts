/**
 * The sparklines' store: the day read whole once, then what main kept since; a new day, a day cut
 * short, a forgotten history and a session change each start the lines again rather than draw
 * what no longer stands. Explicit instants (2026-06-17 in Shanghai), never the machine's clock.
 */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HistoryDayAnswer, SupervisorApi } from '@shared/ipc/contract'
import type { HistoryDayWire, HistoryRowsWire } from '@shared/history/day'
import { useDayTrailsStore } from '@renderer/stores/day-trails'
import { useTodayStore } from '@renderer/stores/today'
import { emitEvent, installFakeBridge, ok, removeFakeBridge } from '../fake-bridge'

const M = 60_000
const T0 = Date.UTC(2026, 5, 17, 0, 0)

/** Skill groups' answers: `[at, [row, waiting] | [row, 'gone'], …]`, each a change as main keeps it. */
function queues(ids: string[], answers: Array<[number, ...Array<[number, number | 'gone']>]>, extra: Partial<HistoryDayAnswer> = {}, day = '2026-06-17'): HistoryDayAnswer {
  const values: number[] = []
  const offsets = [0]
  for (const [, ...changes] of answers) {
    for (const [row, v] of changes) values.push(...(v === 'gone' ? [row, 0] : [row, 1, v]))
    offsets.push(values.length)
  }
  const empty = { fields: [], at: [], offsets: [0], values: [] }
  const rows: HistoryRowsWire = { fields: ['WaitingCalls'], at: answers.map(([at]) => at), offsets, values, dayStart: T0 - 8 * 60 * M, ids, states: [] }
  const data: HistoryDayWire = { instanceId: 'ccc-a', day, states: empty, summary: empty, queues: rows, agents: { ...rows, fields: [], at: [], offsets: [0], values: [], ids: [] } }
  return { day, timeZone: 'Asia/Shanghai', dayStart: 0, dayEnd: 0, days: [day], data, kept: true, problem: null, repaired: false, retentionDays: 31, cutAt: null, ...extra }
}

let answers: HistoryDayAnswer[]
let getHistoryDay: ReturnType<typeof vi.fn>
beforeEach(() => {
  setActivePinia(createPinia())
  answers = []
  getHistoryDay = vi.fn(async () => ok(answers.shift()!))
  installFakeBridge({ getHistoryDay: getHistoryDay as unknown as SupervisorApi['getHistoryDay'], forgetHistory: vi.fn(async () => ok(undefined)) })
})
afterEach(() => removeFakeBridge())

/** Each line's points as "HH:mm value". */
const lines = (ids: string[]) => {
  const got = useDayTrailsStore().queueLines('ccc-a', ids)
  return got && Object.fromEntries(ids.map((id) => [id, got.get(id)!.points.map(([at, v]) => `${(at - T0) / M} ${v}`)]))
}

describe('the sparklines of the day so far', () => {
  it('read the day whole, then only what main kept since, changes following on', async () => {
    const store = useDayTrailsStore()
    answers.push(queues(['a', 'b'], [[T0, [0, 2], [1, 5]], [T0 + M, [0, 3]]]))
    await store.update('ccc-a', 'queues')
    expect(getHistoryDay).toHaveBeenLastCalledWith({ instanceId: 'ccc-a', kinds: ['queues'] })
    // The next answer holds only what changed (b), and a new group c: a's line holds.
    answers.push(queues(['a', 'b', 'c'], [[T0 + 2 * M, [1, 4], [2, 1]]]))
    await store.update('ccc-a', 'queues')
    expect(getHistoryDay).toHaveBeenLastCalledWith({ instanceId: 'ccc-a', kinds: ['queues'], since: T0 + M })
    expect(lines(['a', 'b', 'c'])).toEqual({ a: ['0 2', '1 3'], b: ['0 5', '2 4'], c: ['2 1'] })
  })

  it('read once more when asked while a read runs, so that refresh is not left out', async () => {
    const store = useDayTrailsStore()
    answers.push(queues(['a'], [[T0, [0, 2]]]), queues(['a'], [[T0 + M, [0, 6]]]))
    const first = store.update('ccc-a', 'queues')
    void store.update('ccc-a', 'queues')
    await first
    expect(getHistoryDay).toHaveBeenCalledTimes(2)
    expect(lines(['a'])).toEqual({ a: ['0 2', '1 6'] })
  })

  it('start again on the instance’s next day, and on a day cut short', async () => {
    const store = useDayTrailsStore()
    answers.push(queues(['a'], [[T0, [0, 2]]]))
    await store.update('ccc-a', 'queues')
    answers.push(queues(['a'], [[T0 + 24 * 60 * M, [0, 7]]], {}, '2026-06-18'))
    await store.update('ccc-a', 'queues')
    expect(lines(['a'])).toEqual({ a: [`${24 * 60} 7`] })
    answers.push(queues(['a'], [[T0 + 25 * 60 * M, [0, 1]]], { cutAt: T0 + 24 * 60 * M + 30 * M }, '2026-06-18'))
    await store.update('ccc-a', 'queues')
    expect(lines(['a'])).toEqual({ a: [`${25 * 60} 1`] })
  })

  it('read the day whole again when its groups no longer follow on (the history was rebuilt under them)', async () => {
    const store = useDayTrailsStore()
    answers.push(queues(['a', 'b'], [[T0, [0, 7], [1, 1]]]))
    await store.update('ccc-a', 'queues')
    // Row 0 is b now: read on, it would show b with a's 7.
    answers.push(queues(['b'], [[T0 + M, [0, 1]]]), queues(['b'], [[T0 + M, [0, 1]]]))
    await store.update('ccc-a', 'queues')
    expect(getHistoryDay).toHaveBeenLastCalledWith({ instanceId: 'ccc-a', kinds: ['queues'] })
    expect(lines(['a', 'b'])).toEqual({ a: [], b: ['1 1'] })
  })

  it('forget what was drawn when another window forgets the history', async () => {
    const store = useDayTrailsStore()
    answers.push(queues(['a'], [[T0, [0, 7]]]))
    await store.update('ccc-a', 'queues')
    expect(lines(['a'])).not.toBeNull()
    emitEvent('historyForgotten', { at: T0 + M })
    expect(lines(['a'])).toBeNull()
  })

  it('empty the Today page when another window forgets the history', async () => {
    const today = useTodayStore()
    answers.push(queues(['a'], [[T0, [0, 7]]]))
    await today.load('ccc-a')
    expect(today.read?.day?.queues.at.length).toBe(1)
    emitEvent('historyForgotten', { at: T0 + M })
    expect(today.read?.day).toBeNull()
    expect(today.read?.answer.days).toEqual([])
  })

  it('forget what was drawn when the history is forgotten', async () => {
    const store = useDayTrailsStore()
    answers.push(queues(['a'], [[T0, [0, 7]]]))
    await store.update('ccc-a', 'queues')
    expect(lines(['a'])).not.toBeNull()
    await useTodayStore().forget()
    expect(lines(['a'])).toBeNull()
  })

  it('feed a full day of 150 skill groups to their lines a slice at a time, the page free between slices, the lines shown only whole', async () => {
    const store = useDayTrailsStore()
    const ids = Array.from({ length: 150 }, (_, i) => `g${i}`)
    // Every 10 s all day, a third of the groups changing each time.
    const day: Array<[number, ...Array<[number, number]>]> = Array.from({ length: 8_640 }, (_, s) => [
      T0 + s * 10_000,
      ...ids.flatMap((_, row): Array<[number, number]> => ((row + s) % 3 === 0 ? [[row, (row + s) % 9]] : []))
    ])
    answers.push(queues(ids, day))
    // Tasks that get to run while the day is being fed, and what each saw of the lines.
    const seen: Array<number | null> = []
    let feeding = true
    const beat = () => {
      if (!feeding) return
      seen.push(store.queueLines('ccc-a', ids)?.get('g0')?.points.length ?? null)
      setTimeout(beat, 0)
    }
    setTimeout(beat, 0)
    await store.update('ccc-a', 'queues')
    feeding = false
    // The bridge answered at once: every task that ran came between the feed's slices, and none saw half lines.
    expect(seen.length).toBeGreaterThan(1)
    expect(new Set(seen)).toEqual(new Set([null]))
    const drawn = store.queueLines('ccc-a', ids)!
    // g0 changes every third answer, to (0 + s) % 9: a point each time its value moves.
    expect(drawn.get('g0')!.points).toHaveLength(8_640 / 3)
    // g149 last changed at the answer before the last (149 + 8,638 is a multiple of 3).
    expect(drawn.get('g149')!.points.at(-1)).toEqual([T0 + 8_638 * 10_000, (149 + 8_638) % 9])
  })

  it('keep the lines drawn while a day read whole again is fed, and take the new ones once whole', async () => {
    const store = useDayTrailsStore()
    const ids = Array.from({ length: 60 }, (_, i) => (i === 0 ? 'a' : `g${i}`))
    answers.push(queues(ids, [[T0, [0, 2]]]))
    await store.update('ccc-a', 'queues')
    // The next day, read whole: 8,640 answers of 60 groups, fed in slices; meanwhile the lines stay as they were.
    const day = Array.from({ length: 8_640 }, (_, s): [number, ...Array<[number, number]>] => [T0 + 24 * 60 * M + s * 10_000, ...ids.map((_, row): [number, number] => [row, (s + row) % 7])])
    answers.push(queues(ids, day, {}, '2026-06-18'))
    const seen: string[][] = []
    let feeding = true
    const beat = () => {
      if (!feeding) return
      seen.push(lines(['a'])!.a!)
      setTimeout(beat, 0)
    }
    setTimeout(beat, 0)
    await store.update('ccc-a', 'queues')
    feeding = false
    expect(seen.length).toBeGreaterThan(1)
    for (const shown of seen) expect(shown).toEqual(['0 2'])
    expect(lines(['a'])!.a).toHaveLength(8_640)
  })

  it('take a day whose skill groups do not report the figure: empty lines, and the next refresh still read', async () => {
    const store = useDayTrailsStore()
    const without = (answer: HistoryDayAnswer): HistoryDayAnswer => ({ ...answer, data: { ...answer.data!, queues: { ...answer.data!.queues, fields: ['ReadyAgents'] } } })
    answers.push(without(queues(['a'], [[T0, [0, 2]]])), without(queues(['a'], [[T0 + M, [0, 3]]])))
    await store.update('ccc-a', 'queues')
    expect(lines(['a'])).toEqual({ a: [] })
    await store.update('ccc-a', 'queues')
    expect(getHistoryDay).toHaveBeenLastCalledWith({ instanceId: 'ccc-a', kinds: ['queues'], since: T0 })
  })
})
