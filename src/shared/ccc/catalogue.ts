/**
 * The metric catalogue: one source of truth for every numeric field the five CCC APIs return.
 * Field names are spelled as the API docs spell them; `sdkName` is the spelling of Alibaba's SDK
 * models where it differs, and `aliases` are other spellings seen on the wire (the docs' own XML
 * examples): normalisation reads them all but outputs the documented name. Fields with
 * `origin: 'sdk'` are in the SDK models but not in the seed docs; a real instance may leave them out.
 * The objects these figures sit in (and GetInstance's plain counts) are described in shapes.ts.
 */

/** Type column of the docs. `Long` values above 2^53 become `bigint`. */
export type ValueType = 'Long' | 'Integer' | 'Float' | 'String' | 'Boolean'

/**
 * What a raw value means. `ratio` is a fraction (0.95 = 95 %) and may pass 1; `percent` is
 * already a percentage. The docs label every rate "单位%" but their examples are ratios.
 */
export type Unit = 'count' | 'seconds' | 'ratio' | 'percent' | 'score' | 'epochMs'

/** How a column totals over several buckets; never an average of averages. */
export type Aggregate =
  | { kind: 'sum' }
  | { kind: 'max' }
  /** the earliest of the buckets (an agent's first check-in) */
  | { kind: 'min' }
  /** numerator fields summed / denominator field summed (averages and rates alike) */
  | { kind: 'quotient'; numerator: readonly string[]; denominator: string }
  /** mean of the bucket values weighted by a count field (rates whose numerator is not returned) */
  | { kind: 'weighted'; weight: string }
  /** no field returned lets it be recomputed: a total is left blank rather than guessed */
  | { kind: 'none' }

export interface MetricDef {
  readonly type: ValueType
  readonly unit: Unit
  readonly aggregate: Aggregate
  readonly aliases?: readonly string[]
  /** The SDK models' spelling where it is not the docs' (`AbandonRate` for `AbandonedRate`). */
  readonly sdkName?: string
  /** Named by the SDK models only, not by the seed docs. */
  readonly origin?: 'sdk'
}

const sum = { kind: 'sum' } as const
const max = { kind: 'max' } as const
const min = { kind: 'min' } as const
const none = { kind: 'none' } as const
const q = (numerator: string | readonly string[], denominator: string): Aggregate => ({
  kind: 'quotient',
  numerator: typeof numerator === 'string' ? [numerator] : numerator,
  denominator
})
const w = (weight: string): Aggregate => ({ kind: 'weighted', weight })

// Each helper fixes its `type` literally (no generics: `satisfies` would widen an inferred one),
// so MetricRow can type Longs as number | bigint and the rest as number.
const count = () => ({ type: 'Long', unit: 'count', aggregate: sum }) as const
const totalSeconds = { type: 'Long', unit: 'seconds', aggregate: sum } as const
const maxSeconds = { type: 'Long', unit: 'seconds', aggregate: max } as const
const avgSeconds = (total: string, by: string) => ({ type: 'Float', unit: 'seconds', aggregate: q(total, by) }) as const
/** The 2017 summary types its averages as Long. */
const avgSecondsLong = (total: string, by: string) => ({ type: 'Long', unit: 'seconds', aggregate: q(total, by) }) as const
const rate = (aggregate: Aggregate, unit: Unit = 'ratio') => ({ type: 'Float', unit, aggregate }) as const
const satisfaction = { type: 'Float', unit: 'score', aggregate: w('SatisfactionSurveysResponded') } as const
/** A field the SDK models spell otherwise. */
const spelled = <D extends MetricDef, N extends string>(def: D, sdkName: N) => ({ ...def, sdkName }) as D & { readonly sdkName: N }
/** A field only the SDK models name. */
const sdkOnly = <D extends MetricDef>(def: D) => ({ ...def, origin: 'sdk' }) as D & { readonly origin: 'sdk' }

