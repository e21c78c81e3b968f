/**
 * Call traffic of one instance in one 15-minute slot: the primitives (counts, time totals and
 * maxima, and the hidden numerators the API never returns) from which every reported figure is
 * derived. A slot is a pure function of (seed, instance, slot start).
 */
import { HOUR_MS } from '../shared/ccc/range-split'
import type { TrafficProfile } from './instances'
import { binomial, pickWeighted, poisson, randomFor, unitHash, type Random } from './seeded-random'
import { localTime, type LocalTime } from './time-zone'

export const SLOT_MS = HOUR_MS / 4
const SLOT_SECONDS = SLOT_MS / 1000

export type InboundTraffic = {
  CallsOffered: number
  /** Summary API name for CallsOffered. */
  CallsIncomingLine: number
  /** Calls that entered the IVR; calls to an agent's personal line skip it. */
  CallsIncomingIVR: number
  /** Summary API name for CallsQueued. */
  CallsIncomingQueue: number
  CallsQueued: number
  CallsRinged: number
  CallsHandled: number
  CallsAbandoned: number
  CallsAbandonedInIVR: number
  CallsAbandonedInQueue: number
  CallsAbandonedInRinging: number
  TotalAbandonTime: number
  MaxAbandonTime: number
  TotalAbandonedInIVRTime: number
  MaxAbandonedInIVRTime: number
  TotalAbandonedInQueueTime: number
  MaxAbandonedInQueueTime: number
  TotalAbandonedInRingTime: number
  MaxAbandonedInRingTime: number
  CallsHold: number
  TotalHoldTime: number
  MaxHoldTime: number
  TotalRingTime: number
  MaxRingTime: number
  TotalWaitTime: number
  MaxWaitTime: number
  TotalTalkTime: number
  MaxTalkTime: number
  TotalWorkTime: number
  MaxWorkTime: number
  CallsConsulted: number
  CallsTransferred: number
  SatisfactionSurveysOffered: number
  SatisfactionSurveysResponded: number
  /** Hidden: ServiceLevel20's numerator. */
  CallsAnsweredWithin20s: number
  /** Hidden: SatisfactionIndex's numerator (scores 1–5). */
  SatisfactionScoreSum: number
  /** The SDK models' transfer split of CallsTransferred, and calls the queue timed out. */
  CallsBlindTransferred: number
  CallsAttendedTransferred: number
  CallsQueuingTimeout: number
  /** Hidden: SatisfactionRate's numerator (satisfied answers). */
  SatisfiedResponses: number
}

export type OutboundTraffic = {
  CallsDialed: number
  CallsDialedSuccess: number
  CallsAnswered: number
  TotalDialingTime: number
  MaxDialingTime: number
  TotalTalkTime: number
  MaxTalkTime: number
  TotalWorkTime: number
  MaxWorkTime: number
  TotalHoldTime: number
  SatisfactionSurveysOffered: number
  SatisfactionSurveysResponded: number
  SatisfactionScoreSum: number
  /** The SDK models' outbound ringing: calls that rang the customer, and (hidden) their ring time. */
  CallsRinged: number
  TotalRingTime: number
}

export type OverallTraffic = {
  TotalCalls: number
  TotalTalkTime: number
  MaxTalkTime: number
  TotalWorkTime: number
  MaxWorkTime: number
  TotalHoldTime: number
  MaxHoldTime: number
  /** Agent-seconds logged in. */
  TotalLoggedInTime: number
  TotalReadyTime: number
  MaxReadyTime: number
  TotalBreakTime: number
  MaxBreakTime: number
  SatisfactionSurveysOffered: number
  SatisfactionSurveysResponded: number
  SatisfactionScoreSum: number
  /** Hidden: OccupancyRate's numerator (talk + after-call work). */
  OccupiedTime: number
  /** Hidden: ready and break periods, which make AverageReadyTime and AverageBreakTime. */
  ReadyPeriods: number
  BreakPeriods: number
}

export interface Traffic {
  inbound: InboundTraffic
  outbound: OutboundTraffic
  overall: OverallTraffic
}

export interface SlotTraffic extends Traffic {
  /** Slot start, epoch ms, a multiple of SLOT_MS. */
  start: number
}

const bell = (x: number, mean: number, width: number): number => Math.exp(-((x - mean) ** 2) / (2 * width * width))

/** Share of the peak at a local time: quiet nights, a late-morning and an afternoon peak, a lunch dip. */
export function dailyRhythm(profile: TrafficProfile, local: LocalTime): number {
  const h = local.hour
  const daytime =
    ((bell(h, 10.5, 2) + 0.85 * bell(h, 15, 2) + 0.3 * bell(h, 20, 1.4)) * (1 - 0.25 * bell(h, 12.6, 0.7))) / 1.07
  const weekday =
    local.weekday === 6 ? profile.weekendShare.saturday : local.weekday === 0 ? profile.weekendShare.sunday : 1
  return (profile.nightShare + (1 - profile.nightShare) * daytime) * weekday
}

