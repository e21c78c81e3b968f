/**
 * The alert engine's state kept on this computer, per account, so the wallboard's alert log (and
 * the alerts under way) outlive a restart of the app: an alert still under way after it goes on in
 * its entry, quietly, as after any outage, rather than being told again. Read back as untrusted:
 * a field of the wrong type drops its entry, and the sizes are bounded.
 */
import { ALERT_LOG_CAP, type AlertLogEntry, type AlertState, type FigureTrack } from '@shared/alert-engine'
import type { SessionInfo } from '@shared/ipc/contract'

export const ALERT_MEMORY_KEY = 'alertState'
/** Accounts remembered: the least recently saved goes first. */
const MAX_OWNERS = 8
/** Figures tracked at most (one per figure watched: instances, queues, agents' time in state). */
const MAX_TRACKS = 20_000
const MAX_TEXT = 512

/** Whose alerts these are: the same account reads them back, no other (the demo's simulator has a new port each start). */
export const alertOwnerOf = (session: Pick<SessionInfo, 'source' | 'profileId' | 'endpoint'>): string =>
  session.source === 'demo' ? 'demo' : `${session.source}:${session.profileId ?? ''}:${session.endpoint}`

type Raw = Record<string, unknown>
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const nullableNum = (v: unknown): v is number | null => v === null || num(v)
const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT
const nullableText = (v: unknown): v is string | null => v === null || text(v)
const whole = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0

function entryOf(v: unknown): AlertLogEntry | null {
  if (!isObject(v)) return null
  const agent = v.agent
  const agentOk = agent === undefined || (isObject(agent) && text(agent.id) && text(agent.name) && text(agent.state))
  const ok =
    text(v.key) && text(v.instanceId) && text(v.figure) && nullableText(v.skillGroupId) && nullableText(v.skillGroupName) && agentOk &&
    (v.direction === 'above' || v.direction === 'below') && whole(v.id) && v.id > 0 && nullableNum(v.threshold) && num(v.beganAt) &&
    nullableNum(v.peak) && num(v.peakAt) && num(v.lastSeenAt) && nullableNum(v.clearedAt) && typeof v.acrossGap === 'boolean' &&
    typeof v.clearedUnseen === 'boolean' && typeof v.notified === 'boolean' && (v.silenced === null || v.silenced === 'muted' || v.silenced === 'snoozed') && whole(v.reminders)
  if (!ok) return null
  const { key, instanceId, figure, skillGroupId, skillGroupName, direction, id, threshold, beganAt, peak, peakAt, lastSeenAt, clearedAt, acrossGap, clearedUnseen, notified, silenced, reminders } = v as unknown as AlertLogEntry
  return {
    key, instanceId, figure, skillGroupId, skillGroupName, direction, id, threshold, beganAt, peak, peakAt, lastSeenAt, clearedAt, acrossGap, clearedUnseen, notified, silenced, reminders,
    ...(agentOk && isObject(agent) ? { agent: { id: agent.id as string, name: agent.name as string, state: agent.state as string } } : {})
  }
}

function trackOf(v: unknown): FigureTrack | null {
  if (!isObject(v)) return null
  const ok = nullableNum(v.lastFreshAt) && typeof v.stale === 'boolean' && (v.openId === null || whole(v.openId)) && nullableNum(v.promptedAt) && typeof v.owed === 'boolean'
  return ok ? { lastFreshAt: v.lastFreshAt as number | null, stale: v.stale as boolean, openId: v.openId as number | null, promptedAt: v.promptedAt as number | null, owed: v.owed as boolean } : null
}

/** The state `owner` saved, checked; null when there is none or nothing of it can be read. */
export function recalledAlertState(stored: unknown, owner: string): AlertState | null {
  if (!isObject(stored) || !isObject(stored[owner])) return null
  const raw = (stored[owner] as Raw).state
  if (!isObject(raw) || !Array.isArray(raw.log) || !isObject(raw.tracks)) return null
  const log = raw.log.slice(-(ALERT_LOG_CAP + MAX_TRACKS)).map(entryOf).filter((e): e is AlertLogEntry => e !== null)
  const open = new Set(log.filter((e) => e.clearedAt === null).map((e) => e.id))
  const tracks: Record<string, FigureTrack> = {}
  for (const [key, value] of Object.entries(raw.tracks).slice(0, MAX_TRACKS)) {
    const track = trackOf(value)
    if (!track || key.length > MAX_TEXT) continue
    // An alert under way must have its entry: one whose entry was dropped starts afresh.
    tracks[key] = track.openId !== null && !open.has(track.openId) ? { ...track, openId: null } : track
  }
  const highest = log.reduce((n, e) => Math.max(n, e.id), 0)
  const nextId = whole(raw.nextId) && raw.nextId > highest ? raw.nextId : highest + 1
  return { tracks, log, nextId }
}

/** What to keep after `owner` saves `state` at `at`: its own replaced, the others kept, the least recently saved past MAX_OWNERS dropped. */
export function rememberedAlertStates(stored: unknown, owner: string, state: AlertState, at: number): Record<string, { savedAt: number; state: AlertState }> {
  const others = isObject(stored) ? Object.entries(stored).filter(([key, value]) => key !== owner && isObject(value) && num(value.savedAt)) : []
  const kept = (others as Array<[string, { savedAt: number; state: AlertState }]>).sort((a, b) => b[1].savedAt - a[1].savedAt).slice(0, MAX_OWNERS - 1)
  return Object.fromEntries([[owner, { savedAt: at, state }], ...kept])
}
