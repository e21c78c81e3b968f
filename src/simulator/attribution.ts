/**
 * The instance's calls shared out over its skill groups and agents, hour by hour, so that the
 * skill-group and agent reports come from the same traffic as the instance's: every inbound call
 * belongs to exactly one skill group (the one its number routed it to, from the moment it was
 * offered), every call that rang an agent to that agent within that group, and every outbound,
 * Back2Back and internal call to one group and one agent. Counts and time totals are split by
 * cumulative rounding, so the parts sum exactly to the whole and no part of a subset (calls held)
 * exceeds its part of the set (calls handled). Agent-state times (logged in, ready, break) are
 * the agent's own, shared out of the instance's by the time each agent's shift covers the hour.
 *
 * Figures are columns (one Float64Array per field, one slot per group, membership or agent):
 * an hour is computed when first asked for, completed hours and days are cached.
 */
import { HOUR_MS } from '../shared/ccc/range-split'
import { BREAK_CODES, shiftsOfDay } from './agent-schedule'
import type { SimulatedInstance } from './instances'
import type { TrafficReports } from './reports'
import { binomial, randomFor, unitHash } from './seeded-random'
import { localMidnight, localTime, nextLocalMidnight } from './time-zone'
import { SLOT_MS, type Traffic } from './traffic'

/** Field → one value per group, membership or agent. `in.`, `out.`, `b2b.`, `int.` and `st.` name the report group. */
export type Columns = Record<string, Float64Array>

export interface Figures {
  /** Per skill group, in roster order. */
  groups: Columns
  /** Per membership (a group's members in turn, groups in roster order): an agent's calls of that group. */
  pairs: Columns
  /** Per agent: the agent's own state times and internal calls. */
  agents: Columns
}

type Kind = 'sum' | 'max' | 'min'
const kindOf = (field: string): Kind =>
  field.endsWith('FirstCheckInTime') ? 'min' : /\.Max|LastCheckOutTime$/.test(field) ? 'max' : 'sum'

/** Where each group's members sit among the memberships, and whose each membership is. */
export interface Memberships {
  offsets: Int32Array
  agentOf: Int32Array
  /** Per agent, the memberships that are theirs. */
  ofAgent: number[][]
}

const memberships = new WeakMap<SimulatedInstance, Memberships>()

export function membershipsOf(instance: SimulatedInstance): Memberships {
  let known = memberships.get(instance)
  if (!known) {
    const { groups, agents } = instance.roster
    const offsets = new Int32Array(groups.length + 1)
    groups.forEach((g, i) => (offsets[i + 1] = (offsets[i] as number) + g.members.length))
    const agentOf = new Int32Array(offsets[groups.length] as number)
    const ofAgent: number[][] = agents.map(() => [])
    groups.forEach((g, i) =>
      g.members.forEach((member, k) => {
        const pair = (offsets[i] as number) + k
        agentOf[pair] = member
        ofAgent[member]?.push(pair)
      })
    )
    known = { offsets, agentOf, ofAgent }
    memberships.set(instance, known)
  }
  return known
}

/**
 * Shares `total` out in proportion to `weights` (equally when they are all 0): each part is the
 * difference of the rounded running totals, so the parts sum to `total` exactly and a part is
 * never more than its weight when the weights are counts and `total` is at most their sum.
 */
function spread(total: number, weights: ArrayLike<number>, into: Float64Array, from = 0, length = weights.length): void {
  let sum = 0
  for (let i = 0; i < length; i++) sum += weights[from + i] as number
  const equal = sum <= 0
  if (equal) sum = length
  let running = 0
  let before = 0
  for (let i = 0; i < length; i++) {
    running += equal ? 1 : (weights[from + i] as number)
    const after = Math.round((total * running) / sum)
    into[from + i] = after - before
    before = after
  }
}

/** A count split out of the level above by a weight column, or by the same level's parent count. */
type Rule = readonly [field: string, by: string]
/** A longest time of the part: the whole's, but never more than the part's total, 0 without calls. */
type MaxRule = readonly [max: string, total: string, count: string]

const INBOUND_GROUP: readonly Rule[] = [
  ['in.CallsAbandonedInIVR', 'w.route'],
  ['in.SelfServed', 'w.route'],
  ['in.CallsAbandonedInQueue', 'w.strain'],
  ['in.CallsBlindTransferIn', 'w.route'],
  ['in.CallsAttendedTransferIn', 'w.route'],
  ['in.TotalAbandonedInIVRTime', 'in.CallsAbandonedInIVR'],
  ['in.TotalAbandonedInQueueTime', 'in.CallsAbandonedInQueue'],
  ['in.CallsTimeout', 'in.CallsAbandonedInQueue'],
  ['in.TotalWaitTime', 'in.CallsHandled'],
  ['in.CallsOverflow', 'in.CallsHandled']
]

