/**
 * What each agent is doing, as a pure function of (seed, instance, moment): every agent works a
 * shift on some days and, within it, a chain of states — ready, ringing or dialing, talking,
 * after-call work, breaks with their codes, lunch — whose lengths follow the day's rhythm. A state
 * keeps its StateTime (the moment the agent entered it) for as long as it lasts, and an agent off
 * shift is Offline since the end of their last shift. The instance's and the skill groups' live
 * counts are counts of these states, so they add up by construction.
 */
import { AGENT_STATE_NAMES, type AgentStateName } from '../shared/ccc/agent-states'
import { HOUR_MS } from '../shared/ccc/range-split'
import type { SimulatedInstance } from './instances'
import type { RosterAgent, ShiftKind } from './roster'
import { hash32, randomFor, unitHash, type Random } from './seeded-random'
import { localMidnight, localTime, nextLocalMidnight } from './time-zone'
import { dailyRhythm, dayFactor } from './traffic'

/** Live state is read at the start of a 10-second tick, as GetRealtimeInstanceStates is. */
export const REALTIME_TICK_MS = 10_000

/** The break reasons agents pick, as a supervisor configured them. */
export const BREAK_CODES = ['小休', '午餐', '培训', '会议'] as const
const [SHORT_BREAK, LUNCH, TRAINING, MEETING] = [0, 1, 2, 3] as const
export const CALL_TYPES = ['Inbound', 'Outbound'] as const

const S = Object.fromEntries(AGENT_STATE_NAMES.map((name, i) => [name, i])) as Record<AgentStateName, number>

/** One agent's chain of states in a shift: parallel arrays, one entry per state entered. */
interface Chain {
  start: number
  end: number
  at: number[]
  state: number[]
  /** Break: the code's index; a call state: its call type's index. */
  detail: number[]
  /** A call state: when the call began (its counterparty is derived from it); 0 otherwise. */
  call: number[]
  /** Where the last lookup landed: ticks mostly move forward, so the next one starts there. */
  cursor: number
}

interface Day {
  start: number
  date: string
  weekday: number
  /** Activity per local hour (0..24), as the reports' rhythm has it. */
  activity: number[]
  /** Per agent: the shift's start and end, NaN on a day off. */
  shiftStart: Float64Array
  shiftEnd: Float64Array
  /** Per agent, made when first asked: the chain of the day's shift. */
  chains: Array<Chain | undefined>
  /** Per agent, made when first asked: when the agent's last shift before this day ended. */
  priorEnd?: Float64Array
}

interface Shift {
  start: number
  end: number
}

/** Where a shift starts (hours from local midnight) and how long it lasts. */
const SHIFTS: Record<ShiftKind, { from: number; spread: number; hours: number }> = {
  early: { from: 8, spread: 1, hours: 9 },
  day: { from: 9, spread: 1.5, hours: 9 },
  late: { from: 12, spread: 1.5, hours: 8.5 },
  // The evening before, into the morning.
  night: { from: -2.5, spread: 1, hours: 9.5 }
}

// Ten days for each of a few instances: today, tomorrow and the lookback of agents off shift.
const DAY_CACHE_LIMIT = 48
const days = new Map<string, Day>()

function dayAt(seed: number, instance: SimulatedInstance, dayStart: number): Day {
  const key = `${seed}|${instance.id}|${dayStart}`
  let day = days.get(key)
  if (!day) {
    const { timeZone } = instance.traffic
    const local = localTime(dayStart, timeZone)
    const factor = dayFactor(seed, instance.id, local.date)
    const activity = Array.from({ length: 25 }, (_, h) => dailyRhythm(instance.traffic, localTime(dayStart + h * HOUR_MS + HOUR_MS / 2, timeZone)) * factor)
    const count = instance.roster.agents.length
    day = { start: dayStart, date: local.date, weekday: local.weekday, activity, shiftStart: new Float64Array(count), shiftEnd: new Float64Array(count), chains: [] }
    for (let index = 0; index < count; index++) {
      const shift = shiftOf(seed, instance, instance.roster.agents[index] as RosterAgent, day)
      day.shiftStart[index] = shift?.start ?? NaN
      day.shiftEnd[index] = shift?.end ?? NaN
    }
    if (days.size >= DAY_CACHE_LIMIT) days.delete(days.keys().next().value as string)
    days.set(key, day)
  }
  return day
}

/** Each agent's shift of the local day starting at `dayStart` (NaN on a day off), as the live states keep it. */
export function shiftsOfDay(seed: number, instance: SimulatedInstance, dayStart: number): { starts: Float64Array; ends: Float64Array } {
  const day = dayAt(seed, instance, dayStart)
  return { starts: day.shiftStart, ends: day.shiftEnd }
}