/** Some days are busier than others, the same way for a whole local day. */
export function dayFactor(seed: number, instanceId: string, localDate: string): number {
  return 0.88 + 0.24 * unitHash(seed, instanceId, 'day', localDate)
}

interface Durations {
  total: number
  max: number
}

/** Total and longest of `calls` durations around `meanSeconds`; both 0 without calls, max ≤ total. */
function durations(random: Random, calls: number, meanSeconds: number): Durations {
  if (calls <= 0) return { total: 0, max: 0 }
  const total = Math.max(calls, Math.round(calls * meanSeconds * (0.8 + 0.4 * random())))
  const average = total / calls
  const max = Math.min(total, Math.max(Math.ceil(average), Math.round(average * (1.6 + 1.6 * random()))))
  return { total, max }
}

/** Time spent in `total` seconds of agent states cut into periods of about `meanSeconds`, none longer than a slot. */
function periods(random: Random, total: number, meanSeconds: number): { count: number; max: number } {
  if (total <= 0) return { count: 0, max: 0 }
  const count = Math.max(Math.ceil(total / SLOT_SECONDS), Math.round(total / (meanSeconds * (0.7 + 0.6 * random()))))
  const average = total / count
  const max = Math.min(total, SLOT_SECONDS, Math.max(Math.ceil(average), Math.round(average * (1.5 + 2 * random()))))
  return { count, max }
}

const SCORES = [
  [5, 56],
  [4, 26],
  [3, 10],
  [2, 4],
  [1, 4]
] as const

function satisfactionScoreSum(random: Random, responses: number): number {
  let sum = 0
  for (let i = 0; i < responses; i++) sum += pickWeighted(random, SCORES)
  return sum
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value))