/** What rang an agent: the same rules for a group's part of the instance and an agent's part of the group. */
const INBOUND_RUNG: readonly Rule[] = [
  ['in.CallsAbandonedInRinging', 'w.in'],
  ['in.CallsHandled', 'w.in'],
  ['in.CallsHold', 'in.CallsHandled'],
  ['in.TotalTalkTime', 'in.CallsHandled'],
  ['in.TotalWorkTime', 'in.CallsHandled'],
  ['in.TotalHoldTime', 'in.CallsHold'],
  ['in.TotalAbandonedInRingTime', 'in.CallsAbandonedInRinging'],
  ['in.CallsBlindTransferOut', 'in.CallsHandled'],
  ['in.CallsAttendedTransferOut', 'in.CallsHandled'],
  ['in.SatisfactionSurveysOffered', 'in.CallsHandled'],
  ['in.SatisfactionSurveysResponded', 'in.SatisfactionSurveysOffered'],
  ['in.SatisfactionScoreSum', 'in.SatisfactionSurveysResponded'],
  ['in.SatisfiedResponses', 'in.SatisfactionSurveysResponded'],
  ['in.CallsAnsweredWithin20s', 'in.CallsHandled'],
  ['in.CallsAnsweredWithin15s', 'in.CallsAnsweredWithin20s']
]

/** Calls transferred into an agent are the calls they handled, in proportion. */
const INBOUND_AGENT: readonly Rule[] = [
  ['in.CallsBlindTransferIn', 'in.CallsHandled'],
  ['in.CallsAttendedTransferIn', 'in.CallsHandled']
]

const OUTBOUND: readonly Rule[] = [
  ['out.CallsAnswered', 'w.out'],
  ['out.RangUnanswered', 'w.out'],
  ['out.Failed', 'w.out'],
  ['out.TotalTalkTime', 'out.CallsAnswered'],
  ['out.TotalWorkTime', 'out.CallsAnswered'],
  ['out.TotalHoldTime', 'out.CallsAnswered'],
  ['out.SatisfactionSurveysOffered', 'out.CallsAnswered'],
  ['out.SatisfactionSurveysResponded', 'out.SatisfactionSurveysOffered'],
  ['out.SatisfactionScoreSum', 'out.SatisfactionSurveysResponded'],
  ['out.SatisfiedResponses', 'out.SatisfactionSurveysResponded'],
  ['b2b.CallsAgentHandled', 'w.out'],
  ['b2b.CustomerOnly', 'w.out'],
  ['b2b.AnsweredOnly', 'w.out'],
  ['b2b.NotAnswered', 'w.out']
]

/** `into` = the sum of `parts`, entry by entry. */
function sumInto(c: Columns, into: string, ...parts: string[]): void {
  const target = c[into]!
  const columns = parts.map((f) => c[f]!)
  target.fill(0)
  for (const column of columns) for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) + (column[i] as number)
}

/** Filled in after the leaves: the sums that time totals are split by. */
function deriveCounts(c: Columns): void {
  sumInto(c, 'in.CallsRinged', 'in.CallsAbandonedInRinging', 'in.CallsHandled')
  const after20 = c['in.AnsweredAfter20s']!
  const handled = c['in.CallsHandled']!
  const within20 = c['in.CallsAnsweredWithin20s']!
  for (let i = 0; i < after20.length; i++) after20[i] = (handled[i] as number) - (within20[i] as number)
  sumInto(c, 'out.CallsDialedSuccess', 'out.CallsAnswered', 'out.RangUnanswered')
  sumInto(c, 'out.CallsRinged', 'out.CallsDialedSuccess')
  sumInto(c, 'out.CallsDialed', 'out.CallsDialedSuccess', 'out.Failed')
  sumInto(c, 'b2b.CallsCustomerAnswered', 'b2b.CallsAgentHandled', 'b2b.CustomerOnly')
  sumInto(c, 'b2b.CallsAnswered', 'b2b.CallsCustomerAnswered', 'b2b.AnsweredOnly')
  sumInto(c, 'b2b.CallsDialed', 'b2b.CallsAnswered', 'b2b.NotAnswered')
}

