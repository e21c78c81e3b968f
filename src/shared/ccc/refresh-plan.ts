/**
 * The refresh planner: for the interval the supervisor chose, how often each live list on screen
 * can refresh within the per-API budget. The quota is the account's, shared by every desktop on
 * it, and a paged list costs a call per page (1,200 agents: 12), so the agent board of a large
 * instance cannot always follow a 10-second wallboard: it refreshes on every second or third tick
 * instead, and says so. Pure: the renderer plans with it, the specs prove it never goes over.
 */
import { DEFAULT_RATE_LIMITS, LIST_PAGE_SIZE, type CccAction, type RateLimit } from './api-budget'

/** Seconds between wallboard refreshes the console offers; 0 is off. */
export const REFRESH_PERIODS = [10, 15, 30, 60, 0] as const
export type RefreshPeriod = (typeof REFRESH_PERIODS)[number]

/** The live lists a refresh reads, each from one API. */
export const REFRESHED_LISTS = {
  instanceStates: 'GetRealtimeInstanceStates',
  summary: 'GetInstanceSummaryReportSinceMidnight',
  skillGroupStates: 'ListRealtimeSkillGroupStates',
  agentStates: 'ListRealtimeAgentStates'
} as const satisfies Record<string, CccAction>
export type RefreshedList = keyof typeof REFRESHED_LISTS
/** The lists read a page of LIST_PAGE_SIZE rows per call. */
export type PagedList = 'skillGroupStates' | 'agentStates'

/**
 * The share of each budget refreshes are planned within. The rest is for what the schedule does
 * not foresee: a manual refresh, the catch-up when a window comes back, a throttled call retried.
 */
export const PLANNED_SHARE = 0.8

/** One instance on screen: its lists, and the rows each paged list had at its last answer. */
export interface RefreshDemand {
  instanceId: string
  lists: readonly RefreshedList[]
  /** Unknown until a list first answers: one page is assumed, and the plan is made again then. */
  rows?: Partial<Record<PagedList, number>>
}

export interface RefreshPlanInput {
  /** The interval chosen, in seconds; 0 refreshes only when asked. */
  periodSeconds: number
  demands: readonly RefreshDemand[]
  /** The budgets the client applies (its DEFAULT_RATE_LIMITS unless configured otherwise). */
  budgets?: Readonly<Record<CccAction, RateLimit>>
}

/** A message of the renderer's catalogues (`refreshPlan.<kind>.<list>`) and its parameters. */
export interface PlanReason {
  key: `refreshPlan.${'slower' | 'tooLarge'}.${RefreshedList}`
  params: { seconds?: number; calls: number; limit: number }
}

export interface ListPlan {
  list: RefreshedList
  action: CccAction
  /** Seconds between refreshes, a multiple of the chosen interval; null: only when asked. */
  everySeconds: number | null
  /** Calls one refresh of the list costs, every instance on screen together. */
  callsPerRefresh: number
  /** The most calls these refreshes make in any one window of the API's budget. */
  callsPerWindow: number
  budget: RateLimit
  /** Why the list does not follow the chosen interval; null when it does (or when refresh is off). */
  reason: PlanReason | null
}

const pagesOf = (rows: number | undefined): number =>
  rows === undefined || !Number.isFinite(rows) || rows <= 0 ? 1 : Math.ceil(rows / LIST_PAGE_SIZE)

const callsOf = (demand: RefreshDemand, list: RefreshedList): number =>
  list === 'skillGroupStates' || list === 'agentStates' ? pagesOf(demand.rows?.[list]) : 1

/**
 * Refreshes `every` ms apart fall in a sliding window at most ceil(window / every) times: with
 * refreshes at 0, 10 … 60 s, the minute (0, 60] holds six.
 */
const refreshesPerWindow = (everyMs: number, windowMs: number): number => Math.ceil(windowMs / everyMs)

/** The plan for every list any instance shows, in REFRESHED_LISTS' order. */
export function planRefresh({ periodSeconds, demands, budgets = DEFAULT_RATE_LIMITS }: RefreshPlanInput): ListPlan[] {
  const shown = (Object.keys(REFRESHED_LISTS) as RefreshedList[]).filter((list) => demands.some((d) => d.lists.includes(list)))
  return shown.map((list): ListPlan => {
    const action = REFRESHED_LISTS[list]
    const budget = budgets[action]
    const callsPerRefresh = demands.filter((d) => d.lists.includes(list)).reduce((sum, d) => sum + callsOf(d, list), 0)
    const allowed = Math.floor(budget.limit * PLANNED_SHARE)
    // The message speaks of calls a minute, as CCC's quotas are given.
    const limit = Math.floor((budget.limit * 60_000) / budget.windowMs)
    const plan = { list, action, callsPerRefresh, budget }
    if (!(periodSeconds > 0)) return { ...plan, everySeconds: null, callsPerWindow: 0, reason: null }
    if (callsPerRefresh > allowed) {
      // Even once a window would be too much: only a refresh the user asks for, which the client's limiter spreads out.
      return { ...plan, everySeconds: null, callsPerWindow: 0, reason: { key: `refreshPlan.tooLarge.${list}`, params: { calls: callsPerRefresh, limit } } }
    }
    // The fewest ticks skipped; one refresh a window always fits, so this ends by window / period.
    let ticks = 1
    while (callsPerRefresh * refreshesPerWindow(ticks * periodSeconds * 1000, budget.windowMs) > allowed) ticks++
    const everySeconds = ticks * periodSeconds
    return {
      ...plan,
      everySeconds,
      callsPerWindow: callsPerRefresh * refreshesPerWindow(everySeconds * 1000, budget.windowMs),
      reason: ticks === 1 ? null : { key: `refreshPlan.slower.${list}`, params: { seconds: everySeconds, calls: callsPerRefresh, limit } }
    }
  })
}
