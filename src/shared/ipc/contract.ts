/**
 * The one IPC contract. Each entry names a channel, the zod schema that main parses its input with,
 * and (as a type only) what it answers. Main's handlers, the preload's API object and the renderer
 * are all typed from this table, so none of them can drift from the others.
 */
import { z } from 'zod'
import { INSTANCE_ID_HINT, INSTANCE_ID_PATTERN } from '../ccc/ids'
import { AGENT_STATE_NAMES, type AgentStateName } from '../ccc/agent-states'
import { isListFilterText, LIST_FILTER_HINT, MAX_SKILL_GROUP_IDS, type LiveList } from '../ccc/list-filters'
import type {
  AgentHistoricalRow,
  AgentIntervalItem,
  AgentState,
  SkillGroupHistoricalRow,
  SkillGroupIntervalItem,
  Instance,
  InstanceSummaryReport,
  InstanceTrendingReport,
  IntervalReportItem,
  RealtimeInstanceStates,
  SkillGroupListItem,
  SkillGroupState
} from '../ccc/types'
import { REGION_PATTERN } from '../ccc/endpoint'
import { instanceTimeZones, timeZoneName } from '../ccc/zone-schema'
import type { ConnectionTest, ImportReport, KeychainStatus, ProfileSummary } from '../profiles'
import type { Result } from '../result'
import { EXPORT_FORMATS, EXPORT_HEADERS, MAX_SNAPSHOT_TEXT, type ExportFormat } from '../export-formats'
import type { SnapshotFile, SnapshotFileVersion } from '../snapshot'
import { HISTORY_KINDS, type HistoryDayWire, type HistoryKind, type HistoryProblem } from '../history/day'
import { channelNames, ipcChannel, type ChannelName } from './channels'
import type { Subscribe } from './events'

export { channelNames, ipcChannel, type ChannelName }

interface ChannelDef<I extends z.ZodType, O> {
  input: I
  /** Phantom: carries the output type, never read at run time. */
  output?: O
}
const channel = <O>() => <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input })

const instanceId = z.string().trim().regex(INSTANCE_ID_PATTERN, INSTANCE_ID_HINT)
const epochMs = z.number().int().nonnegative().max(8.64e15)
const instanceInput = z.strictObject({ instanceId })
/** The page's name for one report run, under which main reports its progress and the page can stop it. */
const progressId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'A progress ID is 1–64 letters, digits, "_" or "-".')
const rangeInput = { instanceId, startTime: epochMs, endTime: epochMs, progressId: progressId.optional() }

// The list filters CCC is sent: bounded texts, states by name (the message lists the valid ones).
const listFilterText = z.string().trim().refine(isListFilterText, `A list filter is ${LIST_FILTER_HINT}.`)
const skillGroupId = listFilterText.pipe(z.string().min(1))
const agentStatesInput = z.strictObject({
  instanceId,
  skillGroupId: skillGroupId.optional(),
  states: z
    .array(z.enum(AGENT_STATE_NAMES as [AgentStateName, ...AgentStateName[]]))
    .max(AGENT_STATE_NAMES.length)
    .optional(),
  query: listFilterText.optional()
})
/** Agents one report asks for by ID at most: the client sends them 100 a call. */
export const MAX_REPORT_AGENTS = 2_000
const agentId = listFilterText.pipe(z.string().min(1))
const intervalRangeInput = { ...rangeInput, interval: z.enum(['Daily', 'Hourly']) }
const skillGroupStatesInput = z.strictObject({
  instanceId,
  /** Only these groups (a supervisor's own queues); all of them when absent or empty. */
  skillGroupIds: z.array(skillGroupId).max(MAX_SKILL_GROUP_IDS).optional()
})

// Profile inputs. Messages name the rule, never the value: a secret typed into the wrong field
// must not come back in an error.
const profileId = z.string().uuid()
const profileRef = z.strictObject({ id: z.union([profileId, z.literal('demo')]) })
const printable = /^[\x21-\x7e]+$/
const storage = z.enum(['keychain', 'session'])
const saveProfileInput = z.strictObject({
  id: profileId.optional(),
  name: z.string().trim().min(1).max(64),
  accessKeyId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{8,128}$/, 'An AccessKey ID is 8–128 letters, digits, ".", "_" or "-".')
    .optional(),
  accessKeySecret: z
    .string()
    .min(1)
    .max(256)
    .regex(printable, 'An AccessKey secret has no spaces or non-ASCII characters.')
    .optional(),
  securityToken: z
    .string()
    .min(1)
    .max(8192)
    .regex(printable, 'An STS token has no spaces or non-ASCII characters.')
    .nullable()
    .optional(),
  region: z.string().trim().regex(REGION_PATTERN, 'A region ID looks like cn-shanghai.').optional(),
  endpoint: z.string().trim().max(200).nullable().optional(),
  instanceIds: z.array(instanceId).max(50),
  /** The zone set per watched instance; absent keeps the stored ones. */
  timeZones: instanceTimeZones.optional(),
  storage
})

