/** Session-only secrets: kept in main's memory and gone when the app quits. */
import { keychainStatus, type SecretStore } from './secret-store'
import type { KeychainStatus } from '../../shared/profiles'

export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>()

  async get(account: string): Promise<string | null> {
    return this.secrets.get(account) ?? null
  }

  async set(account: string, secret: string): Promise<void> {
    this.secrets.set(account, secret)
  }

  async delete(account: string): Promise<boolean> {
    return this.secrets.delete(account)
  }

  async status(): Promise<KeychainStatus> {
    return keychainStatus('available', process.platform)
  }
}
