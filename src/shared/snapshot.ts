/**
 * The offline report snapshot: everything one export fetched from CCC, as a versioned JSON file
 * that can be reopened without credentials. Never holds a secret, only the profile's name.
 */
import { z } from 'zod'
import type { MetricGroup } from './ccc/catalogue'
import { isValidTimeZone } from './ccc/report-range'
import type { AnswerClock } from './ccc/list-filters'
import { MAX_WIRE_VALUES, type HistoryDayWire, type HistoryKind } from './history/day'
import {
  AGENT_HISTORICAL_ROW,
  AGENT_STATE,
  EPOCH_MS_MAX,
  INSTANCE,
  INSTANCE_SUMMARY_REPORT,
  INSTANCE_TRENDING_REPORT,
  INTERVAL_REPORT_ITEM,
  REALTIME_INSTANCE_STATES,
  SKILL_GROUP_HISTORICAL_ROW,
  SKILL_GROUP_STATE,
  type AgentHistoricalRow,
  type AgentState,
  type FieldSpec,
  type ScalarKind,
  type ScalarKinds,
  type Shape,
  type ShapeValue,
  type SkillGroupHistoricalRow,
  type SkillGroupState
} from './ccc/shapes'
import type {
  Instance,
  InstanceSummaryReport,
  InstanceTrendingReport,
  IntervalGranularity,
  IntervalReportItem,
  RealtimeInstanceStates
} from './ccc/types'

export const SNAPSHOT_FORMAT = 'ccc-supervisor-snapshot'
/**
 * 2: the skill-group and agent states. 3: the queue and agent reports. 4: the day so far. An older
 * file is read as the current version, what it could not hold null.
 */
export const SNAPSHOT_VERSION = 4
/** The versions this build opens: older ones are read as the current one. */
export type SnapshotFileVersion = 1 | 2 | 3 | typeof SNAPSHOT_VERSION

/**
 * The instance's day so far when the snapshot was made (#19), as the console kept it from its
 * refreshes: the instance's states, its summary since midnight and its skill groups (not its
 * agents), at most MAX_WIRE_VALUES numbers (a larger day from later on, `cutAt` saying from when).
 */
/** The kinds of the day a snapshot carries: the agents' states would be most of a large centre's file. */
export const SNAPSHOT_DAY_KINDS: readonly HistoryKind[] = ['states', 'summary', 'queues']

export interface SnapshotDaySoFar {
  day: string
  timeZone: string
  dayStart: number
  dayEnd: number
  cutAt: number | null
  data: HistoryDayWire
}

export interface SnapshotIntervalQuery {
  startTime: number
  endTime: number
  interval: IntervalGranularity
}

export interface SnapshotTrendQuery {
  startTime: number
  endTime: number
}

/** The range of a queue or agent report: one row per skill group or agent over all of it. */
export interface SnapshotGroupReportQuery {
  startTime: number
  endTime: number
}

/** A queue or agent report as exported: the range asked for and CCC's rows over it. */
export interface SnapshotGroupReport<T> {
  query: SnapshotGroupReportQuery
  items: T[]
}

/**
 * A live list as exported, with when CCC answered it: time in state is measured against
 * `answeredAt`, the moment the file froze, never against the reader's clock.
 */
export interface SnapshotLiveList<T> extends AnswerClock {
  items: T[]
}

/** A snapshot in memory: Longs may be bigints here; in the file they are plain JSON numbers. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT
  version: typeof SNAPSHOT_VERSION
  /** ISO 8601, UTC */
  createdAt: string
  profileName: string | null
  /** IANA zone the report's times are shown in */
  timeZone: string
  instance: Instance
  realtime: RealtimeInstanceStates | null
  summary: InstanceSummaryReport | null
  interval: { query: SnapshotIntervalQuery; items: IntervalReportItem[] } | null
  trend: { query: SnapshotTrendQuery; report: InstanceTrendingReport } | null
  /** null: not in the file (a version-1 snapshot, from before these lists were exported). */
  skillGroups: SnapshotLiveList<SkillGroupState> | null
  agents: SnapshotLiveList<AgentState> | null
  /** null: not exported (not asked for, or a file from before version 3). */
  queueReport: SnapshotGroupReport<SkillGroupHistoricalRow> | null
  agentReport: SnapshotGroupReport<AgentHistoricalRow> | null
  /**
   * The skill groups' DisplayNames by ID (ListSkillGroups), read with a queue or agent report: its
   * rows carry only CCC's SkillGroupName. null when not read; a group without one is left out.
   */
  skillGroupNames: Record<string, string> | null
  /** null: none kept (history off, nothing recorded that day) or a file from before version 4. */
  daySoFar: SnapshotDaySoFar | null
}