export interface AppInfo {
  version: string
  platform: string
  /** What this build can export to; `pdf` only where a printer is wired (the app, not the CLI). */
  exportFormats: ExportFormat[]
  /** Main shows alerts as the desktop's own notifications (the app); elsewhere the page uses Web Notifications. */
  desktopNotifications: boolean
}

/** Where calls go and which instances the user watches; never a secret. */
export interface SessionInfo {
  /**
   * `demo` is the built-in simulator; `profile` a saved profile; `environment` the AccessKey in
   * ALIBABA_CLOUD_* variables when no profile is active.
   */
  source: 'demo' | 'profile' | 'environment'
  profileId: string | null
  profileName: string | null
  /** `http://127.0.0.1:PORT` for the demo, the regional host otherwise. */
  endpoint: string
  region: string
  instanceIds: string[]
  /**
   * The zone set for each watched instance that has one (the profile's, the demo's own); ask
   * `instanceTimeZone(session, id)`, which gives the others their region's.
   */
  timeZones: Record<string, string>
  /** Grows with every switch in this run of main, so an older notice of a switch is told apart. */
  revision: number
}

export { EXPORT_FORMATS, MAX_SNAPSHOT_TEXT, type ExportFormat }

/** A report range main splits into calls: `done` of `total` calls answered. */
export interface ReportProgress {
  progressId: string
  done: number
  total: number
}

/** Where a snapshot was written; null when the user closed the folder dialog. */
export type SnapshotExportResult = {
  folder: string
  files: string[]
  /** The reopenable `.json` of each instance, when that format was chosen. */
  snapshots: string[]
  /** Sets an earlier, killed export had left incomplete in the folder: their files were removed. */
  interrupted?: Array<{ stem: string; removed: number }>
} | null

/** The export under way, for a progress bar; null when none is running. */
export interface ExportProgress {
  /** 0-based position of the instance being exported, of `instanceCount`. */
  instanceIndex: number
  instanceCount: number
  instanceId: string
  /** Fetching the data from CCC, then writing the files. */
  phase: 'fetch' | 'write'
  /** 0..1 over the whole export. */
  fraction: number
  cancelling: boolean
}

/** A snapshot opened for viewing; `path` is null for a file dropped on the window. */
export interface OpenedSnapshot {
  name: string
  path: string | null
  snapshot: SnapshotFile
  /** The version the file was written in; older files are read as the current one. */
  writtenVersion: SnapshotFileVersion
}

/** An entry of the recent-snapshots list: what it shows without opening the file. */
export interface RecentSnapshot {
  path: string
  name: string
  instanceId: string
  instanceName: string
  /** When the snapshot was taken (ISO 8601), shown in the snapshot's own zone. */
  createdAt: string
  timeZone: string
  /** When it was last opened or written (ISO 8601). */
  openedAt: string
}


const exportSnapshotInput = z.strictObject({
  /** One instance, or every instance of the session for "export everything". */
  instanceIds: z.array(instanceId).min(1).max(50),
  /** One zone for every instance's files; absent: each instance in the zone it keeps its days in. */
  timeZone: timeZoneName.optional(),
  formats: z.array(z.enum(EXPORT_FORMATS)).min(1).max(EXPORT_FORMATS.length),
  interval: z.strictObject({ startTime: epochMs, endTime: epochMs, interval: z.enum(['Daily', 'Hourly']) }).nullable(),
  trend: z.strictObject({ startTime: epochMs, endTime: epochMs }).nullable(),
  /** The queue report (one row per skill group) over this range, in the instance's zone; absent or null: not exported. */
  queueReport: z.strictObject({ startTime: epochMs, endTime: epochMs }).nullable().optional(),
  /** The agent report (one row per agent) over this range; absent or null: not exported. */
  agentReport: z.strictObject({ startTime: epochMs, endTime: epochMs }).nullable().optional(),
  /** The language of the files' headings, headers, enums, totals rows and yes/no; absent: en-US. */
  language: z.enum(['en-US', 'zh-CN']).optional(),
  /** CSV and XLSX for people (`words`) or for scripts (`fields`); absent: words. */
  headers: z.enum(EXPORT_HEADERS).optional()
})

const recentPath = z.strictObject({ path: z.string().min(1).max(4096) })

/** The languages the app speaks; the page's choice is one of them, and so are main's menu and dialogs. */
export const UI_LOCALES = ['en-US', 'zh-CN'] as const
export type UiLocale = (typeof UI_LOCALES)[number]