/** Whether and when an agent works on a day: stable for the agent, jittered day by day. */
function shiftOf(seed: number, instance: SimulatedInstance, agent: RosterAgent, day: Day): Shift | null {
  const { weekendShare } = instance.traffic
  const weekday = day.weekday === 6 ? weekendShare.saturday : day.weekday === 0 ? weekendShare.sunday : 1
  if (unitHash(seed, instance.id, agent.AgentId, day.date, 'works') >= 0.92 * weekday) return null
  const plan = SHIFTS[agent.shift]
  const startHours = plan.from + plan.spread * unitHash(seed, instance.id, agent.AgentId, day.date, 'start')
  const hours = plan.hours + (unitHash(seed, instance.id, agent.AgentId, day.date, 'length') - 0.5) * 0.7
  const start = day.start + Math.round(startHours * 3600) * 1000
  return { start, end: start + Math.round(hours * 3600) * 1000 }
}

const seconds = (random: Random, min: number, max: number): number => (min + (max - min) * random()) * 1000
const exponential = (random: Random, meanSeconds: number): number => -meanSeconds * Math.log(1 - random()) * 1000

function buildChain(seed: number, instance: SimulatedInstance, agent: RosterAgent, day: Day, shift: Shift): Chain {
  const random = randomFor(seed, instance.id, agent.AgentId, day.date, 'chain')
  const { peakInboundPerSlot, peakOutboundPerSlot } = instance.traffic
  const outboundShare = agent.OutboundScenario ? 1 : peakOutboundPerSlot / (peakInboundPerSlot + peakOutboundPerSlot)
  const chain: Chain = { ...shift, at: [], state: [], detail: [], call: [], cursor: 0 }
  const lunchAt = shift.start + (shift.end - shift.start) * (0.42 + 0.12 * random())
  let lunched = false
  let t = shift.start
  let state = S.Ready
  let detail = 0
  let call = 0
  while (t < shift.end) {
    chain.at.push(t)
    chain.state.push(state)
    chain.detail.push(detail)
    chain.call.push(call)
    const hour = Math.min(24, Math.max(0, Math.floor((t - day.start) / HOUR_MS)))
    const busy = Math.min(1, day.activity[hour] ?? 0)
    let next = S.Ready
    let nextDetail = 0
    let nextCall = 0
    switch (state) {
      case S.Ready: {
        t = Math.round(t + 1000 + exponential(random, 8 + 900 * (1 - busy) ** 2))
        const r = random()
        if (!lunched && t >= lunchAt) {
          lunched = true
          ;[next, nextDetail] = [S.Break, LUNCH]
        } else if (r < 0.025) [next, nextDetail] = [S.Break, SHORT_BREAK]
        else if (r < 0.03) [next, nextDetail] = [S.Break, random() < 0.5 ? TRAINING : MEETING]
        else if (!agent.OutboundScenario || random() < outboundShare) {
          const outbound = random() < outboundShare
          ;[next, nextDetail, nextCall] = [outbound ? S.Dialing : S.Ringing, outbound ? 1 : 0, t]
        } else next = S.Ready
        break
      }
      case S.Ringing:
        t += seconds(random, 3, 15)
        // Unanswered rings go back to ready (the call rings the next agent).
        if (random() >= 0.07) [next, nextDetail, nextCall] = [S.Talking, detail, call]
        break
      case S.Dialing:
        t += seconds(random, 5, 25)
        if (random() >= 0.35) [next, nextDetail, nextCall] = [S.Talking, detail, call]
        break
      case S.Talking:
        t += detail === 0 ? seconds(random, 40, 60) + exponential(random, 170) : seconds(random, 25, 40) + exponential(random, 110)
        ;[next, nextDetail, nextCall] = [S.ACW, detail, call]
        break
      case S.ACW:
        // Now and then an agent stays in after-call work for minutes: what a supervisor looks for.
        t += random() < 0.03 ? seconds(random, 180, 600) : seconds(random, 4, 8) + exponential(random, 25)
        break
      default:
        t += detail === LUNCH ? seconds(random, 1800, 3000) : detail === SHORT_BREAK ? seconds(random, 180, 600) : seconds(random, 1200, 2400)
    }
    t = Math.round(t)
    state = next
    detail = nextDetail
    call = nextCall
  }
  return chain
}

/** The chain of a shift under way: made the first time the agent is asked about during it. */
function chainOf(seed: number, instance: SimulatedInstance, agentIndex: number, day: Day): Chain {
  let chain = day.chains[agentIndex]
  if (chain === undefined) {
    const agent = instance.roster.agents[agentIndex] as RosterAgent
    chain = buildChain(seed, instance, agent, day, { start: day.shiftStart[agentIndex] as number, end: day.shiftEnd[agentIndex] as number })
    day.chains[agentIndex] = chain
  }
  return chain
}

/** An agent's state at a moment, as ListRealtimeAgentStates describes it. */
export interface AgentMoment {
  state: AgentStateName
  /** When the agent entered the state, epoch ms. */
  stateTime: number
  breakCode: string
  callType: string
  /** When the call in progress began; 0 without one. */
  callStart: number
}

const OFFLINE_LOOKBACK_DAYS = 8

