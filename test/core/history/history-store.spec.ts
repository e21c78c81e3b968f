/**
 * The day-so-far store on a real LevelDB in a temp folder, on explicit instants (2026-06-17 in
 * Shanghai, UTC+8; London on summer time, UTC+1), never the machine's clock or zone.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HistoryStore, NOT_REPORTED, type HistoryRows } from '../../../src/core/history/history-store'
import type { AgentState, SkillGroupState } from '../../../src/shared/ccc/types'

const ZONES: Record<string, string> = { 'ccc-a': 'Asia/Shanghai', 'ccc-night': 'Europe/London' }
// 2026-06-17 08:00 in Shanghai.
const T0 = Date.UTC(2026, 5, 17, 0, 0, 0)
const H = 3_600_000

let dir: string
const open = (options: Partial<Parameters<typeof HistoryStore.open>[0]> = {}) =>
  HistoryStore.open({ location: join(dir, 'history'), zoneOf: (id) => ZONES[id] ?? 'Asia/Shanghai', now: () => T0 + 12 * H, ...options })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-history-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const queue = (id: string, over: Partial<SkillGroupState> = {}) =>
  ({ SkillGroupId: id, WaitingCalls: 0, LongestWaitingTime: 0, LoggedInAgents: 4, ReadyAgents: 2, TalkingAgents: 2, WorkingAgents: 0, BreakingAgents: 0, TotalAgents: 6, ...over }) as SkillGroupState
const agent = (id: string, state: string, since: number | null) => ({ AgentId: id, State: state, StateTime: since }) as AgentState

/** Each answer's rows with the unchanged fields carried forward, as a reader of HistoryRows does. */
function replay(rows: HistoryRows): Array<{ at: number; rows: Record<string, number[]> }> {
  const current = new Map<number, number[]>()
  const out: Array<{ at: number; rows: Record<string, number[]> }> = []
  for (let i = 0; i < rows.at.length; i++) {
    const v = rows.values.subarray(rows.offsets[i]!, rows.offsets[i + 1]!)
    for (let p = 0; p < v.length; ) {
      const index = v[p]!
      const mask = v[p + 1]!
      p += 2
      // Mask 0: the row was not in this answer.
      if (mask === 0) {
        current.delete(index)
        continue
      }
      const row = [...(current.get(index) ?? Array(rows.fields.length).fill(NOT_REPORTED))]
      for (let f = 0; f < rows.fields.length; f++) if (mask & (1 << f)) row[f] = v[p++]!
      current.set(index, row)
    }
    out.push({ at: rows.at[i]!, rows: Object.fromEntries([...current].map(([index, row]) => [rows.ids[index]!, row])) })
  }
  return out
}

