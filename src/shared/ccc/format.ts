/** Display of catalogued values, by unit: shared by the CLI, the console and exports. */
import type { MetricDef, Unit } from './catalogue'
import type { Long } from './types'

/** Seconds as m:ss below an hour, h:mm:ss above. */
export function formatDuration(seconds: number): string {
  const negative = seconds < 0
  const total = Math.round(Math.abs(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${negative ? '-' : ''}${h > 0 ? `${h}:${pad(m)}` : m}:${pad(s)}`
}

/**
 * Seconds as h:mm:ss, hours always written: what a spreadsheet reads as a duration (it would read
 * 5:44 as five hours and 44 minutes).
 */
export function formatClockDuration(seconds: number): string {
  const negative = seconds < 0
  const total = Math.round(Math.abs(seconds))
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${negative ? '-' : ''}${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`
}

/** A ratio (0.953) or a percent (95.3) as `95.3%`; values above 100 % are shown as they are. */
export function formatRate(value: number, unit: Unit): string {
  const percent = unit === 'ratio' ? value * 100 : value
  return `${percent.toFixed(1)}%`
}

export function formatMetric(value: Long | number | null, def: Pick<MetricDef, 'unit'>): string {
  if (value === null) return '—'
  // A count beyond 2^53 stays exact; any other unit reads as a number (a sum of seconds that came as a Long is still a duration).
  if (typeof value === 'bigint') return def.unit === 'count' ? value.toString() : formatMetric(Number(value), def)
  switch (def.unit) {
    case 'seconds':
      return formatDuration(value)
    case 'ratio':
    case 'percent':
      return formatRate(value, def.unit)
    case 'score':
      return value.toFixed(2)
    case 'epochMs':
      return new Date(value).toISOString()
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(2)
  }
}
