/**
 * What the list APIs are asked to filter by (ListRealtimeAgentStates, ListRealtimeSkillGroupStates),
 * written once for the IPC contract, the client and the CLI: the texts' bounds, and what a live
 * list answers with, so a board can count time in state on CCC's clock rather than the desktop's.
 */
import type { AgentStateName } from './agent-states'

/** The longest skill group ID or search text sent as a filter. */
export const LIST_FILTER_MAX_CHARS = 128

export const LIST_FILTER_HINT = `at most ${LIST_FILTER_MAX_CHARS} characters, without control characters`

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/

/** A text a list filter may carry: bounded, and without controls that could change its meaning. */
export const isListFilterText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= LIST_FILTER_MAX_CHARS && !CONTROL.test(value)

/** The most skill groups one ListRealtimeSkillGroupStates call is asked for by ID. */
export const MAX_SKILL_GROUP_IDS = 100

/** What ListRealtimeAgentStates is asked to filter by; none of it is applied after fetching. */
export interface AgentStateFilter {
  /** One skill group's agents. */
  skillGroupId?: string | undefined
  /** Only agents in these states. */
  states?: readonly AgentStateName[] | undefined
  /** Fuzzy on name, ID or extension. */
  query?: string | undefined
}

/** When CCC answered a live list. */
export interface AnswerClock {
  /**
   * When CCC answered, epoch ms: its `Date` header, which has whole seconds (so CCC's clock read up
   * to 999 ms later) or, where the answer had no usable one, `receivedAt`.
   */
  answeredAt: number
  /** `date-header`: answeredAt is CCC's clock; `received`: it is the desktop's, and no offset can be measured. */
  answeredAtSource: 'date-header' | 'received'
  /** When the answer arrived, by the desktop's clock, epoch ms: `answeredAt - receivedAt` is CCC's offset from it. */
  receivedAt: number
}

/** Every row of a live list, with when CCC answered its first page. */
export interface LiveList<T> extends AnswerClock {
  items: T[]
}
