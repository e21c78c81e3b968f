/**
 * Where AccessKey secrets live. The keychain adapter is the only keytar user; the memory store is
 * the session-only mode. Never a file: a keychain that cannot be used is reported, not bypassed.
 */
import { PresentableError } from '../errors'
import type { KeychainState, KeychainStatus } from '../../shared/profiles'
import { KEYCHAIN_CODES, keychainFix } from '../../shared/messages/keychain-texts'

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
    if (status.platform !== undefined) this.params = { platform: status.platform }
  }

  override get advice(): string {
    return `${this.status.message} ${this.status.fix}`.trim()
  }
}

export { KEYCHAIN_CODES } from '../../shared/messages/keychain-texts'

const MESSAGES: Record<KeychainState, string> = {
  available: 'The keychain is available.',
  locked: 'The keychain is locked, so secrets can be neither read nor saved.',
  'no-service': 'No keychain service (Secret Service) is running on this computer.',
  'no-session-bus': 'There is no desktop session bus (D-Bus), so the keychain cannot be reached.',
  denied: 'Access to the keychain was denied.',
  'library-missing': 'The keychain library could not be loaded.',
  error: 'The keychain could not be used.'
}

export function keychainStatus(state: KeychainState, platform: NodeJS.Platform, detail?: string): KeychainStatus {
  const message = detail && state === 'error' ? `${MESSAGES[state]} (${detail.slice(0, 200)})` : MESSAGES[state]
  return { state, message, fix: keychainFix(state, platform, 'en-US'), platform }
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