/** ListIntervalInstanceReport (2020-07-01), Data[].Inbound */
export const INTERVAL_INBOUND = {
  AbandonedRate: spelled(rate(q(['CallsAbandonedInQueue', 'CallsAbandonedInRinging'], 'CallsQueued')), 'AbandonRate'),
  AverageAbandonTime: avgSeconds('TotalAbandonTime', 'CallsAbandoned'),
  AverageAbandonedInIVRTime: avgSeconds('TotalAbandonedInIVRTime', 'CallsAbandonedInIVR'),
  AverageAbandonedInQueueTime: avgSeconds('TotalAbandonedInQueueTime', 'CallsAbandonedInQueue'),
  AverageAbandonedInRingTime: avgSeconds('TotalAbandonedInRingTime', 'CallsAbandonedInRinging'),
  AverageHoldTime: avgSeconds('TotalHoldTime', 'CallsHold'),
  AverageRingTime: avgSeconds('TotalRingTime', 'CallsRinged'),
  AverageTalkTime: avgSeconds('TotalTalkTime', 'CallsHandled'),
  AverageWaitTime: avgSeconds('TotalWaitTime', 'CallsHandled'),
  AverageWorkTime: avgSeconds('TotalWorkTime', 'CallsHandled'),
  CallsAbandoned: count(),
  CallsAbandonedInIVR: count(),
  CallsAbandonedInQueue: count(),
  CallsAbandonedInRinging: spelled(count(), 'CallsAbandonedInRing'),
  CallsAttendedTransferred: sdkOnly(count()),
  CallsBlindTransferred: sdkOnly(count()),
  CallsConsulted: count(),
  CallsHandled: count(),
  CallsHold: count(),
  CallsOffered: count(),
  CallsQueued: count(),
  CallsQueuingTimeout: sdkOnly(count()),
  CallsRinged: count(),
  CallsTransferred: count(),
  HandleRate: rate(q('CallsHandled', 'CallsQueued')),
  MaxAbandonTime: maxSeconds,
  MaxAbandonedInIVRTime: maxSeconds,
  MaxAbandonedInQueueTime: maxSeconds,
  MaxAbandonedInRingTime: maxSeconds,
  MaxHoldTime: maxSeconds,
  MaxRingTime: maxSeconds,
  MaxTalkTime: maxSeconds,
  MaxWaitTime: maxSeconds,
  MaxWorkTime: maxSeconds,
  SatisfactionIndex: satisfaction,
  // Satisfied answers over all answers; the API returns no count of satisfied answers.
  SatisfactionRate: sdkOnly(rate(w('SatisfactionSurveysResponded'))),
  SatisfactionSurveysOffered: count(),
  SatisfactionSurveysResponded: count(),
  ServiceLevel20: rate(w('CallsQueued')),
  TotalAbandonTime: totalSeconds,
  TotalAbandonedInIVRTime: totalSeconds,
  TotalAbandonedInQueueTime: totalSeconds,
  TotalAbandonedInRingTime: totalSeconds,
  TotalHoldTime: totalSeconds,
  TotalRingTime: totalSeconds,
  TotalTalkTime: totalSeconds,
  TotalWaitTime: totalSeconds,
  TotalWorkTime: totalSeconds
} as const satisfies Record<string, MetricDef>

/** ListIntervalInstanceReport (2020-07-01), Data[].Outbound */
export const INTERVAL_OUTBOUND = {
  AnswerRate: rate(q('CallsAnswered', 'CallsDialed')),
  AverageDialingTime: avgSeconds('TotalDialingTime', 'CallsDialed'),
  // Outbound has no total ring time: the average is weighted by the calls that rang.
  AverageRingTime: sdkOnly({ type: 'Float', unit: 'seconds', aggregate: w('CallsRinged') } as const),
  AverageTalkTime: avgSeconds('TotalTalkTime', 'CallsAnswered'),
  AverageWorkTime: avgSeconds('TotalWorkTime', 'CallsAnswered'),
  CallsAnswered: count(),
  CallsDialed: count(),
  CallsDialedSuccess: count(),
  CallsRinged: sdkOnly(count()),
  MaxDialingTime: maxSeconds,
  MaxTalkTime: maxSeconds,
  MaxWorkTime: maxSeconds,
  SatisfactionIndex: satisfaction,
  SatisfactionSurveysOffered: count(),
  SatisfactionSurveysResponded: count(),
  TotalDialingTime: totalSeconds,
  TotalHoldTime: totalSeconds,
  TotalTalkTime: totalSeconds,
  TotalWorkTime: totalSeconds
} as const satisfies Record<string, MetricDef>