describe('the day-so-far store', () => {
  it('keeps each answer of the instance\'s day in time order, across the hour it merges, and reads it back', async () => {
    const store = await open()
    for (let i = 0; i < 300; i++) {
      // Every 15 s from 08:00 to 09:14:45 Shanghai time: the first hour is merged into one block.
      await store.recordStates('ccc-a', T0 + i * 15_000, { InstanceId: 'ccc-a', WaitingCalls: i % 7, LongestWaitingTime: i, InteractiveCalls: null } as never)
    }
    await store.recordSummary('ccc-a', T0, { InstanceId: 'ccc-a', Timestamp: '', Inbound: { CallsOffered: 12, ServiceLevel20: 0.85 }, Outbound: {}, Overall: {} } as never)
    const day = await store.readDay('ccc-a', '2026-06-17')
    expect(day.states.at.length).toBe(300)
    expect([...day.states.at.slice(0, 2)]).toEqual([T0, T0 + 15_000])
    expect(day.states.at[299]).toBe(T0 + 299 * 15_000)
    const field = (name: string, i: number) => day.states.values[day.states.offsets[i]! + day.states.fields.indexOf(name)]
    expect([field('WaitingCalls', 250), field('LongestWaitingTime', 250)]).toEqual([250 % 7, 250])
    // Not reported is NaN, never 0.
    expect(field('InteractiveCalls', 3)).toBeNaN()
    const sl = day.summary.values[day.summary.fields.indexOf('Inbound.ServiceLevel20')]
    expect(sl).toBeCloseTo(0.85)
    // Another day, another instance: nothing.
    expect((await store.readDay('ccc-a', '2026-06-16')).states.at.length).toBe(0)
    expect((await store.readDay('ccc-night', '2026-06-17')).states.at.length).toBe(0)
    await store.close()
  })

  it('reads every answer written before the read, while the hour before is merged under it', async () => {
    const store = await open()
    const states = (i: number) => ({ InstanceId: 'ccc-a', WaitingCalls: i, LongestWaitingTime: i }) as never
    let written = 0
    const missed: string[] = []
    // Each hour's first answer merges the hour before into a block: the reads started beside it
    // must find that hour's answers, as answers or as the block, never neither.
    for (let hour = 0; hour < 12; hour++) {
      for (let i = 0; i < 40; i++) await store.recordStates('ccc-a', T0 + hour * H + i * 60_000, states(written++))
      const merging = store.recordStates('ccc-a', T0 + (hour + 1) * H, states(written))
      const reads = await Promise.all(Array.from({ length: 6 }, () => store.readDay('ccc-a', '2026-06-17', ['states'])))
      await merging
      written++
      for (const day of reads) if (day.states.at.length < written - 1) missed.push(`hour ${hour}: ${day.states.at.length} of ${written - 1}`)
    }
    expect(missed).toEqual([])
    expect((await store.readDay('ccc-a', '2026-06-17')).states.at.length).toBe(written)
    await store.close()
  })

  it('files each answer under the instance\'s own day: London\'s midnight, not Shanghai\'s', async () => {
    const store = await open()
    // 23:30 and 00:30 in London (22:30 and 23:30 UTC).
    await store.recordStates('ccc-night', Date.UTC(2026, 5, 17, 22, 30), { InstanceId: 'ccc-night', WaitingCalls: 1 } as never)
    await store.recordStates('ccc-night', Date.UTC(2026, 5, 17, 23, 30), { InstanceId: 'ccc-night', WaitingCalls: 2 } as never)
    expect(await store.days('ccc-night')).toEqual(['2026-06-17', '2026-06-18'])
    expect((await store.readDay('ccc-night', '2026-06-17')).states.at.length).toBe(1)
    await store.close()
  })

  it('writes only the skill groups\' and agents\' fields that changed, which a reader carries forward', async () => {
    const store = await open()
    await store.recordQueues('ccc-a', T0, [queue('sales'), queue('vip')])
    await store.recordQueues('ccc-a', T0 + 15_000, [queue('sales', { WaitingCalls: 3, LongestWaitingTime: 40 }), queue('vip')])
    await store.recordQueues('ccc-a', T0 + 30_000, [queue('sales', { WaitingCalls: 3, LongestWaitingTime: 40 }), queue('vip')])
    await store.recordQueues('ccc-a', T0 + 45_000, [queue('sales', { WaitingCalls: 3, LongestWaitingTime: 55 }), queue('vip'), queue('new')])
    const day = await store.readDay('ccc-a', '2026-06-17')
    // Nothing changed at 30 s: no answer kept.
    expect([...day.queues.at]).toEqual([T0, T0 + 15_000, T0 + 45_000])
    // The first answer has every field of both rows; the second only the two that changed.
    expect(day.queues.offsets[2]! - day.queues.offsets[1]!).toBe(4)
    const replayed = replay(day.queues)
    const waiting = day.queues.fields.indexOf('WaitingCalls')
    const longest = day.queues.fields.indexOf('LongestWaitingTime')
    expect(replayed.map((a) => [a.rows.sales?.[waiting], a.rows.sales?.[longest], a.rows.vip?.[waiting], a.rows.new?.[waiting]])).toEqual([
      [0, 0, 0, undefined],
      [3, 40, 0, undefined],
      [3, 55, 0, 0]
    ])

    const since = Date.UTC(2026, 5, 16, 23, 50, 10)
    await store.recordAgents('ccc-a', T0, [agent('a1', 'ACW', since), agent('a2', 'Ready', null)])
    await store.recordAgents('ccc-a', T0 + 15_000, [agent('a1', 'Ready', T0 + 10_000), agent('a2', 'Ready', null)])
    const agents = (await store.readDay('ccc-a', '2026-06-17')).agents
    // Shanghai's midnight, whatever the machine's zone.
    expect(agents.dayStart).toBe(Date.UTC(2026, 5, 16, 16, 0))
    const states = replay(agents).map((a) => Object.fromEntries(Object.entries(a.rows).map(([id, [state, secs]]) => [id, [agents.states[state!], secs === NOT_REPORTED ? null : agents.dayStart + secs! * 1000]])))
    expect(states).toEqual([
      { a1: ['ACW', since], a2: ['Ready', null] },
      { a1: ['Ready', T0 + 10_000], a2: ['Ready', null] }
    ])
    await store.close()
  })

  it('marks a row gone when an answer lacks it, keeps answers of one millisecond apart, and carries rows across a merged hour and a restart', async () => {
    const store = await open()
    // 08:59:45, 09:00:00 (a new hour: the first is merged), and a second answer in the same millisecond.
    const first = T0 + H - 15_000
    await store.recordQueues('ccc-a', first, [queue('sales'), queue('vip')])
    await store.recordQueues('ccc-a', T0 + H, [queue('sales', { WaitingCalls: 2 })])
    await store.recordQueues('ccc-a', T0 + H, [queue('sales', { WaitingCalls: 4 }), queue('vip')])
    await store.close()
    // After a restart the first answer is written whole again; the replay reads alike.
    const reopened = await open()
    await reopened.recordQueues('ccc-a', T0 + H + 15_000, [queue('sales', { WaitingCalls: 4 }), queue('vip')])
    const day = (await reopened.readDay('ccc-a', '2026-06-17')).queues
    expect([...day.at]).toEqual([first, T0 + H, T0 + H + 1, T0 + H + 15_000])
    const waiting = day.fields.indexOf('WaitingCalls')
    expect(replay(day).map((a) => Object.fromEntries(Object.entries(a.rows).map(([id, row]) => [id, row[waiting]])))).toEqual([
      { sales: 0, vip: 0 },
      { sales: 2 },
      { sales: 4, vip: 0 },
      { sales: 4, vip: 0 }
    ])
    await reopened.close()
  })

  it('expires days past the retention, 31 by default and settable, in each instance\'s zone', async () => {
    let now = Date.UTC(2026, 4, 1, 4, 0)
    const store = await open({ now: () => now })
    for (let d = 0; d < 40; d++) await store.recordStates('ccc-a', now + d * 24 * H, { InstanceId: 'ccc-a', WaitingCalls: d } as never)
    now += 39 * 24 * H
    expect(await store.expire()).toBe(9)
    const days = await store.days('ccc-a')
    expect(days).toHaveLength(31)
    expect(days[0]).toBe('2026-05-10')
    expect(days.at(-1)).toBe('2026-06-09')
    expect((await store.readDay('ccc-a', '2026-05-09')).states.at.length).toBe(0)
    await store.close()
    // Seven days kept: the next open expires the rest.
    const shorter = await open({ now: () => now, retentionDays: 7 })
    expect(await shorter.days('ccc-a')).toEqual(['2026-06-03', '2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08', '2026-06-09'])
    await shorter.close()
  })

  it('keeps under its size cap by dropping the oldest days, never today\'s', async () => {
    const now = Date.UTC(2026, 5, 17, 4, 0)
    const store = await open({ now: () => now, maxBytes: 150_000 })
    const groups = Array.from({ length: 150 }, (_, i) => queue(`g${i}`))
    for (let d = 5; d >= 0; d--) {
      for (let s = 0; s < 60; s++) {
        groups.forEach((g, i) => void (groups[i] = { ...g, WaitingCalls: (s + i + d) % 11 }))
        await store.recordQueues('ccc-a', now - d * 24 * H + s * 15_000, groups)
      }
    }
    expect(await store.days('ccc-a')).toHaveLength(6)
    const removed = await store.capSize()
    expect(removed).toBeGreaterThan(0)
    const kept = await store.days('ccc-a')
    expect(kept.at(-1)).toBe('2026-06-17')
    expect(kept[0]! > '2026-06-12').toBe(true)
    expect(await store.approximateBytes()).toBeLessThanOrEqual(150_000)
    await store.close()
  })

  it('never drops an instance\'s today for the cap, whichever zone it keeps its days in', async () => {
    // 23:30 in London on 2026-06-17 is 06:30 on the 18th in Shanghai: each has its own today.
    const now = Date.UTC(2026, 5, 17, 22, 30)
    const store = await open({ now: () => now, maxBytes: 1 })
    const groups = Array.from({ length: 50 }, (_, i) => queue(`g${i}`))
    for (const id of ['ccc-a', 'ccc-night']) {
      await store.recordQueues(id, now - 2 * 24 * H, groups)
      await store.recordQueues(id, now, groups)
    }
    expect(await store.days('ccc-a')).toEqual(['2026-06-16', '2026-06-18'])
    expect(await store.days('ccc-night')).toEqual(['2026-06-15', '2026-06-17'])
    expect(await store.capSize()).toBe(2)
    expect(await store.days('ccc-a')).toEqual(['2026-06-18'])
    expect(await store.days('ccc-night')).toEqual(['2026-06-17'])
    // Only todays left: nothing more to drop, however far over.
    expect(await store.capSize()).toBe(0)
    await store.close()
  })

  it('forgets every day of every instance', async () => {
    const store = await open()
    await store.recordStates('ccc-a', T0, { InstanceId: 'ccc-a', WaitingCalls: 1 } as never)
    await store.recordStates('ccc-night', T0, { InstanceId: 'ccc-night', WaitingCalls: 1 } as never)
    await store.forget()
    expect([...(await store.days('ccc-a')), ...(await store.days('ccc-night'))]).toEqual([])
    await store.close()
  })

  it('refuses a second opening while one holds it, saying why', async () => {
    const first = await open()
    await expect(open()).rejects.toMatchObject({ code: 'History.Locked', message: expect.stringMatching(/in use by another CCC Supervisor/) })
    await first.close()
    const again = await open()
    await again.close()
  })

  it('opens a damaged file to what is still readable, keeping the rest of the day, and goes on recording', async () => {
    const store = await open()
    for (let i = 0; i < 200; i++) await store.recordStates('ccc-a', T0 + i * 15_000, { InstanceId: 'ccc-a', WaitingCalls: i } as never)
    await store.close()
    // Garbage over the middle of the newest table or log file.
    const files = await readdir(join(dir, 'history'))
    const data = files.filter((f) => /\.(ldb|log)$/.test(f))
    const sizes = await Promise.all(data.map(async (f) => [f, (await stat(join(dir, 'history', f))).size] as const))
    const [victim, size] = sizes.sort((a, b) => b[1] - a[1])[0]!
    const bytes = await readFile(join(dir, 'history', victim))
    bytes.fill(0xa5, Math.floor(size / 2), Math.floor(size / 2) + 64)
    await writeFile(join(dir, 'history', victim), bytes)
    const reopened = await open()
    expect(typeof reopened.repaired).toBe('boolean')
    const day = await reopened.readDay('ccc-a', '2026-06-17')
    expect(day.states.at.length).toBeGreaterThan(0)
    expect(day.states.at.length).toBeLessThanOrEqual(200)
    // New answers are kept as before.
    await reopened.recordStates('ccc-a', T0 + 300 * 15_000, { InstanceId: 'ccc-a', WaitingCalls: 1 } as never)
    expect((await reopened.readDay('ccc-a', '2026-06-17')).states.at.at(-1)).toBe(T0 + 300 * 15_000)
    await reopened.close()
  })
})