export function slotTraffic(seed: number, instanceId: string, profile: TrafficProfile, start: number): SlotTraffic {
  const random = randomFor(seed, instanceId, 'slot', start)
  const local = localTime(start + SLOT_MS / 2, profile.timeZone)
  const activity = dailyRhythm(profile, local) * dayFactor(seed, instanceId, local.date)
  // Queues suffer disproportionately near the peak.
  const pressure = Math.min(1.3, activity) ** 3

  const offered = poisson(random, profile.peakInboundPerSlot * activity)
  const direct = binomial(random, offered, 0.03)
  const incomingIvr = offered - direct
  const abandonedInIvr = binomial(random, incomingIvr, 0.035 + 0.02 * random())
  const selfServed = binomial(random, incomingIvr - abandonedInIvr, 0.07)
  const queued = offered - abandonedInIvr - selfServed
  const abandonedInQueue = binomial(random, queued, 0.01 + 0.08 * pressure)
  const ringed = queued - abandonedInQueue
  const abandonedInRinging = binomial(random, ringed, 0.012 + 0.01 * pressure)
  const handled = ringed - abandonedInRinging

  const ivrAbandon = durations(random, abandonedInIvr, 28)
  const queueAbandon = durations(random, abandonedInQueue, 18 + 70 * pressure)
  const ringAbandon = durations(random, abandonedInRinging, 11)
  const ring = durations(random, ringed, 6)
  const wait = durations(random, handled, 7 + 45 * pressure)
  const talk = durations(random, handled, 205)
  const work = durations(random, handled, 32)
  const callsHold = binomial(random, handled, 0.12)
  const hold = durations(random, callsHold, 45)
  const surveysOffered = binomial(random, handled, 0.65)
  const surveysResponded = binomial(random, surveysOffered, 0.42)

  const inbound: InboundTraffic = {
    CallsOffered: offered,
    CallsIncomingLine: offered,
    CallsIncomingIVR: incomingIvr,
    CallsIncomingQueue: queued,
    CallsQueued: queued,
    CallsRinged: ringed,
    CallsHandled: handled,
    CallsAbandoned: abandonedInIvr + abandonedInQueue + abandonedInRinging,
    CallsAbandonedInIVR: abandonedInIvr,
    CallsAbandonedInQueue: abandonedInQueue,
    CallsAbandonedInRinging: abandonedInRinging,
    TotalAbandonTime: ivrAbandon.total + queueAbandon.total + ringAbandon.total,
    MaxAbandonTime: Math.max(ivrAbandon.max, queueAbandon.max, ringAbandon.max),
    TotalAbandonedInIVRTime: ivrAbandon.total,
    MaxAbandonedInIVRTime: ivrAbandon.max,
    TotalAbandonedInQueueTime: queueAbandon.total,
    MaxAbandonedInQueueTime: queueAbandon.max,
    TotalAbandonedInRingTime: ringAbandon.total,
    MaxAbandonedInRingTime: ringAbandon.max,
    CallsHold: callsHold,
    TotalHoldTime: hold.total,
    MaxHoldTime: hold.max,
    TotalRingTime: ring.total,
    MaxRingTime: ring.max,
    TotalWaitTime: wait.total,
    MaxWaitTime: wait.max,
    TotalTalkTime: talk.total,
    MaxTalkTime: talk.max,
    TotalWorkTime: work.total,
    MaxWorkTime: work.max,
    CallsConsulted: binomial(random, handled, 0.05),
    CallsTransferred: binomial(random, handled, 0.07),
    SatisfactionSurveysOffered: surveysOffered,
    SatisfactionSurveysResponded: surveysResponded,
    CallsAnsweredWithin20s: binomial(random, handled, clamp(0.96 - 0.22 * pressure, 0.5, 0.99)),
    SatisfactionScoreSum: satisfactionScoreSum(random, surveysResponded),
    // Filled in from a stream of their own below, so the documented figures stay as they were.
    CallsBlindTransferred: 0,
    CallsAttendedTransferred: 0,
    CallsQueuingTimeout: 0,
    SatisfiedResponses: 0
  }

  // Outbound campaigns run in office hours only, even on a 24/7 line.
  const outboundActivity = Math.max(0, activity - profile.nightShare)
  const dialed = poisson(random, profile.peakOutboundPerSlot * outboundActivity)
  const dialedSuccess = binomial(random, dialed, 0.83)
  const answered = binomial(random, dialedSuccess, 0.6)
  const dialing = durations(random, dialed, 13)
  const outTalk = durations(random, answered, 96)
  const outWork = durations(random, answered, 24)
  const outHold = durations(random, binomial(random, answered, 0.05), 30)
  const outSurveysOffered = binomial(random, answered, 0.3)
  const outSurveysResponded = binomial(random, outSurveysOffered, 0.35)

  const outbound: OutboundTraffic = {
    CallsDialed: dialed,
    CallsDialedSuccess: dialedSuccess,
    CallsAnswered: answered,
    TotalDialingTime: dialing.total,
    MaxDialingTime: dialing.max,
    TotalTalkTime: outTalk.total,
    MaxTalkTime: outTalk.max,
    TotalWorkTime: outWork.total,
    MaxWorkTime: outWork.max,
    TotalHoldTime: outHold.total,
    SatisfactionSurveysOffered: outSurveysOffered,
    SatisfactionSurveysResponded: outSurveysResponded,
    SatisfactionScoreSum: satisfactionScoreSum(random, outSurveysResponded),
    CallsRinged: 0,
    TotalRingTime: 0
  }

  const occupied = talk.total + work.total + outTalk.total + outWork.total
  const staffed = profile.staffedShare.min + (profile.staffedShare.max - profile.staffedShare.min) * Math.min(1, activity)
  const agents = Math.round(profile.totalAgents * staffed * (0.95 + 0.1 * random()))
  // Calls started in a slot can outlast it; staff the slot so that its own work fits.
  const loggedIn = Math.max(agents * SLOT_SECONDS, Math.ceil(occupied / 0.9))
  const breakTime = Math.min(Math.round(loggedIn * (0.05 + 0.06 * random())), loggedIn - occupied)
  // Ringing and dialing take agent time that is neither ready, break, talk nor work.
  const ready = Math.max(0, loggedIn - occupied - breakTime - ring.total - dialing.total)
  const readyPeriods = periods(random, ready, 110)
  const breakPeriods = periods(random, breakTime, 420)

  const overall: OverallTraffic = {
    TotalCalls: handled + answered,
    TotalTalkTime: talk.total + outTalk.total,
    MaxTalkTime: Math.max(talk.max, outTalk.max),
    TotalWorkTime: work.total + outWork.total,
    MaxWorkTime: Math.max(work.max, outWork.max),
    TotalHoldTime: hold.total + outHold.total,
    MaxHoldTime: Math.max(hold.max, outHold.max),
    TotalLoggedInTime: loggedIn,
    TotalReadyTime: ready,
    MaxReadyTime: readyPeriods.max,
    TotalBreakTime: breakTime,
    MaxBreakTime: breakPeriods.max,
    SatisfactionSurveysOffered: surveysOffered + outSurveysOffered,
    SatisfactionSurveysResponded: surveysResponded + outSurveysResponded,
    SatisfactionScoreSum: inbound.SatisfactionScoreSum + outbound.SatisfactionScoreSum,
    OccupiedTime: occupied,
    ReadyPeriods: readyPeriods.count,
    BreakPeriods: breakPeriods.count
  }

  addSdkFigures(randomFor(seed, instanceId, 'slot-sdk', start), inbound, outbound)
  return { start, inbound, outbound, overall }
}

/** The figures only the SDK models name, drawn from a stream of their own. */
function addSdkFigures(random: Random, inbound: InboundTraffic, outbound: OutboundTraffic): void {
  inbound.CallsBlindTransferred = binomial(random, inbound.CallsTransferred, 0.55)
  inbound.CallsAttendedTransferred = inbound.CallsTransferred - inbound.CallsBlindTransferred
  inbound.CallsQueuingTimeout = binomial(random, inbound.CallsAbandonedInQueue, 0.3)
  inbound.SatisfiedResponses = binomial(random, inbound.SatisfactionSurveysResponded, 0.8)
  outbound.CallsRinged = outbound.CallsDialedSuccess
  outbound.TotalRingTime = durations(random, outbound.CallsRinged, 9).total
}
