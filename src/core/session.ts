/**
 * Which CCC the app talks to: the active profile; else the AccessKey in the standard environment
 * variables; else the built-in demo (the simulator on loopback, no keychain involved).
 */
import type { SessionInfo } from '../shared/ipc/contract'
import { INSTANCE_ID_HINT, isInstanceId } from '../shared/ccc/ids'
import { DEFAULT_REGION, parseEndpoint, REGION_PATTERN } from '../shared/ccc/endpoint'
import { DEMO_PROFILE_ID, type ConnectionTest } from '../shared/profiles'
import { openDemoSession } from './demo'
import { CccClient, type CccClientOptions, type CccCredentials } from './ccc/client'
import { CccError } from './ccc/errors'
import { InputError } from './errors'
import type { EventSink } from './events'
import type { ProfileService } from './credentials/profile-service'

/** A session as it is opened; the manager numbers it (`revision`) when it puts it in force. */
export type SessionDetails = Omit<SessionInfo, 'revision'>

export interface Session {
  info: SessionDetails
  client: CccClient
  close(): Promise<void>
}

export interface EnvironmentCredentials {
  credentials: CccCredentials
  region: string
  endpoint: string | undefined
  instanceIds: string[]
  /** The zone set per instance (a profile's, for the CLI); none for the ALIBABA_CLOUD_* variables. */
  timeZones?: Readonly<Record<string, string>>
}

type Env = Record<string, string | undefined>

/** Instance IDs to watch, comma or space separated, e.g. `CCC_SUPERVISOR_INSTANCE_IDS=ccc-a,ccc-b`. */
export const INSTANCE_IDS_VARIABLE = 'CCC_SUPERVISOR_INSTANCE_IDS'
/** The endpoint to use instead of the region's host, e.g. the simulator's `http://127.0.0.1:8080`. */
const ENDPOINT_VARIABLE = 'CCC_SUPERVISOR_ENDPOINT'

/** Reads the aliyun CLI's standard variables; null when no AccessKey is set. */
export function readEnvironmentCredentials(env: Env): EnvironmentCredentials | null {
  const accessKeyId = env.ALIBABA_CLOUD_ACCESS_KEY_ID?.trim()
  const accessKeySecret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET?.trim()
  if (!accessKeyId && !accessKeySecret) return null
  if (!accessKeyId || !accessKeySecret) {
    throw new InputError('Credentials.Incomplete', 'Set both ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or neither.')
  }
  // Errors name the variable, never echo its value: a secret pasted into the wrong one stays unseen.
  const region = env.ALIBABA_CLOUD_REGION_ID?.trim() || DEFAULT_REGION
  if (!REGION_PATTERN.test(region)) {
    throw new InputError('Input.Region', 'ALIBABA_CLOUD_REGION_ID is not a region ID such as cn-shanghai.', { value: 'ALIBABA_CLOUD_REGION_ID' })
  }
  const securityToken = env.ALIBABA_CLOUD_SECURITY_TOKEN?.trim() || undefined
  const instanceIds = (env[INSTANCE_IDS_VARIABLE] ?? '').split(/[\s,]+/).filter((id) => id !== '')
  const bad = instanceIds.findIndex((id) => !isInstanceId(id))
  if (bad !== -1) {
    throw new InputError('Input.InstanceId', `Entry ${bad + 1} of ${INSTANCE_IDS_VARIABLE} is not an instance ID. ${INSTANCE_ID_HINT}`, { instanceId: `${INSTANCE_IDS_VARIABLE}[${bad + 1}]` })
  }
  const endpoint = env[ENDPOINT_VARIABLE]?.trim() || undefined
  if (endpoint !== undefined && parseEndpoint(endpoint) === null) {
    throw new InputError('Input.EndpointVariable', `${ENDPOINT_VARIABLE} is not an http(s) origin such as https://ccc.cn-shanghai.aliyuncs.com.`, { variable: ENDPOINT_VARIABLE })
  }
  return { credentials: { accessKeyId, accessKeySecret, securityToken }, region, endpoint, instanceIds }
}

export function openEnvironmentSession(
  found: EnvironmentCredentials,
  clientOptions: Partial<CccClientOptions> = {}
): Session {
  const client = new CccClient({ ...clientOptions, credentials: found.credentials, region: found.region, endpoint: found.endpoint })
  return {
    info: {
      source: 'environment',
      profileId: null,
      profileName: null,
      endpoint: client.endpoint,
      region: found.region,
      instanceIds: found.instanceIds,
      timeZones: { ...found.timeZones }
    },
    client,
    close: async () => {}
  }
}