/** Time totals split by the counts derived above, and the counts made of parts. */
const AFTER_DERIVED: readonly Rule[] = [
  ['in.AnsweredIn20To30s', 'in.AnsweredAfter20s'],
  ['in.TotalRingTime', 'in.CallsRinged'],
  ['out.TotalDialingTime', 'out.CallsDialed'],
  ['out.TotalRingTime', 'out.CallsRinged'],
  ['b2b.TotalRingTime', 'b2b.CallsDialed']
]

function finishCounts(c: Columns, group: boolean): void {
  sumInto(c, 'in.CallsAnsweredWithin30s', 'in.CallsAnsweredWithin20s', 'in.AnsweredIn20To30s')
  if (!group) return
  sumInto(c, 'in.CallsAbandoned', 'in.CallsAbandonedInIVR', 'in.CallsAbandonedInQueue', 'in.CallsAbandonedInRinging')
  sumInto(c, 'in.CallsOffered', 'in.CallsAbandoned', 'in.SelfServed', 'in.CallsHandled')
  sumInto(c, 'in.TotalAbandonTime', 'in.TotalAbandonedInIVRTime', 'in.TotalAbandonedInQueueTime', 'in.TotalAbandonedInRingTime')
}

const MAX_RUNG: readonly MaxRule[] = [
  ['in.MaxTalkTime', 'in.TotalTalkTime', 'in.CallsHandled'],
  ['in.MaxWorkTime', 'in.TotalWorkTime', 'in.CallsHandled'],
  ['in.MaxHoldTime', 'in.TotalHoldTime', 'in.CallsHold'],
  ['in.MaxRingTime', 'in.TotalRingTime', 'in.CallsRinged'],
  ['in.MaxAbandonedInRingTime', 'in.TotalAbandonedInRingTime', 'in.CallsAbandonedInRinging'],
  ['out.MaxDialingTime', 'out.TotalDialingTime', 'out.CallsDialed'],
  ['out.MaxTalkTime', 'out.TotalTalkTime', 'out.CallsAnswered'],
  ['out.MaxWorkTime', 'out.TotalWorkTime', 'out.CallsAnswered'],
  ['b2b.MaxRingTime', 'b2b.TotalRingTime', 'b2b.CallsDialed']
]
const MAX_GROUP: readonly MaxRule[] = [
  ['in.MaxWaitTime', 'in.TotalWaitTime', 'in.CallsHandled'],
  ['in.MaxAbandonedInQueueTime', 'in.TotalAbandonedInQueueTime', 'in.CallsAbandonedInQueue'],
  ['in.MaxAbandonTime', 'in.TotalAbandonTime', 'in.CallsAbandoned']
]

const fieldsOf = (...lists: ReadonlyArray<ReadonlyArray<readonly string[]>>): string[] => [...new Set(lists.flat().flatMap((r) => r.filter((f) => !f.startsWith('w.'))))]

const DERIVED = ['in.CallsRinged', 'in.AnsweredAfter20s', 'in.CallsAnsweredWithin30s', 'out.CallsDialedSuccess', 'out.CallsRinged', 'out.CallsDialed', 'b2b.CallsCustomerAnswered', 'b2b.CallsAnswered', 'b2b.CallsDialed']
const PAIR_FIELDS = fieldsOf(INBOUND_RUNG, INBOUND_AGENT, OUTBOUND, AFTER_DERIVED, MAX_RUNG, [DERIVED])
const GROUP_FIELDS = [
  ...new Set([...PAIR_FIELDS, ...fieldsOf(INBOUND_GROUP, MAX_GROUP), 'in.CallsAbandoned', 'in.CallsOffered', 'in.TotalAbandonTime', 'in.CallsQueuingFailed'])
]

/** The break codes' time and periods, one pair of fields each. */
const BREAK_DURATIONS = BREAK_CODES.map((_, i) => `st.Break${i}.Duration`)
const BREAK_COUNTS = BREAK_CODES.map((_, i) => `st.Break${i}.Count`)
const BREAK_FIELDS = [...BREAK_DURATIONS, ...BREAK_COUNTS]
const WORK_MODE_FIELD = { ON_SITE: 'st.TotalOnSiteOnlineTime', OFF_SITE: 'st.TotalOffSiteOnlineTime', OFFICE_PHONE: 'st.TotalOfficePhoneOnlineTime' } as const
const AGENT_FIELDS = [
  'st.TotalLoggedInTime', 'st.TotalReadyTime', 'st.MaxReadyTime', 'st.ReadyPeriods', 'st.TotalBreakTime', 'st.MaxBreakTime', 'st.BreakPeriods',
  'st.OccupiedTime', 'st.FirstCheckInTime', 'st.LastCheckOutTime', ...Object.values(WORK_MODE_FIELD), ...BREAK_FIELDS,
  'int.CallsAnswered', 'int.Unanswered', 'int.CallsDialed', 'int.TotalTalkTime', 'int.MaxTalkTime', 'int.TotalDialingTime'
]

