/**
 * Where the two live boards get their lists: ListRealtimeSkillGroupStates and
 * ListRealtimeAgentStates, every page merged by main, and the groups' DisplayNames from
 * ListSkillGroups. One seam, so a spec can stand its own lists here.
 */
import type { AgentState, SkillGroupState } from '@shared/ccc/shapes'
import type { LiveList } from '@shared/ccc/list-filters'
import { displayNamesOf, type SkillGroupDisplayNames } from '@shared/ccc/skill-group-names'
import type { Result } from '@shared/result'
import { callApi } from './supervisor-api'

export interface BoardAnswer<T> {
  list: T[]
  /** The CCC's clock when it answered (the response's Date header), epoch ms; null when not known. */
  serverTime: number | null
}

export interface BoardSources {
  skillGroupStates(instanceId: string): Promise<Result<BoardAnswer<SkillGroupState>>>
  agentStates(instanceId: string): Promise<Result<BoardAnswer<AgentState>>>
  skillGroupNames(instanceId: string): Promise<Result<SkillGroupDisplayNames>>
}

/** Main's answer as a board reads it: without a Date header there is no CCC clock to correct by. */
function answerOf<T>(result: Result<LiveList<T>>): Result<BoardAnswer<T>> {
  if (!result.ok) return result
  const { items, answeredAt, answeredAtSource } = result.data
  return { ok: true, data: { list: items, serverTime: answeredAtSource === 'date-header' ? answeredAt : null } }
}

const ipcSources: BoardSources = {
  skillGroupStates: async (instanceId) => answerOf(await callApi((bridge) => bridge.listRealtimeSkillGroupStates({ instanceId }))),
  agentStates: async (instanceId) => answerOf(await callApi((bridge) => bridge.listRealtimeAgentStates({ instanceId }))),
  skillGroupNames: async (instanceId) => {
    const result = await callApi((bridge) => bridge.listSkillGroups({ instanceId }))
    return result.ok ? { ok: true, data: displayNamesOf(result.data) } : result
  }
}

let sources: BoardSources = ipcSources

export const boardSources = (): BoardSources => sources

/** For specs: replaces the sources; one left out stays the bridge's. */
export function setBoardSources(next: Pick<BoardSources, 'skillGroupStates' | 'agentStates'> & Partial<BoardSources>): void {
  sources = { ...ipcSources, ...next }
}
