/**
 * The day so far recorded as main answers the page: the instance's states, its summary, every
 * skill group and (whole lists only) every agent, under the instance's day on the pinned clock,
 * from the simulator through main's real handlers; nothing recorded where history is off.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Services } from '../../../src/core/services'
import { startSimulator, DEMO_CREDENTIALS, type Simulator } from '../../../src/simulator'
import { onPinnedDay, testClock } from '../../helpers/test-clock'
import { testServices } from '../../helpers/test-services'
import { stringifyJson } from '../../../src/shared/json'
import { packTables, unpackTables } from '../../../src/shared/ipc/wire-tables'
import { dayFromWire } from '../../../src/shared/history/day'
import { contract, type HistoryDayAnswer } from '../../../src/shared/ipc/contract'
import type { SnapshotDaySoFar } from '../../../src/shared/snapshot'

let dir: string
let sim: Simulator
let services: Services
let off: Services

const env = (endpoint: string) => ({
  ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret,
  CCC_SUPERVISOR_ENDPOINT: endpoint
})

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-recording-'))
  sim = await startSimulator(onPinnedDay)
  services = testServices(join(dir, 'on'), { env: env(sim.url), now: testClock, history: {}, clientOptions: { retry: { maxAttempts: 1 } }, chooseExportFolder: async () => dir })
  off = testServices(join(dir, 'off'), { env: env(sim.url), now: testClock, clientOptions: { retry: { maxAttempts: 1 } }, chooseExportFolder: async () => dir })
})
afterAll(async () => {
  await services.close()
  await off.close()
  await sim.close()
  await rm(dir, { recursive: true, force: true })
})

describe('recording the day so far', () => {
  it('keeps each live answer main gives the page under the instance\'s own day', async () => {
    const { handlers } = services
    const instanceId = 'ccc-demo'
    for (let i = 0; i < 2; i++) {
      await handlers.getRealtimeInstanceStates({ instanceId })
      await handlers.getInstanceSummaryReportSinceMidnight({ instanceId })
      await handlers.listRealtimeSkillGroupStates({ instanceId })
      await handlers.listRealtimeAgentStates({ instanceId })
    }
    const info = await handlers.getSession(undefined)
    const zone = info.timeZones[instanceId] ?? 'Asia/Shanghai'
    const day = await services.history!.readDay(instanceId, format(new TZDate(testClock(), zone), 'yyyy-MM-dd'))
    expect(day).not.toBeNull()
    expect(day!.states.at.length).toBe(2)
    expect(day!.summary.at.length).toBe(2)
    const groups = await handlers.listSkillGroups({ instanceId })
    expect(day!.queues.ids).toHaveLength(groups.length)
    // The first answer holds every group whole: its index, its mask and each field.
    expect(day!.queues.offsets[1]! - day!.queues.offsets[0]!).toBe(groups.length * (2 + day!.queues.fields.length))
    const agents = (await handlers.listRealtimeAgentStates({ instanceId })).items
    expect(day!.agents.ids.length).toBe(agents.length)
    // The states by name, once each.
    expect(day!.agents.states.length).toBeGreaterThan(0)
    expect(new Set(day!.agents.states).size).toBe(day!.agents.states.length)
    expect(day!.agents.at.length).toBeLessThanOrEqual(2)
  })

  it('keeps no filtered list: "my queues" or a state filter would read as the others gone', async () => {
    const filtered = testServices(join(dir, 'filtered'), { env: env(sim.url), now: testClock, history: {}, clientOptions: { retry: { maxAttempts: 1 } } })
    const instanceId = 'ccc-demo'
    const [group] = await filtered.handlers.listSkillGroups({ instanceId })
    await filtered.handlers.listRealtimeSkillGroupStates({ instanceId, skillGroupIds: [group!.SkillGroupId] })
    await filtered.handlers.listRealtimeAgentStates({ instanceId, states: ['Ready'] })
    await filtered.handlers.listRealtimeAgentStates({ instanceId, query: 'a' })
    const zone = (await filtered.handlers.getSession(undefined)).timeZones[instanceId] ?? 'Asia/Shanghai'
    const day = await filtered.history!.readDay(instanceId, format(new TZDate(testClock(), zone), 'yyyy-MM-dd'))
    expect(day!.queues.at.length).toBe(0)
    expect(day!.agents.at.length).toBe(0)
    await filtered.close()
  })

  it('keeps nothing where history is off, and tells the Today page so', async () => {
    await off.handlers.getRealtimeInstanceStates({ instanceId: 'ccc-demo' })
    expect(off.history).toBeUndefined()
    expect(existsSync(join(dir, 'off', 'history'))).toBe(false)
    const answer = await off.handlers.getHistoryDay({ instanceId: 'ccc-demo' })
    expect(answer).toMatchObject({ kept: false, data: null, days: [], problem: null })
    expect(answer.day).toBe(format(new TZDate(testClock(), answer.timeZone), 'yyyy-MM-dd'))
  })

  /** An answer as the test host sends it: packed, as JSON, and unpacked by the page. */
  const overTheWire = (answer: HistoryDayAnswer): HistoryDayAnswer => unpackTables(JSON.parse(stringifyJson(packTables({ ok: true, data: answer }))) as { ok: true; data: HistoryDayAnswer }).data

  it('gives the Today page the instance\'s today in its zone, only the kinds it asks for, intact across JSON', async () => {
    const { handlers } = services
    const instanceId = 'ccc-demo'
    await handlers.getRealtimeInstanceStates({ instanceId })
    const answer = overTheWire(await handlers.getHistoryDay({ instanceId, kinds: ['states', 'queues'] }))
    const zone = answer.timeZone
    expect(answer.day).toBe(format(new TZDate(testClock(), zone), 'yyyy-MM-dd'))
    expect(answer).toMatchObject({ kept: true, problem: null, repaired: false, retentionDays: 31, days: [answer.day], cutAt: null })
    // Its midnight and the next, in its own zone.
    expect(format(new TZDate(answer.dayStart, zone), 'yyyy-MM-dd HH:mm')).toBe(`${answer.day} 00:00`)
    expect(format(new TZDate(answer.dayEnd - 1, zone), 'yyyy-MM-dd HH:mm')).toBe(`${answer.day} 23:59`)
    const day = dayFromWire(answer.data!)
    const direct = (await services.history!.readDay(instanceId, answer.day))!
    expect(day.states.at.length).toBeGreaterThanOrEqual(3)
    expect(Array.from(day.states.at)).toEqual(Array.from(direct.states.at))
    // A figure not reported stays not reported (NaN), never 0.
    expect(Array.from(day.states.values)).toEqual(Array.from(direct.states.values))
    expect(Array.from(day.queues.values)).toEqual(Array.from(direct.queues.values))
    expect(day.queues.ids).toEqual(direct.queues.ids)
    // Not asked for: not sent.
    expect(day.summary.at.length).toBe(0)
    expect(day.agents.at.length).toBe(0)
    expect(direct.summary.at.length).toBeGreaterThan(0)
  })

  it('gives the wallboard only what was kept after a time, so a sparkline takes what is new', async () => {
    const { handlers } = services
    const instanceId = 'ccc-demo'
    await handlers.getRealtimeInstanceStates({ instanceId })
    const whole = dayFromWire(overTheWire(await handlers.getHistoryDay({ instanceId, kinds: ['states'] })).data!)
    const last = whole.states.at[whole.states.at.length - 1]!
    expect(dayFromWire(overTheWire(await handlers.getHistoryDay({ instanceId, kinds: ['states'], since: last })).data!).states.at.length).toBe(0)
    await handlers.getRealtimeInstanceStates({ instanceId })
    const newer = dayFromWire(overTheWire(await handlers.getHistoryDay({ instanceId, kinds: ['states'], since: last })).data!)
    expect(newer.states.at.length).toBe(1)
    expect(newer.states.at[0]).toBeGreaterThan(last)
    // The same answer as the whole day's last, values and all.
    const again = (await services.history!.readDay(instanceId, whole.day))!
    const n = again.states.at.length
    expect(Array.from(newer.states.values)).toEqual(Array.from(again.states.values.subarray(again.states.offsets[n - 1]!, again.states.offsets[n]!)))
    const input = contract.getHistoryDay.input
    expect(input.safeParse({ instanceId, kinds: ['states', 'queues'], since: last }).success).toBe(true)
    expect(input.safeParse({ instanceId, kinds: ['states'], since: -1 }).success).toBe(false)
    expect(input.safeParse({ instanceId, kinds: ['states'], since: 1.5 }).success).toBe(false)
  })

  it('puts the day so far into a snapshot and draws it in the HTML report; none where history is off', async () => {
    const { handlers } = services
    const instanceId = 'ccc-demo'
    for (let i = 0; i < 3; i++) await handlers.getRealtimeInstanceStates({ instanceId })
    await handlers.listRealtimeSkillGroupStates({ instanceId })
    const run = await handlers.exportSnapshot({ instanceIds: [instanceId], formats: ['json', 'html'], interval: null, trend: null, language: 'en-US' })
    const json = JSON.parse(await readFile(run!.files.find((f) => f.endsWith('.json'))!, 'utf8')) as { version: number; daySoFar: SnapshotDaySoFar }
    expect(json.version).toBe(4)
    const kept = json.daySoFar
    const answer = await handlers.getHistoryDay({ instanceId })
    expect(kept).toMatchObject({ day: answer.day, timeZone: answer.timeZone, dayStart: answer.dayStart, cutAt: null })
    const day = dayFromWire(kept.data)
    expect(day.states.at.length).toBe(dayFromWire(answer.data!).states.at.length)
    expect(day.queues.ids.length).toBeGreaterThan(0)
    // The agents' states stay out: most of a large centre's file for a line a supervisor rarely reads.
    expect(day.agents.at.length).toBe(0)
    const html = await readFile(run!.files.find((f) => f.endsWith('.html'))!, 'utf8')
    const section = html.slice(html.indexOf('<section id="day-so-far">'), html.indexOf('</section>', html.indexOf('<section id="day-so-far">')))
    expect(section).toContain(`Today so far (${answer.day}, ${answer.timeZone})`)
    expect(section.match(/<svg/g)).toHaveLength(4)
    for (const title of ['Waiting calls', 'Agents by state', 'Waiting calls of the busiest skill groups']) expect(section).toContain(`<h3>${title}</h3>`)
    const offRun = await off.handlers.exportSnapshot({ instanceIds: [instanceId], formats: ['json'], interval: null, trend: null })
    expect((JSON.parse(await readFile(offRun!.files[0]!, 'utf8')) as { daySoFar: unknown }).daySoFar).toBeNull()
  })

  it('forgets every day on request, tells every window, and keeps recording after', async () => {
    const { handlers } = services
    const instanceId = 'ccc-demo'
    const told: string[] = []
    const stop = services.events.subscribe((name) => told.push(name))
    await handlers.forgetHistory(undefined)
    stop()
    expect(told).toEqual(['historyForgotten'])
    const emptied = await handlers.getHistoryDay({ instanceId })
    expect(emptied.days).toEqual([])
    expect(dayFromWire(emptied.data!).states.at.length).toBe(0)
    await handlers.getRealtimeInstanceStates({ instanceId })
    const again = await handlers.getHistoryDay({ instanceId })
    expect(dayFromWire(again.data!).states.at.length).toBe(1)
  })
})