/** ListIntervalInstanceReport (2020-07-01), Data[].Overall */
export const INTERVAL_OVERALL = {
  // Ready and break periods are not counted by the API, so their averages cannot be recomputed.
  AverageBreakTime: { type: 'Float', unit: 'seconds', aggregate: none },
  AverageHoldTime: avgSeconds('TotalHoldTime', 'TotalCalls'),
  AverageReadyTime: { type: 'Float', unit: 'seconds', aggregate: none },
  AverageTalkTime: avgSeconds('TotalTalkTime', 'TotalCalls'),
  AverageWorkTime: avgSeconds('TotalWorkTime', 'TotalCalls'),
  MaxBreakTime: maxSeconds,
  MaxHoldTime: maxSeconds,
  MaxReadyTime: maxSeconds,
  MaxTalkTime: maxSeconds,
  MaxWorkTime: maxSeconds,
  OccupancyRate: rate(w('TotalLoggedInTime')),
  SatisfactionIndex: satisfaction,
  SatisfactionSurveysOffered: count(),
  SatisfactionSurveysResponded: count(),
  TotalBreakTime: totalSeconds,
  TotalCalls: count(),
  TotalHoldTime: totalSeconds,
  TotalLoggedInTime: totalSeconds,
  TotalReadyTime: totalSeconds,
  TotalTalkTime: totalSeconds,
  TotalWorkTime: totalSeconds
} as const satisfies Record<string, MetricDef>

/** GetInstanceTrendingReport (2020-07-01), Data.Inbound[] */
export const TREND_INBOUND = {
  CallsAbandonedInIVR: count(),
  CallsAbandonedInQueue: count(),
  CallsAbandonedInRinging: spelled(count(), 'CallsAbandonedInRing'),
  CallsHandled: count(),
  CallsQueued: count(),
  TotalCalls: count()
} as const satisfies Record<string, MetricDef>

/** GetInstanceTrendingReport (2020-07-01), Data.Outbound[] */
export const TREND_OUTBOUND = {
  CallsAnswered: count(),
  TotalCalls: count()
} as const satisfies Record<string, MetricDef>

/** GetRealtimeInstanceStates (2020-07-01), Data */
export const REALTIME_STATES = {
  BreakingAgents: count(),
  InteractiveCalls: count(),
  LoggedInAgents: count(),
  // The docs' XML example spells it LongestCall.
  LongestWaitingTime: { type: 'Long', unit: 'seconds', aggregate: max, aliases: ['LongestCall'] },
  ReadyAgents: count(),
  TalkingAgents: count(),
  TotalAgents: count(),
  WaitingCalls: count(),
  WorkingAgents: count()
} as const satisfies Record<string, MetricDef>

/**
 * GetInstanceSummaryReportSinceMidnight (2017-07-05). Whether its rates are ratios or percents
 * is unconfirmed; this is the one place to change if a real instance shows percents.
 */
export const SUMMARY_RATE_UNIT: Unit = 'ratio'

/** …SinceMidnight, InstanceSummaryReport.Inbound */
export const SUMMARY_INBOUND = {
  AverageRingTime: avgSecondsLong('TotalRingTime', 'CallsHandled'),
  AverageTalkTime: avgSecondsLong('TotalTalkTime', 'CallsHandled'),
  AverageWaitTime: avgSecondsLong('TotalWaitTime', 'CallsHandled'),
  AverageWorkTime: avgSecondsLong('TotalWorkTime', 'CallsHandled'),
  CallsAbandonedInIVR: count(),
  CallsAbandonedInQueue: count(),
  CallsHandled: count(),
  CallsIncomingIVR: count(),
  CallsIncomingLine: count(),
  CallsIncomingQueue: count(),
  CallsOffered: count(),
  HandleRate: rate(q('CallsHandled', 'CallsOffered'), SUMMARY_RATE_UNIT),
  MaxRingTime: maxSeconds,
  // Documented as a String, unlike every other maximum.
  MaxTalkTime: { type: 'String', unit: 'seconds', aggregate: max },
  MaxWaitTime: maxSeconds,
  MaxWorkTime: maxSeconds,
  SatisfactionIndex: satisfaction,
  SatisfactionSurveysOffered: count(),
  SatisfactionSurveysResponded: count(),
  ServiceLevel20: rate(w('CallsIncomingQueue'), SUMMARY_RATE_UNIT),
  TotalRingTime: totalSeconds,
  TotalTalkTime: totalSeconds,
  TotalWaitTime: totalSeconds,
  TotalWorkTime: totalSeconds
} as const satisfies Record<string, MetricDef>

