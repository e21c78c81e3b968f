/**
 * Each CCC response written once, as field specs. The TypeScript types (types.ts), the snapshot's
 * zod schema (snapshot.ts) and the client's normalisers (core/ccc/normalise.ts) are all derived
 * from these, so none of them can drift from another. Field names are spelled as the API docs
 * spell them; `sdkName` is the SDK models' spelling where it differs (read too, output as the docs
 * spell it). The figures of a report row are the metric catalogue's groups. No zod here: the
 * renderer may import this module's values.
 */
import * as catalogue from './catalogue'
import type { MetricGroup } from './catalogue'
import type { Long, MetricRow } from './types'

/**
 * What each kind of scalar field holds once read, whatever the wire sent: the docs quote every
 * value ("2", "true"), the SDK models send real numbers and booleans. snapshot.ts and
 * normalise.ts each keep one table keyed by these kinds, so a new kind fails to compile until
 * both say how it is validated and read.
 */
export interface ScalarKinds {
  /** Text, '' when absent. A number is kept as its digits, so a 16-digit id (AliyunUid) loses none. */
  string: string
  /** A whole number (a count), null when absent: a missing count is shown as missing, never 0. */
  integer: number | null
  /** true or false, also from "true"/"false" and 1/0; null when absent or anything else. */
  boolean: boolean | null
  /**
   * The start of a bucket, epoch ms. A row that has one is a bucket: without a time it cannot be
   * placed and is dropped, and a list of buckets is kept in time order.
   */
  epochMs: number
}

export type ScalarKind = keyof ScalarKinds

/** A field; `sdkName` is the SDK models' spelling where it is not the docs'. */
export type FieldSpec = (
  | { readonly kind: ScalarKind }
  /** One nested object (a report row's Inbound), read as `{}` when absent. */
  | { readonly kind: 'object'; readonly shape: Shape }
  /** A list of objects; absent reads as empty, a single object as a list of one. */
  | { readonly kind: 'list'; readonly shape: Shape }
  /** A list of texts (an agent's SkillGroupIdList); absent reads as empty. */
  | { readonly kind: 'texts' }
) & { readonly sdkName?: string }

export interface Shape {
  readonly fields: Readonly<Record<string, FieldSpec>>
  /**
   * The catalogue group whose figures sit beside the fields. A row with figures also keeps the
   * scalar fields no one knows (bounded): a newer API's figures, for `--json` and snapshots. A row
   * without drops them.
   */
  readonly metrics?: MetricGroup
}

type FieldValue<F, L extends Long> = F extends { readonly kind: 'list'; readonly shape: infer S extends Shape }
  ? ShapeValue<S, L>[]
  : F extends { readonly kind: 'texts' }
    ? string[]
    : F extends { readonly kind: 'object'; readonly shape: infer S extends Shape }
      ? ShapeValue<S, L>
      : F extends { readonly kind: infer K extends ScalarKind }
        ? ScalarKinds[K]
        : never

/**
 * The value a shape describes. `L` is how a Long is held: number | bigint in memory, number in a
 * snapshot file (JSON has no bigint).
 */
export type ShapeValue<S extends Shape, L extends Long = Long> = {
  -readonly [K in keyof S['fields']]: FieldValue<S['fields'][K], L>
} & (S extends { readonly metrics: infer G extends MetricGroup } ? MetricRow<G, L> : unknown)

/** Whether a shape is a bucket (has an epochMs field), so that reading a row may drop it. */
export type IsBucket<S extends Shape> = 'epochMs' extends S['fields'][keyof S['fields']]['kind'] ? true : false

/**
 * The times a bucket or a snapshot's query may carry (epoch ms, 1970 to 2100): anything else is
 * damage, and would only fail later as a RangeError where the time is formatted.
 */
export const EPOCH_MS_MAX = Date.UTC(2100, 0, 1)
export const isPlausibleEpochMs = (value: number): boolean => Number.isSafeInteger(value) && value >= 0 && value <= EPOCH_MS_MAX

const string = { kind: 'string' } as const
const integer = { kind: 'integer' } as const
const boolean = { kind: 'boolean' } as const
const statsTime = { kind: 'epochMs' } as const
const texts = { kind: 'texts' } as const
const list = <S extends Shape>(shape: S) => ({ kind: 'list', shape }) as const
const object = <S extends Shape>(shape: S) => ({ kind: 'object', shape }) as const
/** An object of plain fields (fields no one knows are dropped). */
const entity = <F extends Shape['fields']>(fields: F) => ({ fields })
/** A row of a catalogue group's figures, with the fields that place it. */
const figures = <G extends MetricGroup, F extends Shape['fields']>(metrics: G, fields: F) => ({ fields, metrics })
/** A nested object of a catalogue group's figures alone (a report bucket's Inbound). */
const figuresOf = <G extends MetricGroup>(metrics: G) => object({ fields: {}, metrics })

