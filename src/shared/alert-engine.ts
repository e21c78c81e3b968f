/**
 * The alert engine (#19): fed the level each watched figure reached at each refresh, it decides
 * when a supervisor is told — an alert begins when a figure enters its threshold's alert level,
 * a reminder follows only after a set time still in alert — and keeps the alert log (what, where,
 * when it began, its peak, when it cleared). Pure data in, data out: no Vue, no Electron, no clock
 * of its own; the caller passes every time, so the CLI or main could run it as the page does.
 *
 * No storms: one notification per figure on entering alert; a stale sample (the last good figures
 * shown again after a failed refresh) neither begins nor ends an alert; after an outage (no fresh
 * sample for longer than `gapMs`, or stale then fresh again) a figure that was alerting before it
 * and is still alerting goes on quietly in the log. Snooze delays, mute drops: a notification that
 * falls in a figure's snooze is owed and goes out as a reminder at the first fresh sample after
 * the snooze that finds it still in alert (an outage in between forgives it); a muted figure or
 * instance is logged and never notified.
 */

export type AlertLevel = 'ok' | 'warn' | 'alert'

/** `above`: the figure alerts when it climbs to the threshold (peak = max); `below`: when it falls under (peak = min). */
export type AlertDirection = 'above' | 'below'

/** Which figure an alert is about: the same in a sample, a log entry and a notification. */
export interface AlertFigure {
  /** The figure on its instance or queue, stable across refreshes: `ccc-a/WaitingCalls`, `ccc-a/queue/sg-1/WaitingCalls`. */
  key: string
  instanceId: string
  /** The figure's field, as the thresholds name it: `WaitingCalls`, `LongestWaitingTime`, `ServiceLevel20`. */
  figure: string
  /** A queue's figure names the queue; an instance's figure has null here. */
  skillGroupId: string | null
  skillGroupName: string | null
  /** An agent's time in state names the agent and the state it was in (the figure is `StateTime`). */
  agent?: AlertAgent
  direction: AlertDirection
}

export interface AlertAgent {
  id: string
  name: string
  /** The state whose time alerted, as CCC names it: `ACW`, `Break`. */
  state: string
}

/** One figure on one instance or queue, at one refresh. */
export interface AlertSample extends AlertFigure {
  /** In the thresholds' unit (the service level in percent, waits in seconds); null when not reported. */
  value: number | null
  level: AlertLevel
  /** The alert limit the level was judged by; null when the alert level is off. */
  threshold: number | null
  /** When the figures arrived, epoch ms. */
  at: number
  /** The last good figures kept through a failed or late refresh, not a new reading. */
  stale: boolean
}

export interface AlertSettings {
  /** How long a figure stays in alert before a reminder, ms; null: never remind. */
  reminderMs: number | null
  /** An instance's own reminder time, where its supervisor set one (null: never), over `reminderMs`. */
  reminderMsByInstance?: Readonly<Record<string, number | null>>
  /** A figure unseen (no fresh sample) for longer than this has been through an outage, ms. */
  gapMs: number
  /** The log's size; the oldest cleared entries go first. Defaults to ALERT_LOG_CAP. */
  logCap?: number
}

/** Who is not to be told: per figure or per instance until a time, or for good. */
export interface AlertSilence {
  /** Figure key → epoch ms until which it is snoozed. */
  snoozedUntil: Readonly<Record<string, number>>
  /** Instance ID → epoch ms until which all its figures are snoozed; absent: none. */
  instancesSnoozedUntil?: Readonly<Record<string, number>>
  mutedKeys: readonly string[]
  mutedInstances: readonly string[]
}

export const NO_SILENCE: AlertSilence = Object.freeze({
  snoozedUntil: Object.freeze({}),
  instancesSnoozedUntil: Object.freeze({}),
  mutedKeys: Object.freeze([]),
  mutedInstances: Object.freeze([])
})

/** Why a begin or a reminder was not notified. */
export type AlertSilenced = 'muted' | 'snoozed'

/** One alert, from entering the alert level until leaving it. */
export interface AlertLogEntry extends AlertFigure {
  id: number
  /** The alert limit when it began. */
  threshold: number | null
  beganAt: number
  /** The worst value while in alert (highest for `above`, lowest for `below`) and when it was first reached. */
  peak: number | null
  peakAt: number
  /** The last fresh sample that found it in alert. */
  lastSeenAt: number
  /** The first fresh sample that found it out of alert; null while it lasts. */
  clearedAt: number | null
  /** An outage fell inside it: what the figure did while unseen is not known. */
  acrossGap: boolean
  /** It was already out of alert when the figures came back after an outage: it cleared by `clearedAt`, at some unseen time after `lastSeenAt`. */
  clearedUnseen: boolean
  /** Its begin was notified; when not, why. */
  notified: boolean
  silenced: AlertSilenced | null
  /** Reminders notified. */
  reminders: number
}

