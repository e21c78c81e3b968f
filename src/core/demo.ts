/**
 * The built-in demo: the CCC simulator on loopback and a client signed with its demo key. The
 * simulator is loaded here, when the demo is first chosen, not on every start of the app.
 */
import { DEFAULT_REGION } from '../shared/ccc/endpoint'
import { DEMO_PROFILE_ID } from '../shared/profiles'
import { DEMO_CREDENTIALS, DEMO_INSTANCE_IDS } from '../simulator/demo-account'
import { CccClient, type CccClientOptions } from './ccc/client'
import type { Session } from './session'

export interface DemoSessionOptions {
  port?: number
  seed?: number
  client?: Partial<CccClientOptions>
}

/**
 * Starts the simulator and a client for it. The demo's instances live on the client's clock (a
 * spec's pinned day); its gateway checks signatures on the real one.
 */
export async function openDemoSession(options: DemoSessionOptions = {}): Promise<Session> {
  const { startSimulator } = await import('../simulator')
  const simulator = await startSimulator({
    port: options.port ?? 0,
    seed: options.seed ?? 1,
    ...(options.client?.now ? { now: options.client.now, gatewayNow: Date.now } : {})
  })
  const client = new CccClient({ ...options.client, credentials: DEMO_CREDENTIALS, endpoint: simulator.url })
  return {
    info: {
      source: 'demo',
      profileId: DEMO_PROFILE_ID,
      profileName: null,
      endpoint: simulator.url,
      region: DEFAULT_REGION,
      instanceIds: [...DEMO_INSTANCE_IDS],
      // The simulator's own instance data: ccc-night keeps London's days.
      timeZones: { ...simulator.instanceTimeZones }
    },
    client,
    close: () => simulator.close()
  }
}
