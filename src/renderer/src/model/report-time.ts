/**
 * Report times in a chosen time zone: the presets the reports offer, the zone's
 * name with its UTC offset, and the conversion between the date picker's wall-clock values (which
 * are always in the machine's zone) and instants in the chosen zone.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns/format'
import { DAY_MS, MAX_AGE_MS, AGE_MARGIN_MS } from '@shared/ccc/range-split'
import { isValidTimeZone, type ReportPreset } from '@shared/ccc/report-range'
import type { IntervalGranularity, TimeRange } from '@shared/ccc/types'

export { INTERVAL_PRESETS, reportPresetRange, TREND_PRESETS, type ReportPreset } from '@shared/ccc/report-range'
export type RangeChoice = ReportPreset | 'custom'

/** The machine's zone, as the OS names it. */
export function machineTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

const COMMON_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'UTC']

/** The zones the picker offers: the instance's first, then the machine's, then common ones. */
export function timeZoneChoices(instanceZone: string, machineZone: string = machineTimeZone()): string[] {
  return [...new Set([instanceZone, machineZone, ...COMMON_ZONES])].filter(isValidTimeZone)
}

/** `UTC+8`, `UTC-3:30`, `UTC` for the zone's offset at `at`. */
export function utcOffsetLabel(timeZone: string, at: number): string {
  const offset = -new TZDate(at, timeZone).getTimezoneOffset()
  if (offset === 0) return 'UTC'
  const sign = offset > 0 ? '+' : '-'
  const h = Math.floor(Math.abs(offset) / 60)
  const m = Math.abs(offset) % 60
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`
}

/** A full time for headings: `2024-05-06 10:00`. */
export function formatTime(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), 'yyyy-MM-dd HH:mm')
}

/** The picker's value (wall time in the machine's zone) as the same wall time in `timeZone`. */
export function pickerToInstant(pickerMs: number, timeZone: string): number {
  const d = new Date(pickerMs)
  return TZDate.tz(timeZone, d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()).getTime()
}

/** An instant as the picker's value that shows its wall time in `timeZone`. */
export function instantToPicker(ms: number, timeZone: string): number {
  const z = new TZDate(ms, timeZone)
  return new Date(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds()).getTime()
}

/** True when the picker's day holds no moment the API can serve (all older than 180 days, or in the future). */
export function isPickerDayDisabled(pickerMs: number, timeZone: string, now: number): boolean {
  const d = new Date(pickerMs)
  const dayStart = TZDate.tz(timeZone, d.getFullYear(), d.getMonth(), d.getDate()).getTime()
  const dayEnd = TZDate.tz(timeZone, d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime()
  return dayEnd <= now - MAX_AGE_MS + AGE_MARGIN_MS || dayStart > now
}

/** A custom range with its start moved inside the 180-day limit (a range partly too old is served from the limit on). */
export function clampCustomRange(range: TimeRange, now: number): TimeRange {
  const earliest = now - MAX_AGE_MS + AGE_MARGIN_MS
  return range.startTime < earliest && range.endTime > earliest ? { startTime: earliest, endTime: range.endTime } : range
}

/** Up to this long a range opens Hourly: a day's figures as one Daily bar say little. */
const HOURLY_UP_TO_MS = 2 * DAY_MS

/** The granularity a range opens with: Hourly for Today, Yesterday and other ranges of a day or two, Daily beyond. */
export function defaultGranularity(range: TimeRange | null): IntervalGranularity {
  return range !== null && range.endTime - range.startTime <= HOURLY_UP_TO_MS ? 'Hourly' : 'Daily'
}
