/**
 * The agent board's state: the live list per instance, the CCC clock's offset measured from each
 * answer, the sort, and the time-in-state thresholds (saved on this computer).
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { boardSources } from '../api/board-sources'
import { agentRowOf, clockOffsetMs, sanitizeStateThresholds, type AgentRow, type AgentSort, type StateThresholds } from '../model/agent-board'
import { readStored, writeStored } from '../platform/local-storage'
import { useBoardFeed } from './board-feed'
import { useSkillGroupNamesStore } from './skill-group-names'

const THRESHOLDS_KEY = 'stateThresholds'

export const useAgentBoardStore = defineStore('agentBoard', () => {
  const names = useSkillGroupNamesStore()
  const feed = useBoardFeed('agentStates', (instanceId) => {
    names.ensure(instanceId)
    return boardSources().agentStates(instanceId)
  })
  const sort = ref<AgentSort>('longestInState')
  const thresholds = ref<StateThresholds>(sanitizeStateThresholds(readStored(THRESHOLDS_KEY)))

  const rowsFor = (instanceId: string): AgentRow[] => (feed.entries.value[instanceId]?.part.data?.list ?? []).map((agent) => agentRowOf(agent, names.namesOf(instanceId)))

  /** How far the CCC's clock is ahead of this computer's, from the last answer; null when it carried no time. */
  function offsetOf(instanceId: string): number | null {
    const entry = feed.entries.value[instanceId]
    const serverTime = entry?.part.data?.serverTime ?? null
    if (!entry || entry.sentAt === null || entry.receivedAt === null) return null
    return clockOffsetMs(serverTime, entry.sentAt, entry.receivedAt)
  }

  function setThresholds(next: StateThresholds): void {
    thresholds.value = sanitizeStateThresholds(next)
    writeStored(THRESHOLDS_KEY, thresholds.value)
  }

  return { entries: feed.entries, plan: feed.plan, sort, thresholds, rowsFor, offsetOf, setThresholds, watchInstance: feed.watchInstance, refresh: feed.refresh, reset: feed.reset }
})
