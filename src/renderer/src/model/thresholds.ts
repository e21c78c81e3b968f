/**
 * The supervisor's alert thresholds and the level (ok / warn / alert) a figure reaches. Counts and
 * waits alert when they climb to a threshold; the service level alerts when it falls below one.
 */
import { SUMMARY_RATE_UNIT } from '@shared/ccc/catalogue'
import type { InstanceSummaryReport, Long, RealtimeInstanceStates } from '@shared/ccc/types'

export type Level = 'ok' | 'warn' | 'alert'

/** The figures a supervisor can set thresholds on. */
export const THRESHOLD_FIELDS = ['WaitingCalls', 'LongestWaitingTime', 'ServiceLevel20'] as const
export type ThresholdField = (typeof THRESHOLD_FIELDS)[number]

/** `above`: level rises when the value reaches the threshold; `below`: when it drops under it. */
export const THRESHOLD_DIRECTION: Readonly<Record<ThresholdField, 'above' | 'below'>> = {
  WaitingCalls: 'above',
  LongestWaitingTime: 'above',
  ServiceLevel20: 'below'
}

/** A pair of limits; null switches that level off. ServiceLevel20 is in percent, waits in seconds. */
export interface ThresholdPair {
  warn: number | null
  alert: number | null
}

export type Thresholds = Record<ThresholdField, ThresholdPair>

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  WaitingCalls: { warn: 5, alert: 10 },
  LongestWaitingTime: { warn: 60, alert: 120 },
  ServiceLevel20: { warn: 80, alert: 60 }
})

export function defaultThresholds(): Thresholds {
  return {
    WaitingCalls: { ...DEFAULT_THRESHOLDS.WaitingCalls },
    LongestWaitingTime: { ...DEFAULT_THRESHOLDS.LongestWaitingTime },
    ServiceLevel20: { ...DEFAULT_THRESHOLDS.ServiceLevel20 }
  }
}

/** A stored limit: null (off) stays null, a bad value takes the fallback. */
export const storedLimit = (value: unknown, fallback: number | null): number | null =>
  value === null ? null : typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback

/** Reads thresholds from storage, replacing anything missing or malformed by its default. */
export function sanitizeThresholds(raw: unknown): Thresholds {
  const result = defaultThresholds()
  if (typeof raw !== 'object' || raw === null) return result
  for (const field of THRESHOLD_FIELDS) {
    result[field] = storedPair((raw as Record<string, unknown>)[field], result[field])
  }
  return result
}

/** A stored pair of limits, each part that is missing or malformed taken from the fallback. */
export function storedPair(raw: unknown, fallback: ThresholdPair): ThresholdPair {
  if (typeof raw !== 'object' || raw === null) return { ...fallback }
  const { warn, alert } = raw as Record<string, unknown>
  return { warn: storedLimit(warn, fallback.warn), alert: storedLimit(alert, fallback.alert) }
}

/** The value compared with the thresholds: ServiceLevel20 arrives as a ratio, thresholds are percent. */
export function comparable(field: ThresholdField, value: Long | null | undefined): number | null {
  if (value === null || value === undefined) return null
  const n = Number(value)
  if (!Number.isFinite(n)) return null
  return field === 'ServiceLevel20' && SUMMARY_RATE_UNIT === 'ratio' ? n * 100 : n
}

/** The level a value reaches against limits that alert when climbed to (counts, waits, times in state). */
export function levelAbove(n: number | null, { warn, alert }: ThresholdPair): Level {
  if (n === null) return 'ok'
  if (alert !== null && n >= alert) return 'alert'
  if (warn !== null && n >= warn) return 'warn'
  return 'ok'
}

/** The level a raw API value reaches; a missing value raises nothing. */
export function levelOf(field: ThresholdField, value: Long | null | undefined, thresholds: Thresholds): Level {
  const n = comparable(field, value)
  if (n === null) return 'ok'
  if (THRESHOLD_DIRECTION[field] === 'above') return levelAbove(n, thresholds[field])
  const { warn, alert } = thresholds[field]
  if (alert !== null && n < alert) return 'alert'
  if (warn !== null && n < warn) return 'warn'
  return 'ok'
}

/** Every watched field's level, from live figures or a snapshot's; the service level comes from the summary. */
export function levelsOf(
  states: RealtimeInstanceStates | null | undefined,
  summary: InstanceSummaryReport | null | undefined,
  thresholds: Thresholds
): Record<ThresholdField, Level> {
  const value = (field: ThresholdField) => (field === 'ServiceLevel20' ? summary?.Inbound.ServiceLevel20 : states?.[field])
  return Object.fromEntries(THRESHOLD_FIELDS.map((f) => [f, levelOf(f, value(f), thresholds)])) as Record<ThresholdField, Level>
}

/** True when the warn limit would be reached after the alert one, which makes warn never show. */
export function isPairInverted(direction: 'above' | 'below', pair: ThresholdPair): boolean {
  if (pair.warn === null || pair.alert === null) return false
  return direction === 'above' ? pair.warn > pair.alert : pair.warn < pair.alert
}

export const isInverted = (field: ThresholdField, pair: ThresholdPair): boolean => isPairInverted(THRESHOLD_DIRECTION[field], pair)

/**
 * How a threshold editor shows one figure's pair: its label and unit (already translated), the
 * direction, the largest limit it takes, and how many stored units one shown unit is (60 when
 * seconds are edited as minutes).
 */
export interface ThresholdFieldLook {
  label: string
  unit: string
  direction: 'above' | 'below'
  max: number
  scale: number
}
