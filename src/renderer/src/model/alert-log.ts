/** How the wallboard's alert log reads an alert: its state now and how long it lasted (its figure and values read as the tiles': model/realtime-tiles). */
import type { AlertLogEntry } from '@shared/alert-engine'

/** In alert and seen lately; in alert when last seen, but not seen for longer than the gap; over. */
export type AlertRowStatus = 'alerting' | 'unseen' | 'cleared'

export interface AlertLogRow {
  entry: AlertLogEntry
  status: AlertRowStatus
}

/**
 * How long it was seen in alert, ms: to when it cleared, or (still under way, or cleared while
 * unseen) to when it was last seen in alert — then it lasted at least that long.
 */
export function alertDurationMs(entry: AlertLogEntry): { ms: number; atLeast: boolean } {
  const seenClearing = entry.clearedAt !== null && !entry.clearedUnseen
  const end = seenClearing ? entry.clearedAt! : entry.lastSeenAt
  return { ms: Math.max(0, end - entry.beganAt), atLeast: !seenClearing && entry.clearedAt !== null }
}