/** …SinceMidnight, InstanceSummaryReport.Outbound */
export const SUMMARY_OUTBOUND = {
  AnswerRate: rate(q('CallsAnswered', 'CallsDialed'), SUMMARY_RATE_UNIT),
  AverageDialingTime: avgSecondsLong('TotalDialingTime', 'CallsDialed'),
  AverageTalkTime: avgSecondsLong('TotalTalkTime', 'CallsAnswered'),
  AverageWorkTime: avgSecondsLong('TotalWorkTime', 'CallsAnswered'),
  CallsAnswered: count(),
  CallsDialed: count(),
  MaxDialingTime: maxSeconds,
  MaxTalkTime: maxSeconds,
  MaxWorkTime: maxSeconds,
  SatisfactionIndex: satisfaction,
  SatisfactionSurveysOffered: count(),
  SatisfactionSurveysResponded: count(),
  TotalDialingTime: totalSeconds,
  TotalTalkTime: totalSeconds,
  TotalWorkTime: totalSeconds
} as const satisfies Record<string, MetricDef>

/** …SinceMidnight, InstanceSummaryReport.Overall */
export const SUMMARY_OVERALL = {
  AverageReadyTime: { type: 'Long', unit: 'seconds', aggregate: none },
  AverageTalkTime: avgSecondsLong('TotalTalkTime', 'TotalCalls'),
  AverageWorkTime: avgSecondsLong('TotalWorkTime', 'TotalCalls'),
  MaxReadyTime: maxSeconds,
  MaxTalkTime: maxSeconds,
  MaxWorkTime: maxSeconds,
  OccupancyRate: rate(w('TotalLoggedInTime'), SUMMARY_RATE_UNIT),
  SatisfactionIndex: satisfaction,
  SatisfactionSurveysOffered: count(),
  SatisfactionSurveysResponded: count(),
  TotalBreakTime: totalSeconds,
  TotalCalls: count(),
  TotalLoggedInTime: totalSeconds,
  TotalReadyTime: totalSeconds,
  TotalTalkTime: totalSeconds,
  TotalWorkTime: totalSeconds
} as const satisfies Record<string, MetricDef>

/**
 * The skill-group and agent reports (ListInterval/ListHistorical SkillGroup/AgentReport). Their
 * figures come from the same calls as the instance's: every call belongs to one skill group and,
 * once it rang, to one agent, so a count named alike at two levels sums from one to the other.
 */
const transfers = {
  CallsAttendedTransferIn: count(),
  CallsAttendedTransferOut: count(),
  CallsBlindTransferIn: count(),
  CallsBlindTransferOut: count()
} as const
const satisfactionFigures = {
  SatisfactionIndex: satisfaction,
  SatisfactionRate: rate(w('SatisfactionSurveysResponded')),
  SatisfactionSurveysOffered: count(),
  SatisfactionSurveysResponded: count()
} as const
/** Talk, after-call work and hold of the calls an agent took, averaged over `by`. */
const handling = (by: string) =>
  ({
    AverageHoldTime: avgSeconds('TotalHoldTime', 'CallsHold'),
    AverageTalkTime: avgSeconds('TotalTalkTime', by),
    AverageWorkTime: avgSeconds('TotalWorkTime', by),
    MaxHoldTime: maxSeconds,
    MaxTalkTime: maxSeconds,
    MaxWorkTime: maxSeconds,
    TotalHoldTime: totalSeconds,
    TotalTalkTime: totalSeconds,
    TotalWorkTime: totalSeconds
  }) as const

