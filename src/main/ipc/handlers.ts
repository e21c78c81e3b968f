/** The handler table: what each contract channel does, in terms of main's plain services. */
import type { AppInfo, SessionInfo } from '../../shared/ipc/contract'
import type { CccClient } from '../ccc/client'
import { CccError } from '../ccc/errors'
import type { Handlers } from './dispatch'

export interface HandlerServices {
  appInfo: AppInfo
  /** The session in force; resolved lazily so the window opens before the demo has started. */
  session: () => Promise<{ info: SessionInfo; client: CccClient }>
  openExternal: (url: string) => Promise<boolean>
}

export function createHandlers(services: HandlerServices): Handlers {
  const client = async (): Promise<CccClient> => (await services.session()).client
  return {
    getAppInfo: async () => services.appInfo,
    getSession: async () => (await services.session()).info,
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
    }
  }
}