/** A missing figure stays missing (null), never zero. */
const metric = z.number().nullable()

/** A field no catalogue knows, kept as the API sent it (see the client's normaliser). */
const unknownField = z.union([z.number(), z.string(), z.boolean(), z.null()])

/**
 * A group's figures. Fields only the SDK models name may be missing from files written before
 * the catalogue knew them (read as null), and fields no one knows are kept.
 */
function metricRow(group: MetricGroup) {
  const shape = Object.fromEntries(Object.entries(group).map(([name, def]) => [name, def.origin === 'sdk' ? metric.default(null) : metric]))
  return z.object(shape).catchall(unknownField)
}

const epochMs = z.number().int().min(0).max(EPOCH_MS_MAX)

/** How each kind of field is validated: a kind whose schema is missing, or holds another type, fails to compile. */
const scalarSchemas = {
  string: z.string(),
  integer: z.number().int().nullable(),
  boolean: z.boolean().nullable(),
  epochMs
} satisfies { [K in ScalarKind]: z.ZodType<ScalarKinds[K]> }

function fieldSchema(field: FieldSpec): z.ZodType {
  if (field.kind === 'list') return z.array(shapeSchema(field.shape))
  if (field.kind === 'object') return shapeSchema(field.shape)
  if (field.kind === 'texts') return z.array(z.string())
  return scalarSchemas[field.kind]
}

/** A shape as the file holds it; a row with figures is the group's row, its own fields after them. */
export function shapeSchema<S extends Shape>(shape: S): z.ZodType<ShapeValue<S, number>> {
  const fields = Object.fromEntries(Object.entries(shape.fields).map(([name, field]) => [name, fieldSchema(field)]))
  const schema = shape.metrics ? metricRow(shape.metrics).extend(fields) : z.object(fields)
  // The kinds' table above ties each field's schema to its type; the composition is the same for every shape.
  return schema as unknown as z.ZodType<ShapeValue<S, number>>
}

/** A live list as the file holds it: its rows and the answer's clock. */
function liveListSchema<S extends Shape>(shape: S) {
  return z.object({
    items: z.array(shapeSchema(shape)),
    answeredAt: epochMs,
    answeredAtSource: z.enum(['date-header', 'received']),
    receivedAt: epochMs
  })
}

/** A queue or agent report as the file holds it. */
function groupReportSchema<S extends Shape>(shape: S) {
  return z.object({
    query: z.object({ startTime: epochMs, endTime: epochMs }),
    items: z.array(shapeSchema(shape))
  })
}

const format = z.literal(SNAPSHOT_FORMAT)

/** A kind of the day as the file holds it: bounded, and checked again when read (dayFromWire). */
const daySeriesSchema = z.object({
  fields: z.array(z.string().max(64)).max(64),
  at: z.array(epochMs).max(MAX_WIRE_VALUES),
  offsets: z.array(z.number().int().min(0)).max(MAX_WIRE_VALUES + 1),
  values: z.array(z.number().nullable()).max(MAX_WIRE_VALUES)
})
const dayRowsSchema = daySeriesSchema.extend({
  dayStart: epochMs,
  ids: z.array(z.string().max(256)).max(100_000),
  states: z.array(z.string().max(64)).max(64)
})
const daySoFarSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  timeZone: z.string().refine(isValidTimeZone, { message: 'Not an IANA time zone' }),
  dayStart: epochMs,
  dayEnd: epochMs,
  cutAt: epochMs.nullable(),
  data: z.object({
    instanceId: z.string().max(256),
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    states: daySeriesSchema,
    summary: daySeriesSchema,
    queues: dayRowsSchema,
    agents: dayRowsSchema
  })
})

/** What every version holds after its format and version; each version's schema adds its own. */
const snapshotFields = {
  createdAt: z.iso.datetime({ offset: true }),
  profileName: z.string().nullable(),
  timeZone: z.string().refine(isValidTimeZone, { message: 'Not an IANA time zone' }),
  instance: shapeSchema(INSTANCE),
  realtime: shapeSchema(REALTIME_INSTANCE_STATES).nullable(),
  summary: shapeSchema(INSTANCE_SUMMARY_REPORT).nullable(),
  interval: z
    .object({
      query: z.object({ startTime: epochMs, endTime: epochMs, interval: z.enum(['Daily', 'Hourly']) }),
      items: z.array(shapeSchema(INTERVAL_REPORT_ITEM))
    })
    .nullable(),
  trend: z
    .object({
      query: z.object({ startTime: epochMs, endTime: epochMs }),
      report: shapeSchema(INSTANCE_TRENDING_REPORT)
    })
    .nullable()
}

