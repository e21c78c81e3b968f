/**
 * The agent board's state: the live list per instance, the CCC clock's offset measured from each
 * answer, the sort, and the time-in-state thresholds (saved on this computer).
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AgentState } from '@shared/ccc/shapes'
import type { SkillGroupDisplayNames } from '@shared/ccc/skill-group-names'
import { boardSources } from '../api/board-sources'
import { agentRowsOf, clockOffsetMs, sanitizeStateThresholds, type AgentRow, type AgentSort, type StateThresholds } from '../model/agent-board'
import { readStored, writeStored } from '../platform/local-storage'
import { useBoardFeed } from './board-feed'
import { useSessionStore } from './session'
import { useSkillGroupNamesStore } from './skill-group-names'

const THRESHOLDS_KEY = 'stateThresholds'
const NO_AGENTS: readonly AgentState[] = []

export const useAgentBoardStore = defineStore('agentBoard', () => {
  const names = useSkillGroupNamesStore()
  const feed = useBoardFeed(
    'agentStates',
    (instanceId) => {
      names.ensure(instanceId)
      return boardSources().agentStates(instanceId)
    },
    true
  )
  const sort = ref<AgentSort>('longestInState')
  const thresholds = ref<StateThresholds>(sanitizeStateThresholds(readStored(THRESHOLDS_KEY)))

  // The rows of each instance's last answer: the same array while neither the answer nor the
  // groups' names changed (a refresh's loading flag re-reads it), and unchanged agents' rows kept.
  const built = new Map<string, { list: readonly AgentState[]; names: SkillGroupDisplayNames; rows: readonly AgentRow[] }>()
  function rowsFor(instanceId: string): readonly AgentRow[] {
    const list = feed.entries.value[instanceId]?.part.data?.list ?? NO_AGENTS
    const groupNames = names.namesOf(instanceId)
    const last = built.get(instanceId)
    if (last?.list === list && last.names === groupNames) return last.rows
    const rows = agentRowsOf(list, groupNames, last?.rows)
    built.set(instanceId, { list, names: groupNames, rows })
    return rows
  }
  // A session change forgets the old account's agents with its answers.
  useSessionStore().onChange(() => built.clear())

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
