/**
 * The all-day soak, accelerated: the wallboard watching three instances for a shift (its
 * skill-group board included) beside ccc-large's agent board in a second page, both on the
 * browser's fake clock, while the simulator throws a schedule of faults at it (throttling bursts, 5xx,
 * timeouts, dropped connections, malformed answers, a 10-minute outage, and a clock jump as after
 * sleep). After every fault the board must recover; no API may be called more often per simulated
 * minute than its budget (the client's limits, which the refresh planner plans within: the agent
 * board's 12 pages a refresh included); and each page's heap must stay flat.
 *
 * CI runs one simulated hour (every fault included); `npm run soak` runs the full 8-hour shift.
 */
import type { CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_RATE_LIMITS } from '../../src/core/ccc/client'
import type { CccAction } from '../../src/core/ccc/client'
import { DEMO_CREDENTIALS, type Fault, type RequestLogEntry } from '../../src/simulator'
import { e2eReady, startConsole, type Console } from '../e2e/harness'
import { testClock } from '../helpers/test-clock'

const HOURS = Number(process.env.SOAK_HOURS ?? 1)
const PERIOD_MS = 15_000 // the wallboard's default refresh period
const MINUTE = 60_000
const TICKS = Math.round((HOURS * 3_600_000) / PERIOD_MS)
const WATCHED = ['ccc-demo', 'ccc-large', 'ccc-night']
/** Its 1,200 agents: 12 pages a refresh, the board the planner has to slow down most. */
const AGENTS_OF = 'ccc-large'
const HEAP_GROWTH_LIMIT = 10 * 1024 * 1024

type Event =
  | { at: number; name: string; faults: Fault[] }
  | { at: number; name: string; outageTicks: number }
  | { at: number; name: string; jumpMs: number }

/** Spread over the run, so the shortened form meets every fault too. */
const events: Event[] = [
  { at: 0.1, name: 'throttling burst', faults: [{ kind: 'throttle', times: 24 }] },
  { at: 0.2, name: '5xx', faults: [{ kind: 'http5xx', times: 12 }] },
  { at: 0.3, name: 'timeouts', faults: [{ kind: 'latency', latencyMs: 2_500, times: 4, action: 'GetRealtimeInstanceStates' }] },
  { at: 0.4, name: 'dropped connections', faults: [{ kind: 'drop', times: 12 }] },
  { at: 0.5, name: 'malformed answers', faults: [{ kind: 'malformed', times: 8 }, { kind: 'internalError', times: 8 }] },
  { at: 0.6, name: '10-minute outage', outageTicks: (10 * MINUTE) / PERIOD_MS },
  { at: 0.8, name: 'clock jump (sleep)', jumpMs: 2 * 3_600_000 }
]
const schedule = events.map((event) => ({ ...event, at: Math.floor(event.at * TICKS) }))

let app: Console
let cdp: CDPSession
let agents: Page
let agentsCdp: CDPSession
/** API requests per action per simulated minute. */
const perMinute = new Map<string, number>()
let lastSeen: RequestLogEntry | undefined
let simulatedNow = 0
const recoveries: string[] = []

/**
 * Counts the requests the simulator answered since the last look under the simulated minute each
 * arrived in. (Counted under the minute of the look, a request held by the rate limiter and sent
 * just before the clock moved on was counted a minute late: 71 in a minute at 8 hours.)
 */
function countRequests(): void {
  const log = app.sim.requests
  const from = lastSeen ? log.lastIndexOf(lastSeen) + 1 : 0
  for (const entry of log.slice(from)) {
    const key = `${entry.action}@${Math.floor(entry.receivedAt / MINUTE)}`
    perMinute.set(key, (perMinute.get(key) ?? 0) + 1)
  }
  lastSeen = log.at(-1) ?? lastSeen
}

/**
 * Main's rate limiter waits on the simulated clock too: a request it holds until its minute has
 * passed goes once the soak has moved the clock on. (With real timers it slept real seconds while
 * the simulated clock stood still, and a refresh held at the budget never answered.)
 */
