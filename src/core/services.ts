/**
 * Main's services wired together, without Electron: the app's composition root and the loopback
 * test host both build exactly this, so the browser tests exercise the same handler table.
 */
import { EXPORT_FORMATS, type AppInfo, type UiLocale } from '../shared/ipc/contract'
import type { CccClientOptions } from './ccc/client'
import { KeytarSecretStore } from './credentials/keytar-secret-store'
import { MemorySecretStore } from './credentials/memory-secret-store'
import { ProfileService } from './credentials/profile-service'
import type { SecretStore } from './credentials/secret-store'
import { ExportRunner } from './export/export-job'
import type { PdfPrinter } from './export/export-snapshot'
import { RecentSnapshots } from './export/recent-snapshots'
import type { Handlers } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { SessionManager } from './session'
import { EventHub } from './events'
import type { DesktopAlerts } from './alerts/desktop-alerts'
import { HistoryRecorder } from './history/history-recorder'
import { join } from 'node:path'

export interface ServicesOptions {
  dataDir: string
  /** A keychain service name (keytar), or a store to use instead. */
  keychain: string | SecretStore
  env: Record<string, string | undefined>
  appInfo: Omit<AppInfo, 'exportFormats' | 'desktopNotifications'>
  openExternal: (url: string) => Promise<boolean>
  chooseExportFolder: () => Promise<string | null>
  chooseSnapshotFile: () => Promise<string | null>
  /** Hears the page's language (the app rebuilds its menu in it); the test host and specs need none. */
  setUiLanguage?: (locale: UiLocale) => void
  /** The desktop's notifications and badge (the app); without them the page notifies through the browser. */
  desktopAlerts?: DesktopAlerts
  /**
   * The day so far: every live answer kept in `<dataDir>/history` (the app and the web demo); absent,
   * nothing is kept (the CLI, most specs).
   */
  history?: { retentionDays?: number; maxBytes?: number }
  /** Where main's own notes go (a store that cannot open, an answer not recorded). */
  log?: (line: string) => void
  /** Electron's printToPDF in the app, Chromium in tests; without one, PDF is not offered. */
  printPdf?: PdfPrinter
  clientOptions?: Partial<CccClientOptions>
  /** Main's clock: range rules, snapshot and recent-list times; a spec's pinned day. Default Date.now. */
  now?: () => number
}

export interface Services {
  /** Events for the page: main forwards them to its windows, the test host to its event stream. */
  events: EventHub
  profiles: ProfileService
  sessions: SessionManager
  handlers: Handlers
  exports: ExportRunner
  recentSnapshots: RecentSnapshots
  /** The day so far, when the options asked for it. */
  history: HistoryRecorder | undefined
  close(): Promise<void>
}

export function createServices(options: ServicesOptions): Services {
  const keychain = typeof options.keychain === 'string' ? new KeytarSecretStore(options.keychain) : options.keychain
  const profiles = new ProfileService(options.dataDir, keychain, new MemorySecretStore())
  const now = options.now ?? Date.now
  const events = new EventHub()
  const sessions = new SessionManager({ profiles, env: options.env, clientOptions: { now, ...options.clientOptions }, events: events.emit })
  const exports = new ExportRunner({ now, events: events.emit, ...(options.printPdf ? { printPdf: options.printPdf } : {}) })
  const recentSnapshots = new RecentSnapshots(options.dataDir, now)
  const history = options.history
    ? new HistoryRecorder({ location: join(options.dataDir, 'history'), now, ...options.history, ...(options.log ? { log: options.log } : {}) })
    : undefined
  const handlers = createHandlers({
    appInfo: {
      ...options.appInfo,
      exportFormats: EXPORT_FORMATS.filter((format) => format !== 'pdf' || options.printPdf !== undefined),
      desktopNotifications: options.desktopAlerts !== undefined
    },
    sessions,
    profiles,
    env: options.env,
    openExternal: options.openExternal,
    chooseExportFolder: options.chooseExportFolder,
    chooseSnapshotFile: options.chooseSnapshotFile,
    setUiLanguage: options.setUiLanguage,
    ...(options.desktopAlerts ? { desktopAlerts: options.desktopAlerts } : {}),
    exports,
    recentSnapshots,
    events: events.emit,
    now,
    ...(history ? { history } : {})
  })
  return {
    events,
    profiles,
    sessions,
    handlers,
    exports,
    recentSnapshots,
    history,
    close: async () => {
      exports.cancel()
      await sessions.close()
      await history?.close()
    }
  }
}
