/**
 * The skill-group and agent report channels over IPC, with main's real handlers and client against
 * the simulator: inputs validated before any call, every page read with its progress under the
 * page's id, and a run the page stops.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatch, type Dispatch } from '../../../src/core/ipc/dispatch'
import type { Services } from '../../../src/core/services'
import type { ReportProgress } from '../../../src/shared/ipc/contract'
import type { AgentHistoricalRow, AgentIntervalItem, SkillGroupHistoricalRow } from '../../../src/shared/ccc/types'
import type { Result } from '../../../src/shared/result'
import { DAY_MS } from '../../../src/shared/ccc/range-split'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { localMidnight } from '../../../src/simulator/time-zone'
import { onPinnedDay, testClock, TEST_NOW } from '../../helpers/test-clock'
import { testServices } from '../../helpers/test-services'

const app = { frameUrl: 'app://renderer/index.html', isMainFrame: true }
const today = localMidnight(TEST_NOW, 'Asia/Shanghai')
const yesterday = { startTime: today - DAY_MS, endTime: today }
let dir: string
let sim: Simulator
let services: Services
let dispatch: Dispatch
const progress: ReportProgress[] = []
let onProgress: (p: ReportProgress) => void = () => {}

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const result = (await dispatch(channel, input, app)) as Result<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.data
}
async function failed(channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await dispatch(channel, input, app)
  if (result.ok) throw new Error(`${channel} succeeded`)
  return result.error
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-group-agent-ipc-'))
  sim = await startSimulator(onPinnedDay)
  services = testServices(join(dir, 'data'), {
    env: {
      ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret,
      CCC_SUPERVISOR_ENDPOINT: sim.url
    },
    now: testClock,
    clientOptions: { retry: { maxAttempts: 1 } }
  })
  services.events.subscribe((name, payload) => {
    if (name !== 'reportProgress') return
    progress.push(payload as ReportProgress)
    onProgress(payload as ReportProgress)
  })
  dispatch = createDispatch(services.handlers, { isTrustedSender: (s) => s.isMainFrame })
})
afterAll(async () => {
  await services.close()
  await sim.close()
  await rm(dir, { recursive: true, force: true })
})

describe('the report channels of skill groups and agents', () => {
  it('read every page of ccc-large\'s agents, with progress under the page\'s id', async () => {
    progress.length = 0
    const agents = await ok<AgentHistoricalRow[]>('listHistoricalAgentReport', { instanceId: 'ccc-large', ...yesterday, progressId: 'agents-1' })
    expect(agents).toHaveLength(1200)
    expect(progress.filter((p) => p.progressId === 'agents-1').at(-1)).toEqual({ progressId: 'agents-1', done: 12, total: 12 })
    const groups = await ok<SkillGroupHistoricalRow[]>('listHistoricalSkillGroupReport', { instanceId: 'ccc-large', ...yesterday, skillGroupIds: ['east_presales@ccc-large'] })
    expect(groups.map((g) => g.SkillGroupId)).toEqual(['east_presales@ccc-large'])
  })

  it('answer one agent\'s Daily buckets, and one group\'s members within that group', async () => {
    const [member] = await ok<AgentHistoricalRow[]>('listHistoricalAgentReport', { instanceId: 'ccc-demo', ...yesterday, skillGroupId: 'presales@ccc-demo' })
    expect(member!.SkillGroupIds).toContain('presales@ccc-demo')
    const days = await ok<AgentIntervalItem[]>('listIntervalAgentReport', { instanceId: 'ccc-demo', agentId: member!.AgentId, ...yesterday, interval: 'Daily' })
    expect(days.map((d) => d.StatsTime)).toEqual([yesterday.startTime])
  })

  it.each([
    ['an interval CCC does not have', 'listIntervalSkillGroupReport', { instanceId: 'ccc-demo', skillGroupId: 'presales@ccc-demo', ...yesterday, interval: 'Weekly' }],
    ['no agent', 'listIntervalAgentReport', { instanceId: 'ccc-demo', ...yesterday, interval: 'Daily' }],
    ['an agent ID with a control character', 'listIntervalAgentReport', { instanceId: 'ccc-demo', agentId: 'a\u001b[2Jb', ...yesterday, interval: 'Daily' }],
    ['2,001 agent IDs', 'listHistoricalAgentReport', { instanceId: 'ccc-demo', ...yesterday, agentIds: Array.from({ length: 2001 }, (_, i) => `a${i}@ccc-demo`) }],
    ['a field the channel does not take', 'listHistoricalSkillGroupReport', { instanceId: 'ccc-demo', ...yesterday, PageSize: 500 }],
    ['a time that is not a number', 'listHistoricalAgentReport', { instanceId: 'ccc-demo', startTime: '2026-06-16', endTime: yesterday.endTime }]
  ])('refuse %s before any call', async (_label, channel, input) => {
    sim.clearRequests()
    const error = await failed(channel, input)
    expect(error.code).toMatch(/^Input\./)
    expect(sim.requests).toHaveLength(0)
  })

  it('stop a run the page cancels while its first page is read: no other page is asked for', async () => {
    const started = new Promise<void>((resolve) => (onProgress = (p) => p.progressId === 'agents-stop' && resolve()))
    sim.clearRequests()
    const run = dispatch('listHistoricalAgentReport', { instanceId: 'ccc-large', startTime: today - 3 * DAY_MS, endTime: today, progressId: 'agents-stop' }, app)
    await started
    expect(await ok<boolean>('cancelReport', { progressId: 'agents-stop' })).toBe(true)
    const result = (await run) as Result<unknown>
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('Report.Cancelled')
    expect(sim.requests.filter((r) => r.action === 'ListHistoricalAgentReport')).toHaveLength(1)
  })
})