/** GetInstance, AdminList[] */
export const USER = entity({
  DisplayName: string,
  Email: string,
  Extension: string,
  InstanceId: string,
  LoginName: string,
  Mobile: string,
  RoleId: string,
  RoleName: string,
  UserId: string,
  WorkMode: string
})
export type User = ShapeValue<typeof USER>

/** GetInstance, NumberList[].SkillGroups[] */
export const SKILL_GROUP = entity({
  Description: string,
  DisplayName: string,
  InstanceId: string,
  Name: string,
  PhoneNumberCount: integer,
  SkillGroupId: string,
  UserCount: integer
})
export type SkillGroup = ShapeValue<typeof SKILL_GROUP>

/** GetInstance, NumberList[] */
export const PHONE_NUMBER = entity({
  Active: boolean,
  City: string,
  ContactFlowId: string,
  InstanceId: string,
  Number: string,
  Province: string,
  SkillGroups: list(SKILL_GROUP),
  Usage: string,
  UserId: string
})
export type PhoneNumber = ShapeValue<typeof PHONE_NUMBER>

/** GetInstance (2020-07-01), Data */
export const INSTANCE = entity({
  AdminList: list(USER),
  // A 16-digit account id: a string, so no digit is lost.
  AliyunUid: string,
  ConsoleUrl: string,
  Description: string,
  DomainName: string,
  Id: string,
  Name: string,
  NumberList: list(PHONE_NUMBER),
  Status: string
})
export type Instance = ShapeValue<typeof INSTANCE>

/** GetRealtimeInstanceStates (2020-07-01), Data */
export const REALTIME_INSTANCE_STATES = figures(catalogue.REALTIME_STATES, { InstanceId: string })
export type RealtimeInstanceStates = ShapeValue<typeof REALTIME_INSTANCE_STATES>

/** GetInstanceTrendingReport (2020-07-01), Data.Inbound[] */
export const TREND_INBOUND_POINT = figures(catalogue.TREND_INBOUND, { StatsTime: statsTime })
export type TrendInboundPoint = ShapeValue<typeof TREND_INBOUND_POINT>

/** GetInstanceTrendingReport (2020-07-01), Data.Outbound[] */
export const TREND_OUTBOUND_POINT = figures(catalogue.TREND_OUTBOUND, { StatsTime: statsTime })
export type TrendOutboundPoint = ShapeValue<typeof TREND_OUTBOUND_POINT>

/** GetInstanceTrendingReport (2020-07-01), Data */
export const INSTANCE_TRENDING_REPORT = entity({
  Inbound: list(TREND_INBOUND_POINT),
  Outbound: list(TREND_OUTBOUND_POINT)
})
export type InstanceTrendingReport = ShapeValue<typeof INSTANCE_TRENDING_REPORT>

/** ListIntervalInstanceReport (2020-07-01), Data[] */
export const INTERVAL_REPORT_ITEM = entity({
  StatsTime: statsTime,
  Inbound: figuresOf(catalogue.INTERVAL_INBOUND),
  Outbound: figuresOf(catalogue.INTERVAL_OUTBOUND),
  Overall: figuresOf(catalogue.INTERVAL_OVERALL)
})
export type IntervalReportItem = ShapeValue<typeof INTERVAL_REPORT_ITEM>

/** GetInstanceSummaryReportSinceMidnight (2017-07-05), InstanceSummaryReport */
export const INSTANCE_SUMMARY_REPORT = entity({
  InstanceId: string,
  // `yyyy-MM-dd HH:mm:ss` in the instance's local time, shown as given.
  Timestamp: string,
  Inbound: figuresOf(catalogue.SUMMARY_INBOUND),
  Outbound: figuresOf(catalogue.SUMMARY_OUTBOUND),
  Overall: figuresOf(catalogue.SUMMARY_OVERALL)
})
export type InstanceSummaryReport = ShapeValue<typeof INSTANCE_SUMMARY_REPORT>

/** The envelope of every paged list: `Data{PageNumber, PageSize, TotalCount, List[]}`. */
const page = <S extends Shape>(item: S) =>
  entity({ List: list(item), PageNumber: integer, PageSize: integer, TotalCount: integer })

/** ListRealtimeSkillGroupStates, Data.List[].BreakCodeDetailList[]: who is on which break reason. */
export const BREAK_CODE_COUNT = entity({ BreakCode: string, Count: integer })
export type BreakCodeCount = ShapeValue<typeof BREAK_CODE_COUNT>

/** ListRealtimeSkillGroupStates (2020-07-01), Data.List[]: live state per skill group. */
export const SKILL_GROUP_STATE = entity({
  BreakCodeDetailList: list(BREAK_CODE_COUNT),
  BreakingAgents: integer,
  InstanceId: string,
  LoggedInAgents: integer,
  // Seconds, as the instance's LongestWaitingTime.
  LongestWaitingTime: integer,
  OutboundScenarioReadyAgents: integer,
  ReadyAgents: integer,
  SkillGroupId: string,
  SkillGroupName: string,
  TalkingAgents: integer,
  TotalAgents: integer,
  WaitingCalls: integer,
  // After-call work (话后处理).
  WorkingAgents: integer
})
export type SkillGroupState = ShapeValue<typeof SKILL_GROUP_STATE>
export const SKILL_GROUP_STATES_PAGE = page(SKILL_GROUP_STATE)