const held: Array<{ until: number; go: () => void }> = []
let onHeld: (() => void) | null = null
const simulatedSleep = (ms: number): Promise<void> =>
  new Promise((go) => {
    held.push({ until: simulatedNow + ms, go })
    onHeld?.()
  })
function releaseHeld(): void {
  for (let i = held.length - 1; i >= 0; i--) {
    if (held[i]!.until <= simulatedNow) held.splice(i, 1)[0]!.go()
  }
}

/** Until the page's refreshes have answered, or one waits on the rate limiter for a later minute. */
async function settled(page: Page, view: string): Promise<void> {
  if (held.length > 0) return
  const idle = page.locator(`[data-testid="${view}"][aria-busy="false"]`).waitFor({ state: 'attached' })
  idle.catch(() => undefined) // once a held request has won the race, a later timeout is nobody's failure
  try {
    await Promise.race([idle, new Promise<void>((resolve) => (onHeld = resolve))])
  } finally {
    onHeld = null
  }
}

/**
 * One refresh period, then until every refresh it started has answered. Main's clock moves before
 * the page's timers fire: moved after, a refresh the timers started could be admitted by the rate
 * limiter at the old time and arrive at the new one, so the limiter and the simulator disagreed
 * about its minute (up to 71 in a minute at 8 hours, against 60).
 */
async function tick(): Promise<void> {
  simulatedNow += PERIOD_MS
  releaseHeld()
  await app.page.clock.runFor(PERIOD_MS)
  await settled(app.page, 'realtime-view')
  await settled(agents, 'agents-view')
  countRequests()
}

const staleMarks = (page: Page = app.page): Promise<number> => page.locator('.stale-mark').count()

async function heapUsed(session: CDPSession = cdp): Promise<number> {
  await session.send('HeapProfiler.collectGarbage')
  return (await session.send('Runtime.getHeapUsage')).usedSize
}
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2)

