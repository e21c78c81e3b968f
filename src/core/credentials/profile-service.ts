/**
 * Profiles: metadata in the data folder's profile file, the AccessKey (id, secret, STS token) in
 * the keychain — or in memory for a session-only profile. Secrets go in and never come out, except
 * as CccCredentials handed to the CCC client inside main.
 */
import { randomUUID } from 'node:crypto'
import { DEFAULT_REGION, parseEndpoint, REGION_PATTERN } from '../../shared/ccc/endpoint'
import { isInstanceId } from '../../shared/ccc/ids'
import { isIanaTimeZone } from '../../shared/ccc/instance-zone'
import { DEMO_PROFILE_ID, type KeychainStatus, type ProfileSummary, type SecretStorage } from '../../shared/profiles'
import type { CccCredentials } from '../ccc/client'
import { InputError } from '../errors'
import type { ErrorParams } from '../../shared/result'
import { sameSecret } from '../secret-compare'
import { maskAccessKeyId } from '../ccc/redact'
import { ProfileFile, type StoredProfile } from './profile-file'
import { KeychainError, type SecretStore } from './secret-store'

export interface ProfileInput {
  name: string
  accessKeyId?: string | undefined
  accessKeySecret?: string | undefined
  /** A new STS token; null removes the stored one; undefined keeps it. */
  securityToken?: string | null | undefined
  region?: string | undefined
  endpoint?: string | null | undefined
  instanceIds: string[]
  /** The zone set per watched instance; undefined keeps those stored (for instances still watched). */
  timeZones?: Readonly<Record<string, string>> | undefined
  storage: SecretStorage
}

export interface ResolvedProfile {
  profile: ProfileSummary
  credentials: CccCredentials
  region: string
  endpoint: string | undefined
}

/** What the keychain holds for a profile: one entry, so the pieces cannot drift apart. */
interface SecretBundle {
  v: 1
  accessKeyId: string
  accessKeySecret: string
  securityToken?: string
}

const inputError = (code: string, message: string, params: ErrorParams = {}): InputError => new InputError(code, message, params)

/** The zones asked for, each an IANA name for a watched instance; the message names the instance, never the text. */
function validTimeZones(zones: Readonly<Record<string, string>>, instanceIds: readonly string[]): Record<string, string> {
  for (const [id, zone] of Object.entries(zones)) {
    if (!instanceIds.includes(id)) throw inputError('Input.TimeZone', `A time zone was given for "${id.slice(0, 64)}", which the profile does not watch.`, { instanceId: id.slice(0, 64) })
    if (!isIanaTimeZone(zone)) throw inputError('Input.TimeZone', `The time zone for "${id}" is not an IANA time zone such as Asia/Shanghai.`, { instanceId: id })
  }
  return { ...zones }
}

/** The zones of the instances still watched: one dropped from the profile takes its zone along. */
function keptTimeZones(zones: Readonly<Record<string, string>>, instanceIds: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(zones).filter(([id]) => instanceIds.includes(id)))
}

export class ProfileService {
  private readonly file: ProfileFile

  constructor(
    dataDir: string,
    private readonly keychain: SecretStore,
    /** Session-only secrets; shared with nothing, dropped when main exits. */
    private readonly memory: SecretStore,
    private readonly clock: () => Date = () => new Date()
  ) {
    this.file = new ProfileFile(dataDir)
  }

  get profileFilePath(): string {
    return this.file.path
  }

  keychainStatus(): Promise<KeychainStatus> {
    return this.keychain.status()
  }

  private store(storage: SecretStorage): SecretStore {
    return storage === 'keychain' ? this.keychain : this.memory
  }

  /** Fails with the keychain's specific status when it cannot be used; never falls back to a file. */
  private async requireUsable(storage: SecretStorage): Promise<void> {
    if (storage !== 'keychain') return
    const status = await this.keychain.status()
    if (status.state !== 'available') throw new KeychainError(status)
  }

  private async summary(p: StoredProfile): Promise<ProfileSummary> {
    // Reading the keychain for every listed profile could prompt; only session secrets are checked.
    const secretAvailable = p.storage === 'keychain' ? true : (await this.memory.get(p.id)) !== null
    return { ...p, timeZones: { ...p.timeZones }, builtIn: false, secretAvailable }
  }

  async list(): Promise<ProfileSummary[]> {
    const content = await this.file.read()
    return Promise.all(content.profiles.map((p) => this.summary(p)))
  }

  async activeProfileId(): Promise<string | null> {
    return (await this.file.read()).activeProfileId
  }