/** ListRealtimeAgentStates (2020-07-01), Data.List[]: live state per agent. */
export const AGENT_STATE = entity({
  AgentId: string,
  AgentName: string,
  BreakCode: string,
  CallType: string,
  CounterParty: string,
  // Its meaning is unconfirmed: never shown as time in state.
  Duration: integer,
  Extension: string,
  InstanceId: string,
  Mobile: string,
  OutboundScenario: boolean,
  SkillGroupIdList: texts,
  SkillGroupNameList: texts,
  // One of agent-states.ts's AGENT_STATES; kept as sent, so a state added later is not lost.
  State: string,
  StateCode: string,
  // When the agent entered the state, epoch ms; a count, not a bucket time: a row without it stays.
  StateTime: integer,
  WorkMode: string
})
export type AgentState = ShapeValue<typeof AGENT_STATE>
export const AGENT_STATES_PAGE = page(AGENT_STATE)

/** ListSkillGroups (2020-07-01), Data.List[]: a skill group's names and size. */
export const SKILL_GROUP_LIST_ITEM = entity({
  Description: string,
  DisplayName: string,
  InstanceId: string,
  MediaType: string,
  PhoneNumberCount: integer,
  SkillGroupId: string,
  SkillGroupName: string,
  UserCount: integer
})
export type SkillGroupListItem = ShapeValue<typeof SKILL_GROUP_LIST_ITEM>
export const SKILL_GROUPS_PAGE = page(SKILL_GROUP_LIST_ITEM)

/** The agent reports' Overall.BreakCodeDetailList[]: time and periods per break reason over the range. */
export const BREAK_CODE_DETAIL = entity({ BreakCode: string, Count: integer, Duration: integer })
export type BreakCodeDetail = ShapeValue<typeof BREAK_CODE_DETAIL>

const skillGroupFigures = {
  Outbound: figuresOf(catalogue.SKILL_GROUP_OUTBOUND),
  Overall: figuresOf(catalogue.SKILL_GROUP_OVERALL),
  Back2Back: figuresOf(catalogue.SKILL_GROUP_BACK2BACK)
} as const

const agentFigures = {
  Inbound: figuresOf(catalogue.AGENT_INBOUND),
  Outbound: figuresOf(catalogue.AGENT_OUTBOUND),
  Overall: object({ fields: { BreakCodeDetailList: list(BREAK_CODE_DETAIL) }, metrics: catalogue.AGENT_OVERALL }),
  Back2Back: figuresOf(catalogue.AGENT_BACK2BACK),
  Internal: figuresOf(catalogue.AGENT_INTERNAL)
} as const

/** ListIntervalSkillGroupReport (2020-07-01), Data[]: one skill group's bucket. */
export const SKILL_GROUP_INTERVAL_ITEM = entity({
  StatsTime: statsTime,
  Inbound: figuresOf(catalogue.SKILL_GROUP_INBOUND),
  ...skillGroupFigures
})
export type SkillGroupIntervalItem = ShapeValue<typeof SKILL_GROUP_INTERVAL_ITEM>

/** ListIntervalAgentReport (2020-07-01), Data[]: one agent's bucket. */
export const AGENT_INTERVAL_ITEM = entity({ StatsTime: statsTime, ...agentFigures })
export type AgentIntervalItem = ShapeValue<typeof AGENT_INTERVAL_ITEM>

/** ListHistoricalSkillGroupReport (2020-07-01), Data.List[]: one skill group over the whole range. */
export const SKILL_GROUP_HISTORICAL_ROW = entity({
  SkillGroupId: string,
  SkillGroupName: string,
  Inbound: figuresOf(catalogue.SKILL_GROUP_HISTORICAL_INBOUND),
  ...skillGroupFigures
})
export type SkillGroupHistoricalRow = ShapeValue<typeof SKILL_GROUP_HISTORICAL_ROW>
export const SKILL_GROUP_HISTORICAL_PAGE = page(SKILL_GROUP_HISTORICAL_ROW)

/** ListHistoricalAgentReport (2020-07-01), Data.List[]: one agent over the whole range. */
export const AGENT_HISTORICAL_ROW = entity({
  AgentId: string,
  AgentName: string,
  DisplayId: string,
  // The SDK models type both as one text: the groups' IDs and names, comma-separated.
  SkillGroupIds: string,
  SkillGroupNames: string,
  ...agentFigures
})
export type AgentHistoricalRow = ShapeValue<typeof AGENT_HISTORICAL_ROW>
export const AGENT_HISTORICAL_PAGE = page(AGENT_HISTORICAL_ROW)
