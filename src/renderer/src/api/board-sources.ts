/**
 * Where the two live boards get their lists: ListRealtimeSkillGroupStates and
 * ListRealtimeAgentStates, every page merged by main. Their IPC channels are not in the contract
 * yet (issue 16, item 2, on branch `queues`): until they are, each source answers that the list is
 * not available, and the boards show that as a failed load. Binding them is this file alone.
 */
import type { AgentState, SkillGroupState } from '@shared/ccc/shapes'
import { fail, type Result } from '@shared/result'

export interface BoardAnswer<T> {
  list: T[]
  /** The CCC's clock when it answered (the response's Date header), epoch ms; null when not known. */
  serverTime: number | null
}

export interface BoardSources {
  skillGroupStates(instanceId: string): Promise<Result<BoardAnswer<SkillGroupState>>>
  agentStates(instanceId: string): Promise<Result<BoardAnswer<AgentState>>>
}

export const BOARD_UNAVAILABLE = 'Renderer.BoardUnavailable'

const unavailable = async () =>
  fail({ code: BOARD_UNAVAILABLE, message: 'This build cannot list skill groups or agents yet.' })

let sources: BoardSources = { skillGroupStates: unavailable, agentStates: unavailable }

export const boardSources = (): BoardSources => sources

/** For a host that has the lists (and for tests): replaces the sources. */
export function setBoardSources(next: BoardSources): void {
  sources = next
}