  async setActiveProfileId(id: string | null): Promise<void> {
    await this.file.update((content) => {
      if (id !== null && id !== DEMO_PROFILE_ID && !content.profiles.some((p) => p.id === id)) {
        throw inputError('Profiles.NotFound', 'That profile no longer exists.')
      }
      content.activeProfileId = id
    })
  }

  async findByName(name: string): Promise<ProfileSummary | undefined> {
    const wanted = name.trim().toLowerCase()
    return (await this.list()).find((p) => p.name.toLowerCase() === wanted)
  }

  private validate(input: ProfileInput): { region: string; endpoint: string | null; instanceIds: string[]; name: string; timeZones: Record<string, string> | undefined } {
    const name = input.name.trim()
    if (name === '' || name.length > 64 || [...name].some((ch) => ch < ' ' || ch === '\u007f')) {
      throw inputError('Input.ProfileName', 'A profile name is 1–64 characters, without control characters.')
    }
    const region = (input.region ?? DEFAULT_REGION).trim()
    if (!REGION_PATTERN.test(region)) throw inputError('Input.Region', `"${region.slice(0, 40)}" is not a region ID such as cn-shanghai.`, { value: `"${region.slice(0, 40)}"` })
    let endpoint: string | null = null
    if (input.endpoint) {
      endpoint = parseEndpoint(input.endpoint.trim())
      if (!endpoint) throw inputError('Input.Endpoint', 'The endpoint must be an http(s) origin such as https://ccc.cn-shanghai.aliyuncs.com.')
    }
    const instanceIds = [...new Set(input.instanceIds.map((id) => id.trim()).filter((id) => id !== ''))]
    const bad = instanceIds.find((id) => !isInstanceId(id))
    if (bad !== undefined) throw inputError('Input.InstanceId', `"${String(bad).slice(0, 80)}" is not a valid instance ID.`, { instanceId: String(bad).slice(0, 80) })
    return { name, region, endpoint, instanceIds, timeZones: input.timeZones && validTimeZones(input.timeZones, instanceIds) }
  }

  private async readBundle(p: StoredProfile): Promise<SecretBundle> {
    const raw = await this.store(p.storage).get(p.id)
    if (raw === null) {
      if (p.storage === 'session') {
        throw inputError('Profiles.SecretNeeded', `The session-only secret of "${p.name}" was forgotten when the app quit: enter it again.`, { name: p.name })
      }
      // keytar answers null for a locked keychain too: only a probe tells the two apart.
      await this.requireUsable('keychain')
      throw inputError('Keychain.SecretMissing', `The keychain has no secret for "${p.name}" (it may have been removed outside the app): enter it again.`, { name: p.name })
    }
    try {
      const bundle = JSON.parse(raw) as SecretBundle
      if (bundle.v === 1 && typeof bundle.accessKeyId === 'string' && typeof bundle.accessKeySecret === 'string') return bundle
    } catch {
      /* reported below */
    }
    throw inputError('Keychain.SecretMissing', `The keychain entry for "${p.name}" is not one this app wrote: enter the secret again.`, { name: p.name })
  }

