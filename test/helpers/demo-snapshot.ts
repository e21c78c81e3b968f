/**
 * A snapshot of the demo instance as the export specs take it: the simulator on the pinned day, the
 * last two days' hourly interval report and the last day's trend, in Shanghai.
 */
import { CccClient } from '../../src/core/ccc/client'
import { buildSnapshot, type SnapshotStep } from '../../src/core/export/snapshot-builder'
import { DAY_MS } from '../../src/shared/ccc/range-split'
import type { Snapshot } from '../../src/shared/snapshot'
import { DEMO_CREDENTIALS, startSimulator } from '../../src/simulator'
import { onPinnedDay, testClock } from './test-clock'

export async function demoSnapshot(seed: number, onProgress?: (step: SnapshotStep) => void): Promise<Snapshot> {
  const sim = await startSimulator({ seed, ...onPinnedDay })
  try {
    const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock })
    const now = testClock()
    return await buildSnapshot(client, {
      instanceId: 'ccc-demo',
      profileName: 'demo',
      timeZone: 'Asia/Shanghai',
      interval: { startTime: now - 2 * DAY_MS, endTime: now, interval: 'Hourly' },
      trend: { startTime: now - DAY_MS, endTime: now },
      now: () => now,
      ...(onProgress ? { onProgress } : {})
    })
  } finally {
    await sim.close()
  }
}
