/**
 * The agent board: one row per agent from ListRealtimeAgentStates, the time each has been in its
 * state (corrected for the desktop's clock), counts by state, filters kept in the URL, the sort
 * and the time-in-state thresholds.
 */
import { AGENT_STATE_NAMES, isAgentState, type AgentStateName } from '@shared/ccc/agent-states'
import type { AgentState } from '@shared/ccc/shapes'
import { agentSkillGroupLabels, type SkillGroupDisplayNames } from '@shared/ccc/skill-group-names'
import type { IconName } from '../components/common/icons/icon-paths'
import { searchMatcher, type ColumnSpec } from './table-query'
import { levelAbove, storedPair, type Level, type ThresholdPair } from './thresholds'

export interface AgentRow {
  id: string
  name: string
  /** As sent: a state this version does not know is kept and shown as sent. */
  state: string
  stateCode: string
  /** When the agent entered the state, epoch ms by the CCC's clock; null when not sent. */
  stateTime: number | null
  breakCode: string
  callType: string
  extension: string
  skillGroupIds: string[]
  /** Each group as shown (its DisplayName where ListSkillGroups gave one), by position of the IDs. */
  skillGroupNames: string[]
  /** The SkillGroupNameList as sent: CCC's code-like names, kept for the hover. */
  skillGroupCodes: string[]
}

export function agentRowOf(agent: AgentState, displayNames: SkillGroupDisplayNames = {}): AgentRow {
  return {
    id: agent.AgentId,
    name: agent.AgentName || agent.AgentId,
    state: agent.State,
    stateCode: agent.StateCode,
    stateTime: agent.StateTime,
    breakCode: agent.BreakCode,
    callType: agent.CallType,
    extension: agent.Extension,
    skillGroupIds: agent.SkillGroupIdList,
    skillGroupNames: agentSkillGroupLabels(agent.SkillGroupIdList, agent.SkillGroupNameList, displayNames),
    skillGroupCodes: agent.SkillGroupNameList
  }
}

/**
 * The rows of a new answer, each agent whose fields did not change keeping its row object from
 * `previous`: most agents keep their state between refreshes, and the table skips a row whose
 * object is the same. Rows are frozen, since they are shared from one answer to the next.
 */
export function agentRowsOf(
  agents: readonly AgentState[],
  displayNames: SkillGroupDisplayNames,
  previous: readonly AgentRow[] = []
): readonly AgentRow[] {
  // CCC lists agents in the same order from one answer to the next: look a row up by position first.
  let before: Map<string, AgentRow> | null = null
  const keptFor = (agent: AgentState, i: number): AgentRow | undefined =>
    previous[i]?.id === agent.AgentId ? previous[i] : (before ??= new Map(previous.map((row) => [row.id, row]))).get(agent.AgentId)
  return Object.freeze(
    agents.map((agent, i) => {
      const kept = keptFor(agent, i)
      const source = kept && builtFrom.get(kept)
      // Same agent fields and the same names: the row would come out the same, so skip building it.
      if (kept && source && source.names === displayNames && sameAgent(source.agent, agent)) return kept
      const row = Object.freeze(agentRowOf(agent, displayNames))
      builtFrom.set(row, { agent, names: displayNames })
      return row
    })
  )
}

/** The answer's agent (and the names) each row was built from, for the next answer to compare with. */
const builtFrom = new WeakMap<AgentRow, { agent: AgentState; names: SkillGroupDisplayNames }>()

// Loops rather than every(): run for each of 1,200 agents at every refresh.
function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Whether two lists of rows name the same skill groups, agent by agent (a refresh mostly keeps every row object). */
export function sameSkillGroups(a: readonly AgentRow[], b: readonly AgentRow[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x !== y && !(sameList(x.skillGroupIds, y.skillGroupIds) && sameList(x.skillGroupNames, y.skillGroupNames))) return false
  }
  return true
}

function sameAgent(a: AgentState, b: AgentState): boolean {
  return (
    a.AgentId === b.AgentId &&
    a.AgentName === b.AgentName &&
    a.State === b.State &&
    a.StateCode === b.StateCode &&
    a.StateTime === b.StateTime &&
    a.BreakCode === b.BreakCode &&
    a.CallType === b.CallType &&
    a.Extension === b.Extension &&
    sameList(a.SkillGroupIdList, b.SkillGroupIdList) &&
    sameList(a.SkillGroupNameList, b.SkillGroupNameList)
  )
}

/** How a state looks: an icon and a colour class, always beside its label (never colour alone). */
export interface StateLook {
  icon: IconName
  /** The `agent-state--<tone>` class. */
  tone: 'ready' | 'ringing' | 'talking' | 'acw' | 'break' | 'offline' | 'other'
}