/** One buffer per level, a view per field: a typed array's own buffer costs far more to make than a view. */
function emptyColumns(fields: readonly string[], size: number): Columns {
  const buffer = new Float64Array(fields.length * size)
  const columns: Columns = {}
  fields.forEach((field, k) => {
    const column = buffer.subarray(k * size, (k + 1) * size)
    if (kindOf(field) === 'min') column.fill(Infinity)
    columns[field] = column
  })
  return columns
}

function emptyFigures(instance: SimulatedInstance): Figures {
  return {
    groups: emptyColumns(GROUP_FIELDS, instance.roster.groups.length),
    pairs: emptyColumns(PAIR_FIELDS, membershipsOf(instance).agentOf.length),
    agents: emptyColumns(AGENT_FIELDS, instance.roster.agents.length)
  }
}

/** Every figure back to nothing, for the next hour to be split into. */
function resetFigures(figures: Figures): Figures {
  for (const columns of [figures.groups, figures.pairs, figures.agents]) {
    for (const [field, column] of Object.entries(columns)) column.fill(kindOf(field) === 'min' ? Infinity : 0)
  }
  return figures
}

function addColumns(into: Columns, from: Columns): void {
  for (const [field, column] of Object.entries(from)) {
    const target = into[field]!
    const kind = kindOf(field)
    const length = column.length
    if (kind === 'sum') for (let i = 0; i < length; i++) target[i] = (target[i] as number) + (column[i] as number)
    else if (kind === 'max') for (let i = 0; i < length; i++) target[i] = Math.max(target[i] as number, column[i] as number)
    else for (let i = 0; i < length; i++) target[i] = Math.min(target[i] as number, column[i] as number)
  }
}

/** Adds `from` into `into`, field by field as each aggregates. */
export function addFigures(into: Figures, from: Figures): void {
  addColumns(into.groups, from.groups)
  addColumns(into.pairs, from.pairs)
  addColumns(into.agents, from.agents)
}

