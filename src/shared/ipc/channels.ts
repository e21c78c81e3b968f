/**
 * The contract's channel names without its schemas. The sandboxed preload can only `require`
 * Electron's own modules, so it imports this zod-free list; `contract.ts` checks its table
 * against it, so a channel cannot be added to one and forgotten in the other.
 */
export const channelNames = [
  'getAppInfo',
  'getSession',
  'setUiLanguage',
  'showAlertNotification',
  'setAlertBadge',
  'exportAlertLog',
  'setBackgroundRefresh',
  'getHistoryDay',
  'forgetHistory',
  'getInstance',
  'getRealtimeInstanceStates',
  'getInstanceSummaryReportSinceMidnight',
  'getInstanceTrendingReport',
  'listIntervalInstanceReport',
  'listRealtimeSkillGroupStates',
  'listRealtimeAgentStates',
  'listSkillGroups',
  'listIntervalSkillGroupReport',
  'listIntervalAgentReport',
  'listHistoricalSkillGroupReport',
  'listHistoricalAgentReport',
  'cancelReport',
  'openExternal',
  'listProfiles',
  'saveProfile',
  'deleteProfile',
  'testProfile',
  'activateProfile',
  'getKeychainStatus',
  'importProfiles',
  'exportSnapshot',
  'getExportProgress',
  'cancelExport',
  'openSnapshotFile',
  'openSnapshotText',
  'openRecentSnapshot',
  'listRecentSnapshots',
  'forgetRecentSnapshot'
] as const

export type ChannelName = (typeof channelNames)[number]

/** The IPC channel string for a contract entry; namespaced so no other listener can collide. */
export const ipcChannel = (name: ChannelName): string => `ccc-supervisor:${name}`