/** What version 2 added: the skill-group and agent states. */
const liveListFields = {
  skillGroups: liveListSchema(SKILL_GROUP_STATE).nullable(),
  agents: liveListSchema(AGENT_STATE).nullable()
}

export const snapshotSchema = z
  .object({
    format,
    version: z.literal(SNAPSHOT_VERSION),
    ...snapshotFields,
    ...liveListFields,
    queueReport: groupReportSchema(SKILL_GROUP_HISTORICAL_ROW).nullable(),
    agentReport: groupReportSchema(AGENT_HISTORICAL_ROW).nullable(),
    skillGroupNames: z.record(z.string(), z.string()).nullable(),
    daySoFar: daySoFarSchema.nullable()
  })
  .meta({
    title: 'CCC Supervisor report snapshot',
    description: 'An offline snapshot of one Alibaba Cloud Contact Center instance, written by CCC Supervisor.'
  })

/** What a snapshot file holds once validated (numbers only, no bigints). */
export type SnapshotFile = z.infer<typeof snapshotSchema>

/** A version-1 file: everything but the skill-group and agent states. */
const snapshotV1Schema = z.object({ format, version: z.literal(1), ...snapshotFields })
/** A version-2 file: everything but the queue and agent reports. */
const snapshotV2Schema = z.object({ format, version: z.literal(2), ...snapshotFields, ...liveListFields })

/** A version-3 file: everything but the day so far. */
const snapshotV3Schema = z.object({
  format,
  version: z.literal(3),
  ...snapshotFields,
  ...liveListFields,
  queueReport: groupReportSchema(SKILL_GROUP_HISTORICAL_ROW).nullable(),
  agentReport: groupReportSchema(AGENT_HISTORICAL_ROW).nullable(),
  skillGroupNames: z.record(z.string(), z.string()).nullable()
})

/** What a version-3 file could not hold. */
const NOT_IN_V3 = { daySoFar: null } as const
/** What a version-2 file could not hold (the reports came in SNAPSHOT_REPORTS_SINCE, export-formats.ts). */
const NOT_IN_V2 = { queueReport: null, agentReport: null, skillGroupNames: null, ...NOT_IN_V3 } as const

/**
 * Validates a file of any version this build reads, as the current version: what an older file
 * could not hold is null, and `writtenVersion` says which version the file was, so the viewer can
 * say a part was not in the file rather than that none was exported.
 */
export function parseSnapshotFile(
  data: unknown
): { success: true; data: SnapshotFile; writtenVersion: SnapshotFileVersion } | { success: false; error: z.ZodError } {
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined
  if (version === 1) {
    const v1 = snapshotV1Schema.safeParse(data)
    if (!v1.success) return { success: false, error: v1.error }
    return { success: true, writtenVersion: 1, data: { ...v1.data, version: SNAPSHOT_VERSION, skillGroups: null, agents: null, ...NOT_IN_V2 } }
  }
  if (version === 2) {
    const v2 = snapshotV2Schema.safeParse(data)
    if (!v2.success) return { success: false, error: v2.error }
    return { success: true, writtenVersion: 2, data: { ...v2.data, version: SNAPSHOT_VERSION, ...NOT_IN_V2 } }
  }
  if (version === 3) {
    const v3 = snapshotV3Schema.safeParse(data)
    if (!v3.success) return { success: false, error: v3.error }
    return { success: true, writtenVersion: 3, data: { ...v3.data, version: SNAPSHOT_VERSION, ...NOT_IN_V3 } }
  }
  const current = snapshotSchema.safeParse(data)
  return current.success ? { success: true, data: current.data, writtenVersion: SNAPSHOT_VERSION } : current
}

// A validated file is a Snapshot: fails to compile if the envelope's schema and type drift apart
// (the CCC shapes inside are both derived from shapes.ts).
const _fileIsSnapshot = (file: SnapshotFile): Snapshot => file
void _fileIsSnapshot

/** The published JSON Schema of the file (committed as resources/snapshot.schema.json). */
export function snapshotJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(snapshotSchema, { target: 'draft-2020-12' })
  return { $schema, $id: SNAPSHOT_SCHEMA_ID, ...rest }
}

export const SNAPSHOT_SCHEMA_ID = 'https://ccc-supervisor.invalid/snapshot.schema.json'