/** The boards an alert's notification brings the window to: the wallboard and its queue and agent boards. */
export const ALERT_BOARDS = ['realtime', 'realtime-queues', 'realtime-agents'] as const
export type AlertBoard = (typeof ALERT_BOARDS)[number]
/** A notification's title and body at most; the page's texts are far shorter, the rest would be cut by the desktop anyway. */
export const ALERT_TITLE_MAX = 200
export const ALERT_BODY_MAX = 1_000

const alertNotificationInput = z.strictObject({
  title: z.string().trim().min(1).max(ALERT_TITLE_MAX),
  body: z.string().max(ALERT_BODY_MAX),
  /** The figure it is about: a later notice of the same tag replaces the earlier one. */
  tag: z.string().min(1).max(400),
  /** Where a click brings the window. */
  instanceId,
  board: z.enum(ALERT_BOARDS)
})

/** How the alert log's CSV writes a column: text as it is, a time in the instance's zone, a duration. */
export const ALERT_LOG_COLUMN_KINDS = ['text', 'epochMs', 'seconds'] as const
export type AlertLogColumnKind = (typeof ALERT_LOG_COLUMN_KINDS)[number]
/** More rows than the log keeps (500 and the alerts under way, one per figure). */
export const MAX_ALERT_LOG_ROWS = 5_000
const MAX_ALERT_LOG_COLUMNS = 20

const alertLogCell = z.union([z.string().max(1_000), z.number().finite(), z.null()])
const exportAlertLogInput = z
  .strictObject({
    instanceId,
    timeZone: timeZoneName,
    columns: z.array(z.strictObject({ label: z.string().trim().min(1).max(200), kind: z.enum(ALERT_LOG_COLUMN_KINDS) })).min(1).max(MAX_ALERT_LOG_COLUMNS),
    rows: z.array(z.array(alertLogCell).max(MAX_ALERT_LOG_COLUMNS)).max(MAX_ALERT_LOG_ROWS)
  })
  .refine((input) => input.rows.every((row) => row.length === input.columns.length), 'Every row has one cell per column.')

/** One instance's day so far, as the Today page reads it. */
export interface HistoryDayAnswer {
  /** The day shown, `yyyy-MM-dd` in `timeZone`: the one asked for, or the instance's today. */
  day: string
  timeZone: string
  /** The day's midnight and the next in `timeZone`, epoch ms (a DST day is 23 or 25 hours). */
  dayStart: number
  dayEnd: number
  /** The instance's days kept, oldest first. */
  days: string[]
  /** Null when nothing is kept here (the CLI's services) or the store cannot be opened (`problem`). */
  data: HistoryDayWire | null
  /** False where this build keeps no history at all. */
  kept: boolean
  problem: HistoryProblem | null
  /** The store was damaged and repaired when it opened: what could not be read was dropped. */
  repaired: boolean
  retentionDays: number
  /**
   * The day was too large for one answer: it holds only what was kept after this time (later than
   * `since` when that was asked for). Null when it holds all that was asked.
   */
  cutAt: number | null
}

const historyDayInput = z.strictObject({
  instanceId,
  /** A calendar day in the instance's zone; absent: its today. */
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'A day is written yyyy-MM-dd.')
    .refine((day) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), 'A day is a date of the calendar.')
    .optional(),
  /** The kinds of records wanted; absent: all of them. */
  kinds: z
    .array(z.enum(HISTORY_KINDS as [HistoryKind, ...HistoryKind[]]))
    .min(1)
    .max(HISTORY_KINDS.length)
    .optional(),
  /** Only the answers after this time, epoch ms: what a sparkline has not got yet. */
  since: epochMs.optional()
})