export interface SessionManagerOptions {
  profiles: ProfileService
  env: Env
  clientOptions?: Partial<CccClientOptions>
  /** Told of every switch (`sessionChanged`), so no page keeps the previous account's figures. */
  events?: EventSink
}

/** Holds the session in force and switches it when the user picks another profile. */
export class SessionManager {
  private current: Promise<Session> | undefined
  /** The demo simulator outlives switches, so going back to the demo is instant. */
  private demo: Promise<Session> | undefined
  /** Switches so far in this run: the page tells a late notice of an older switch by it. */
  private revision = 0
  /** The switch under way, which the next one waits for. */
  private switching: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: SessionManagerOptions) {}

  private openDemo(): Promise<Session> {
    this.demo ??= openDemoSession({ client: this.options.clientOptions ?? {} }).catch((error: unknown) => {
      this.demo = undefined
      throw error
    })
    return this.demo
  }

  private async openProfile(id: string): Promise<Session> {
    if (id === DEMO_PROFILE_ID) return this.openDemo()
    const resolved = await this.options.profiles.resolve(id)
    const client = new CccClient({
      ...this.options.clientOptions,
      credentials: resolved.credentials,
      region: resolved.region,
      endpoint: resolved.endpoint
    })
    return {
      info: {
        source: 'profile',
        profileId: id,
        profileName: resolved.profile.name,
        endpoint: client.endpoint,
        region: resolved.region,
        instanceIds: resolved.profile.instanceIds,
        timeZones: resolved.profile.timeZones
      },
      client,
      close: async () => {}
    }
  }

  private async openDefault(): Promise<Session> {
    const active = await this.options.profiles.activeProfileId()
    if (active !== null) return this.openProfile(active)
    const found = readEnvironmentCredentials(this.options.env)
    return found ? openEnvironmentSession(found, this.options.clientOptions) : this.openDemo()
  }

  /** The session in force, opened on first use; a failed open is retried on the next call. */
  session(): Promise<Session> {
    this.current ??= this.openDefault().catch((error: unknown) => {
      this.current = undefined
      throw error
    })
    return this.current
  }

  /** The session in force as the page sees it, numbered by the switches so far. */
  async info(): Promise<SessionInfo> {
    // Both read at once: a switch finishing while the session opens cannot pair old details with a new number.
    const revision = this.revision
    const session = await this.session()
    return { ...session.info, revision }
  }

  /**
   * Switches to a profile (or the demo), remembers it for the next start, and says so. Switches run
   * one after another, so the one asked for last is the one in force, however long each takes.
   */
  activate(profileId: string): Promise<SessionInfo> {
    const run = this.switching.then(async () => {
      const next = await this.openProfile(profileId)
      await this.options.profiles.setActiveProfileId(profileId)
      this.current = Promise.resolve(next)
      const info: SessionInfo = { ...next.info, revision: ++this.revision }
      this.options.events?.('sessionChanged', info)
      return info
    })
    this.switching = run.catch(() => undefined)
    return run
  }

  /** A real signed GetInstance per instance of the profile, with each outcome. */
  async test(profileId: string): Promise<ConnectionTest> {
    const session = profileId === DEMO_PROFILE_ID ? await this.openDemo() : await this.openProfile(profileId)
    if (session.info.instanceIds.length === 0) {
      throw new InputError('Profiles.NoInstances', 'Add at least one instance ID to test the connection.')
    }
    const instances = await Promise.all(
      session.info.instanceIds.map(async (instanceId): Promise<ConnectionTest['instances'][number]> => {
        const started = Date.now()
        try {
          const instance = await session.client.getInstance(instanceId)
          return { instanceId, ok: true, name: instance.Name, status: instance.Status, latencyMs: Date.now() - started }
        } catch (error) {
          const e = error instanceof CccError ? error.toAppError() : { code: 'Internal.Unexpected', message: 'The test failed unexpectedly.' }
          return { instanceId, ok: false, ...e }
        }
      })
    )
    return { profileId, instances }
  }

  async close(): Promise<void> {
    const demo = await this.demo?.catch(() => undefined)
    await demo?.close()
  }
}