/** The position in a chain at a moment: the last state entered at or before it. */
function positionIn(chain: Chain, at: number): number {
  const { cursor } = chain
  const times = chain.at
  if ((times[cursor] as number) <= at && (cursor + 1 >= times.length || (times[cursor + 1] as number) > at)) return cursor
  if (cursor + 2 < times.length && (times[cursor + 1] as number) <= at && (times[cursor + 2] as number) > at) return (chain.cursor = cursor + 1)
  let lo = 0
  let hi = chain.at.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((chain.at[mid] ?? 0) <= at) lo = mid
    else hi = mid - 1
  }
  chain.cursor = lo
  return lo
}

/** Every agent's state at the start of one tick, in roster order, in flat arrays (no object per agent). */
export interface TickStates {
  at: number
  /** Index into AGENT_STATE_NAMES. */
  state: Uint8Array
  stateTime: Float64Array
  /** Break: the code's index; a call state: its call type's index. */
  detail: Uint8Array
  callStart: Float64Array
}

export function stateNameOf(states: TickStates, agentIndex: number): AgentStateName {
  return AGENT_STATE_NAMES[states.state[agentIndex] ?? S.Offline] ?? 'Offline'
}

export function momentOf(states: TickStates, agentIndex: number): AgentMoment {
  const state = stateNameOf(states, agentIndex)
  const detail = states.detail[agentIndex] ?? 0
  const onCall = state === 'Ringing' || state === 'Dialing' || state === 'Talking' || state === 'ACW'
  return {
    state,
    stateTime: states.stateTime[agentIndex] ?? states.at,
    breakCode: state === 'Break' ? (BREAK_CODES[detail] ?? '') : '',
    callType: onCall ? (CALL_TYPES[detail] ?? '') : '',
    callStart: onCall ? (states.callStart[agentIndex] ?? 0) : 0
  }
}

const TICK_CACHE_LIMIT = 12
const ticks = new Map<string, TickStates>()

/** When each agent's last shift before `day` ended: found once a day, going back a week at most. */
function priorEnds(seed: number, instance: SimulatedInstance, day: Day): Float64Array {
  if (!day.priorEnd) {
    const earlier: Day[] = []
    for (let back = 0; back < OFFLINE_LOOKBACK_DAYS; back++) {
      earlier.push(dayAt(seed, instance, localMidnight((earlier.at(-1)?.start ?? day.start) - HOUR_MS, instance.traffic.timeZone)))
    }
    const oldest = earlier.at(-1)?.start ?? day.start
    day.priorEnd = day.shiftEnd.map((_, index) => earlier.map((d) => d.shiftEnd[index] ?? NaN).find((end) => !Number.isNaN(end)) ?? oldest)
  }
  return day.priorEnd
}

/**
 * Each agent's state at the start of the tick containing `now`. The list APIs' pages and
 * GetRealtimeInstanceStates of one tick read one computation.
 */
export function tickStates(seed: number, instance: SimulatedInstance, now: number): TickStates {
  const at = Math.floor(now / REALTIME_TICK_MS) * REALTIME_TICK_MS
  const key = `${seed}|${instance.id}|${at}`
  const cached = ticks.get(key)
  if (cached) return cached
  const { timeZone } = instance.traffic
  const todayStart = localMidnight(at, timeZone)
  const today = dayAt(seed, instance, todayStart)
  // The next day's night shift starts the evening before it.
  const tomorrow = dayAt(seed, instance, nextLocalMidnight(todayStart, timeZone))
  const count = instance.roster.agents.length
  const states: TickStates = {
    at,
    state: new Uint8Array(count),
    stateTime: new Float64Array(count),
    detail: new Uint8Array(count),
    callStart: new Float64Array(count)
  }
  let prior: Float64Array | undefined
  const { shiftStart: nextStarts, shiftEnd: nextEnds } = tomorrow
  const { shiftStart: starts, shiftEnd: ends } = today
  for (let index = 0; index < count; index++) {
    // NaN (a day off) fails every comparison.
    const early = (nextStarts[index] as number) <= at && at < (nextEnds[index] as number)
    const day = early ? tomorrow : today
    if (early || ((starts[index] as number) <= at && at < (ends[index] as number))) {
      const chain = chainOf(seed, instance, index, day)
      const position = positionIn(chain, at)
      states.state[index] = chain.state[position] as number
      states.stateTime[index] = chain.at[position] as number
      states.detail[index] = chain.detail[position] as number
      states.callStart[index] = chain.call[position] as number
      continue
    }
    // Offline since the end of the last shift before now.
    const todayEnd = ends[index] as number
    prior ??= priorEnds(seed, instance, today)
    states.state[index] = S.Offline
    states.stateTime[index] = todayEnd <= at ? todayEnd : (prior[index] as number)
  }
  if (ticks.size >= TICK_CACHE_LIMIT) ticks.delete(ticks.keys().next().value as string)
  ticks.set(key, states)
  return states
}

/** The other party's number of a call, masked as CCC masks it. */
export function counterPartyOf(seed: number, agentId: string, callStart: number): string {
  if (callStart === 0) return ''
  const h = hash32(seed, agentId, callStart)
  return `1${30 + (h % 60)}${String(Math.floor(h / 60) % 10_000).padStart(4, '0')}****`
}
