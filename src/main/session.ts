/**
 * Which CCC the app talks to: the AccessKey in the standard environment variables when set,
 * otherwise the built-in demo (the simulator on loopback). Profiles in the keychain come later.
 */
import type { SessionInfo } from '../shared/ipc/contract'
import { isInstanceId } from '../shared/ccc/ids'
import { startSimulator, DEMO_CREDENTIALS, DEMO_INSTANCE_IDS, type Simulator } from '../simulator'
import { CccClient, type CccClientOptions, type CccCredentials } from './ccc/client'
import { DEFAULT_REGION, REGION_PATTERN } from './ccc/endpoint'
import { CccError } from './ccc/errors'

export interface Session {
  info: SessionInfo
  client: CccClient
  close(): Promise<void>
}

export interface EnvironmentCredentials {
  credentials: CccCredentials
  region: string
  endpoint: string | undefined
  instanceIds: string[]
}

type Env = Record<string, string | undefined>

/** Instance IDs to watch, comma or space separated, e.g. `CCC_SUPERVISOR_INSTANCE_IDS=ccc-a,ccc-b`. */
export const INSTANCE_IDS_VARIABLE = 'CCC_SUPERVISOR_INSTANCE_IDS'

/** Reads the aliyun CLI's standard variables; null when no AccessKey is set. */
export function readEnvironmentCredentials(env: Env): EnvironmentCredentials | null {
  const accessKeyId = env.ALIBABA_CLOUD_ACCESS_KEY_ID?.trim()
  const accessKeySecret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET?.trim()
  if (!accessKeyId && !accessKeySecret) return null
  if (!accessKeyId || !accessKeySecret) {
    throw new CccError({
      code: 'Credentials.Incomplete',
      message: 'Set both ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or neither.',
      kind: 'input'
    })
  }
  const region = env.ALIBABA_CLOUD_REGION_ID?.trim() || DEFAULT_REGION
  if (!REGION_PATTERN.test(region)) {
    throw new CccError({ code: 'Input.Region', message: `"${region.slice(0, 40)}" is not a region ID such as cn-shanghai.`, kind: 'input' })
  }
  const securityToken = env.ALIBABA_CLOUD_SECURITY_TOKEN?.trim() || undefined
  const instanceIds = (env[INSTANCE_IDS_VARIABLE] ?? '').split(/[\s,]+/).filter((id) => id !== '')
  const bad = instanceIds.find((id) => !isInstanceId(id))
  if (bad !== undefined) {
    throw new CccError({ code: 'Input.InstanceId', message: `${INSTANCE_IDS_VARIABLE} holds "${String(bad).slice(0, 80)}", which is not an instance ID.`, kind: 'input' })
  }
  return {
    credentials: { accessKeyId, accessKeySecret, securityToken },
    region,
    endpoint: env.CCC_SUPERVISOR_ENDPOINT?.trim() || undefined,
    instanceIds
  }
}

export function openEnvironmentSession(
  found: EnvironmentCredentials,
  clientOptions: Partial<CccClientOptions> = {}
): Session {
  const client = new CccClient({ ...clientOptions, credentials: found.credentials, region: found.region, endpoint: found.endpoint })
  return {
    info: { source: 'environment', endpoint: client.endpoint, region: found.region, instanceIds: found.instanceIds },
    client,
    close: async () => {}
  }
}

/** Starts the simulator on loopback and a client signed with its demo key. */
export async function openDemoSession(
  options: { port?: number; seed?: number; client?: Partial<CccClientOptions> } = {}
): Promise<Session & { simulator: Simulator }> {
  const simulator = await startSimulator({ port: options.port ?? 0, seed: options.seed ?? 1 })
  const client = new CccClient({ ...options.client, credentials: DEMO_CREDENTIALS, endpoint: simulator.url })
  return {
    info: { source: 'demo', endpoint: simulator.url, region: DEFAULT_REGION, instanceIds: [...DEMO_INSTANCE_IDS] },
    client,
    simulator,
    close: () => simulator.close()
  }
}
