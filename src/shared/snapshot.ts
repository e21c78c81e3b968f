/**
 * The offline report snapshot: everything one export fetched from CCC, as a versioned JSON file
 * that can be reopened without credentials. Never holds a secret, only the profile's name.
 */
import { z } from 'zod'
import {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  REALTIME_STATES,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  TREND_INBOUND,
  TREND_OUTBOUND,
  type MetricGroup
} from './ccc/catalogue'
import { isValidTimeZone } from './ccc/report-range'
import type {
  Instance,
  InstanceSummaryReport,
  InstanceTrendingReport,
  IntervalGranularity,
  IntervalReportItem,
  RealtimeInstanceStates
} from './ccc/types'

export const SNAPSHOT_FORMAT = 'ccc-supervisor-snapshot'
export const SNAPSHOT_VERSION = 1

export interface SnapshotIntervalQuery {
  startTime: number
  endTime: number
  interval: IntervalGranularity
}

export interface SnapshotTrendQuery {
  startTime: number
  endTime: number
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
}

/** A missing figure stays missing (null), never zero. */
const metric = z.number().nullable()

/** A field no catalogue knows, kept as the API sent it (see the client's normaliser). */
const unknownField = z.union([z.number(), z.string(), z.boolean(), z.null()])

/**
 * A group's figures. Fields only the SDK models name may be missing from files written before
 * the catalogue knew them (read as null), and fields no one knows are kept.
 */
function metricRow<G extends MetricGroup>(group: G) {
  const shape = Object.fromEntries(
    Object.entries(group).map(([name, def]) => [name, def.origin === 'sdk' ? metric.default(null) : metric])
  ) as {
    [K in Extract<keyof G, string>]: typeof metric
  }
  return z.object(shape).catchall(unknownField)
}

const epochMs = z.number().int()

const userSchema = z.object({
  DisplayName: z.string(),
  Email: z.string(),
  Extension: z.string(),
  InstanceId: z.string(),
  LoginName: z.string(),
  Mobile: z.string(),
  RoleId: z.string(),
  RoleName: z.string(),
  UserId: z.string(),
  WorkMode: z.string()
})

const skillGroupSchema = z.object({
  Description: z.string(),
  DisplayName: z.string(),
  InstanceId: z.string(),
  Name: z.string(),
  PhoneNumberCount: z.number().int().nullable(),
  SkillGroupId: z.string(),
  UserCount: z.number().int().nullable()
})

const phoneNumberSchema = z.object({
  Active: z.boolean().nullable(),
  City: z.string(),
  ContactFlowId: z.string(),
  InstanceId: z.string(),
  Number: z.string(),
  Province: z.string(),
  SkillGroups: z.array(skillGroupSchema),
  Usage: z.string(),
  UserId: z.string()
})

const instanceSchema = z.object({
  AdminList: z.array(userSchema),
  AliyunUid: z.string(),
  ConsoleUrl: z.string(),
  Description: z.string(),
  DomainName: z.string(),
  Id: z.string(),
  Name: z.string(),
  NumberList: z.array(phoneNumberSchema),
  Status: z.string()
})

const realtimeSchema = metricRow(REALTIME_STATES).extend({ InstanceId: z.string() })

const summarySchema = z.object({
  InstanceId: z.string(),
  Timestamp: z.string(),
  Inbound: metricRow(SUMMARY_INBOUND),
  Outbound: metricRow(SUMMARY_OUTBOUND),
  Overall: metricRow(SUMMARY_OVERALL)
})

const intervalItemSchema = z.object({
  StatsTime: epochMs,
  Inbound: metricRow(INTERVAL_INBOUND),
  Outbound: metricRow(INTERVAL_OUTBOUND),
  Overall: metricRow(INTERVAL_OVERALL)
})

const trendSchema = z.object({
  Inbound: z.array(metricRow(TREND_INBOUND).extend({ StatsTime: epochMs })),
  Outbound: z.array(metricRow(TREND_OUTBOUND).extend({ StatsTime: epochMs }))
})

export const snapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION),
    createdAt: z.iso.datetime({ offset: true }),
    profileName: z.string().nullable(),
    timeZone: z.string().refine(isValidTimeZone, { message: 'Not an IANA time zone' }),
    instance: instanceSchema,
    realtime: realtimeSchema.nullable(),
    summary: summarySchema.nullable(),
    interval: z
      .object({
        query: z.object({ startTime: epochMs, endTime: epochMs, interval: z.enum(['Daily', 'Hourly']) }),
        items: z.array(intervalItemSchema)
      })
      .nullable(),
    trend: z
      .object({
        query: z.object({ startTime: epochMs, endTime: epochMs }),
        report: trendSchema
      })
      .nullable()
  })
  .meta({
    title: 'CCC Supervisor report snapshot',
    description: 'An offline snapshot of one Alibaba Cloud Contact Center instance, written by CCC Supervisor.'
  })

/** What a snapshot file holds once validated (numbers only, no bigints). */
export type SnapshotFile = z.infer<typeof snapshotSchema>

// A validated file is a Snapshot: fails to compile if the schema and the type drift apart.
const _fileIsSnapshot = (file: SnapshotFile): Snapshot => file
void _fileIsSnapshot

/** The published JSON Schema of the file (committed as resources/snapshot.schema.json). */
export function snapshotJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(snapshotSchema, { target: 'draft-2020-12' })
  return { $schema, $id: SNAPSHOT_SCHEMA_ID, ...rest }
}

export const SNAPSHOT_SCHEMA_ID = 'https://ccc-supervisor.invalid/snapshot.schema.json'
