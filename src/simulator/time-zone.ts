/**
 * Instance-local calendar arithmetic with Intl only. Offsets are cached per zone and UTC hour:
 * reports walk thousands of 15-minute slots and formatToParts is the slow part.
 */
import { DAY_MS, HOUR_MS } from '../shared/ccc/range-split'

const formatters = new Map<string, Intl.DateTimeFormat>()
const offsetCache = new Map<string, number>()
const OFFSET_CACHE_LIMIT = 50_000

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function computeOffset(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0
  )
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000
  return asUtc - wholeSeconds
}

/** Milliseconds to add to an epoch time to read the zone's wall clock with UTC getters. */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  // Every zone in use changes offset on a quarter hour, so one lookup serves the quarter.
  const quarter = Math.floor(epochMs / (HOUR_MS / 4))
  const key = `${timeZone}|${quarter}`
  let offset = offsetCache.get(key)
  if (offset === undefined) {
    if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear()
    offset = computeOffset(quarter * (HOUR_MS / 4), timeZone)
    offsetCache.set(key, offset)
  }
  return offset
}

export interface LocalTime {
  /** yyyy-MM-dd */
  date: string
  /** 0 = Sunday … 6 = Saturday */
  weekday: number
  /** Hours since local midnight, fractional (10.5 = 10:30). */
  hour: number
}

export function localTime(epochMs: number, timeZone: string): LocalTime {
  const wall = new Date(epochMs + zoneOffsetMs(epochMs, timeZone))
  return {
    date: wall.toISOString().slice(0, 10),
    weekday: wall.getUTCDay(),
    hour: wall.getUTCHours() + wall.getUTCMinutes() / 60 + wall.getUTCSeconds() / 3600
  }
}

/** The instant the local day containing `epochMs` began. */
export function localMidnight(epochMs: number, timeZone: string): number {
  const wallMidnight = Math.floor((epochMs + zoneOffsetMs(epochMs, timeZone)) / DAY_MS) * DAY_MS
  const date = localTime(epochMs, timeZone).date
  const guess = wallMidnight - zoneOffsetMs(epochMs, timeZone)
  // A DST change between midnight and `epochMs` moves midnight by the change: try the offset in
  // force at the first guess too, and keep the earliest candidate still on the same local date
  // (where midnight itself is skipped, the day starts at 01:00).
  const corrected = wallMidnight - zoneOffsetMs(guess, timeZone)
  const onDate = [guess, corrected].filter((t) => localTime(t, timeZone).date === date)
  return onDate.length > 0 ? Math.min(...onDate) : guess
}

/** The next local midnight after the day that starts at `dayStart` (23, 24 or 25 hours later). */
export function nextLocalMidnight(dayStart: number, timeZone: string): number {
  return localMidnight(dayStart + 26 * HOUR_MS, timeZone)
}

/** `yyyy-MM-dd HH:mm:ss` on the zone's wall clock, as the 2017 API prints times. */
export function formatLocalDateTime(epochMs: number, timeZone: string): string {
  return new Date(epochMs + zoneOffsetMs(epochMs, timeZone)).toISOString().slice(0, 19).replace('T', ' ')
}