/** ListIntervalSkillGroupReport (2020-07-01), Data[].Inbound: the calls of one queue. */
export const SKILL_GROUP_INBOUND = {
  ...transfers,
  ...satisfactionFigures,
  ...handling('CallsHandled'),
  AbandonedRate: spelled(rate(q(['CallsAbandonedInQueue', 'CallsAbandonedInRinging'], 'CallsOffered')), 'AbandonRate'),
  AverageAbandonTime: avgSeconds('TotalAbandonTime', 'CallsAbandoned'),
  AverageAbandonedInQueueTime: avgSeconds('TotalAbandonedInQueueTime', 'CallsAbandonedInQueue'),
  AverageAbandonedInRingTime: avgSeconds('TotalAbandonedInRingTime', 'CallsAbandonedInRinging'),
  AverageRingTime: avgSeconds('TotalRingTime', 'CallsRinged'),
  AverageWaitTime: avgSeconds('TotalWaitTime', 'CallsHandled'),
  CallsAbandoned: count(),
  CallsAbandonedInQueue: count(),
  CallsAbandonedInRinging: spelled(count(), 'CallsAbandonedInRing'),
  CallsHandled: count(),
  CallsHold: count(),
  CallsOffered: count(),
  CallsOverflow: count(),
  CallsRinged: count(),
  CallsTimeout: count(),
  HandleRate: rate(q('CallsHandled', 'CallsOffered')),
  MaxAbandonTime: maxSeconds,
  MaxAbandonedInQueueTime: maxSeconds,
  MaxAbandonedInRingTime: maxSeconds,
  MaxRingTime: maxSeconds,
  MaxWaitTime: maxSeconds,
  ServiceLevel20: rate(w('CallsOffered')),
  TotalAbandonTime: totalSeconds,
  TotalAbandonedInQueueTime: totalSeconds,
  TotalAbandonedInRingTime: totalSeconds,
  TotalRingTime: totalSeconds,
  TotalWaitTime: totalSeconds
} as const satisfies Record<string, MetricDef>

/** ListHistoricalSkillGroupReport (2020-07-01), Data.List[].Inbound: the interval's, and more service levels. */
export const SKILL_GROUP_HISTORICAL_INBOUND = {
  ...SKILL_GROUP_INBOUND,
  CallsQueuingFailed: count(),
  ServiceLevel15: rate(w('CallsOffered')),
  ServiceLevel30: rate(w('CallsOffered'))
} as const satisfies Record<string, MetricDef>

/** Outbound calls of a group or an agent: the instance report's figures, counted for them alone. */
const outboundFigures = () => ({ ...INTERVAL_OUTBOUND }) as const

/** ListInterval/ListHistoricalSkillGroupReport, Outbound */
export const SKILL_GROUP_OUTBOUND = outboundFigures() satisfies Record<string, MetricDef>

/** Calls in and out of a group or an agent (no agent-state times: those belong to agents, not to queues). */
const overallCalls = () =>
  ({
    ...satisfactionFigures,
    ...handling('TotalCalls'),
    AverageHoldTime: avgSeconds('TotalHoldTime', 'TotalCalls'),
    TotalCalls: count()
  }) as const

/** ListInterval/ListHistoricalSkillGroupReport, Overall */
export const SKILL_GROUP_OVERALL = overallCalls() satisfies Record<string, MetricDef>

/** Back2Back (agent-first outbound: the agent is rung, then the customer dialed), for groups and agents. */
const back2Back = () =>
  ({
    AgentHandleRate: rate(q('CallsAgentHandled', 'CallsDialed')),
    AnswerRate: rate(q('CallsAnswered', 'CallsDialed')),
    AverageRingTime: avgSeconds('TotalRingTime', 'CallsDialed'),
    CallsAgentHandled: count(),
    CallsAnswered: count(),
    CallsCustomerAnswered: count(),
    CallsDialed: count(),
    MaxRingTime: maxSeconds,
    TotalRingTime: totalSeconds
  }) as const

/** ListInterval/ListHistoricalSkillGroupReport, Back2Back */
export const SKILL_GROUP_BACK2BACK = back2Back() satisfies Record<string, MetricDef>

/** ListInterval/ListHistoricalAgentReport, Inbound: what rang the agent (no queue, abandon or wait figures). */
export const AGENT_INBOUND = {
  ...transfers,
  ...satisfactionFigures,
  ...handling('CallsHandled'),
  AverageRingTime: avgSeconds('TotalRingTime', 'CallsRinged'),
  CallsHandled: count(),
  CallsHold: count(),
  CallsRinged: count(),
  HandleRate: rate(q('CallsHandled', 'CallsRinged')),
  MaxRingTime: maxSeconds,
  ServiceLevel15: rate(w('CallsRinged')),
  TotalRingTime: totalSeconds
} as const satisfies Record<string, MetricDef>

/** ListInterval/ListHistoricalAgentReport, Outbound */
export const AGENT_OUTBOUND = outboundFigures() satisfies Record<string, MetricDef>

