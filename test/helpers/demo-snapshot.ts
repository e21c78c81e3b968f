/**
 * A snapshot of the simulator's ccc-demo on the pinned day, as the export specs take it, in
 * Shanghai: by default with the last two days' hourly interval report and the last day's trend.
 */
import { CccClient } from '../../src/core/ccc/client'
import { buildSnapshot, type SnapshotStep } from '../../src/core/export/snapshot-builder'
import { DAY_MS } from '../../src/shared/ccc/range-split'
import type { Snapshot } from '../../src/shared/snapshot'
import { DEMO_CREDENTIALS, startSimulator } from '../../src/simulator'
import { onPinnedDay, testClock } from './test-clock'

export async function demoSnapshot(
  seed: number,
  options: { profileName?: string; reports?: boolean; groupReports?: boolean; onProgress?: (step: SnapshotStep) => void } = {}
): Promise<Snapshot> {
  const sim = await startSimulator({ seed, ...onPinnedDay })
  try {
    const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock })
    const now = testClock()
    const reports = options.reports ?? true
    return await buildSnapshot(client, {
      instanceId: 'ccc-demo',
      profileName: options.profileName ?? 'demo',
      timeZone: 'Asia/Shanghai',
      ...(reports
        ? { interval: { startTime: now - 2 * DAY_MS, endTime: now, interval: 'Hourly' as const }, trend: { startTime: now - DAY_MS, endTime: now } }
        : {}),
      // The queue and agent reports over the last day, when asked for (they take a few more calls).
      ...(options.groupReports ? { queueReport: { startTime: now - DAY_MS, endTime: now }, agentReport: { startTime: now - DAY_MS, endTime: now } } : {}),
      now: () => now,
      ...(options.onProgress ? { onProgress: options.onProgress } : {})
    })
  } finally {
    await sim.close()
  }
}
