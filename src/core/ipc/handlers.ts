/** The handler table: what each contract channel does, in terms of main's plain services. */
import { basename, resolve } from 'node:path'
import type { AppInfo, UiLocale } from '../../shared/ipc/contract'
import { DEMO_PROFILE_ID, type ProfileSummary } from '../../shared/profiles'
import { DEFAULT_REGION } from '../../shared/ccc/endpoint'
import { instanceTimeZone } from '../../shared/ccc/instance-zone'
import { DEMO_INSTANCE_IDS, DEMO_INSTANCE_TIME_ZONES } from '../../simulator/demo-account'
import type { CccClient } from '../ccc/client'
import { InputError } from '../errors'
import { importAliyunCliProfiles, importEnvironmentProfile } from '../credentials/profile-import'
import type { ProfileService } from '../credentials/profile-service'
import type { ExportRunner } from '../export/export-job'
import { ExportError } from '../export/errors'
import { parseSnapshotText, readSnapshot } from '../export/read-snapshot'
import type { RecentSnapshots } from '../export/recent-snapshots'
import type { SessionManager } from '../session'
import type { EventSink } from '../events'
import { noticeLimiter, plainNotice, type DesktopAlerts } from '../alerts/desktop-alerts'
import { writeAlertLog } from '../alerts/alert-log-export'
import type { HistoryRecorder } from '../history/history-recorder'
import { dayBounds, dayToWire, fittingSince, HISTORY_KINDS, MAX_WIRE_VALUES } from '../../shared/history/day'
import { runningTimes } from '../../shared/history/day-curves'
import { SNAPSHOT_DAY_KINDS, type SnapshotDaySoFar } from '../../shared/snapshot'
import { dateIn } from '../../shared/ccc/zone-check'
import { ReportRuns } from './report-runs'
import type { Handlers } from './dispatch'

export interface HandlerServices {
  appInfo: AppInfo
  sessions: SessionManager
  profiles: ProfileService
  /** The environment main was started with, for importing ALIBABA_CLOUD_* variables. */
  env: Record<string, string | undefined>
  openExternal: (url: string) => Promise<boolean>
  /** Asks the user for a folder (the native dialog in the app); null when they cancel. */
  chooseExportFolder: () => Promise<string | null>
  /** Asks the user for a snapshot `.json` (the native open dialog in the app); null when they cancel. */
  chooseSnapshotFile: () => Promise<string | null>
  /** The page's language, for what main shows itself (the app's menu and dialogs); absent where there are none. */
  setUiLanguage?: (locale: UiLocale) => void
  /** The desktop's notifications and badge (the app); absent in the test host and the CLI. */
  desktopAlerts?: DesktopAlerts
  exports: ExportRunner
  recentSnapshots: RecentSnapshots
  /** Where report progress goes (main's windows, the test host's stream). */
  events?: EventSink
  /** Main's clock (the alert log's file name, when an answer arrived); Date.now when absent. */
  now?: () => number
  /** Where each live answer is kept for the day so far; absent, none is. */
  history?: HistoryRecorder
}

/** The built-in demo as a profile the user can pick; it needs no keychain. */
export function demoProfile(): ProfileSummary {
  return {
    id: DEMO_PROFILE_ID,
    name: 'Demo',
    accessKeyIdMasked: '',
    region: DEFAULT_REGION,
    endpoint: null,
    instanceIds: [...DEMO_INSTANCE_IDS],
    timeZones: { ...DEMO_INSTANCE_TIME_ZONES },
    hasSecurityToken: false,
    storage: 'session',
    builtIn: true,
    secretAvailable: true,
    createdAt: '1970-01-01T00:00:00.000Z',
    updatedAt: '1970-01-01T00:00:00.000Z'
  }
}

