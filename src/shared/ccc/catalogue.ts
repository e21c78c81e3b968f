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
  'GetInstanceSummaryReportSinceMidnight.Overall': SUMMARY_OVERALL
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
  'GetInstanceSummaryReportSinceMidnight.Overall': info('GetInstanceSummaryReportSinceMidnight', 'sinceMidnight')
}

/**
 * The catalogue's name of one of its own groups, found by identity; null for any other object
 * (a group filtered for a table is a copy: name it from the group it was taken from).
 */
export function metricGroupName(group: MetricGroup): MetricGroupName | null {
  for (const [name, known] of Object.entries(METRIC_GROUPS)) if (known === group) return name as MetricGroupName
  return null
}
