/** Profiles as the renderer and the CLI see them: never a secret, the AccessKey id masked. */

import type { ImportSkipCode } from './messages/import-texts'
import type { AppError } from './result'

/** Where a profile's AccessKey secret lives: the OS keychain, or main's memory until the app quits. */
export type SecretStorage = 'keychain' | 'session'

export interface ProfileSummary {
  id: string
  name: string
  /** `LTAI****abcd` */
  accessKeyIdMasked: string
  region: string
  /** Set when the profile talks to a custom endpoint (the simulator, a proxy). */
  endpoint: string | null
  instanceIds: string[]
  /**
   * The zone set for a watched instance (its reports' days, "since midnight"); an instance not
   * named here keeps its region's (shared/ccc/instance-zone).
   */
  timeZones: Record<string, string>
  hasSecurityToken: boolean
  storage: SecretStorage
  /** The built-in demo: the simulator, with no keychain involved. */
  builtIn: boolean
  /** False for a session-only profile after a restart: its secret has to be entered again. */
  secretAvailable: boolean
  createdAt: string
  updatedAt: string
}

export type KeychainState =
  | 'available'
  | 'locked'
  | 'no-service'
  | 'no-session-bus'
  | 'denied'
  | 'library-missing'
  | 'error'

export interface KeychainStatus {
  state: KeychainState
  /** What is wrong, for a person. */
  message: string
  /** How to fix it on this platform; empty when available. */
  fix: string
  /** The platform `fix` is for: the page says the remedy for it in its own language. */
  platform?: string
}

export interface ConnectionTest {
  profileId: string
  /** One entry per instance of the profile, each a real signed GetInstance call. */
  instances: Array<
    | { instanceId: string; ok: true; name: string; status: string; latencyMs: number }
    | ({ instanceId: string; ok: false } & AppError)
  >
}

export interface ImportReport {
  imported: ProfileSummary[]
  /** Profiles of the source that were not imported, each with the reason in plain words. */
  skipped: ImportSkip[]
}

/**
 * A profile that was not imported: `reason` is the en-US text of `code` (messages/import-texts.ts),
 * which a side with a locale says in its own language from the code and `params`.
 */
export interface ImportSkip {
  name: string
  mode: string
  reason: string
  code?: ImportSkipCode
  params?: Record<string, string>
}

export const DEMO_PROFILE_ID = 'demo'