/** ListInterval/ListHistoricalAgentReport, Overall: calls, and the agent's own time logged in, ready, on break. */
export const AGENT_OVERALL = {
  ...overallCalls(),
  // The API counts no ready or break periods, so their averages cannot be recomputed.
  AverageBreakTime: { type: 'Float', unit: 'seconds', aggregate: none },
  AverageReadyTime: { type: 'Float', unit: 'seconds', aggregate: none },
  FirstCheckInTime: { type: 'Long', unit: 'epochMs', aggregate: min },
  LastCheckOutTime: { type: 'Long', unit: 'epochMs', aggregate: max },
  MaxBreakTime: maxSeconds,
  MaxReadyTime: maxSeconds,
  OccupancyRate: rate(w('TotalLoggedInTime')),
  TotalBreakTime: totalSeconds,
  TotalLoggedInTime: totalSeconds,
  TotalOffSiteOnlineTime: totalSeconds,
  TotalOfficePhoneOnlineTime: totalSeconds,
  TotalOnSiteOnlineTime: totalSeconds,
  TotalReadyTime: totalSeconds
} as const satisfies Record<string, MetricDef>

/** ListInterval/ListHistoricalAgentReport, Back2Back */
export const AGENT_BACK2BACK = back2Back() satisfies Record<string, MetricDef>

/** ListInterval/ListHistoricalAgentReport, Internal: calls between agents. */
export const AGENT_INTERNAL = {
  AverageDialingTime: avgSeconds('TotalDialingTime', 'CallsDialed'),
  AverageTalkTime: avgSeconds('TotalTalkTime', 'CallsAnswered'),
  CallsAnswered: count(),
  CallsDialed: count(),
  MaxTalkTime: maxSeconds,
  TotalDialingTime: totalSeconds,
  TotalTalkTime: totalSeconds
} as const satisfies Record<string, MetricDef>

export type MetricGroup = Readonly<Record<string, MetricDef>>

/** Every spelling a field may arrive under: the documented one, the SDK models', then other aliases. */
export function wireNames(name: string, def: Pick<MetricDef, 'sdkName' | 'aliases'>): readonly string[] {
  return [name, ...(def.sdkName !== undefined ? [def.sdkName] : []), ...(def.aliases ?? [])]
}

/**
 * A group as a table shows it: the fields only the SDK models name are left out where no row
 * carries them (an instance answering as the docs do), so no column is blank from end to end.
 */
export function shownFields(group: MetricGroup, rows: readonly Readonly<Record<string, unknown>>[]): MetricGroup {
  return Object.fromEntries(
    Object.entries(group).filter(([name, def]) => def.origin !== 'sdk' || rows.some((row) => row[name] !== null && row[name] !== undefined))
  )
}

/** The fields of a group the seed docs name: what their examples hold. */
export function documentedFields(group: MetricGroup): string[] {
  return Object.keys(group).filter((name) => group[name]?.origin !== 'sdk')
}

/** Every catalogued group by API and path, for tables, exports and tests that walk them all. */
export const METRIC_GROUPS = {
  'ListIntervalInstanceReport.Inbound': INTERVAL_INBOUND,
  'ListIntervalInstanceReport.Outbound': INTERVAL_OUTBOUND,
  'ListIntervalInstanceReport.Overall': INTERVAL_OVERALL,
  'GetInstanceTrendingReport.Inbound': TREND_INBOUND,
  'GetInstanceTrendingReport.Outbound': TREND_OUTBOUND,
  'GetRealtimeInstanceStates.Data': REALTIME_STATES,
  'GetInstanceSummaryReportSinceMidnight.Inbound': SUMMARY_INBOUND,
  'GetInstanceSummaryReportSinceMidnight.Outbound': SUMMARY_OUTBOUND,
  'GetInstanceSummaryReportSinceMidnight.Overall': SUMMARY_OVERALL,
  'ListIntervalSkillGroupReport.Inbound': SKILL_GROUP_INBOUND,
  'ListIntervalSkillGroupReport.Outbound': SKILL_GROUP_OUTBOUND,
  'ListIntervalSkillGroupReport.Overall': SKILL_GROUP_OVERALL,
  'ListIntervalSkillGroupReport.Back2Back': SKILL_GROUP_BACK2BACK,
  'ListHistoricalSkillGroupReport.Inbound': SKILL_GROUP_HISTORICAL_INBOUND,
  'ListHistoricalSkillGroupReport.Outbound': SKILL_GROUP_OUTBOUND,
  'ListHistoricalSkillGroupReport.Overall': SKILL_GROUP_OVERALL,
  'ListHistoricalSkillGroupReport.Back2Back': SKILL_GROUP_BACK2BACK,
  'ListIntervalAgentReport.Inbound': AGENT_INBOUND,
  'ListIntervalAgentReport.Outbound': AGENT_OUTBOUND,
  'ListIntervalAgentReport.Overall': AGENT_OVERALL,
  'ListIntervalAgentReport.Back2Back': AGENT_BACK2BACK,
  'ListIntervalAgentReport.Internal': AGENT_INTERNAL,
  'ListHistoricalAgentReport.Inbound': AGENT_INBOUND,
  'ListHistoricalAgentReport.Outbound': AGENT_OUTBOUND,
  'ListHistoricalAgentReport.Overall': AGENT_OVERALL,
  'ListHistoricalAgentReport.Back2Back': AGENT_BACK2BACK,
  'ListHistoricalAgentReport.Internal': AGENT_INTERNAL
} as const satisfies Record<string, MetricGroup>

