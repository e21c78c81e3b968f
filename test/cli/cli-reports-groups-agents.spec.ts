/**
 * `queue-report` and `agent-report`: one row per skill group or agent over the range with a totals
 * row recomputed from the counts, `--json` printing exactly one JSON array, a drill-down into one
 * group's or agent's buckets with --interval, times read and printed in the instance's zone, bad
 * options refused before any call, and other users' names harmless in a terminal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../../src/cli/run'
import type { AgentHistoricalRow, AgentIntervalItem, SkillGroupHistoricalRow, SkillGroupIntervalItem } from '../../src/shared/ccc/types'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../src/simulator'
import { HOSTILE_AGENT_NAME } from '../../src/simulator/roster'
import { onPinnedDay, testClock, TEST_NOW } from '../helpers/test-clock'
import { DAY_MS } from '../../src/shared/ccc/range-split'
import { localMidnight } from '../../src/simulator/time-zone'

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const demoEnv = { ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret }
/** Yesterday in Shanghai, as the CLI reads a date: that day's midnight in the instance's zone. */
const today = localMidnight(TEST_NOW, 'Asia/Shanghai')
const yesterdayDate = new Date(today - DAY_MS + 8 * 3_600_000).toISOString().slice(0, 10)
const todayDate = new Date(today + 8 * 3_600_000).toISOString().slice(0, 10)
const yesterday = ['--from', yesterdayDate, '--to', todayDate]

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ seed: 3, ...onPinnedDay })
})
afterAll(() => sim.close())

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: demoEnv, clientOptions: { retry: { maxAttempts: 1 }, now: testClock } }
  const code = await runCli([...args, '--endpoint', sim.url], io)
  return { code, stdout, stderr }
}
const calls = (action: string) => sim.requests.filter((r) => r.action === action)

describe('queue-report and agent-report', () => {
  it('queue-report --json prints one JSON array, one row per group over the day the dates name', async () => {
    sim.clearRequests()
    const { code, stdout, stderr } = await cli(['queue-report', '--instance', 'ccc-large', ...yesterday, '--json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const rows = JSON.parse(stdout) as SkillGroupHistoricalRow[]
    expect(rows).toHaveLength(150)
    expect(typeof rows[0]!.Inbound.CallsHandled).toBe('number')
    expect(calls('ListHistoricalSkillGroupReport')[0]!.params).toMatchObject({ StartTime: String(today - DAY_MS), EndTime: String(today) })
  })

  it('agent-report prints a table with a totals row whose rate is recomputed from the counts, names made harmless', async () => {
    const { code, stdout } = await cli(['agent-report', '--instance', 'ccc-demo', ...yesterday])
    expect(code).toBe(0)
    expect(stdout).not.toMatch(TERMINAL_CONTROL)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^Agent\s+ID\s+Handled in\s+Avg talk.*First check-in\s+Last check-out/)
    expect(lines.at(-1)).toMatch(/^Total\s/)
    expect(stdout).toContain('李')
    expect(stdout).not.toContain(HOSTILE_AGENT_NAME)
    const json = JSON.parse((await cli(['agent-report', '--instance', 'ccc-demo', ...yesterday, '--json'])).stdout) as AgentHistoricalRow[]
    const handled = json.reduce((n, a) => n + Number(a.Inbound.CallsHandled), 0)
    const talk = json.reduce((n, a) => n + Number(a.Inbound.TotalTalkTime), 0)
    // The totals row's average talk is total talk / calls handled, never an average of averages.
    const average = Math.round(talk / handled)
    const cells = lines.at(-1)!.trim().split(/\s{2,}/)
    expect(cells[1]).toBe(String(handled))
    expect(cells[2]).toBe(`${Math.floor(average / 60)}:${String(average % 60).padStart(2, '0')}`)
  })

  it('agent-report --skill-group lists the group\'s members, counting their calls of that group', async () => {
    sim.clearRequests()
    const rows = JSON.parse((await cli(['agent-report', '--instance', 'ccc-demo', '--skill-group', 'presales@ccc-demo', ...yesterday, '--json'])).stdout) as AgentHistoricalRow[]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((a) => a.SkillGroupIds.split(',').includes('presales@ccc-demo'))).toBe(true)
    expect(calls('ListHistoricalAgentReport').at(-1)!.params).toMatchObject({ SkillGroupId: 'presales@ccc-demo', StopTime: String(today) })
  })

  it('--interval drills into one group or one agent, bucket by bucket in the instance\'s zone', async () => {
    const hours = JSON.parse((await cli(['queue-report', '--instance', 'ccc-demo', '--skill-group', 'presales@ccc-demo', '--interval', 'Hourly', ...yesterday, '--json'])).stdout) as SkillGroupIntervalItem[]
    expect(hours.map((h) => h.StatsTime)).toEqual(Array.from({ length: 24 }, (_, i) => today - DAY_MS + i * 3_600_000))
    const [agent] = JSON.parse((await cli(['agent-report', '--instance', 'ccc-demo', ...yesterday, '--json'])).stdout) as AgentHistoricalRow[]
    const { code, stdout } = await cli(['agent-report', '--instance', 'ccc-demo', '--agent', agent!.AgentId, '--interval', 'Daily', ...yesterday])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toMatch(/^Start \(Asia\/Shanghai\)/)
    expect(stdout).toContain(`${yesterdayDate} 00:00`)
    const days = JSON.parse((await cli(['agent-report', '--instance', 'ccc-demo', '--agent', agent!.AgentId, '--interval', 'Daily', ...yesterday, '--json'])).stdout) as AgentIntervalItem[]
    expect(days).toHaveLength(1)
    expect(days[0]!.Inbound.CallsHandled).toBe(agent!.Inbound.CallsHandled)
  })

  it.each([
    ['an interval CCC does not have', ['queue-report', '--instance', 'ccc-demo', '--skill-group', 'presales@ccc-demo', '--interval', 'Weekly']],
    ['a drill-down without its group', ['queue-report', '--instance', 'ccc-demo', '--interval', 'Daily']],
    ['a drill-down into two agents', ['agent-report', '--instance', 'ccc-demo', '--agent', 'a@ccc-demo,b@ccc-demo', '--interval', 'Daily']],
    ['an agent ID with an escape sequence', ['agent-report', '--instance', 'ccc-demo', '--agent', 'a\u001b[2J']],
    ['--agent on queue-report', ['queue-report', '--instance', 'ccc-demo', '--agent', 'a@ccc-demo']]
  ])('refuses %s with exit status 2, before any call', async (_label, args) => {
    sim.clearRequests()
    const { code, stderr } = await cli(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(/\w/)
    expect(stderr).not.toMatch(TERMINAL_CONTROL)
    expect(sim.requests).toHaveLength(0)
  })
})