/** The whole of each leaf count the rules split, for one hour of the instance. */
function instanceTotals(traffic: Traffic, random: () => number): Record<string, number> {
  const { inbound: i, outbound: o, overall } = traffic
  const within30Extra = binomial(random, i.CallsHandled - i.CallsAnsweredWithin20s, 0.45)
  const b2bDialed = binomial(random, o.CallsDialed, 0.22)
  const b2bAnswered = binomial(random, b2bDialed, 0.93)
  const b2bCustomer = binomial(random, b2bAnswered, 0.62)
  const b2bHandled = binomial(random, b2bCustomer, 0.97)
  return {
    'in.CallsAbandonedInIVR': i.CallsAbandonedInIVR,
    'in.SelfServed': i.CallsOffered - i.CallsAbandonedInIVR - i.CallsQueued,
    'in.CallsAbandonedInQueue': i.CallsAbandonedInQueue,
    'in.CallsAbandonedInRinging': i.CallsAbandonedInRinging,
    'in.CallsHandled': i.CallsHandled,
    'in.CallsBlindTransferIn': i.CallsBlindTransferred,
    'in.CallsAttendedTransferIn': i.CallsAttendedTransferred,
    'in.CallsBlindTransferOut': i.CallsBlindTransferred,
    'in.CallsAttendedTransferOut': i.CallsAttendedTransferred,
    'in.TotalAbandonedInIVRTime': i.TotalAbandonedInIVRTime,
    'in.TotalAbandonedInQueueTime': i.TotalAbandonedInQueueTime,
    'in.TotalAbandonedInRingTime': i.TotalAbandonedInRingTime,
    'in.CallsTimeout': i.CallsQueuingTimeout,
    'in.TotalWaitTime': i.TotalWaitTime,
    'in.CallsOverflow': binomial(random, i.CallsHandled, 0.015),
    'in.CallsQueuingFailed': binomial(random, i.CallsOffered, 0.004),
    'in.CallsHold': i.CallsHold,
    'in.TotalTalkTime': i.TotalTalkTime,
    'in.TotalWorkTime': i.TotalWorkTime,
    'in.TotalHoldTime': i.TotalHoldTime,
    'in.TotalRingTime': i.TotalRingTime,
    'in.SatisfactionSurveysOffered': i.SatisfactionSurveysOffered,
    'in.SatisfactionSurveysResponded': i.SatisfactionSurveysResponded,
    'in.SatisfactionScoreSum': i.SatisfactionScoreSum,
    'in.SatisfiedResponses': i.SatisfiedResponses,
    'in.CallsAnsweredWithin20s': i.CallsAnsweredWithin20s,
    'in.CallsAnsweredWithin15s': binomial(random, i.CallsAnsweredWithin20s, 0.86),
    'in.AnsweredIn20To30s': within30Extra,
    'in.MaxTalkTime': i.MaxTalkTime,
    'in.MaxWorkTime': i.MaxWorkTime,
    'in.MaxHoldTime': i.MaxHoldTime,
    'in.MaxRingTime': i.MaxRingTime,
    'in.MaxWaitTime': i.MaxWaitTime,
    'in.MaxAbandonTime': i.MaxAbandonTime,
    'in.MaxAbandonedInQueueTime': i.MaxAbandonedInQueueTime,
    'in.MaxAbandonedInRingTime': i.MaxAbandonedInRingTime,
    'out.CallsAnswered': o.CallsAnswered,
    'out.RangUnanswered': o.CallsDialedSuccess - o.CallsAnswered,
    'out.Failed': o.CallsDialed - o.CallsDialedSuccess,
    'out.TotalTalkTime': o.TotalTalkTime,
    'out.TotalWorkTime': o.TotalWorkTime,
    'out.TotalHoldTime': o.TotalHoldTime,
    'out.TotalDialingTime': o.TotalDialingTime,
    'out.TotalRingTime': o.TotalRingTime,
    'out.SatisfactionSurveysOffered': o.SatisfactionSurveysOffered,
    'out.SatisfactionSurveysResponded': o.SatisfactionSurveysResponded,
    'out.SatisfactionScoreSum': o.SatisfactionScoreSum,
    'out.SatisfiedResponses': binomial(random, o.SatisfactionSurveysResponded, 0.75),
    'out.MaxDialingTime': o.MaxDialingTime,
    'out.MaxTalkTime': o.MaxTalkTime,
    'out.MaxWorkTime': o.MaxWorkTime,
    'b2b.CallsAgentHandled': b2bHandled,
    'b2b.CustomerOnly': b2bCustomer - b2bHandled,
    'b2b.AnsweredOnly': b2bAnswered - b2bCustomer,
    'b2b.NotAnswered': b2bDialed - b2bAnswered,
    'b2b.TotalRingTime': Math.round(b2bDialed * (7 + 6 * random())),
    'b2b.MaxRingTime': b2bDialed === 0 ? 0 : 20 + Math.round(20 * random()),
    'int.Dialed': Math.round(overall.TotalLoggedInTime / 3600 / 12),
    ...Object.fromEntries(Object.entries(overall).map(([k, v]) => [`st.${k}`, v]))
  }
}

/**
 * One level's split, rule by rule: each segment of `parts` (a group's members, or all groups as
 * one) shares out its whole, the instance's figure or its group's.
 */
function applyRules(rules: readonly Rule[], whole: Whole, parts: Columns, weights: Columns, segments: Int32Array): void {
  for (const [field, by] of rules) {
    const into = parts[field]!
    const shares = (by.startsWith('w.') ? weights[by] : parts[by])!
    const wholes = whole(field)
    for (let segment = 0; segment + 1 < segments.length; segment++) {
      const from = segments[segment] as number
      const length = (segments[segment + 1] as number) - from
      if (length > 0) spread(typeof wholes === 'number' ? wholes : (wholes[segment] as number), shares, into, from, length)
    }
  }
}

function applyMax(rules: readonly MaxRule[], whole: Whole, parts: Columns, segments: Int32Array): void {
  for (const [max, total, count] of rules) {
    const limits = whole(max)
    const into = parts[max]!
    const totals = parts[total]!
    const counts = parts[count]!
    for (let segment = 0; segment + 1 < segments.length; segment++) {
      const limit = typeof limits === 'number' ? limits : (limits[segment] as number)
      for (let i = segments[segment] as number; i < (segments[segment + 1] as number); i++) {
        into[i] = (counts[i] as number) > 0 ? Math.min(limit, totals[i] as number) : 0
      }
    }
  }
}

/** The whole a level splits: one figure of the instance, or one per group. */
type Whole = (field: string) => number | Float64Array

/** What one level splits: its leaves and subsets, then what rests on the counts derived from them. */
interface Level {
  rules: readonly Rule[]
  maxima: readonly MaxRule[]
  /** A group has queue figures; an agent's part of it does not. */
  queue: boolean
}

