/** The session main runs in (demo, a profile, or environment credentials) and the instances it lists. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { SessionInfo } from '@shared/ipc/contract'
import type { AppError } from '@shared/result'
import { callApi } from '../api/supervisor-api'

export const useSessionStore = defineStore('session', () => {
  const session = ref<SessionInfo | null>(null)
  const loading = ref(false)
  const error = ref<AppError | null>(null)

  const instanceIds = computed<string[]>(() => [...new Set(session.value?.instanceIds ?? [])])
  const source = computed(() => session.value?.source ?? null)

  // An answer is applied only if no newer request (or switch) happened meanwhile.
  let request = 0
  let first: Promise<void> | null = null

  async function load(): Promise<void> {
    const mine = ++request
    loading.value = true
    error.value = null
    const result = await callApi((bridge) => bridge.getSession())
    if (mine !== request) return
    loading.value = false
    if (result.ok) session.value = result.data
    else error.value = result.error
  }

  /** Loads the session once; later calls wait for that first load. */
  function ensureLoaded(): Promise<void> {
    first ??= load()
    return first
  }

  /** Takes the session main switched to (activateProfile answers it). */
  function replace(info: SessionInfo): void {
    request++
    first = Promise.resolve()
    loading.value = false
    error.value = null
    session.value = info
  }

  return { session, loading, error, instanceIds, source, load, ensureLoaded, replace }
})
