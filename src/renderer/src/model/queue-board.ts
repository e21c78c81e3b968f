/**
 * The skill-group (queue) board: one row per skill group from ListRealtimeSkillGroupStates, its
 * sort, and its thresholds — the instance's wallboard limits unless the supervisor set a queue's own.
 */
import type { SkillGroupState } from '@shared/ccc/shapes'
import { skillGroupLabel, type SkillGroupDisplayNames } from '@shared/ccc/skill-group-names'
import { sortRows, type ColumnSpec, type SortState } from './table-query'
import { levelAbove, storedPair, type Level, type ThresholdPair, type Thresholds } from './thresholds'

export interface QueueRow {
  id: string
  /** What supervisors typed (ListSkillGroups' DisplayName), else the SkillGroupName, else the ID. */
  name: string
  /** The SkillGroupName as the live states send it: CCC's code-like name, kept for the hover. */
  code: string
  waitingCalls: number | null
  /** Seconds. */
  longestWait: number | null
  loggedIn: number | null
  ready: number | null
  talking: number | null
  /** After-call work (话后处理), the API's WorkingAgents. */
  acw: number | null
  onBreak: number | null
  /** Who is on which break reason; codes as sent, counts above zero only. */
  breakCodes: { code: string; count: number }[]
  total: number | null
  /** (talking + ACW) / logged in, 0–1; null when nobody is logged in (no occupancy, not 0 %). */
  occupancy: number | null
}

export function occupancyOf(talking: number | null, acw: number | null, loggedIn: number | null): number | null {
  if (talking === null || acw === null || loggedIn === null || loggedIn <= 0) return null
  return (talking + acw) / loggedIn
}

export function queueRowOf(state: SkillGroupState, displayNames: SkillGroupDisplayNames = {}): QueueRow {
  return {
    id: state.SkillGroupId,
    name: skillGroupLabel(state.SkillGroupId, state.SkillGroupName, displayNames),
    code: state.SkillGroupName,
    waitingCalls: state.WaitingCalls,
    longestWait: state.LongestWaitingTime,
    loggedIn: state.LoggedInAgents,
    ready: state.ReadyAgents,
    talking: state.TalkingAgents,
    acw: state.WorkingAgents,
    onBreak: state.BreakingAgents,
    breakCodes: state.BreakCodeDetailList.filter((b) => (b.Count ?? 0) > 0).map((b) => ({ code: b.BreakCode, count: b.Count ?? 0 })),
    total: state.TotalAgents,
    occupancy: occupancyOf(state.TalkingAgents, state.WorkingAgents, state.LoggedInAgents)
  }
}

export const QUEUE_COLUMNS = [
  'name',
  'waitingCalls',
  'longestWait',
  'loggedIn',
  'ready',
  'talking',
  'acw',
  'onBreak',
  'total',
  'occupancy'
] as const
export type QueueColumn = (typeof QUEUE_COLUMNS)[number]

const numeric = (key: Exclude<QueueColumn, 'name'>): ColumnSpec<QueueRow> => ({
  key,
  text: (row) => (row[key] === null ? '' : String(row[key])),
  sortValue: (row) => row[key]
})

export const QUEUE_SPECS: readonly ColumnSpec<QueueRow>[] = [
  { key: 'name', text: (row) => row.name },
  ...QUEUE_COLUMNS.filter((c) => c !== 'name').map(numeric)
]

/** The queue that needs a supervisor first: most calls waiting. */
export const DEFAULT_QUEUE_SORT: Readonly<SortState> = Object.freeze({ columnKey: 'waitingCalls', order: 'descend' })

/**
 * Rows in the board's order. Ties (many queues with no one waiting) fall back to the longest wait,
 * then the name, so the order does not shuffle between refreshes. An unsorted board keeps `rows`' order.
 */
export function sortQueues(rows: readonly QueueRow[], sort: SortState, collator: Intl.Collator): QueueRow[] {
  if (sort.columnKey === null || sort.order === false) return [...rows]
  const byName = [...rows].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const byWait = sortRows(byName, QUEUE_SPECS, { columnKey: 'longestWait', order: 'descend' }, collator)
  return sortRows(byWait, QUEUE_SPECS, sort, collator)
}

/** The figures a queue has thresholds on: the wallboard's own queue figures. */
export const QUEUE_THRESHOLD_FIELDS = ['WaitingCalls', 'LongestWaitingTime'] as const
export type QueueThresholdField = (typeof QUEUE_THRESHOLD_FIELDS)[number]
export type QueueThresholds = Record<QueueThresholdField, ThresholdPair>

/** A queue's own limits, field by field; a field it does not set follows the instance's. */
export type QueueOverride = Partial<QueueThresholds>
/** Per skill-group ID. */
export type QueueOverrides = Record<string, QueueOverride>

export function queueThresholds(instance: Thresholds, override: QueueOverride | undefined): QueueThresholds {
  return {
    WaitingCalls: { ...(override?.WaitingCalls ?? instance.WaitingCalls) },
    LongestWaitingTime: { ...(override?.LongestWaitingTime ?? instance.LongestWaitingTime) }
  }
}

const ROW_FIELD: Readonly<Record<QueueThresholdField, 'waitingCalls' | 'longestWait'>> = {
  WaitingCalls: 'waitingCalls',
  LongestWaitingTime: 'longestWait'
}

export function queueLevels(row: QueueRow, thresholds: QueueThresholds): Record<QueueThresholdField, Level> {
  return {
    WaitingCalls: levelAbove(row[ROW_FIELD.WaitingCalls], thresholds.WaitingCalls),
    LongestWaitingTime: levelAbove(row[ROW_FIELD.LongestWaitingTime], thresholds.LongestWaitingTime)
  }
}

/** The worse of a row's levels, for the row's own mark. */
export function worstLevel(levels: Readonly<Record<string, Level>>): Level {
  const all = Object.values(levels)
  return all.includes('alert') ? 'alert' : all.includes('warn') ? 'warn' : 'ok'
}

const MAX_OVERRIDES = 1_000

/** Reads stored overrides defensively: bad entries are dropped, a bad limit inside one switches it off. */
export function sanitizeQueueOverrides(raw: unknown): QueueOverrides {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
  const result: QueueOverrides = {}
  for (const [id, value] of Object.entries(raw).slice(0, MAX_OVERRIDES)) {
    if (typeof value !== 'object' || value === null || id.length > 256) continue
    const override: QueueOverride = {}
    for (const field of QUEUE_THRESHOLD_FIELDS) {
      const pair = (value as Record<string, unknown>)[field]
      if (pair !== undefined) override[field] = storedPair(pair, { warn: null, alert: null })
    }
    if (Object.keys(override).length > 0) result[id] = override
  }
  return result
}
