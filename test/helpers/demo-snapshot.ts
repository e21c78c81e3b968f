/** A snapshot of the simulator's ccc-demo on the pinned day, for specs about what exports write. */
import { CccClient } from '../../src/core/ccc/client'
import { buildSnapshot } from '../../src/core/export/snapshot-builder'
import type { Snapshot } from '../../src/shared/snapshot'
import { DEMO_CREDENTIALS, startSimulator } from '../../src/simulator'
import { onPinnedDay, testClock } from './test-clock'

export async function demoSnapshot(seed: number, profileName = 'demo'): Promise<Snapshot> {
  const sim = await startSimulator({ seed, ...onPinnedDay })
  try {
    const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock })
    return await buildSnapshot(client, { instanceId: 'ccc-demo', profileName, timeZone: 'Asia/Shanghai', now: testClock })
  } finally {
    await sim.close()
  }
}
