/** Fetching everything a snapshot holds for one instance, with the CCC client. */
import type { CccClient } from '../ccc/client'
import { countedRange, planRange } from '../../shared/ccc/range-split'
import { displayNamesOf } from '../../shared/ccc/skill-group-names'
import type { Snapshot, SnapshotDaySoFar, SnapshotGroupReportQuery, SnapshotIntervalQuery, SnapshotTrendQuery } from '../../shared/snapshot'
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../shared/snapshot'

export type SnapshotStep =
  | 'instance'
  | 'realtime'
  | 'summary'
  | 'skillGroups'
  | 'agents'
  | 'interval'
  | 'trend'
  | 'skillGroupNames'
  | 'queueReport'
  | 'agentReport'

export interface BuildSnapshotOptions {
  instanceId: string
  /** The profile's name only; credentials never enter a snapshot. */
  profileName: string | null
  /** IANA zone the exported files show times in (usually the instance's). */
  timeZone: string
  interval?: SnapshotIntervalQuery
  trend?: SnapshotTrendQuery
  /** The queue report (ListHistoricalSkillGroupReport) over this range. */
  queueReport?: SnapshotGroupReportQuery
  /** The agent report (ListHistoricalAgentReport) over this range. */
  agentReport?: SnapshotGroupReportQuery
  now?: () => number
  /** `done` of `total` calls of a step; split reports call it once per call. */
  onProgress?: (step: SnapshotStep, done: number, total: number) => void
  /** Cancels between calls; the signal's reason is thrown. */
  signal?: AbortSignal
  /** The instance's day so far as the console kept it; null or absent: none goes into the file. */
  daySoFar?: () => Promise<SnapshotDaySoFar | null>
}

export type SnapshotClient = Pick<
  CccClient,
  | 'getInstance'
  | 'getRealtimeInstanceStates'
  | 'getInstanceSummaryReportSinceMidnight'
  | 'readRealtimeSkillGroupStates'
  | 'readRealtimeAgentStates'
  | 'listIntervalInstanceReport'
  | 'getInstanceTrendingReport'
  | 'listSkillGroups'
  | 'listHistoricalSkillGroupReport'
  | 'listHistoricalAgentReport'
>

export async function buildSnapshot(client: SnapshotClient, options: BuildSnapshotOptions): Promise<Snapshot> {
  const { instanceId, onProgress, signal } = options
  const createdAt = new Date((options.now ?? Date.now)()).toISOString()
  const step = async <T>(name: SnapshotStep, fetch: () => Promise<T>): Promise<T> => {
    signal?.throwIfAborted()
    onProgress?.(name, 0, 1)
    const result = await fetch()
    onProgress?.(name, 1, 1)
    return result
  }

  // The lists with their answer's clock: the file's time in state is measured against it.
  const [instance, realtime, summary, skillGroups, agents] = await Promise.all([
    step('instance', () => client.getInstance(instanceId)),
    step('realtime', () => client.getRealtimeInstanceStates(instanceId)),
    step('summary', () => client.getInstanceSummaryReportSinceMidnight(instanceId)),
    step('skillGroups', () => client.readRealtimeSkillGroupStates(instanceId)),
    step('agents', () => client.readRealtimeAgentStates(instanceId))
  ])

  const intervalQuery = options.interval
  const interval = intervalQuery
    ? {
        query: { ...intervalQuery },
        items: await client.listIntervalInstanceReport(
          instanceId,
          { startTime: intervalQuery.startTime, endTime: intervalQuery.endTime },
          intervalQuery.interval,
          { onProgress: (done, total) => onProgress?.('interval', done, total), ...(signal ? { signal } : {}) }
        )
      }
    : null

  const trendQuery = options.trend
  const trend = trendQuery
    ? {
        query: { ...trendQuery },
        report: await client.getInstanceTrendingReport(instanceId, trendQuery, {
          onProgress: (done, total) => onProgress?.('trend', done, total),
          ...(signal ? { signal } : {})
        })
      }
    : null

  const progressOf = (name: SnapshotStep) => ({ onProgress: (done: number, total: number) => onProgress?.(name, done, total), ...(signal ? { signal } : {}) })
  // Asked for, and recorded, as CCC counts it: whole hours up to now (a range it refuses throws here).
  const groupQuery = (query: SnapshotGroupReportQuery): SnapshotGroupReportQuery => {
    const now = (options.now ?? Date.now)()
    return countedRange(planRange('daily', query, now).range, now)
  }
  const queueQuery = options.queueReport && groupQuery(options.queueReport)
  const queueReport = queueQuery
    ? { query: queueQuery, items: await client.listHistoricalSkillGroupReport(instanceId, queueQuery, {}, progressOf('queueReport')) }
    : null
  const agentQuery = options.agentReport && groupQuery(options.agentReport)
  const agentReport = agentQuery
    ? { query: agentQuery, items: await client.listHistoricalAgentReport(instanceId, agentQuery, {}, progressOf('agentReport')) }
    : null
  // The reports' rows name a group by CCC's SkillGroupName; the files show what supervisors typed.
  const skillGroupNames = queueReport || agentReport ? await readDisplayNames(client, instanceId, step, signal) : null

  // What the console kept of the day is the file's extra, never a reason for it to fail.
  const daySoFar = options.daySoFar ? await options.daySoFar().catch(() => null) : null
  signal?.throwIfAborted()
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt,
    profileName: options.profileName,
    timeZone: options.timeZone,
    instance,
    realtime,
    summary,
    interval,
    trend,
    skillGroups,
    agents,
    queueReport,
    agentReport,
    skillGroupNames,
    daySoFar
  }
}

/**
 * The skill groups' DisplayNames, or null when they cannot be read: the report is what was asked
 * for, and its rows still carry CCC's SkillGroupName. A cancel is not swallowed.
 */
async function readDisplayNames(
  client: SnapshotClient,
  instanceId: string,
  step: <T>(name: SnapshotStep, fetch: () => Promise<T>) => Promise<T>,
  signal: AbortSignal | undefined
): Promise<Record<string, string> | null> {
  try {
    return { ...displayNamesOf(await step('skillGroupNames', () => client.listSkillGroups(instanceId))) }
  } catch (error) {
    if (signal?.aborted) throw error
    return null
  }
}
