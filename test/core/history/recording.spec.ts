/**
 * The day so far recorded as main answers the page: the instance's states, its summary, every
 * skill group and (whole lists only) every agent, under the instance's day on the pinned clock,
 * from the simulator through main's real handlers; nothing recorded where history is off.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Services } from '../../../src/core/services'
import { startSimulator, DEMO_CREDENTIALS, type Simulator } from '../../../src/simulator'
import { onPinnedDay, testClock } from '../../helpers/test-clock'
import { testServices } from '../../helpers/test-services'

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
  services = testServices(join(dir, 'on'), { env: env(sim.url), now: testClock, history: {}, clientOptions: { retry: { maxAttempts: 1 } } })
  off = testServices(join(dir, 'off'), { env: env(sim.url), now: testClock, clientOptions: { retry: { maxAttempts: 1 } } })
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

  it('keeps nothing where history is off', async () => {
    await off.handlers.getRealtimeInstanceStates({ instanceId: 'ccc-demo' })
    expect(off.history).toBeUndefined()
    expect(existsSync(join(dir, 'off', 'history'))).toBe(false)
  })
})