const LEVELS = {
  group: { rules: [...INBOUND_RUNG, ...INBOUND_GROUP, ...OUTBOUND], maxima: [...MAX_RUNG, ...MAX_GROUP], queue: true },
  agent: { rules: [...INBOUND_RUNG, ...INBOUND_AGENT, ...OUTBOUND], maxima: MAX_RUNG, queue: false }
} as const satisfies Record<string, Level>

function splitLevel(level: Level, whole: Whole, parts: Columns, weights: Columns, segments: Int32Array): void {
  applyRules(level.rules, whole, parts, weights, segments)
  deriveCounts(parts)
  applyRules(AFTER_DERIVED, whole, parts, weights, segments)
  finishCounts(parts, level.queue)
  applyMax(level.maxima, whole, parts, segments)
}

interface DayWeights {
  route: Float64Array
  strain: Float64Array
  outbound: Float64Array
  /** Per agent: how much of the day's calls the agent takes when on shift. */
  pace: Float64Array
  today: { starts: Float64Array; ends: Float64Array }
  tomorrow: { starts: Float64Array; ends: Float64Array }
}

const HOUR_CACHE_LIMIT = 30
const DAY_CACHE_LIMIT = 40
const RANGE_CACHE_LIMIT = 6

/** The skill-group and agent figures of the simulated instances, over any hours. */
export class Attribution {
  private readonly hours = new Map<string, Figures>()
  private readonly days = new Map<string, Figures>()
  private readonly weights = new Map<string, DayWeights>()
  /** The last few finished ranges: a paged report asks for one range once per page. */
  private readonly ranges = new Map<string, Figures | undefined>()

  constructor(
    private readonly seed: number,
    private readonly traffic: TrafficReports
  ) {}

  private dayWeights(instance: SimulatedInstance, dayStart: number): DayWeights {
    const key = `${instance.id}|${dayStart}`
    let weights = this.weights.get(key)
    if (!weights) {
      const { seed } = this
      const { groups, agents } = instance.roster
      const { date } = localTime(dayStart, instance.traffic.timeZone)
      const jitter = (name: string, what: string, min: number, span: number) => min + span * unitHash(seed, instance.id, name, date, what)
      weights = {
        // Numbers route to the queues; teams without one take a few calls passed on to them.
        route: Float64Array.from(groups, (g) => g.members.length * (g.PhoneNumberCount > 0 ? 1 : 0.2) * jitter(g.SkillGroupId, 'route', 0.7, 0.6)),
        strain: Float64Array.from(groups, (g) => g.members.length * (g.PhoneNumberCount > 0 ? 1 : 0.2) * jitter(g.SkillGroupId, 'route', 0.7, 0.6) * jitter(g.SkillGroupId, 'strain', 0.4, 1.2)),
        outbound: Float64Array.from(groups, (g) => g.members.length * jitter(g.SkillGroupId, 'outbound', 0.5, 1)),
        pace: Float64Array.from(agents, (a) => jitter(a.AgentId, 'pace', 0.7, 0.6)),
        today: shiftsOfDay(seed, instance, dayStart),
        tomorrow: shiftsOfDay(seed, instance, nextLocalMidnight(dayStart, instance.traffic.timeZone))
      }
      if (this.weights.size >= DAY_CACHE_LIMIT * 2) this.weights.delete(this.weights.keys().next().value as string)
      this.weights.set(key, weights)
    }
    return weights
  }

  /** The completed slots of one hour, shared out; cached once the hour is over. */
  hour(instance: SimulatedInstance, start: number, now: number, scratch?: Figures): Figures | undefined {
    const end = start + HOUR_MS
    const key = `${instance.id}|${start}`
    if (end <= now) {
      const cached = this.hours.get(key)
      if (cached) return cached
    }
    const traffic = this.traffic.bucket(instance, start, end, now)
    if (!traffic) return undefined
    const slots = Math.min(4, Math.floor((now - start) / SLOT_MS))
    const figures = this.split(instance, start, traffic, randomFor(this.seed, instance.id, 'attribution', start, slots), scratch)
    // An hour summed into a day is not kept: the day is.
    if (end <= now && !scratch) {
      if (this.hours.size >= HOUR_CACHE_LIMIT) this.hours.delete(this.hours.keys().next().value as string)
      this.hours.set(key, figures)
    }
    return figures
  }