describe.runIf(e2eReady)(`the wallboard over ${HOURS} simulated hour(s)`, () => {
  beforeAll(async () => {
    simulatedNow = testClock()
    // Main's rate limiter counts on the same simulated clock as the page: in real time, a shift's
    // polling in a minute or two would (rightly) be held back by it.
    app = await startConsole({ clock: 'manual', clientOptions: { timeoutMs: 1_500, now: () => simulatedNow, sleep: simulatedSleep }, requestClock: () => simulatedNow })
    const profile = await app.services.profiles.save({
      name: 'Soak',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      endpoint: app.sim.url,
      instanceIds: WATCHED,
      storage: 'keychain'
    })
    await app.services.sessions.activate(profile.id)
    await app.installClock(simulatedNow)
    await app.open(`#/instances/${WATCHED[0]}/realtime?watch=${WATCHED.slice(1).join(',')}`)
    for (const id of WATCHED.slice(1)) await app.page.locator(`[data-testid="instance-row"][data-instance-id="${id}"]`).waitFor()
    await app.page.getByTestId('tile-WaitingCalls').getByTestId('tile-value').waitFor()
    cdp = await app.page.context().newCDPSession(app.page)
    // The second page shares the context, so the same fake clock drives both.
    agents = await app.page.context().newPage()
    await agents.goto(`${app.host.url}#/instances/${AGENTS_OF}/realtime/agents`)
    await agents.getByTestId('agent-count-shown').filter({ hasText: /of 1,?200/ }).waitFor()
    agentsCdp = await app.page.context().newCDPSession(agents)
    countRequests()
  }, 60_000)
  afterAll(() => app?.close())

  it('recovers from every fault, never exceeds the rate limit, and keeps its heap flat', async () => {
    const warmUp = Math.min(80, Math.floor(TICKS * 0.05)) // 20 simulated minutes at most
    let heapAfterWarmUp = 0
    let agentsHeapAfterWarmUp = 0
    let outageLeft = 0
    let recovering: string | null = null
    let recoveringTicks = 0

    for (let n = 0; n < TICKS; n++) {
      if (n === warmUp) {
        heapAfterWarmUp = await heapUsed()
        agentsHeapAfterWarmUp = await heapUsed(agentsCdp)
      }
      for (const event of schedule.filter((e) => e.at === n)) {
        if ('faults' in event) for (const fault of event.faults) app.sim.faults.inject(fault)
        if ('outageTicks' in event) {
          app.sim.faults.inject({ kind: 'drop', times: 1_000_000 })
          outageLeft = event.outageTicks
        }
        if ('jumpMs' in event) {
          // The machine slept: the clock leaps, the timers fire late, once.
          simulatedNow += event.jumpMs
          await app.page.clock.fastForward(event.jumpMs)
        }
        recovering = event.name
        recoveringTicks = 0
        console.info(`soak: ${event.name} at ${new Date(simulatedNow).toISOString()}`)
      }
      await tick()
      if (outageLeft > 0 && --outageLeft === 0) app.sim.faults.clear()
      if (outageLeft === 5) expect(await staleMarks(), 'the outage shows as stale figures').toBeGreaterThan(0)

      // Recovered: the faults are used up, and a few periods later nothing is marked stale.
      if (recovering && outageLeft === 0 && app.sim.faults.pending() === 0 && ++recoveringTicks >= 3) {
        expect(await staleMarks(), `stale marks ${recoveringTicks} periods after the ${recovering}`).toBe(0)
        expect(await staleMarks(agents), `stale marks on the agent board ${recoveringTicks} periods after the ${recovering}`).toBe(0)
        expect(await app.page.getByTestId('tile-value').count()).toBeGreaterThan(0)
        recoveries.push(recovering)
        recovering = null
      }
    }

    expect(recoveries).toEqual(schedule.map((e) => e.name))
    // Never hammered: per action and simulated minute, within the client's own budget.
    const worst = new Map<string, number>()
    for (const [key, count] of perMinute) {
      const action = key.split('@')[0]!
      worst.set(action, Math.max(worst.get(action) ?? 0, count))
    }
    for (const [action, count] of worst) {
      const at = [...perMinute].find(([key, n]) => key.startsWith(`${action}@`) && n === count)![0].split('@')[1]!
      expect(count, `${action} in the minute from ${new Date(Number(at) * MINUTE).toISOString()}`).toBeLessThanOrEqual(DEFAULT_RATE_LIMITS[action as CccAction].limit)
    }
    // Polling really happened for the whole shift: every instance, both APIs, every minute or so.
    expect(worst.get('GetRealtimeInstanceStates')).toBeGreaterThanOrEqual(WATCHED.length * 4)
    // And both boards: the skill groups of every instance, the agent board's 12 pages at least once a minute.
    expect(worst.get('ListRealtimeSkillGroupStates')).toBeGreaterThanOrEqual(WATCHED.length)
    expect(worst.get('ListRealtimeAgentStates')).toBeGreaterThanOrEqual(12)

    const growth = (await heapUsed()) - heapAfterWarmUp
    const agentsGrowth = (await heapUsed(agentsCdp)) - agentsHeapAfterWarmUp
    const perApi = [...worst].map(([action, count]) => `${action} ${count}/${DEFAULT_RATE_LIMITS[action as CccAction].limit}`).join(', ')
    console.info(`soak: ${HOURS} h, ${TICKS} periods, heap growth after warm-up: wallboard ${mb(growth)} MB, agent board ${mb(agentsGrowth)} MB; worst calls per simulated minute / budget: ${perApi}`)
    expect(growth).toBeLessThan(HEAP_GROWTH_LIMIT)
    expect(agentsGrowth, 'the agent board’s heap').toBeLessThan(HEAP_GROWTH_LIMIT)
  }, Math.max(300_000, HOURS * 480_000))
})