export interface AlertNotification extends AlertFigure {
  kind: 'begin' | 'reminder'
  entryId: number
  value: number | null
  threshold: number | null
  at: number
}

/** What the engine remembers of one figure. */
export interface FigureTrack {
  /** The last fresh sample's time; null before the first. */
  lastFreshAt: number | null
  /** The latest sample was stale: the next fresh one is a recovery. */
  stale: boolean
  /** The log entry of the alert under way. */
  openId: number | null
  /** When it was last due a begin or a reminder, notified or not: the reminder counts from here. */
  promptedAt: number | null
  /** A notification fell in a snooze: owed as a reminder once the snooze is over. */
  owed: boolean
}

export interface AlertState {
  tracks: Readonly<Record<string, FigureTrack>>
  /** Oldest first. */
  log: readonly AlertLogEntry[]
  nextId: number
}

export interface AlertStep {
  /** The same object as given when nothing changed, so a store holding it does not re-render. */
  state: AlertState
  /** What to tell the supervisor, in sample order; muted and snoozed ones are left out. */
  notifications: AlertNotification[]
}

/**
 * The log keeps the last 500 alerts: a day of a busy centre's queues fits, and a page held open for
 * weeks does not grow without end. Alerts still under way are never dropped (there is at most one
 * per figure watched), so the log may pass the cap by as many.
 */
export const ALERT_LOG_CAP = 500

export const emptyAlertState = (): AlertState => ({ tracks: {}, log: [], nextId: 1 })

/** Why a notification for this figure would not go out at `at`, if it would not. */
export function silenceOf(silence: AlertSilence, key: string, instanceId: string, at: number): AlertSilenced | null {
  if (silence.mutedKeys.includes(key) || silence.mutedInstances.includes(instanceId)) return 'muted'
  const until = Math.max(silence.snoozedUntil[key] ?? 0, silence.instancesSnoozedUntil?.[instanceId] ?? 0)
  return at < until ? 'snoozed' : null
}

/** The reminder time that holds for an instance's figures. */
const reminderOf = (settings: AlertSettings, instanceId: string): number | null => {
  const own = settings.reminderMsByInstance
  return own !== undefined && Object.hasOwn(own, instanceId) ? own[instanceId]! : settings.reminderMs
}

const worse = (direction: AlertDirection, value: number | null, peak: number | null): boolean =>
  value !== null && (peak === null || (direction === 'above' ? value > peak : value < peak))

/**
 * Takes one refresh's samples (or several refreshes', in time order). A fresh sample no newer than
 * the figure's last fresh one is ignored, so the same figures may be given again harmlessly; a
 * change of thresholds therefore shows at the next refresh.
 */