  /**
   * The keychain bundle a save should write, or undefined when the secret is left alone. Missing
   * pieces come from the stored bundle; a new AccessKey without its token drops the old token.
   */
  private async nextBundle(
    input: ProfileInput,
    existing: StoredProfile | undefined,
    destinationChanged: boolean
  ): Promise<SecretBundle | undefined> {
    const key = input.accessKeyId?.trim() || undefined
    const secret = input.accessKeySecret || undefined
    // Whoever moves a profile's calls elsewhere must show they hold its secret: otherwise a page
    // (a compromised renderer) could send the stored key ID, token and signatures to any host.
    if (existing && destinationChanged && !secret) {
      throw inputError(
        'Profiles.SecretForDestination',
        `Moving "${existing.name}" to another region or endpoint needs its AccessKey secret again: enter it with the change.`,
        { name: existing.name }
      )
    }
    const touched = key !== undefined || secret !== undefined || input.securityToken !== undefined || existing?.storage !== input.storage
    if (existing && !touched) return undefined
    const previous = existing && !(key && secret) ? await this.readBundle(existing) : undefined
    if (key && previous && key !== previous.accessKeyId && !secret) {
      throw inputError('Input.Credentials', 'A new AccessKey ID needs its secret too.')
    }
    // With the stored key ID kept, only the stored secret proves it: any other would pair the
    // user's key ID (and token) with a secret of the caller's choosing, at the caller's host.
    if (existing && destinationChanged && previous && secret && !sameSecret(secret, previous.accessKeySecret)) {
      throw inputError(
        'Profiles.SecretMismatch',
        `The secret entered is not the one stored for "${existing.name}": to move it to another region or endpoint, enter its secret, or a new AccessKey ID with its secret.`,
        { name: existing.name }
      )
    }
    const accessKeyId = key ?? previous?.accessKeyId
    const accessKeySecret = secret ?? previous?.accessKeySecret
    if (!accessKeyId || !accessKeySecret) throw inputError('Input.Credentials', 'An AccessKey ID and its secret are both needed.')
    const securityToken = input.securityToken === undefined ? previous?.securityToken : (input.securityToken ?? undefined)
    return { v: 1, accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) }
  }

  /** Creates a profile (no `id`) or updates one; the secret is written before the metadata. */
  async save(input: ProfileInput, id?: string): Promise<ProfileSummary> {
    const valid = this.validate(input)
    const existing = id === undefined ? undefined : (await this.file.read()).profiles.find((p) => p.id === id)
    if (id !== undefined && !existing) throw inputError('Profiles.NotFound', 'That profile no longer exists.')
    const destinationChanged = existing !== undefined && (existing.region !== valid.region || existing.endpoint !== valid.endpoint)
    const bundle = await this.nextBundle(input, existing, destinationChanged)
    await this.requireUsable(input.storage)

    const profileId = existing?.id ?? randomUUID()
    const store = this.store(input.storage)
    const sameStore = existing?.storage === input.storage
    const previousRaw = bundle && existing && sameStore ? await store.get(profileId) : null
    if (bundle) await store.set(profileId, JSON.stringify(bundle))
    const now = this.clock().toISOString()
    let saved: StoredProfile
    try {
      saved = await this.file.update((content) => {
        const clash = content.profiles.find((p) => p.id !== profileId && p.name.toLowerCase() === valid.name.toLowerCase())
        if (clash) throw inputError('Profiles.NameTaken', `A profile named "${clash.name}" already exists.`, { name: clash.name })
        const base = content.profiles.find((p) => p.id === profileId)
        const record: StoredProfile = {
          id: profileId,
          name: valid.name,
          accessKeyIdMasked: bundle ? maskAccessKeyId(bundle.accessKeyId) : (base?.accessKeyIdMasked ?? ''),
          region: valid.region,
          endpoint: valid.endpoint,
          instanceIds: valid.instanceIds,
          timeZones: keptTimeZones(valid.timeZones ?? base?.timeZones ?? {}, valid.instanceIds),
          hasSecurityToken: bundle ? bundle.securityToken !== undefined : (base?.hasSecurityToken ?? false),
          storage: input.storage,
          createdAt: base?.createdAt ?? now,
          updatedAt: now
        }
        content.profiles = base ? content.profiles.map((p) => (p.id === profileId ? record : p)) : [...content.profiles, record]
        return record
      })
    } catch (error) {
      // Put the secret back as it was, so a refused save changes nothing.
      if (bundle) await (previousRaw !== null ? store.set(profileId, previousRaw) : store.delete(profileId)).catch(() => {})
      throw error
    }
    if (existing && !sameStore) await this.store(existing.storage).delete(existing.id).catch(() => {})
    return this.summary(saved)
  }

  /** Removes the metadata, then the secret; refuses while the keychain cannot be used. */
  async remove(id: string): Promise<void> {
    const existing = (await this.file.read()).profiles.find((p) => p.id === id)
    if (!existing) throw inputError('Profiles.NotFound', 'That profile no longer exists.')
    await this.requireUsable(existing.storage)
    await this.file.update((content) => {
      content.profiles = content.profiles.filter((p) => p.id !== id)
      if (content.activeProfileId === id) content.activeProfileId = null
    })
    await this.store(existing.storage).delete(id)
  }

  /** The credentials a CCC client needs; main-only, never sent over IPC. */
  async resolve(id: string): Promise<ResolvedProfile> {
    const stored = (await this.file.read()).profiles.find((p) => p.id === id)
    if (!stored) throw inputError('Profiles.NotFound', 'That profile no longer exists.')
    const bundle = await this.readBundle(stored)
    return {
      profile: await this.summary(stored),
      credentials: { accessKeyId: bundle.accessKeyId, accessKeySecret: bundle.accessKeySecret, securityToken: bundle.securityToken },
      region: stored.region,
      endpoint: stored.endpoint ?? undefined
    }
  }
}
