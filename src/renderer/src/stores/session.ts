/**
 * The session main runs in (demo, a profile, or environment credentials) and the instances it
 * lists. When main switches to another account every store that showed the previous one's
 * figures resets itself: it registers with `onChange`, and main's `sessionChanged` event (or
 * the answer to activateProfile, whichever comes first) sets them off.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DEFAULT_REGION } from '@shared/ccc/endpoint'
import { instanceTimeZone } from '@shared/ccc/instance-zone'
import type { SessionInfo } from '@shared/ipc/contract'
import type { AppError } from '@shared/result'
import { callApi, subscribe } from '../api/supervisor-api'

export const useSessionStore = defineStore('session', () => {
  const session = ref<SessionInfo | null>(null)
  const loading = ref(false)
  const error = ref<AppError | null>(null)

  const instanceIds = computed<string[]>(() => [...new Set(session.value?.instanceIds ?? [])])
  const source = computed(() => session.value?.source ?? null)
  /** The zone an instance of this session keeps its days in (the profile's, the demo's own, else its region's). */
  const timeZoneOf = (instanceId: string): string =>
    instanceTimeZone(session.value ?? { region: DEFAULT_REGION, timeZones: {} }, instanceId)

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
    // A switch whose event was missed still resets what the old account showed; the first
    // session replaces nothing, and resetting then would drop loads already under way for it.
    if (result.ok) take(result.data, session.value !== null)
    else error.value = result.error
  }

  /** Loads the session once; later calls wait for that first load. */
  function ensureLoaded(): Promise<void> {
    first ??= load()
    return first
  }

  /**
   * Takes the session main switched to (activateProfile answers it, the event says it). An older
   * switch arriving late is ignored; a new one resets every registered store.
   */
  function replace(info: SessionInfo): void {
    take(info, true)
  }

  /** Takes `info` unless it is older than the session shown; `switched` resets the stores if it is another. */
  function take(info: SessionInfo, switched: boolean): void {
    const previous = session.value
    if (previous && info.revision < previous.revision) return
    request++
    first = Promise.resolve()
    loading.value = false
    error.value = null
    session.value = info
    if (switched && previous?.revision !== info.revision) for (const reset of resets) reset()
  }

  const resets = new Set<() => void>()
  /** Calls `reset` whenever the session changes to another one; a store calls it once, when created. */
  function onChange(reset: () => void): void {
    resets.add(reset)
  }

  subscribe('sessionChanged', replace)

  return { session, loading, error, instanceIds, source, timeZoneOf, load, ensureLoaded, replace, onChange }
})