  /** Figures of the hours starting in [from, to) that have a completed slot; undefined when none has. */
  range(instance: SimulatedInstance, from: number, to: number, now: number): Figures | undefined {
    const key = `${instance.id}|${from}|${to}`
    if (to <= now && this.ranges.has(key)) return this.ranges.get(key)
    const figures = this.sumOfHours(instance, from, to, now)
    if (to <= now) {
      if (this.ranges.size >= RANGE_CACHE_LIMIT) this.ranges.delete(this.ranges.keys().next().value as string)
      this.ranges.set(key, figures)
    }
    return figures
  }

  private sumOfHours(instance: SimulatedInstance, from: number, to: number, now: number): Figures | undefined {
    const { timeZone } = instance.traffic
    // A range of one day or one hour is that cached part itself (read, never written); more are summed afresh.
    let total: Figures | undefined
    let owned = false
    const add = (figures: Figures | undefined) => {
      if (!figures) return
      if (!total) {
        total = figures
        return
      }
      if (!owned) {
        const first = total
        total = emptyFigures(instance)
        addFigures(total, first)
        owned = true
      }
      addFigures(total, figures)
    }
    let hour = Math.floor(from / HOUR_MS) * HOUR_MS
    while (hour < to && hour < now) {
      const dayStart = localMidnight(hour, timeZone)
      const dayEnd = nextLocalMidnight(dayStart, timeZone)
      if (hour === dayStart && dayEnd <= to && dayEnd <= now) {
        add(this.day(instance, dayStart, dayEnd, now))
        hour = dayEnd
        continue
      }
      add(this.hour(instance, hour, now))
      hour += HOUR_MS
    }
    return total
  }

  /** A completed local day, summed once. */
  private day(instance: SimulatedInstance, dayStart: number, dayEnd: number, now: number): Figures {
    const key = `${instance.id}|${dayStart}`
    let figures = this.days.get(key)
    if (!figures) {
      figures = emptyFigures(instance)
      // One hour's columns reused for each hour of the day: a day of ccc-large would make 24 MB of them.
      const scratch = emptyFigures(instance)
      for (let hour = dayStart; hour < dayEnd; hour += HOUR_MS) {
        const part = this.hour(instance, hour, now, scratch)
        if (part) addFigures(figures, part)
      }
      if (this.days.size >= DAY_CACHE_LIMIT) this.days.delete(this.days.keys().next().value as string)
      this.days.set(key, figures)
    }
    return figures
  }

