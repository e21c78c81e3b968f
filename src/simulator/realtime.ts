/**
 * GetRealtimeInstanceStates as a pure function of (seed, instance, 10-second tick): the agent
 * counts are the counts of each agent's state (agent-schedule.ts), so they agree with the agent and
 * skill-group lists; the queue follows the reports' daily rhythm, with slow noise keeping
 * consecutive ticks close, as a real wallboard moves.
 */
import { AGENT_STATE_NAMES, AGENT_STATES } from '../shared/ccc/agent-states'
import { REALTIME_TICK_MS, tickStates, type TickStates } from './agent-schedule'
import type { SimulatedInstance } from './instances'
import { poisson, randomFor, unitHash } from './seeded-random'
import { localTime } from './time-zone'
import { dailyRhythm, dayFactor } from './traffic'

export { REALTIME_TICK_MS }

/** Value noise in [0, 1): hashed knots every `period` ticks, eased in between. */
function smoothNoise(seed: number, instanceId: string, name: string, tick: number, period: number): number {
  const position = tick / period
  const knot = Math.floor(position)
  const t = position - knot
  const eased = t * t * (3 - 2 * t)
  const a = unitHash(seed, instanceId, name, knot)
  const b = unitHash(seed, instanceId, name, knot + 1)
  return a + (b - a) * eased
}

/** Counts of agents by state, as the instance and the skill groups report them. */
export interface AgentCounts {
  TotalAgents: number
  LoggedInAgents: number
  ReadyAgents: number
  TalkingAgents: number
  WorkingAgents: number
  BreakingAgents: number
}

/** Each state's definition by its index in the tick's state array. */
const STATE_DEFS = AGENT_STATE_NAMES.map((name) => AGENT_STATES[name])

/** The counts of the agents given by index (a skill group's members), or of every agent. */
export function countAgents(states: TickStates, members?: readonly number[]): AgentCounts {
  const total = members?.length ?? states.state.length
  const counts: AgentCounts = { TotalAgents: total, LoggedInAgents: 0, ReadyAgents: 0, TalkingAgents: 0, WorkingAgents: 0, BreakingAgents: 0 }
  const byState = new Uint32Array(STATE_DEFS.length)
  for (let i = 0; i < total; i++) byState[states.state[members ? (members[i] as number) : i] as number]!++
  STATE_DEFS.forEach((def, state) => {
    const n = byState[state] ?? 0
    if (def.loggedIn) counts.LoggedInAgents += n
    if (def.counts !== null) counts[def.counts] += n
  })
  return counts
}

/** The queue now: calls waiting and the longest wait, and calls in the IVR menus. */
export interface QueueNow {
  WaitingCalls: number
  LongestWaitingTime: number
  InteractiveCalls: number
}

export function queueNow(seed: number, instance: SimulatedInstance, now: number): QueueNow {
  const profile = instance.traffic
  const id = instance.id
  const tick = Math.floor(now / REALTIME_TICK_MS)
  const local = localTime(tick * REALTIME_TICK_MS, profile.timeZone)
  const activity = dailyRhythm(profile, local) * dayFactor(seed, id, local.date)
  const pressure = Math.min(1.3, activity) ** 3
  const noise = (name: string, period: number): number => smoothNoise(seed, id, name, tick, period)
  const random = randomFor(seed, id, 'realtime', tick)
  const arrivalsPerMinute = (profile.peakInboundPerSlot / 15) * activity
  const waiting = poisson(random, (profile.peakInboundPerSlot / 15) * pressure * 0.5 * (0.25 + 1.5 * noise('queue', 6)))
  const longest = waiting === 0 ? 0 : Math.round(5 + random() * (15 + 40 * pressure) * (1 + Math.log(waiting)))
  // About 50 seconds in the IVR menus per call.
  return { WaitingCalls: waiting, LongestWaitingTime: longest, InteractiveCalls: poisson(random, arrivalsPerMinute * 0.8) }
}

export type RealtimeStates = { InstanceId: string } & AgentCounts & QueueNow

/** The instance's live state: the counts of its agents' states, and its queue. */
export function realtimeStates(seed: number, instance: SimulatedInstance, now: number): RealtimeStates {
  return { InstanceId: instance.id, ...countAgents(tickStates(seed, instance, now)), ...queueNow(seed, instance, now) }
}
