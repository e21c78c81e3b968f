/**
 * Each instance's skill-group DisplayNames (ListSkillGroups), which both boards show instead of the
 * live states' code-like SkillGroupName. Names change rarely, so they are read once per instance a
 * session: a call or two (a page per 100 groups) outside the refresh planner's schedule, in the
 * share of the budget it leaves free. A failed read leaves the codes shown and is tried again no
 * sooner than RETRY_MS later, on a board's next refresh. Forgotten on a session change.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SkillGroupDisplayNames } from '@shared/ccc/skill-group-names'
import { boardSources } from '../api/board-sources'
import { useSessionStore } from './session'

export const NAMES_RETRY_MS = 5 * 60_000
const NONE: SkillGroupDisplayNames = Object.freeze({})

export const useSkillGroupNamesStore = defineStore('skillGroupNames', () => {
  const names = ref<Record<string, SkillGroupDisplayNames>>({})
  /** When each instance's names were last asked for and not (yet) answered. */
  const asked = new Map<string, number>()
  let generation = 0

  /** Reads the instance's names unless known, on their way, or failed less than RETRY_MS ago. */
  function ensure(instanceId: string): void {
    if (names.value[instanceId] !== undefined) return
    const last = asked.get(instanceId)
    if (last !== undefined && Date.now() - last < NAMES_RETRY_MS) return
    asked.set(instanceId, Date.now())
    const mine = generation
    void boardSources()
      .skillGroupNames(instanceId)
      .then((result) => {
        // A session switch while the answer was on its way: those names are another account's.
        if (mine !== generation || !result.ok) return
        names.value = { ...names.value, [instanceId]: result.data }
        asked.delete(instanceId)
      })
  }

  const namesOf = (instanceId: string): SkillGroupDisplayNames => names.value[instanceId] ?? NONE

  function reset(): void {
    generation++
    names.value = {}
    asked.clear()
  }
  useSessionStore().onChange(reset)

  return { names, ensure, namesOf, reset }
})
