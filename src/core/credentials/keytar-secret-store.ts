/** The OS keychain through keytar: the only file that loads it. */
import { randomUUID } from 'node:crypto'
import { classifyKeychainError, KeychainError, keychainStatus, type SecretStore } from './secret-store'
import type { KeychainStatus } from '../../shared/profiles'

export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

const PROBE_ACCOUNT = '__ccc-supervisor-probe__'

/**
 * Loads keytar on first use, so a missing libsecret is a status the user sees, not a crash at
 * start-up. `load` is injectable only so that failure can be exercised.
 */
export class KeytarSecretStore implements SecretStore {
  private module: Promise<KeytarApi> | undefined

  constructor(
    readonly service: string,
    private readonly load: () => Promise<KeytarApi> = async () => {
      const imported = (await import('keytar')) as KeytarApi & { default?: KeytarApi }
      return imported.default ?? imported
    },
    private readonly platform: NodeJS.Platform = process.platform
  ) {}

  private keytar(): Promise<KeytarApi> {
    this.module ??= this.load().catch((error: unknown) => {
      this.module = undefined
      throw this.failure(error, 'library-missing')
    })
    return this.module
  }

  private failure(error: unknown, fallback?: 'library-missing'): KeychainError {
    if (error instanceof KeychainError) return error
    const state = classifyKeychainError(error)
    const detail = error instanceof Error ? error.message : undefined
    return new KeychainError(keychainStatus(state === 'error' && fallback ? fallback : state, this.platform, detail))
  }

  async get(account: string): Promise<string | null> {
    const keytar = await this.keytar()
    try {
      return await keytar.getPassword(this.service, account)
    } catch (error) {
      throw this.failure(error)
    }
  }

  async set(account: string, secret: string): Promise<void> {
    const keytar = await this.keytar()
    try {
      await keytar.setPassword(this.service, account, secret)
    } catch (error) {
      throw this.failure(error)
    }
  }

  async delete(account: string): Promise<boolean> {
    const keytar = await this.keytar()
    try {
      return await keytar.deletePassword(this.service, account)
    } catch (error) {
      throw this.failure(error)
    }
  }

  async status(): Promise<KeychainStatus> {
    try {
      const keytar = await this.keytar()
      const value = randomUUID()
      await keytar.setPassword(this.service, PROBE_ACCOUNT, value)
      const read = await keytar.getPassword(this.service, PROBE_ACCOUNT)
      await keytar.deletePassword(this.service, PROBE_ACCOUNT)
      if (read !== value) return keychainStatus('error', this.platform, 'a test entry could not be read back')
      return keychainStatus('available', this.platform)
    } catch (error) {
      return this.failure(error).status
    }
  }
}