export const contract = {
  getAppInfo: channel<AppInfo>()(z.undefined()),
  getSession: channel<SessionInfo>()(z.undefined()),
  /** The language the page shows, sent on start and on every switch: main's menu and dialogs follow it. */
  setUiLanguage: channel<void>()(z.strictObject({ locale: z.enum(UI_LOCALES) })),
  /**
   * An alert as the desktop's notification, in the page's words; clicked, it raises the window and
   * main sends `alertNotificationClicked`. False where the desktop shows none.
   */
  showAlertNotification: channel<boolean>()(alertNotificationInput),
  /** The figures in alert, on the taskbar or dock where the platform has a badge; 0 clears it. */
  setAlertBadge: channel<void>()(z.strictObject({ count: z.number().int().min(0).max(99_999) })),
  /**
   * While alerts are to be told, the window refreshes behind other windows and minimised as in
   * front (Chromium would slow its timers and call it hidden); off again when none are.
   */
  setBackgroundRefresh: channel<void>()(z.strictObject({ on: z.boolean() })),
  /** One instance's day so far (#19), as main kept it from the live answers. */
  getHistoryDay: channel<HistoryDayAnswer>()(historyDayInput),
  /** Removes every day kept of every instance ("forget history"). */
  forgetHistory: channel<void>()(z.undefined()),
  /** The alert log as a CSV file in a folder the user picks; its path, or null when they cancel. */
  exportAlertLog: channel<{ path: string } | null>()(exportAlertLogInput),
  getInstance: channel<Instance>()(instanceInput),
  getRealtimeInstanceStates: channel<RealtimeInstanceStates>()(instanceInput),
  getInstanceSummaryReportSinceMidnight: channel<InstanceSummaryReport>()(instanceInput),
  getInstanceTrendingReport: channel<InstanceTrendingReport>()(z.strictObject(rangeInput)),
  listIntervalInstanceReport: channel<IntervalReportItem[]>()(
    z.strictObject({ ...rangeInput, interval: z.enum(['Daily', 'Hourly']) })
  ),
  /** Every page of the list, with when CCC answered (for time in state on CCC's clock). */
  listRealtimeSkillGroupStates: channel<LiveList<SkillGroupState>>()(skillGroupStatesInput),
  listRealtimeAgentStates: channel<LiveList<AgentState>>()(agentStatesInput),
  /** Each group's DisplayName: the live states carry only SkillGroupName, a short code. */
  listSkillGroups: channel<SkillGroupListItem[]>()(instanceInput),
  /** One skill group's buckets over the range, split into the calls the API takes. */
  listIntervalSkillGroupReport: channel<SkillGroupIntervalItem[]>()(z.strictObject({ ...intervalRangeInput, skillGroupId })),
  /** One agent's buckets over the range. */
  listIntervalAgentReport: channel<AgentIntervalItem[]>()(z.strictObject({ ...intervalRangeInput, agentId })),
  /** One row per skill group over the whole range, every page read. */
  listHistoricalSkillGroupReport: channel<SkillGroupHistoricalRow[]>()(
    z.strictObject({ ...rangeInput, skillGroupIds: z.array(skillGroupId).max(MAX_SKILL_GROUP_IDS).optional() })
  ),
  /** One row per agent over the whole range: of one skill group (its calls of that group), or of these agents. */
  listHistoricalAgentReport: channel<AgentHistoricalRow[]>()(
    z.strictObject({ ...rangeInput, skillGroupId: skillGroupId.optional(), agentIds: z.array(agentId).max(MAX_REPORT_AGENTS).optional() })
  ),
  /** Stops a report run between its calls; true when one was running under that ID. */
  cancelReport: channel<boolean>()(z.strictObject({ progressId })),
  openExternal: channel<void>()(z.strictObject({ url: z.string().max(2048) })),
  listProfiles: channel<ProfileSummary[]>()(z.undefined()),
  saveProfile: channel<ProfileSummary>()(saveProfileInput),
  deleteProfile: channel<void>()(z.strictObject({ id: profileId })),
  testProfile: channel<ConnectionTest>()(profileRef),
  activateProfile: channel<SessionInfo>()(profileRef),
  getKeychainStatus: channel<KeychainStatus>()(z.undefined()),
  importProfiles: channel<ImportReport>()(z.strictObject({ source: z.enum(['aliyun-cli', 'environment']), storage })),
  exportSnapshot: channel<SnapshotExportResult>()(exportSnapshotInput),
  getExportProgress: channel<ExportProgress | null>()(z.undefined()),
  /** true when an export was running and is now being stopped. */
  cancelExport: channel<boolean>()(z.undefined()),
  /** Asks for a `.json` with the native open dialog; null when the user cancels. */
  openSnapshotFile: channel<OpenedSnapshot | null>()(z.undefined()),
  /** A file dropped on the window: its name and text, validated in main like any other. */
  openSnapshotText: channel<OpenedSnapshot>()(
    z.strictObject({ name: z.string().min(1).max(255), text: z.string().max(MAX_SNAPSHOT_TEXT) })
  ),
  /** Only a path on the recent list: the renderer cannot make main read arbitrary files. */
  openRecentSnapshot: channel<OpenedSnapshot>()(recentPath),
  listRecentSnapshots: channel<RecentSnapshot[]>()(z.undefined()),
  forgetRecentSnapshot: channel<RecentSnapshot[]>()(recentPath)
} as const satisfies Record<ChannelName, ChannelDef<z.ZodType, unknown>>

export type Contract = typeof contract
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['output']> extends never
  ? void
  : Exclude<Contract[C]['output'], undefined>

/** What the preload exposes as `window.api`, and what the renderer calls: requests, and `on` for events. */
export type SupervisorApi = {
  [C in ChannelName]: ChannelInput<C> extends undefined
    ? () => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
} & { on: Subscribe }
