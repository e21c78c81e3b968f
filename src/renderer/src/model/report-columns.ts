/**
 * Which metrics a report table shows, and in which order: the report's main metrics first (in
 * their own order), then the others the user added, in the catalogue's order. What is remembered
 * is the set chosen per report kind and group; a name the group no longer has is dropped quietly.
 */
import type { MetricGroup } from '@shared/ccc/catalogue'
import { REPORT_KINDS, type ReportKindName } from './report-kinds'

/** `interval.Inbound`: the key a table's choice is remembered under. */
export type ReportColumnsKey = `${ReportKindName}.${string}`

export const columnsKey = (kind: ReportKindName, group: string): ReportColumnsKey => `${kind}.${group}`

/** The catalogue group and main columns a key stands for; null for a key no report has. */
function groupOfKey(key: string): { group: MetricGroup; main: readonly string[] } | null {
  const [kind, name] = key.split('.')
  const def = Object.prototype.hasOwnProperty.call(REPORT_KINDS, kind ?? '') ? REPORT_KINDS[kind as ReportKindName] : null
  if (!def || name === undefined || !Object.prototype.hasOwnProperty.call(def.groups, name)) return null
  const groups = def.groups as Readonly<Record<string, MetricGroup>>
  const main = def.mainColumns as Readonly<Record<string, readonly string[]>>
  return { group: groups[name]!, main: main[name] ?? [] }
}

/** Every metric of `group` in the chooser's order: the main ones first, then the catalogue's order. */
export function columnOrder(group: MetricGroup, main: readonly string[]): string[] {
  const mains = main.filter((name) => name in group)
  return [...mains, ...Object.keys(group).filter((name) => !mains.includes(name))]
}

/** The columns shown, in the table's order: `chosen` (or the main ones when nothing is remembered) within `group`. */
export function shownColumns(group: MetricGroup, main: readonly string[], chosen: readonly string[] | null): string[] {
  const picked = new Set(chosen ?? main)
  return columnOrder(group, main).filter((name) => picked.has(name))
}

/**
 * Remembered choices as read back from storage, each kept to the names its group has: an unknown
 * key, a non-list and a name that no longer exists are dropped without a word.
 */
export function cleanColumnChoices(stored: unknown): Record<string, string[]> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {}
  const out: Record<string, string[]> = {}
  for (const [key, names] of Object.entries(stored as Record<string, unknown>)) {
    const known = groupOfKey(key)
    if (!known || !Array.isArray(names)) continue
    out[key] = [...new Set(names.filter((name): name is string => typeof name === 'string' && Object.prototype.hasOwnProperty.call(known.group, name)))]
  }
  return out
}