export function createHandlers(services: HandlerServices): Handlers {
  const { sessions, profiles, recentSnapshots } = services
  const openPath = async (path: string) => {
    const { snapshot, writtenVersion } = await readSnapshot(path)
    // The list is a convenience: a data folder that cannot be written must not stop the opening.
    await recentSnapshots.remember(path, snapshot).catch(() => {})
    return { name: basename(path), path: resolve(path), snapshot, writtenVersion }
  }
  const client = async (): Promise<CccClient> => (await sessions.session()).client
  const reports = new ReportRuns(services.events)
  const now = services.now ?? Date.now
  const mayNotify = noticeLimiter()
  /** The instance's today so far as kept (in its own zone, whatever zone the files show), for its snapshot: bounded as an answer is. */
  const daySoFarOf = async (instanceId: string, timeZone: string): Promise<SnapshotDaySoFar | null> => {
    if (!services.history) return null
    const day = dateIn(now(), timeZone)
    const { data } = await services.history.read(instanceId, timeZone, day, SNAPSHOT_DAY_KINDS)
    if (!data || runningTimes(data).length === 0) return null
    const cut = fittingSince(data, SNAPSHOT_DAY_KINDS, MAX_WIRE_VALUES)
    return { day, timeZone, ...dayBounds(day, timeZone), cutAt: cut ?? null, data: dayToWire(data, SNAPSHOT_DAY_KINDS, cut, 'cut') }
  }
  return {
    getAppInfo: async () => services.appInfo,
    getSession: () => sessions.info(),
    setUiLanguage: async ({ locale }) => services.setUiLanguage?.(locale),
    showAlertNotification: async (notice) => (services.desktopAlerts && mayNotify(now()) ? services.desktopAlerts.notify(plainNotice(notice)) : false),
    setAlertBadge: async ({ count }) => services.desktopAlerts?.setBadgeCount(count),
    setBackgroundRefresh: async ({ on }) => services.desktopAlerts?.keepRefreshing(on),
    exportAlertLog: async (table) => {
      const folder = await services.chooseExportFolder()
      return folder === null ? null : { path: await writeAlertLog(folder, table, now()) }
    },
    getHistoryDay: async ({ instanceId, day, kinds, since }) => {
      const timeZone = instanceTimeZone((await sessions.session()).info, instanceId)
      const history = services.history
      // The instance's today by main's clock, which the answers were recorded on.
      const shown = day ?? dateIn(now(), timeZone)
      const bounds = { day: shown, timeZone, ...dayBounds(shown, timeZone) }
      if (!history) return { ...bounds, days: [], data: null, kept: false, problem: null, repaired: false, retentionDays: 0, cutAt: null }
      const wanted = kinds ?? HISTORY_KINDS
      // A reader following the day reads only the hours from its last answer on.
      let read = await history.read(instanceId, timeZone, shown, kinds, since)
      // A day too large for one answer is sent from later on, and says from when.
      let from = read.data ? fittingSince(read.data, wanted, MAX_WIRE_VALUES, since) : since
      if (from !== since && since !== undefined) {
        // Cut where the reader's answers do not reach: its skill groups then start from the whole day's state.
        read = await history.read(instanceId, timeZone, shown, kinds)
        from = read.data ? fittingSince(read.data, wanted, MAX_WIRE_VALUES, since) : since
      }
      return {
        ...bounds,
        cutAt: from === since ? null : (from ?? null),
        days: read.days,
        data: read.data && dayToWire(read.data, kinds, from, from === since ? 'reader' : 'cut'),
        kept: true,
        problem: read.data ? null : (history.failure?.code ?? 'History.Unavailable'),
        repaired: read.repaired,
        retentionDays: history.retentionDays
      }
    },
    forgetHistory: async () => {
      if (!services.history) return
      await services.history.forget()
      // Every window drew the day from what is gone now: each forgets its lines, not only the one that asked.
      services.events?.('historyForgotten', { at: now() })
    },
    getInstance: async ({ instanceId }) => (await client()).getInstance(instanceId),
    getRealtimeInstanceStates: async ({ instanceId }) => {
      const session = await sessions.session()
      const data = await session.client.getRealtimeInstanceStates(instanceId)
      services.history?.record(instanceId, instanceTimeZone(session.info, instanceId), now(), { kind: 'states', data })
      return data
    },
    getInstanceSummaryReportSinceMidnight: async ({ instanceId }) => {
      const session = await sessions.session()
      const data = await session.client.getInstanceSummaryReportSinceMidnight(instanceId)
      services.history?.record(instanceId, instanceTimeZone(session.info, instanceId), now(), { kind: 'summary', data })
      return data
    },
    getInstanceTrendingReport: async ({ instanceId, startTime, endTime, progressId }) => {
      const ccc = await client()
      return reports.run(progressId, (options) => ccc.getInstanceTrendingReport(instanceId, { startTime, endTime }, options))
    },
    listIntervalInstanceReport: async ({ instanceId, startTime, endTime, interval, progressId }) => {
      const ccc = await client()
      return reports.run(progressId, (options) => ccc.listIntervalInstanceReport(instanceId, { startTime, endTime }, interval, options))
    },
    listRealtimeSkillGroupStates: async ({ instanceId, skillGroupIds }) => {
      const session = await sessions.session()
      const list = await session.client.readRealtimeSkillGroupStates(instanceId, skillGroupIds)
      // Only the whole list: one of some groups ("my queues") would read as the others gone.
      if (!skillGroupIds?.length) services.history?.record(instanceId, instanceTimeZone(session.info, instanceId), now(), { kind: 'queues', data: list.items })
      return list
    },
    listRealtimeAgentStates: async ({ instanceId, ...filter }) => {
      const session = await sessions.session()
      const list = await session.client.readRealtimeAgentStates(instanceId, filter)
      // Only the whole list: a filtered one would read as the agents it leaves out gone.
      if (!filter.states?.length && !filter.query && !filter.skillGroupId) {
        services.history?.record(instanceId, instanceTimeZone(session.info, instanceId), now(), { kind: 'agents', data: list.items })
      }
      return list
    },
    listSkillGroups: async ({ instanceId }) => (await client()).listSkillGroups(instanceId),
    listIntervalSkillGroupReport: async ({ instanceId, skillGroupId, startTime, endTime, interval, progressId }) => {
      const ccc = await client()
      return reports.run(progressId, (options) => ccc.listIntervalSkillGroupReport(instanceId, skillGroupId, { startTime, endTime }, interval, options))
    },
    listIntervalAgentReport: async ({ instanceId, agentId, startTime, endTime, interval, progressId }) => {
      const ccc = await client()
      return reports.run(progressId, (options) => ccc.listIntervalAgentReport(instanceId, agentId, { startTime, endTime }, interval, options))
    },
    listHistoricalSkillGroupReport: async ({ instanceId, startTime, endTime, skillGroupIds, progressId }) => {
      const ccc = await client()
      return reports.run(progressId, (options) => ccc.listHistoricalSkillGroupReport(instanceId, { startTime, endTime }, { skillGroupIds }, options))
    },
    listHistoricalAgentReport: async ({ instanceId, startTime, endTime, skillGroupId, agentIds, progressId }) => {
      const ccc = await client()
      return reports.run(progressId, (options) => ccc.listHistoricalAgentReport(instanceId, { startTime, endTime }, { skillGroupId, agentIds }, options))
    },
    cancelReport: async ({ progressId }) => reports.cancel(progressId),
    openExternal: async ({ url }) => {
      if (!(await services.openExternal(url))) {
        throw new InputError('External.Refused', 'Only links to Alibaba Cloud CCC, RAM and help pages are opened.')
      }
    },
    listProfiles: async () => [demoProfile(), ...(await profiles.list())],
    saveProfile: async ({ id, ...input }) => profiles.save(input, id),
    deleteProfile: async ({ id }) => profiles.remove(id),
    testProfile: async ({ id }) => sessions.test(id),
    activateProfile: async ({ id }) => sessions.activate(id),
    getKeychainStatus: async () => profiles.keychainStatus(),
    importProfiles: async ({ source, storage }) =>
      source === 'aliyun-cli'
        ? importAliyunCliProfiles(profiles, { storage })
        : importEnvironmentProfile(profiles, services.env, storage),
    exportSnapshot: async ({ instanceIds, timeZone, formats, interval, trend, queueReport, agentReport, language, headers }) => {
      const session = await sessions.session()
      const run = await services.exports.run(
        session.client,
        {
          instanceIds: [...new Set(instanceIds)],
          formats,
          // A zone asked for holds for every file; otherwise each instance's days are its own.
          timeZone: (id) => timeZone ?? instanceTimeZone(session.info, id),
          profileName: session.info.profileName,
          interval,
          trend,
          queueReport: queueReport ?? null,
          agentReport: agentReport ?? null,
          ...(language ? { language } : {}),
          ...(headers ? { headers } : {}),
          ...(services.history ? { daySoFar: (id: string) => daySoFarOf(id, instanceTimeZone(session.info, id)) } : {})
        },
        services.chooseExportFolder
      )
      if (run === null) return null
      for (const { path, snapshot } of run.snapshots) await recentSnapshots.remember(path, snapshot).catch(() => {})
      return { folder: run.folder, files: run.files, snapshots: run.snapshots.map((s) => s.path), interrupted: run.interrupted }
    },
    getExportProgress: async () => services.exports.progress(),
    cancelExport: async () => services.exports.cancel(),
    openSnapshotFile: async () => {
      const path = await services.chooseSnapshotFile()
      return path === null ? null : openPath(path)
    },
    openSnapshotText: async ({ name, text }) => ({ name: basename(name), path: null, ...parseSnapshotText(basename(name), text) }),
    openRecentSnapshot: async ({ path }) => {
      if (!(await recentSnapshots.has(path))) {
        throw new ExportError('Snapshot.NotRecent', 'Only snapshots on the recent list can be reopened this way; use Open to choose a file.')
      }
      try {
        return await openPath(path)
      } catch (error) {
        // A file deleted or moved since leaves the list; the user is told why once.
        if (error instanceof ExportError && error.code === 'Snapshot.NotFound') await recentSnapshots.forget(path).catch(() => {})
        throw error
      }
    },
    listRecentSnapshots: async () => recentSnapshots.list(),
    forgetRecentSnapshot: async ({ path }) => recentSnapshots.forget(path)
  }
}
