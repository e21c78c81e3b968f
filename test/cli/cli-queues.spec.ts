/**
 * `queues` and `agents`: every page read, the filters sent to CCC, a wrong state refused before any
 * call, time in state on CCC's clock, and the names other users typed harmless in a terminal, both
 * in-process and as the built binary runs.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../../src/cli/run'
import { CccClient } from '../../src/core/ccc/client'
import { AGENT_STATE_NAMES } from '../../src/shared/ccc/agent-states'
import { SKILL_GROUP_STATE, AGENT_STATE } from '../../src/shared/ccc/shapes'
import type { AgentState, SkillGroupState } from '../../src/shared/ccc/types'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../src/simulator'
import { HOSTILE_AGENT_NAME, HOSTILE_GROUP_NAME } from '../../src/simulator/roster'
import { onPinnedDay, TEST_NOW, testClock } from '../helpers/test-clock'
import { childOutput, type ChildOutput } from '../helpers/child-output'

/** Anything a terminal would act on rather than print: C0 but the newline, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const STATES = 'Ready, Ringing, Dialing, Talking, ACW, Break, Offline'

const demoEnv = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret
}
let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ seed: 3, ...onPinnedDay })
})
afterAll(() => sim.close())

async function cli(args: string[], endpoint = sim.url) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: demoEnv,
    clientOptions: { retry: { maxAttempts: 1 }, now: testClock }
  }
  const code = await runCli([...args, '--endpoint', endpoint], io)
  return { code, stdout, stderr }
}
const calls = (action: string) => sim.requests.filter((r) => r.action === action)
/** A table's column of m:ss or h:mm:ss, in seconds. */
const seconds = (text: string): number => text.split(':').reduce((total, part) => total * 60 + Number(part), 0)

/** The rest of a table row from terminal column `column` on: CJK characters take two columns, as the table pads them. */
function fromColumn(row: string, column: number): string {
  const chars = [...row]
  let width = 0
  let i = 0
  while (i < chars.length && width < column) width += /[\u1100-\uFFEF]/.test(chars[i++]!) ? 2 : 1
  return chars.slice(i).join('')
}

/**
 * A filter that matches some agents of a group and, where the moment allows, leaves others of it
 * out: the group with the most agents, and up to three states its agents are in, logged-in ones first.
 */
function busiestFilter(agents: readonly AgentState[]): { group: string; states: string[] } {
  const members = new Map<string, AgentState[]>()
  for (const agent of agents) for (const id of agent.SkillGroupIdList) members.set(id, [...(members.get(id) ?? []), agent])
  const [group, inGroup] = [...members].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0]!
  const present = new Set(inGroup.map((a) => a.State))
  const order = [...AGENT_STATE_NAMES.filter((s) => s !== 'Offline'), 'Offline']
  const states = order.filter((s) => present.has(s))
  // Leave one state out when there are several, so the filter has something to filter.
  return { group, states: states.slice(0, Math.max(1, Math.min(3, states.length - 1))) }
}

