/**
 * The report presets and their call plans on the pinned day, in the zones supervisors work in:
 * `npm run test:dates` moves the day over month ends, DST changes, New Year and 29 February, so
 * these are properties checked against Intl's calendar, not expected constants.
 */
import { describe, expect, it } from 'vitest'
import { AGE_MARGIN_MS, HOUR_MS, MAX_AGE_MS, MAX_SPAN_MS, planRange, type ReportKind } from '../../src/shared/ccc/range-split'
import { previousPeriod, reportPresetRange, TREND_PRESETS, type ReportPreset } from '../../src/shared/ccc/report-range'
import { TEST_NOW } from '../helpers/test-clock'

const ZONES = ['Asia/Shanghai', 'Europe/London', 'America/Los_Angeles']

const dateFormats = new Map<string, Intl.DateTimeFormat>()
/** `yyyy-MM-dd` of an instant on the zone's wall clock, by Intl alone. */
function localDate(at: number, zone: string): string {
  let format = dateFormats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dateFormats.set(zone, format)
  }
  return format.format(at)
}

/** The calendar date `days` before `date` (both `yyyy-MM-dd`). */
function daysBefore(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10)
}

/** `at` is the first instant of its local day. */
function expectDayStart(at: number, zone: string, date: string): void {
  expect(localDate(at, zone)).toBe(date)
  expect(localDate(at - 1, zone)).toBe(daysBefore(date, 1))
}

const DAYS_BACK: Record<Exclude<ReportPreset, 'today' | 'yesterday' | 'thisMonth'>, number> = {
  last7Days: 6,
  last30Days: 29,
  last90Days: 89,
  last180Days: 179
}

describe.each(ZONES)('presets on the pinned day in %s', (zone) => {
  const today = localDate(TEST_NOW, zone)

  it('today runs from its local midnight to now; yesterday is the whole local day before it', () => {
    const todayRange = reportPresetRange('today', TEST_NOW, zone)
    expectDayStart(todayRange.startTime, zone, today)
    expect(todayRange.endTime).toBe(TEST_NOW)
    const yesterday = reportPresetRange('yesterday', TEST_NOW, zone)
    expectDayStart(yesterday.startTime, zone, daysBefore(today, 1))
    expect(yesterday.endTime).toBe(todayRange.startTime)
    // 23 or 25 hours on a DST change, 24 otherwise.
    expect([23, 24, 25]).toContain((yesterday.endTime - yesterday.startTime) / HOUR_MS)
  })

  it('this month starts at the 1st, local time', () => {
    expectDayStart(reportPresetRange('thisMonth', TEST_NOW, zone).startTime, zone, `${today.slice(0, 8)}01`)
  })

  it.each(Object.entries(DAYS_BACK))('%s counts today as one of its days, and never starts past the API\'s 180 days', (preset, back) => {
    const range = reportPresetRange(preset as ReportPreset, TEST_NOW, zone)
    expect(range.endTime).toBe(TEST_NOW)
    const oldest = TEST_NOW - MAX_AGE_MS + AGE_MARGIN_MS
    if (range.startTime === oldest) expect(localDate(oldest, zone) >= daysBefore(today, back)).toBe(true)
    else expectDayStart(range.startTime, zone, daysBefore(today, back))
  })

  it.each(TREND_PRESETS)('%s plans calls the API accepts, back to back, covering the range', (preset) => {
    const range = reportPresetRange(preset, TEST_NOW, zone)
    for (const kind of ['trend', 'hourly', 'daily'] as ReportKind[]) {
      // Exactly at midnight "today" is empty: nothing to plan.
      if (range.endTime <= range.startTime) continue
      const plan = planRange(kind, range, TEST_NOW)
      const first = plan.calls[0]
      expect(first?.startTime).toBeGreaterThanOrEqual(TEST_NOW - MAX_AGE_MS)
      expect(first!.startTime - range.startTime).toBeLessThan(HOUR_MS)
      expect(plan.calls.at(-1)?.endTime).toBe(range.endTime)
      for (const [i, call] of plan.calls.entries()) {
        expect(call.endTime - call.startTime).toBeLessThanOrEqual(MAX_SPAN_MS[kind])
        if (i > 0) expect(call.startTime).toBe(plan.calls[i - 1]?.endTime)
      }
    }
    // The comparison period is as long and ends where this one starts.
    const before = previousPeriod(range)
    expect(before.endTime).toBe(range.startTime)
    expect(before.endTime - before.startTime).toBe(range.endTime - range.startTime)
  })
})
