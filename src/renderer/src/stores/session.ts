/** The session main runs in (demo or environment credentials) and the instances it watches. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Instance } from '@shared/ccc/types'
import type { SessionInfo } from '@shared/ipc/contract'
import type { AppError } from '@shared/result'
import { callApi } from '../api/supervisor-api'

export interface InstanceEntry {
  /** The last instance loaded; kept through a failed reload so the card does not go blank. */
  instance: Instance | null
  loading: boolean
  error: AppError | null
}

export const useSessionStore = defineStore('session', () => {
  const session = ref<SessionInfo | null>(null)
  const loading = ref(false)
  const error = ref<AppError | null>(null)
  const instances = ref<Record<string, InstanceEntry>>({})

  const instanceIds = computed<string[]>(() => Object.keys(instances.value))
  const source = computed(() => session.value?.source ?? null)

  // An answer is applied only if no newer request for the same thing was made meanwhile.
  let sessionRequest = 0
  const instanceRequests = new Map<string, number>()

  async function loadInstance(instanceId: string): Promise<void> {
    const request = (instanceRequests.get(instanceId) ?? 0) + 1
    instanceRequests.set(instanceId, request)
    const previous = instances.value[instanceId]?.instance ?? null
    instances.value[instanceId] = { instance: previous, loading: true, error: null }

    const result = await callApi((bridge) => bridge.getInstance({ instanceId }))
    if (instanceRequests.get(instanceId) !== request || !(instanceId in instances.value)) return
    instances.value[instanceId] = result.ok
      ? { instance: result.data, loading: false, error: null }
      : { instance: previous, loading: false, error: result.error }
  }

  /** Loads the session, then every instance it lists, side by side. */
  async function load(): Promise<void> {
    const request = ++sessionRequest
    loading.value = true
    error.value = null

    const result = await callApi((bridge) => bridge.getSession())
    if (request !== sessionRequest) return
    loading.value = false
    if (!result.ok) {
      error.value = result.error
      return
    }
    session.value = result.data
    const ids = [...new Set(result.data.instanceIds)]
    instances.value = Object.fromEntries(
      ids.map((id): [string, InstanceEntry] => [id, { instance: null, loading: true, error: null }])
    )
    instanceRequests.clear()
    await Promise.all(ids.map((id) => loadInstance(id)))
  }

  return { session, loading, error, instances, instanceIds, source, load, loadInstance }
})