describe('queues and agents', () => {
  it('queues --json prints one JSON array of every skill group, with the documented names and real numbers', async () => {
    sim.clearRequests()
    const { code, stdout, stderr } = await cli(['queues', '--instance', 'ccc-large', '--json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const groups = JSON.parse(stdout) as SkillGroupState[]
    expect(Array.isArray(groups)).toBe(true)
    expect(groups).toHaveLength(150)
    expect(calls('ListRealtimeSkillGroupStates')).toHaveLength(2)
    // The list items as CCC sent them, SkillGroupName and all: no names are looked up for a script.
    expect(calls('ListSkillGroups')).toHaveLength(0)
    expect(Object.keys(groups[0]!).sort()).toEqual(Object.keys(SKILL_GROUP_STATE.fields).sort())
    for (const field of ['WaitingCalls', 'LongestWaitingTime', 'LoggedInAgents', 'ReadyAgents', 'TalkingAgents', 'WorkingAgents', 'BreakingAgents', 'TotalAgents'] as const) {
      expect(typeof groups[0]![field], field).toBe('number')
    }
    // The groups' counts are their agents': 1,200 agents, each in one to three groups.
    expect(groups.reduce((n, g) => n + (g.TotalAgents ?? 0), 0)).toBeGreaterThanOrEqual(1200)
  })

  it('agents --json prints one JSON array of the agents CCC matched, the filters sent to it', async () => {
    // Who is in which state depends on the pinned moment: the simulator's clock stands still for
    // this spec, so the first, unfiltered answer says which agents the filtered call must return.
    const still = await startSimulator({ seed: 3, now: () => TEST_NOW, gatewayNow: Date.now })
    try {
      const everyone = JSON.parse((await cli(['agents', '--instance', 'ccc-demo', '--json'], still.url)).stdout) as AgentState[]
      const { group, states } = busiestFilter(everyone)
      const expected = everyone.filter((a) => a.SkillGroupIdList.includes(group) && states.includes(a.State)).map((a) => a.AgentId)
      still.clearRequests()
      // Spaces around the commas are the user's; the list sent to CCC has none.
      const { code, stdout } = await cli(['agents', '--instance', 'ccc-demo', '--skill-group', group, '--state', `${states[0]}, ${states.slice(1).join(',')}`, '--json'], still.url)
      expect(code).toBe(0)
      const agents = JSON.parse(stdout) as AgentState[]
      expect(agents.length).toBeGreaterThan(0)
      expect(agents.map((a) => a.AgentId).sort()).toEqual(expected.sort())
      expect(Object.keys(agents[0]!).sort()).toEqual(Object.keys(AGENT_STATE.fields).sort())
      expect(typeof agents[0]!.StateTime).toBe('number')
      const sent = still.requests.filter((r) => r.action === 'ListRealtimeAgentStates')
      expect(sent.at(-1)!.params).toMatchObject({ SkillGroupId: group, StateList: JSON.stringify(states) })

      const { stdout: found } = await cli(['agents', '--instance', 'ccc-demo', '--query', agents[0]!.Extension, '--json'], still.url)
      expect(still.requests.filter((r) => r.action === 'ListRealtimeAgentStates').at(-1)!.params.Query).toBe(agents[0]!.Extension)
      expect((JSON.parse(found) as AgentState[]).map((a) => a.AgentId)).toContain(agents[0]!.AgentId)
    } finally {
      await still.close()
    }
  })

  it.each([
    ['an unknown state', ['--state', 'Ready,Lunch'], new RegExp(`"Lunch" is not an agent state; the states are ${STATES}`)],
    ['a state in the wrong case', ['--state', 'talking'], /"talking" is not an agent state/],
    ['a search with an escape sequence', ['--query', '\u001b[2Jx'], /--query is at most 128 characters, without control characters/],
    ['a skill group ID of 200 characters', ['--skill-group', 'g'.repeat(200)], /--skill-group is at most 128/]
  ])('agents refuses %s with status 2 before any call', async (_label, args, message) => {
    sim.clearRequests()
    const { code, stdout, stderr } = await cli(['agents', '--instance', 'ccc-demo', ...args])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr).not.toMatch(TERMINAL_CONTROL)
    expect(sim.requests).toHaveLength(0)
  })

  it('agents lists the longest in state first, with the count in each state', async () => {
    const { code, stdout } = await cli(['agents', '--instance', 'ccc-demo'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^Agent\s+ID\s+State\s+In state\s+Break code\s+Call type\s+Extension\s+Skill groups$/)
    const rows = lines.slice(2, lines.indexOf(''))
    expect(rows).toHaveLength(60)
    const inState = rows.map((row) => seconds(/\s(\d+(?::\d\d){1,2})\s/.exec(row)![1]!))
    expect(inState).toEqual([...inState].sort((a, b) => b - a))
    const summary = lines.at(-1)!
    expect(summary).toMatch(/^60 agents: .*Time in state on CCC's clock\.$/)
    const counted = [...summary.matchAll(/(Ready|Ringing|Dialing|Talking|ACW|Break|Offline) (\d+)/g)].reduce((n, m) => n + Number(m[2]), 0)
    expect(counted).toBe(60)
  })

  it('agents counts time in state on CCC\'s clock, read from its answer, not this computer\'s', async () => {
    // CCC's clock two hours ahead, standing still: by this computer's clock every agent entered its
    // state in the future. Who is logged in depends on the pinned moment, so the states asked for
    // are the logged-in ones CCC's own answer holds then (ccc-large keeps a night shift).
    const cccNow = TEST_NOW + 2 * 3_600_000
    const ahead = await startSimulator({ seed: 3, now: () => cccNow, gatewayNow: Date.now })
    try {
      const everyone = JSON.parse((await cli(['agents', '--instance', 'ccc-large', '--json'], ahead.url)).stdout) as AgentState[]
      const loggedIn = everyone.filter((a) => a.State !== 'Offline' && a.StateTime !== null)
      expect(loggedIn.length).toBeGreaterThan(3)
      const states = AGENT_STATE_NAMES.filter((s) => loggedIn.some((a) => a.State === s))
      const { code, stdout } = await cli(['agents', '--instance', 'ccc-large', '--state', states.join(',')], ahead.url)
      expect(code).toBe(0)
      const shown = new Map(
        stdout.split('\n').slice(2).flatMap((row) => {
          const match = /\s(\S+@ccc-large)\s.*?\s(\d+(?::\d\d){1,2})\s/.exec(row)
          return match ? [[match[1]!, seconds(match[2]!)] as const] : []
        })
      )
      expect(shown.size).toBe(loggedIn.length)
      // Each agent's time is CCC's Date (whole seconds) minus its StateTime, not hours less.
      for (const agent of loggedIn) {
        const expected = Math.floor((cccNow - agent.StateTime!) / 1000)
        expect(Math.abs(shown.get(agent.AgentId)! - expected), agent.AgentId).toBeLessThanOrEqual(1)
      }
      expect(Math.max(...shown.values())).toBeGreaterThan(0)
    } finally {
      await ahead.close()
    }
  })

  it('queues and agents name each group as supervisors typed it (DisplayName), not by its code', async () => {
    const named = (await new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock }).listSkillGroups('ccc-demo')).filter(
      (g) => g.DisplayName !== '' && g.DisplayName !== g.SkillGroupName
    )
    expect(named.length).toBeGreaterThan(0)
    sim.clearRequests()
    const { code, stdout } = await cli(['queues', '--instance', 'ccc-demo'])
    expect(code).toBe(0)
    expect(calls('ListSkillGroups')).toHaveLength(1)
    const rows = stdout.trimEnd().split('\n').slice(2)
    for (const g of named) {
      const row = rows.find((r) => r.includes(` ${g.SkillGroupId} `))
      expect(row, g.SkillGroupId).toBeDefined()
      expect(row!.startsWith(`${g.DisplayName} `), row).toBe(true)
    }
    const { stdout: agents } = await cli(['agents', '--instance', 'ccc-demo'])
    expect(named.some((g) => agents.includes(g.DisplayName))).toBe(true)
  })

  it('queues still prints the states, by CCC’s names, when the display names cannot be read', async () => {
    sim.faults.inject({ kind: 'internalError', times: 5, action: 'ListSkillGroups' })
    try {
      const { code, stdout, stderr } = await cli(['queues', '--instance', 'ccc-demo'])
      expect(code).toBe(0)
      expect(stderr).toMatch(/^note: the skill groups' display names could not be read \(code: [\w.]+\); showing CCC's SkillGroupName\.\n$/)
      expect(stdout.trimEnd().split('\n').slice(2).length).toBeGreaterThan(1)
    } finally {
      sim.faults.clear()
    }
  })

  it('queues lists the most waiting calls first', async () => {
    const { code, stdout } = await cli(['queues', '--instance', 'ccc-large'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^Skill group\s+ID\s+Waiting\s+Longest wait\s+Logged in\s+Ready\s+Talking\s+ACW\s+Break\s+Total\s+Break codes$/)
    expect(lines.slice(2)).toHaveLength(150)
    // The Waiting column starts where its header does, counted as a terminal draws it (the groups' names may be Chinese).
    const at = lines[0]!.indexOf('Waiting')
    const waiting = lines.slice(2).map((row) => Number(/^\d+/.exec(fromColumn(row, at))![0]))
    expect(waiting).toEqual([...waiting].sort((a, b) => b - a))
  })
})

const built = join(__dirname, '../../out/main/cli.js')

async function runBuilt(args: string[]): Promise<ChildOutput> {
  const child = spawn(process.execPath, [built, ...args, '--endpoint', sim.url], { env: { ...process.env, ...demoEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
  return childOutput(child)
}

describe.runIf(existsSync(built))('queues and agents in the built binary', () => {
  it.each([['queues'], ['agents']])('%s prints the hostile names as text, nothing a terminal would act on', async (command) => {
    const { code, stdout, stderr } = await runBuilt([command, '--instance', 'ccc-demo'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).not.toMatch(TERMINAL_CONTROL)
    expect(stdout).not.toMatch(/\[2J|\]0;/)
    // The words are kept, so the supervisor still sees who it is.
    expect(stdout).toContain('=HYPERLINK("http://127.0.0.1/x","升级")')
    if (command === 'agents') expect(stdout).toContain('@SUM(1+1)')
  })

  it('agents --json keeps the hostile names exact for a script, with no raw control in the text', async () => {
    const { code, stdout } = await runBuilt(['agents', '--instance', 'ccc-demo', '--json'])
    expect(code).toBe(0)
    expect(stdout).not.toMatch(TERMINAL_CONTROL)
    const agents = JSON.parse(stdout) as AgentState[]
    expect(agents).toHaveLength(60)
    expect(agents.map((a) => a.AgentName)).toContain(HOSTILE_AGENT_NAME)
    expect(agents.flatMap((a) => a.SkillGroupNameList)).toContain(HOSTILE_GROUP_NAME)
  })

  it('agents --state with an unknown state exits 2 before any call, naming the valid states', async () => {
    sim.clearRequests()
    const { code, stdout, stderr } = await runBuilt(['agents', '--instance', 'ccc-demo', '--state', 'Lunch'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(`the states are ${STATES}`)
    expect(sim.requests).toHaveLength(0)
  })

  it('--help names both commands and the states', async () => {
    const { code, stdout } = await runBuilt(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^ {2}queues {4}--instance ID/m)
    expect(stdout).toMatch(/^ {2}agents {4}--instance ID \[--skill-group ID\] \[--state S,S\] \[--query TEXT\]/m)
    expect(stdout).toContain(STATES)
    expect(stdout).toMatch(/^ {2}snapshot {2}[\s\S]*the skill-group and agent states/m)
  })
})
