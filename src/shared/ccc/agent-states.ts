/**
 * An agent's states (ListRealtimeAgentStates `State`, PascalCase as the API sends them), written
 * once: which skill-group and instance count each one adds to, and the order boards list them in.
 * The labels are the renderer's (`agentStates.<State>` in both catalogues).
 */

/** The counts of ListRealtimeSkillGroupStates and GetRealtimeInstanceStates an agent's state adds to. */
export type AgentStateCount = 'ReadyAgents' | 'TalkingAgents' | 'WorkingAgents' | 'BreakingAgents'

export interface AgentStateDef {
  /** Logged in: counted in LoggedInAgents. */
  readonly loggedIn: boolean
  /** The one state count it adds to; Ringing and Dialing are logged in but in none of the four. */
  readonly counts: AgentStateCount | null
}

export const AGENT_STATES = {
  Ready: { loggedIn: true, counts: 'ReadyAgents' },
  Ringing: { loggedIn: true, counts: null },
  Dialing: { loggedIn: true, counts: null },
  Talking: { loggedIn: true, counts: 'TalkingAgents' },
  // After-call work (话后处理).
  ACW: { loggedIn: true, counts: 'WorkingAgents' },
  // A break (小休), with its BreakCode.
  Break: { loggedIn: true, counts: 'BreakingAgents' },
  Offline: { loggedIn: false, counts: null }
} as const satisfies Record<string, AgentStateDef>

export type AgentStateName = keyof typeof AGENT_STATES

/** The states in the order a board lists them. */
export const AGENT_STATE_NAMES = Object.keys(AGENT_STATES) as AgentStateName[]

export const isAgentState = (value: unknown): value is AgentStateName =>
  typeof value === 'string' && Object.hasOwn(AGENT_STATES, value)

/**
 * Whole seconds an agent has been in its state at `at` (epoch ms on CCC's clock, e.g. the answer's
 * Date): never negative, since a StateTime a little after `at` is clock noise; null without one.
 */
export function secondsInState(stateTime: number | null, at: number): number | null {
  return stateTime === null || !Number.isFinite(stateTime) ? null : Math.max(0, Math.floor((at - stateTime) / 1000))
}
