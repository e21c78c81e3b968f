/**
 * The day so far as the Today page reads it from main (#19): one instance's day at a time, the
 * days kept beside it, and forgetting them all. Kept raw (typed arrays, never reactive: a day is
 * hundreds of thousands of numbers); forgotten on a session change, since another account may
 * use the same instance IDs.
 */
import { defineStore } from 'pinia'
import { markRaw, ref, shallowRef } from 'vue'
import type { HistoryDayAnswer } from '@shared/ipc/contract'
import { dayFromWire, type HistoryDay, type HistoryKind } from '@shared/history/day'
import type { AppError, Result } from '@shared/result'
import { callApi, subscribe } from '../api/supervisor-api'
import { useDayTrailsStore } from './day-trails'
import { useSessionStore } from './session'

/** What the page draws: the states (the instance's curves) and the skill groups'. */
export const TODAY_KINDS: HistoryKind[] = ['states', 'queues']

export interface TodayRead {
  instanceId: string
  /** The answer without its records, which are in `day`. */
  answer: Omit<HistoryDayAnswer, 'data'>
  day: HistoryDay | null
}

export const useTodayStore = defineStore('today', () => {
  const read = shallowRef<TodayRead | null>(null)
  const loading = ref(false)
  const error = ref<AppError | null>(null)
  let request = 0

  /** Reads the instance's day (`yyyy-MM-dd`; its today when absent); a later read wins over an earlier one. */
  async function load(instanceId: string, day?: string): Promise<void> {
    const mine = ++request
    loading.value = true
    const result = await callApi((bridge) => bridge.getHistoryDay({ instanceId, ...(day ? { day } : {}), kinds: TODAY_KINDS }))
    if (mine !== request) return
    loading.value = false
    if (!result.ok) {
      error.value = result.error
      // What was shown stays, unless it was another instance's.
      if (read.value?.instanceId !== instanceId) read.value = null
      return
    }
    error.value = null
    const { data, ...answer } = result.data
    read.value = markRaw({ instanceId, answer, day: data ? markRaw(dayFromWire(data)) : null })
  }

  /** Forgets every day kept of every instance. */
  async function forget(): Promise<Result<void>> {
    const result = await callApi((bridge) => bridge.forgetHistory())
    if (result.ok) forgotten()
    return result
  }

  /** Nothing of the day is kept any more (here, or by another window's Forget history). */
  function forgotten(): void {
    if (read.value) read.value = markRaw({ ...read.value, answer: { ...read.value.answer, days: [] }, day: null })
    // The sparklines drew what is forgotten now, by the row numbers of a dictionary that is gone.
    useDayTrailsStore().reset()
  }
  subscribe('historyForgotten', forgotten)

  function reset(): void {
    request++
    read.value = null
    loading.value = false
    error.value = null
  }
  useSessionStore().onChange(reset)

  return { read, loading, error, load, forget, reset }
})