describe('the day-so-far store after kill -9', () => {
  it('loses at most the answer being written when the process is killed mid-write', { timeout: 120_000 }, async () => {
    const acks = join(dir, 'acks')
    await writeFile(acks, '')
    // A writer in its own process group (vitest runs this same file with WRITER set), killed once it has acknowledged 150 answers.
    const child = spawn(process.execPath, [join('node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/core/history/history-store.spec.ts', '-t', 'writer'], {
      env: { ...process.env, CCC_HISTORY_WRITER: join(dir, 'history'), CCC_HISTORY_ACKS: acks },
      detached: true,
      stdio: 'ignore'
    })
    const exited = new Promise((resolve) => child.once('exit', resolve))
    for (;;) {
      const text = await readFile(acks, 'utf8')
      if (text.split('\n').filter(Boolean).length >= 150) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    process.kill(-child.pid!, 'SIGKILL')
    await exited
    // vitest's worker (which holds the store's lock) dies with its group, but may outlive the
    // parent by a moment: the group is gone when signalling it finds no process.
    const groupAlive = (): boolean => {
      try {
        process.kill(-child.pid!, 0)
        return true
      } catch {
        return false
      }
    }
    for (let waited = 0; groupAlive(); waited += 20) {
      if (waited > 10_000) throw new Error('the killed writer did not go away')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const acked = (await readFile(acks, 'utf8')).split('\n').filter(Boolean).length
    const store = await open()
    const kept = (await store.readDay('ccc-a', '2026-06-17')).states
    // Every acknowledged answer is there; at most the one in flight beyond them.
    expect(kept.at.length).toBeGreaterThanOrEqual(acked)
    expect(kept.at.length).toBeLessThanOrEqual(acked + 1)
    expect([...kept.at]).toEqual(Array.from({ length: kept.at.length }, (_, i) => T0 + i * 15_000))
    await store.close()
  })
})

describe.runIf(process.env.CCC_HISTORY_WRITER)('writer', () => {
  it('writer', { timeout: 120_000 }, async () => {
    const { appendFileSync } = await import('node:fs')
    const store = await HistoryStore.open({ location: process.env.CCC_HISTORY_WRITER!, zoneOf: () => 'Asia/Shanghai', now: () => T0 })
    for (let i = 0; ; i++) {
      await store.recordStates('ccc-a', T0 + i * 15_000, { InstanceId: 'ccc-a', WaitingCalls: i } as never)
      appendFileSync(process.env.CCC_HISTORY_ACKS!, `${i}\n`)
    }
  })
})