const LOOKS: Readonly<Record<AgentStateName, StateLook>> = {
  Ready: { icon: 'checkCircle', tone: 'ready' },
  Ringing: { icon: 'bell', tone: 'ringing' },
  Dialing: { icon: 'phoneOutgoing', tone: 'ringing' },
  Talking: { icon: 'phone', tone: 'talking' },
  ACW: { icon: 'edit', tone: 'acw' },
  Break: { icon: 'coffee', tone: 'break' },
  Offline: { icon: 'power', tone: 'offline' }
}
const UNKNOWN_LOOK: StateLook = { icon: 'info', tone: 'other' }

export const stateLook = (state: string): StateLook => (isAgentState(state) ? LOOKS[state] : UNKNOWN_LOOK)

/** The label's message key, or null for a state this version does not know (shown as sent). */
export const stateLabelKey = (state: string): string | null => (isAgentState(state) ? `agentStates.${state}` : null)

// ── The clock ────────────────────────────────────────────────────────────────────────────────

/** A desktop clock further off the CCC's than this is flagged: times in state would read wrong without the correction. */
export const CLOCK_FAR_OFF_MS = 2 * 60_000

/**
 * How far the CCC's clock is ahead of the desktop's, ms, from the server time an answer carried
 * (its `Date` header) and when the desktop sent the request and got the answer: the server
 * stamped it somewhere in between, so the midpoint is the best guess. Null without a server time.
 */
export function clockOffsetMs(serverTime: number | null, sentAt: number, receivedAt: number): number | null {
  if (serverTime === null || !Number.isFinite(serverTime)) return null
  // The Date header has whole seconds: an offset under a second is noise, not a fault.
  const offset = serverTime - (sentAt + receivedAt) / 2
  return Math.abs(offset) < 1_000 ? 0 : Math.round(offset)
}

export const isClockFarOff = (offsetMs: number | null): boolean => offsetMs !== null && Math.abs(offsetMs) > CLOCK_FAR_OFF_MS

/** Seconds in the state at the desktop's `now`, read on the CCC's clock; never negative, null without a StateTime. */
export function secondsInState(stateTime: number | null, now: number, offsetMs: number | null): number | null {
  if (stateTime === null || stateTime <= 0) return null
  return Math.max(0, Math.floor((now + (offsetMs ?? 0) - stateTime) / 1000))
}

// ── Counts, filters, sort ───────────────────────────────────────────────────────────────────

/** Agents per state, in the board's state order, then any state this version does not know. */
export function countByState(rows: readonly AgentRow[]): { state: string; count: number }[] {
  return countList(narrowAgents(rows, emptyAgentFilter()).counts)
}

const countList = (counts: Map<string, number>): { state: string; count: number }[] => [...counts].map(([state, count]) => ({ state, count }))

export interface AgentFilter {
  /** Empty: every state. */
  states: string[]
  /** One skill-group ID, or null for all. */
  skillGroup: string | null
  search: string
}

export const emptyAgentFilter = (): AgentFilter => ({ states: [], skillGroup: null, search: '' })

const SEARCH_SPECS: readonly ColumnSpec<AgentRow>[] = [
  { key: 'name', text: (r) => r.name },
  { key: 'id', text: (r) => r.id },
  { key: 'extension', text: (r) => r.extension }
]

export function filterAgents(rows: readonly AgentRow[], filter: AgentFilter): AgentRow[] {
  return narrowAgents(rows, filter).shown
}

/** What the board shows of its rows: the counts by state in the chosen skill group (any state, no search), and the rows shown, sorted. */
export interface AgentBoardView {
  counts: { state: string; count: number }[]
  shown: AgentRow[]
}

/** The board's counts and rows in one pass over the agents (a refresh of 1,200 redoes them all). */
export function agentBoardView(rows: readonly AgentRow[], filter: AgentFilter, sort: AgentSort, collator: Intl.Collator): AgentBoardView {
  const { counts, shown } = narrowAgents(rows, filter)
  return { counts: countList(counts), shown: sortAgents(shown, sort, collator) }
}

function narrowAgents(rows: readonly AgentRow[], filter: AgentFilter): { counts: Map<string, number>; shown: AgentRow[] } {
  const counts = new Map<string, number>(AGENT_STATE_NAMES.map((s) => [s, 0]))
  const states = filter.states.length > 0 ? new Set(filter.states) : null
  const matches = searchMatcher(SEARCH_SPECS, filter.search)
  const shown: AgentRow[] = []
  for (const row of rows) {
    if (filter.skillGroup !== null && !row.skillGroupIds.includes(filter.skillGroup)) continue
    counts.set(row.state, (counts.get(row.state) ?? 0) + 1)
    if ((states === null || states.has(row.state)) && (matches === null || matches(row))) shown.push(row)
  }
  return { counts, shown }
}

type QueryValue = string | null | (string | null)[] | undefined
const MAX_SEARCH = 100
const MAX_GROUP_ID = 256

