/**
 * GetRealtimeInstanceStates: agent and queue states as a pure function of (seed, instance,
 * 10-second tick), following the same daily rhythm as the reports. Slow noise keeps consecutive
 * ticks close, as a real wallboard moves.
 */
import type { SimulatedInstance } from './instances'
import { poisson, randomFor, unitHash } from './seeded-random'
import { localTime } from './time-zone'
import { dailyRhythm, dayFactor } from './traffic'

export const REALTIME_TICK_MS = 10_000

export interface RealtimeStates {
  InstanceId: string
  TotalAgents: number
  LoggedInAgents: number
  ReadyAgents: number
  TalkingAgents: number
  WorkingAgents: number
  BreakingAgents: number
  WaitingCalls: number
  LongestWaitingTime: number
  InteractiveCalls: number
}

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

export function realtimeStates(seed: number, instance: SimulatedInstance, now: number): RealtimeStates {
  const profile = instance.traffic
  const id = instance.id
  const tick = Math.floor(now / REALTIME_TICK_MS)
  const local = localTime(tick * REALTIME_TICK_MS, profile.timeZone)
  const activity = dailyRhythm(profile, local) * dayFactor(seed, id, local.date)
  const busy = Math.min(1, activity)
  const pressure = Math.min(1.3, activity) ** 3
  const noise = (name: string, period: number): number => smoothNoise(seed, id, name, tick, period)

  const total = profile.totalAgents
  const staffed = profile.staffedShare.min + (profile.staffedShare.max - profile.staffedShare.min) * busy
  const loggedIn = Math.min(total, Math.round(total * staffed * (0.94 + 0.12 * noise('staff', 30))))
  const busyShare = Math.min(0.95, 0.25 + 0.55 * busy + 0.1 * (noise('busy', 6) - 0.5))
  const talking = Math.round(loggedIn * busyShare * 0.82)
  const working = Math.min(loggedIn - talking, Math.round(loggedIn * busyShare * 0.18))
  const breaking = Math.min(loggedIn - talking - working, Math.round(loggedIn * (0.04 + 0.08 * noise('break', 18))))
  // Agents ringing or dialing are logged in but in none of the four reported states.
  const alerting = Math.min(loggedIn - talking - working - breaking, Math.round(loggedIn * 0.03 * noise('ring', 3)))
  const ready = loggedIn - talking - working - breaking - alerting

  const random = randomFor(seed, id, 'realtime', tick)
  const arrivalsPerMinute = (profile.peakInboundPerSlot / 15) * activity
  const waiting = poisson(random, (profile.peakInboundPerSlot / 15) * pressure * 0.5 * (0.25 + 1.5 * noise('queue', 6)))
  const longest = waiting === 0 ? 0 : Math.round(5 + random() * (15 + 40 * pressure) * (1 + Math.log(waiting)))

  return {
    InstanceId: id,
    TotalAgents: total,
    LoggedInAgents: loggedIn,
    ReadyAgents: ready,
    TalkingAgents: talking,
    WorkingAgents: working,
    BreakingAgents: breaking,
    WaitingCalls: waiting,
    LongestWaitingTime: longest,
    // About 50 seconds in the IVR menus per call.
    InteractiveCalls: poisson(random, arrivalsPerMinute * 0.8)
  }
}
