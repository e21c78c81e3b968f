/**
 * How a supervisor wants an instance's alerts told (#19), remembered per instance on this
 * computer: notifications on or off, a sound, when to remind, the instance or single figures
 * muted. Snoozes are for the moment and are not kept.
 */

/** How notifications reach the desktop here: main's (the app), or the browser's (Web Notifications). */
export type AlertChannel = 'desktop' | 'browser'

/** Minutes still in alert before a reminder; 0: never remind. */
export const REMINDER_MINUTES = [0, 5, 10, 15, 30, 60] as const
export type ReminderMinutes = (typeof REMINDER_MINUTES)[number]

/** Snoozes offered, in minutes. */
export const SNOOZE_MINUTES = [15, 60] as const

export interface InstanceAlertSettings {
  /** A notification when a figure enters alert (the desktop's in the app, the browser's in a browser). */
  notify: boolean
  /** A short chime with it; off unless the supervisor turns it on. */
  sound: boolean
  reminderMinutes: ReminderMinutes
  /** Nothing told for this instance; its alerts are still logged and counted. */
  muted: boolean
  /** Figure keys (`ccc-a/WaitingCalls`, `ccc-a/queue/sg-1/WaitingCalls`) never told. */
  mutedFigures: string[]
}

export const DEFAULT_ALERT_SETTINGS: Readonly<InstanceAlertSettings> = Object.freeze({
  notify: true,
  sound: false,
  reminderMinutes: 10,
  muted: false,
  mutedFigures: Object.freeze([]) as unknown as string[]
})

/** A figure key as the alert samples make them, and no longer than a queue's ID allows. */
const MAX_KEY_LENGTH = 400
/** More than any instance has figures in alert thresholds (tiles and 3 figures of up to ~1,000 queues). */
const MAX_MUTED_FIGURES = 3_000

/** Reads one instance's stored settings defensively: anything not of its shape takes the default. */
export function sanitizeAlertSettings(raw: unknown, instanceId: string): InstanceAlertSettings {
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
  const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback)
  const minutes = REMINDER_MINUTES.find((m) => m === stored.reminderMinutes) ?? DEFAULT_ALERT_SETTINGS.reminderMinutes
  const prefix = `${instanceId}/`
  const figures = Array.isArray(stored.mutedFigures)
    ? stored.mutedFigures.filter((key): key is string => typeof key === 'string' && key.startsWith(prefix) && key.length <= MAX_KEY_LENGTH)
    : []
  return {
    notify: flag(stored.notify, DEFAULT_ALERT_SETTINGS.notify),
    sound: flag(stored.sound, DEFAULT_ALERT_SETTINGS.sound),
    reminderMinutes: minutes,
    muted: flag(stored.muted, DEFAULT_ALERT_SETTINGS.muted),
    mutedFigures: [...new Set(figures)].slice(0, MAX_MUTED_FIGURES)
  }
}

export const isDefaultAlertSettings = (settings: InstanceAlertSettings): boolean =>
  settings.notify === DEFAULT_ALERT_SETTINGS.notify &&
  settings.sound === DEFAULT_ALERT_SETTINGS.sound &&
  settings.reminderMinutes === DEFAULT_ALERT_SETTINGS.reminderMinutes &&
  !settings.muted &&
  settings.mutedFigures.length === 0