export function stepAlerts(state: AlertState, samples: readonly AlertSample[], settings: AlertSettings, silence: AlertSilence = NO_SILENCE): AlertStep {
  let tracks: Record<string, FigureTrack> | null = null
  let log: AlertLogEntry[] | null = null
  let nextId = state.nextId
  const notifications: AlertNotification[] = []

  const trackOf = (key: string): FigureTrack | undefined => (tracks ?? state.tracks)[key]
  const setTrack = (key: string, track: FigureTrack): void => {
    tracks ??= { ...state.tracks }
    tracks[key] = track
  }
  const entryIndex = (id: number): number => (log ?? state.log).findIndex((e) => e.id === id)
  const setEntry = (index: number, entry: AlertLogEntry): void => {
    log ??= [...state.log]
    if (index < 0) log.push(entry)
    else log[index] = entry
  }
  const notify = (kind: AlertNotification['kind'], entry: AlertLogEntry, sample: AlertSample): void => {
    notifications.push({
      kind,
      entryId: entry.id,
      key: sample.key,
      instanceId: sample.instanceId,
      figure: sample.figure,
      skillGroupId: sample.skillGroupId,
      skillGroupName: sample.skillGroupName,
      ...(sample.agent ? { agent: sample.agent } : {}),
      value: sample.value,
      threshold: sample.threshold,
      direction: sample.direction,
      at: sample.at
    })
  }

  for (const sample of samples) {
    const before = trackOf(sample.key)
    if (sample.stale) {
      // Old figures shown again: nothing begins or ends, but the next fresh sample is a recovery.
      if (before && before.lastFreshAt !== null && !before.stale) setTrack(sample.key, { ...before, stale: true })
      continue
    }
    if (before?.lastFreshAt != null && sample.at <= before.lastFreshAt) continue

    const track: FigureTrack = before ? { ...before } : { lastFreshAt: null, stale: false, openId: null, promptedAt: null, owed: false }
    const recovering = track.lastFreshAt !== null && (track.stale || sample.at - track.lastFreshAt > settings.gapMs)
    const index = track.openId === null ? -1 : entryIndex(track.openId)
    const open = index < 0 ? null : (log ?? state.log)[index]!
    const silenced = silenceOf(silence, sample.key, sample.instanceId, sample.at)

    if (sample.level === 'alert') {
      if (open) {
        // The queue's name as the board names it now: its DisplayName may arrive after its first figures.
        const entry: AlertLogEntry = { ...open, skillGroupName: sample.skillGroupName, lastSeenAt: sample.at, acrossGap: open.acrossGap || recovering }
        if (worse(sample.direction, sample.value, open.peak)) {
          entry.peak = sample.value
          entry.peakAt = sample.at
        }
        if (recovering) {
          // Alerting before the outage and still: logged, not told again (nor what a snooze owed); a
          // reminder counts from now.
          track.promptedAt = sample.at
          track.owed = false
        } else {
          const snoozeOver = track.owed && silenced !== 'snoozed'
          const reminderMs = reminderOf(settings, sample.instanceId)
          const reminderDue = reminderMs !== null && track.promptedAt !== null && sample.at - track.promptedAt >= reminderMs
          if (snoozeOver || reminderDue) {
            track.promptedAt = sample.at
            track.owed = silenced === 'snoozed'
            if (silenced === null) {
              entry.reminders += 1
              notify('reminder', entry, sample)
            }
          }
        }
        setEntry(index, entry)
      } else {
        const entry: AlertLogEntry = {
          id: nextId++,
          key: sample.key,
          instanceId: sample.instanceId,
          figure: sample.figure,
          skillGroupId: sample.skillGroupId,
          skillGroupName: sample.skillGroupName,
          // The state it began in: an agent leaving it ends the alert (its time starts again).
          ...(sample.agent ? { agent: sample.agent } : {}),
          direction: sample.direction,
          threshold: sample.threshold,
          beganAt: sample.at,
          peak: sample.value,
          peakAt: sample.at,
          lastSeenAt: sample.at,
          clearedAt: null,
          acrossGap: false,
          clearedUnseen: false,
          notified: silenced === null,
          silenced,
          reminders: 0
        }
        setEntry(-1, entry)
        track.openId = entry.id
        track.promptedAt = sample.at
        track.owed = silenced === 'snoozed'
        if (silenced === null) notify('begin', entry, sample)
      }
    } else if (open) {
      setEntry(index, { ...open, clearedAt: sample.at, acrossGap: open.acrossGap || recovering, clearedUnseen: recovering })
      track.openId = null
      track.promptedAt = null
      track.owed = false
    }

    track.lastFreshAt = sample.at
    track.stale = false
    setTrack(sample.key, track)
  }

  if (tracks === null && log === null) return { state, notifications }
  return {
    state: { tracks: tracks ?? state.tracks, log: capLog(log ?? [...state.log], settings.logCap ?? ALERT_LOG_CAP), nextId },
    notifications
  }
}

/** Drops the oldest cleared entries beyond `cap`; entries still under way stay. */
function capLog(log: AlertLogEntry[], cap: number): AlertLogEntry[] {
  let excess = log.length - cap
  if (excess <= 0) return log
  return log.filter((entry) => !(entry.clearedAt !== null && excess-- > 0))
}

/**
 * The alerts under way whose figure was seen within `gapMs` of `now`: what the window title
 * counts. A figure unseen for longer (its board closed, the refreshes failing) is in alert as far
 * as anyone knows, not known to be.
 */
export function currentAlerts(state: AlertState, now: number, gapMs: number): AlertLogEntry[] {
  return state.log.filter((entry) => {
    if (entry.clearedAt !== null) return false
    const seen = state.tracks[entry.key]?.lastFreshAt
    return seen !== null && seen !== undefined && now - seen <= gapMs
  })
}

/** Snoozes one figure until `until` (epoch ms); an earlier time than now lifts the snooze. */
export function snoozeFigure(silence: AlertSilence, key: string, until: number): AlertSilence {
  return { ...silence, snoozedUntil: { ...silence.snoozedUntil, [key]: until } }
}

/** Snoozes every figure of an instance until `until`; an earlier time than now lifts it. */
export function snoozeInstance(silence: AlertSilence, instanceId: string, until: number): AlertSilence {
  return { ...silence, instancesSnoozedUntil: { ...silence.instancesSnoozedUntil, [instanceId]: until } }
}

export function setFigureMuted(silence: AlertSilence, key: string, muted: boolean): AlertSilence {
  const others = silence.mutedKeys.filter((k) => k !== key)
  return { ...silence, mutedKeys: muted ? [...others, key] : others }
}

export function setInstanceMuted(silence: AlertSilence, instanceId: string, muted: boolean): AlertSilence {
  const others = silence.mutedInstances.filter((id) => id !== instanceId)
  return { ...silence, mutedInstances: muted ? [...others, instanceId] : others }
}
