/**
 * What each CCC call may spend: the actions the console calls, their per-API budgets and the page
 * size of the list APIs. Written once here so the client applies the same budgets the refresh
 * planner plans within, on whichever side the planner runs.
 */

export type CccAction =
  | 'GetInstance'
  | 'GetRealtimeInstanceStates'
  | 'GetInstanceTrendingReport'
  | 'ListIntervalInstanceReport'
  | 'GetInstanceSummaryReportSinceMidnight'
  | 'ListRealtimeSkillGroupStates'
  | 'ListRealtimeAgentStates'
  | 'ListSkillGroups'
  | 'ListIntervalSkillGroupReport'
  | 'ListIntervalAgentReport'
  | 'ListHistoricalSkillGroupReport'
  | 'ListHistoricalAgentReport'

export interface RateLimit {
  limit: number
  windowMs: number
}

/**
 * Requests per minute per API. The only published figure is 60/min for the 2017 summary; the
 * 2020 report APIs' quotas are unconfirmed, so they get the same conservative budget.
 */
export const DEFAULT_RATE_LIMITS: Record<CccAction, RateLimit> = {
  GetInstance: { limit: 60, windowMs: 60_000 },
  GetRealtimeInstanceStates: { limit: 60, windowMs: 60_000 },
  GetInstanceTrendingReport: { limit: 60, windowMs: 60_000 },
  ListIntervalInstanceReport: { limit: 60, windowMs: 60_000 },
  GetInstanceSummaryReportSinceMidnight: { limit: 60, windowMs: 60_000 },
  // Each page is a call: ccc-large's 1,200 agents cost 12 of these 60.
  ListRealtimeSkillGroupStates: { limit: 60, windowMs: 60_000 },
  ListRealtimeAgentStates: { limit: 60, windowMs: 60_000 },
  ListSkillGroups: { limit: 60, windowMs: 60_000 },
  // No published quota either: the same budget. 30 days of 1,200 agents is 12 pages of these 60.
  ListIntervalSkillGroupReport: { limit: 60, windowMs: 60_000 },
  ListIntervalAgentReport: { limit: 60, windowMs: 60_000 },
  ListHistoricalSkillGroupReport: { limit: 60, windowMs: 60_000 },
  ListHistoricalAgentReport: { limit: 60, windowMs: 60_000 }
}

/** IDs one ListHistoricalAgentReport call filters by at most (its AgentIdList). */
export const MAX_REPORT_AGENT_IDS = 100

/** Rows per page: the largest the list APIs allow. */
export const LIST_PAGE_SIZE = 100
