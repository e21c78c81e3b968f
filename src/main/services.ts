/**
 * Main's services wired together, without Electron: the app's composition root and the loopback
 * test host both build exactly this, so the browser tests exercise the same handler table.
 */
import type { AppInfo } from '../shared/ipc/contract'
import type { CccClientOptions } from './ccc/client'
import { KeytarSecretStore } from './credentials/keytar-secret-store'
import { MemorySecretStore } from './credentials/memory-secret-store'
import { ProfileService } from './credentials/profile-service'
import type { SecretStore } from './credentials/secret-store'
import type { Handlers } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { SessionManager } from './session'

export interface ServicesOptions {
  dataDir: string
  /** A keychain service name (keytar), or a store to use instead. */
  keychain: string | SecretStore
  env: Record<string, string | undefined>
  appInfo: AppInfo
  openExternal: (url: string) => Promise<boolean>
  chooseExportFolder: () => Promise<string | null>
  clientOptions?: Partial<CccClientOptions>
}

export interface Services {
  profiles: ProfileService
  sessions: SessionManager
  handlers: Handlers
  close(): Promise<void>
}

export function createServices(options: ServicesOptions): Services {
  const keychain = typeof options.keychain === 'string' ? new KeytarSecretStore(options.keychain) : options.keychain
  const profiles = new ProfileService(options.dataDir, keychain, new MemorySecretStore())
  const sessions = new SessionManager({ profiles, env: options.env, ...(options.clientOptions ? { clientOptions: options.clientOptions } : {}) })
  const handlers = createHandlers({
    appInfo: options.appInfo,
    sessions,
    profiles,
    env: options.env,
    openExternal: options.openExternal,
    chooseExportFolder: options.chooseExportFolder
  })
  return { profiles, sessions, handlers, close: () => sessions.close() }
}
