/**
 * Where AccessKey secrets live. The keychain adapter is the only keytar user; the memory store is
 * the session-only mode. Never a file: a keychain that cannot be used is reported, not bypassed.
 */
import { PresentableError } from '../errors'
import type { KeychainState, KeychainStatus } from '../../shared/profiles'

export interface SecretStore {
  /** Null when nothing is stored under `account`, or (keytar's way) when the keychain is locked. */
  get(account: string): Promise<string | null>
  set(account: string, secret: string): Promise<void>
  delete(account: string): Promise<boolean>
  /** A write-and-delete probe: the only way to tell "nothing stored" from "keychain unusable". */
  status(): Promise<KeychainStatus>
}

export class KeychainError extends PresentableError {
  readonly status: KeychainStatus
  readonly code: string
  constructor(status: KeychainStatus) {
    super(status.message)
    this.name = 'KeychainError'
    this.status = status
    this.code = KEYCHAIN_CODES[status.state]
  }

  override get advice(): string {
    return `${this.status.message} ${this.status.fix}`.trim()
  }
}

export const KEYCHAIN_CODES: Record<KeychainState, string> = {
  available: 'Keychain.Available',
  locked: 'Keychain.Locked',
  'no-service': 'Keychain.NoService',
  'no-session-bus': 'Keychain.NoSessionBus',
  denied: 'Keychain.Denied',
  'library-missing': 'Keychain.LibraryMissing',
  error: 'Keychain.Error'
}

const MESSAGES: Record<KeychainState, string> = {
  available: 'The keychain is available.',
  locked: 'The keychain is locked, so secrets can be neither read nor saved.',
  'no-service': 'No keychain service (Secret Service) is running on this computer.',
  'no-session-bus': 'There is no desktop session bus (D-Bus), so the keychain cannot be reached.',
  denied: 'Access to the keychain was denied.',
  'library-missing': 'The keychain library could not be loaded.',
  error: 'The keychain could not be used.'
}

/** Platform-specific remedies: what a supervisor can actually do. */
function fixFor(state: KeychainState, platform: NodeJS.Platform): string {
  if (state === 'available') return ''
  if (platform === 'darwin') {
    return state === 'locked' || state === 'denied'
      ? 'Open Keychain Access, unlock the "login" keychain, and allow CCC Supervisor when macOS asks. Or use a session-only profile.'
      : 'Check Keychain Access (Applications › Utilities) and restart CCC Supervisor. Or use a session-only profile.'
  }
  if (platform === 'win32') {
    return 'Check that Windows Credential Manager works for your account (Control Panel › Credential Manager). Or use a session-only profile.'
  }
  switch (state) {
    case 'locked':
      return 'Unlock the "login" keyring (Passwords and Keys / Seahorse, or log in to the desktop again), then retry. Or use a session-only profile.'
    case 'no-service':
      return 'Install and start a Secret Service such as GNOME Keyring (apt install gnome-keyring) or enable KeePassXC\'s Secret Service integration, then restart CCC Supervisor. Or use a session-only profile.'
    case 'no-session-bus':
      return 'Start CCC Supervisor from a desktop session (or run it under dbus-run-session with a keyring daemon). Or use a session-only profile.'
    case 'library-missing':
      return 'Install libsecret (apt install libsecret-1-0), then restart CCC Supervisor. Or use a session-only profile.'
    case 'denied':
      return 'Allow CCC Supervisor when the keyring asks, then retry. Or use a session-only profile.'
    default:
      return 'Restart the keyring daemon or log out and in again. Or use a session-only profile.'
  }
}

export function keychainStatus(state: KeychainState, platform: NodeJS.Platform, detail?: string): KeychainStatus {
  const message = detail && state === 'error' ? `${MESSAGES[state]} (${detail.slice(0, 200)})` : MESSAGES[state]
  return { state, message, fix: fixFor(state, platform) }
}

/** keytar throws plain Errors with no code: the message is all there is to go on. */
export function classifyKeychainError(error: unknown): KeychainState {
  const message = error instanceof Error ? error.message : String(error)
  if (/locked collection|collection\/login|is locked|object does not exist at path/i.test(message)) return 'locked'
  if (/org\.freedesktop\.secrets was not provided|ServiceUnknown|no such secret service/i.test(message)) return 'no-service'
  if (/autolaunch D-Bus|DBUS_SESSION_BUS_ADDRESS|session bus|Failed to connect to socket/i.test(message)) return 'no-session-bus'
  if (/user canceled|cancelled|denied|not authorized|errSecAuthFailed|interaction is not allowed|dismissed/i.test(message)) return 'denied'
  if (/libsecret|cannot open shared object|keytar\.node|Cannot find module 'keytar'|NODE_MODULE_VERSION/i.test(message)) return 'library-missing'
  return 'error'
}
