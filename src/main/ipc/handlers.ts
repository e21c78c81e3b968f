/** The handler table: what each contract channel does, in terms of main's plain services. */
import type { AppInfo } from '../../shared/ipc/contract'
import { DEMO_PROFILE_ID, type ProfileSummary } from '../../shared/profiles'
import { DEFAULT_REGION } from '../../shared/ccc/endpoint'
import { DEMO_INSTANCE_IDS } from '../../simulator'
import type { CccClient } from '../ccc/client'
import { CccError } from '../ccc/errors'
import { importAliyunCliProfiles, importEnvironmentProfile } from '../credentials/profile-import'
import type { ProfileService } from '../credentials/profile-service'
import { exportSnapshot } from '../export/export-snapshot'
import { buildSnapshot } from '../export/snapshot-builder'
import type { SessionManager } from '../session'
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
    hasSecurityToken: false,
    storage: 'session',
    builtIn: true,
    secretAvailable: true,
    createdAt: '1970-01-01T00:00:00.000Z',
    updatedAt: '1970-01-01T00:00:00.000Z'
  }
}

export function createHandlers(services: HandlerServices): Handlers {
  const { sessions, profiles } = services
  const client = async (): Promise<CccClient> => (await sessions.session()).client
  return {
    getAppInfo: async () => services.appInfo,
    getSession: async () => (await sessions.session()).info,
    getInstance: async ({ instanceId }) => (await client()).getInstance(instanceId),
    getRealtimeInstanceStates: async ({ instanceId }) => (await client()).getRealtimeInstanceStates(instanceId),
    getInstanceSummaryReportSinceMidnight: async ({ instanceId }) =>
      (await client()).getInstanceSummaryReportSinceMidnight(instanceId),
    getInstanceTrendingReport: async ({ instanceId, startTime, endTime }) =>
      (await client()).getInstanceTrendingReport(instanceId, { startTime, endTime }),
    listIntervalInstanceReport: async ({ instanceId, startTime, endTime, interval }) =>
      (await client()).listIntervalInstanceReport(instanceId, { startTime, endTime }, interval),
    openExternal: async ({ url }) => {
      if (!(await services.openExternal(url))) {
        throw new CccError({
          code: 'External.Refused',
          message: 'Only links to Alibaba Cloud CCC, RAM and help pages are opened.',
          kind: 'input'
        })
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
    exportSnapshot: async ({ instanceId, timeZone, formats, interval, trend }) => {
      const folder = await services.chooseExportFolder()
      if (folder === null) return null
      const session = await sessions.session()
      const snapshot = await buildSnapshot(session.client, {
        instanceId,
        profileName: session.info.profileName,
        timeZone,
        ...(interval ? { interval } : {}),
        ...(trend ? { trend } : {})
      })
      return { folder, files: await exportSnapshot(snapshot, folder, formats) }
    }
  }
}
