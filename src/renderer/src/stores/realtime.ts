/** Live agent and call figures per instance, fetched on demand (polling comes with its own issue). */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RealtimeInstanceStates } from '@shared/ccc/types'
import type { AppError } from '@shared/result'
import { callApi } from '../api/supervisor-api'

export interface RealtimeEntry {
  /** The last figures received; kept through a failed refresh, with `updatedAt` telling their age. */
  states: RealtimeInstanceStates | null
  loading: boolean
  error: AppError | null
  /** When `states` arrived, epoch ms. */
  updatedAt: number | null
}

export const useRealtimeStore = defineStore('realtime', () => {
  const byInstance = ref<Record<string, RealtimeEntry>>({})

  // A slow answer must not overwrite a newer one for the same instance.
  const requests = new Map<string, number>()

  async function refresh(instanceId: string): Promise<void> {
    const request = (requests.get(instanceId) ?? 0) + 1
    requests.set(instanceId, request)
    const previous = byInstance.value[instanceId]
    byInstance.value[instanceId] = {
      states: previous?.states ?? null,
      updatedAt: previous?.updatedAt ?? null,
      loading: true,
      error: null
    }

    const result = await callApi((bridge) => bridge.getRealtimeInstanceStates({ instanceId }))
    if (requests.get(instanceId) !== request) return
    const current = byInstance.value[instanceId]
    byInstance.value[instanceId] = result.ok
      ? { states: result.data, updatedAt: Date.now(), loading: false, error: null }
      : { states: current?.states ?? null, updatedAt: current?.updatedAt ?? null, loading: false, error: result.error }
  }

  async function refreshAll(instanceIds: readonly string[]): Promise<void> {
    await Promise.all(instanceIds.map((id) => refresh(id)))
  }

  return { byInstance, refresh, refreshAll }
})