  private split(instance: SimulatedInstance, start: number, traffic: Traffic, random: () => number, into?: Figures): Figures {
    const { groups, agents } = instance.roster
    const { offsets, agentOf, ofAgent } = membershipsOf(instance)
    const totals = instanceTotals(traffic, random)
    const instanceValue = (field: string) => totals[field] ?? 0
    const day = this.dayWeights(instance, localMidnight(start, instance.traffic.timeZone))
    const figures = into ? resetFigures(into) : emptyFigures(instance)
    const g = figures.groups
    const p = figures.pairs
    const a = figures.agents

    // Instance → skill groups.
    const groupWeights: Columns = { 'w.route': day.route, 'w.strain': day.strain, 'w.in': day.route, 'w.out': day.outbound }
    const groupCount = groups.length
    const all = Int32Array.of(0, groupCount)
    splitLevel(LEVELS.group, instanceValue, g, groupWeights, all)
    spread(instanceValue('in.CallsQueuingFailed'), g['in.CallsOffered']!, g['in.CallsQueuingFailed']!)

    // Each skill group → its members on shift in the hour, by how much of it they work.
    const end = start + HOUR_MS
    const onShift = new Float64Array(agents.length)
    for (let i = 0; i < agents.length; i++) {
      const overlap = (s: number, e: number) => (Number.isNaN(s) ? 0 : Math.max(0, Math.min(e, end) - Math.max(s, start)))
      onShift[i] = overlap(day.today.starts[i] as number, day.today.ends[i] as number) + overlap(day.tomorrow.starts[i] as number, day.tomorrow.ends[i] as number)
    }
    const pairCount = agentOf.length
    const inWeight = new Float64Array(pairCount)
    const outWeight = new Float64Array(pairCount)
    for (let k = 0; k < pairCount; k++) {
      const agent = agentOf[k] as number
      const worked = (onShift[agent] as number) * (day.pace[agent] as number)
      const outboundOnly = agents[agent]?.OutboundScenario === true
      inWeight[k] = outboundOnly ? 0 : worked
      outWeight[k] = outboundOnly ? 3 * worked : worked
    }
    const pairWeights: Columns = { 'w.in': inWeight, 'w.out': outWeight }
    const groupValue = (field: string) => g[field]!
    splitLevel(LEVELS.agent, groupValue, p, pairWeights, offsets)

    // Each agent's own time: logged in is their calls' time plus their share of the instance's idle time.
    const occupied = a['st.OccupiedTime']!
    const talk = [p['in.TotalTalkTime']!, p['in.TotalWorkTime']!, p['out.TotalTalkTime']!, p['out.TotalWorkTime']!]
    for (let agent = 0; agent < agents.length; agent++) {
      let sum = 0
      for (const k of ofAgent[agent] ?? []) for (const column of talk) sum += column[k] as number
      occupied[agent] = sum
    }
    const idle = new Float64Array(agents.length)
    const ready = a['st.TotalReadyTime']!
    const breaks = a['st.TotalBreakTime']!
    const breakPeriods = a['st.BreakPeriods']!
    spread(instanceValue('st.TotalLoggedInTime') - instanceValue('st.OccupiedTime'), onShift, idle)
    spread(instanceValue('st.TotalBreakTime'), idle, breaks)
    spread(instanceValue('st.TotalReadyTime'), idle, ready)
    spread(instanceValue('st.ReadyPeriods'), ready, a['st.ReadyPeriods']!)
    spread(instanceValue('st.BreakPeriods'), breaks, breakPeriods)
    spread(instanceValue('int.Dialed'), onShift, a['int.CallsDialed']!)
    const [loggedInTime, maxReady, maxBreak, firstIn, lastOut] = ['st.TotalLoggedInTime', 'st.MaxReadyTime', 'st.MaxBreakTime', 'st.FirstCheckInTime', 'st.LastCheckOutTime'].map((f) => a[f]!) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array]
    const [dialedColumn, answeredColumn, unansweredColumn, internalTalk, internalMaxTalk, internalDialing] = ['int.CallsDialed', 'int.CallsAnswered', 'int.Unanswered', 'int.TotalTalkTime', 'int.MaxTalkTime', 'int.TotalDialingTime'].map((f) => a[f]!) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array]
    const durations = BREAK_DURATIONS.map((f) => a[f]!)
    const counts = BREAK_COUNTS.map((f) => a[f]!)
    const maxReadyTime = instanceValue('st.MaxReadyTime')
    const maxBreakTime = instanceValue('st.MaxBreakTime')
    const breakShare = new Float64Array(BREAK_CODES.length)
    const breakCount = new Float64Array(BREAK_CODES.length)
    // Short breaks most, lunch next, training and meetings now and then; the mix moves hour by hour.
    const codes = [0.45 + 0.2 * ((start / HOUR_MS) % 7) / 7, 0.35, 0.1, 0.1]
    for (let agent = 0; agent < agents.length; agent++) {
      const loggedIn = (occupied[agent] as number) + (idle[agent] as number)
      loggedInTime[agent] = loggedIn
      a[WORK_MODE_FIELD[agents[agent]!.WorkMode]]![agent] = loggedIn
      const readyTime = ready[agent] as number
      const breakTime = breaks[agent] as number
      maxReady[agent] = readyTime > 0 ? Math.min(readyTime, maxReadyTime) : 0
      maxBreak[agent] = breakTime > 0 ? Math.min(breakTime, maxBreakTime) : 0
      if (breakTime > 0) {
        spread(breakTime, codes, breakShare)
        spread(breakPeriods[agent] as number, breakShare, breakCount)
        for (let i = 0; i < codes.length; i++) {
          durations[i]![agent] = breakShare[i] as number
          counts[i]![agent] = breakCount[i] as number
        }
      }
      if (onShift[agent]! > 0) {
        let first = Infinity
        let last = 0
        for (const shifts of [day.today, day.tomorrow]) {
          const from = shifts.starts[agent] as number
          const to = shifts.ends[agent] as number
          if (Number.isNaN(from) || from >= end || to <= start) continue
          first = Math.min(first, Math.max(from, start))
          last = Math.max(last, Math.min(to, end))
        }
        firstIn[agent] = first
        lastOut[agent] = last
      }
      const dialed = dialedColumn[agent] as number
      if (dialed > 0) {
        const answered = Math.round(dialed * 0.8)
        answeredColumn[agent] = answered
        unansweredColumn[agent] = dialed - answered
        internalTalk[agent] = answered * 95
        internalMaxTalk[agent] = answered > 0 ? Math.min(answered * 95, 240) : 0
        internalDialing[agent] = dialed * 9
      }
    }
    return figures
  }
}