export type MetricGroupName = keyof typeof METRIC_GROUPS

/** The API action a group's figures come from: the part of its name before the dot. */
export type MetricSource = MetricGroupName extends `${infer A}.${string}` ? A : never

/**
 * Over which time a figure counts: `live` is the moment of the call, `sinceMidnight` the
 * instance's day so far, `range` the buckets of the report's range. Figures of different windows
 * sit side by side on the wallboard, so each says which it is.
 */
export type MetricWindow = 'live' | 'sinceMidnight' | 'range'

export interface MetricGroupInfo {
  readonly source: MetricSource
  readonly window: MetricWindow
}

const info = (source: MetricSource, window: MetricWindow): MetricGroupInfo => ({ source, window })

/** The groups of one range report, each from that report over its range. */
function rangeGroups<S extends MetricSource, P extends string>(source: S, paths: readonly P[]): Record<`${S}.${P}`, MetricGroupInfo> {
  return Object.fromEntries(paths.map((path) => [`${source}.${path}`, info(source, 'range')])) as Record<`${S}.${P}`, MetricGroupInfo>
}

/** Where each group's figures come from and over which time they count. */
export const METRIC_GROUP_INFO: Readonly<Record<MetricGroupName, MetricGroupInfo>> = {
  'ListIntervalInstanceReport.Inbound': info('ListIntervalInstanceReport', 'range'),
  'ListIntervalInstanceReport.Outbound': info('ListIntervalInstanceReport', 'range'),
  'ListIntervalInstanceReport.Overall': info('ListIntervalInstanceReport', 'range'),
  'GetInstanceTrendingReport.Inbound': info('GetInstanceTrendingReport', 'range'),
  'GetInstanceTrendingReport.Outbound': info('GetInstanceTrendingReport', 'range'),
  'GetRealtimeInstanceStates.Data': info('GetRealtimeInstanceStates', 'live'),
  'GetInstanceSummaryReportSinceMidnight.Inbound': info('GetInstanceSummaryReportSinceMidnight', 'sinceMidnight'),
  'GetInstanceSummaryReportSinceMidnight.Outbound': info('GetInstanceSummaryReportSinceMidnight', 'sinceMidnight'),
  'GetInstanceSummaryReportSinceMidnight.Overall': info('GetInstanceSummaryReportSinceMidnight', 'sinceMidnight'),
  ...rangeGroups('ListIntervalSkillGroupReport', ['Inbound', 'Outbound', 'Overall', 'Back2Back']),
  ...rangeGroups('ListHistoricalSkillGroupReport', ['Inbound', 'Outbound', 'Overall', 'Back2Back']),
  ...rangeGroups('ListIntervalAgentReport', ['Inbound', 'Outbound', 'Overall', 'Back2Back', 'Internal']),
  ...rangeGroups('ListHistoricalAgentReport', ['Inbound', 'Outbound', 'Overall', 'Back2Back', 'Internal'])
}

/**
 * The catalogue's name of one of its own groups, found by identity; null for any other object
 * (a group filtered for a table is a copy: name it from the group it was taken from).
 */
export function metricGroupName(group: MetricGroup): MetricGroupName | null {
  for (const [name, known] of Object.entries(METRIC_GROUPS)) if (known === group) return name as MetricGroupName
  return null
}