const firstOf = (value: QueryValue): string => (Array.isArray(value) ? (value.find((v) => v !== null) ?? '') : (value ?? ''))

/** The filter a URL asked for (`?state=ACW,Break&group=<id>&q=<text>`), bounded: unknown states are dropped. */
export function agentFilterFromQuery(query: Readonly<Record<string, QueryValue>>): AgentFilter {
  const states = firstOf(query.state)
    .split(',')
    .map((s) => s.trim())
    .filter(isAgentState)
  const group = firstOf(query.group).trim()
  return {
    states: AGENT_STATE_NAMES.filter((s) => states.includes(s)),
    skillGroup: group !== '' && group.length <= MAX_GROUP_ID ? group : null,
    search: firstOf(query.q).slice(0, MAX_SEARCH)
  }
}

/** The query keys for a filter; an unset part leaves its key out, so a plain board has a plain URL. */
export function agentFilterToQuery(filter: AgentFilter): Record<string, string> {
  const query: Record<string, string> = {}
  if (filter.states.length > 0) query.state = filter.states.join(',')
  if (filter.skillGroup !== null) query.group = filter.skillGroup
  if (filter.search !== '') query.q = filter.search.slice(0, MAX_SEARCH)
  return query
}

export const AGENT_SORTS = ['longestInState', 'name', 'state'] as const
export type AgentSort = (typeof AGENT_SORTS)[number]

/**
 * Rows in the board's order. Longest in state first sorts by StateTime, oldest first, which is the
 * same order at every tick (so a tick never reorders rows); rows without one go last.
 */
export function sortAgents(rows: readonly AgentRow[], sort: AgentSort, collator: Intl.Collator): AgentRow[] {
  // Keys read once per row, not in each of the sort's ~12,000 comparisons of 1,200 rows.
  const keyed = rows.map((row) => ({ row, since: row.stateTime ?? Infinity, state: sort === 'state' ? stateIndex(row.state) : 0 }))
  type Keyed = (typeof keyed)[number]
  const byName = (a: Keyed, b: Keyed): number => collator.compare(a.row.name, b.row.name) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0)
  const bySince = (a: Keyed, b: Keyed): number => (a.since === b.since ? byName(a, b) : a.since < b.since ? -1 : 1)
  const compare: Record<AgentSort, (a: Keyed, b: Keyed) => number> = {
    longestInState: bySince,
    name: byName,
    state: (a, b) => a.state - b.state || bySince(a, b)
  }
  return keyed.sort(compare[sort]).map((k) => k.row)
}

function stateIndex(state: string): number {
  const i = AGENT_STATE_NAMES.indexOf(state as AgentStateName)
  return i < 0 ? AGENT_STATE_NAMES.length : i
}

// ── Time-in-state thresholds ───────────────────────────────────────────────────────────────

/** Seconds in a state at which an agent is flagged; a state without a pair is never flagged. */
export type StateThresholds = Partial<Record<AgentStateName, ThresholdPair>>

/** An agent stuck in after-call work or on a long break is what a supervisor looks for. */
export const defaultStateThresholds = (): StateThresholds => ({
  ACW: { warn: 120, alert: 300 },
  Break: { warn: 900, alert: null }
})

export function stateTimeLevel(state: string, seconds: number | null, thresholds: StateThresholds): Level {
  if (!isAgentState(state)) return 'ok'
  const pair = thresholds[state]
  return pair ? levelAbove(seconds, pair) : 'ok'
}

/** The states a supervisor sets time limits on: time offline flags nobody's work. */
export type ThresholdState = Exclude<AgentStateName, 'Offline'>
export const THRESHOLD_STATES: readonly ThresholdState[] = AGENT_STATE_NAMES.filter((s): s is ThresholdState => s !== 'Offline')

/** The editor shows minutes (thresholds are stored in seconds), up to a day. */
export const STATE_THRESHOLD_SCALE = 60
export const MAX_STATE_THRESHOLD_MINUTES = 24 * 60

/** Every editable state's pair, off where none is set, for the editor. */
export function editableStateThresholds(thresholds: StateThresholds): Record<ThresholdState, ThresholdPair> {
  const off = (): ThresholdPair => ({ warn: null, alert: null })
  return Object.fromEntries(THRESHOLD_STATES.map((s) => [s, { ...(thresholds[s] ?? off()) }])) as Record<ThresholdState, ThresholdPair>
}

/** Reads stored thresholds: a state left out keeps its default, a malformed limit falls back to it. */
export function sanitizeStateThresholds(raw: unknown): StateThresholds {
  const result = defaultStateThresholds()
  if (typeof raw !== 'object' || raw === null) return result
  for (const state of AGENT_STATE_NAMES) {
    const pair = (raw as Record<string, unknown>)[state]
    if (pair === undefined) continue
    result[state] = storedPair(pair, result[state] ?? { warn: null, alert: null })
  }
  return result
}
