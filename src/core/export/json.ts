/** The snapshot file itself: the only format that can be reopened. */
import { stringifyJson } from '../../shared/json'
import type { Snapshot } from '../../shared/snapshot'

export function snapshotToJson(snapshot: Snapshot): string {
  return stringifyJson(snapshot, 2) + '\n'
}
