/** GetInstance per instance ID, cached for the session: details, admins and numbers change rarely. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Instance } from '@shared/ccc/types'
import type { AppError, Result } from '@shared/result'
import { callApi } from '../api/supervisor-api'
import { useSessionStore } from './session'

export interface InstanceEntry {
  /** The last instance loaded; kept through a failed reload so the page does not go blank. */
  instance: Instance | null
  loading: boolean
  error: AppError | null
  /** When `instance` arrived, epoch ms. */
  loadedAt: number | null
}

export const useInstanceStore = defineStore('instance', () => {
  const entries = ref<Record<string, InstanceEntry>>({})
  const requests = new Map<string, number>()
  let generation = 0

  /** Loads an instance unless it is cached (or loading); `force` reloads it. */
  async function load(instanceId: string, options: { force?: boolean } = {}): Promise<void> {
    const existing = entries.value[instanceId]
    if (!options.force && existing && (existing.instance !== null || existing.loading)) return
    const request = (requests.get(instanceId) ?? 0) + 1
    requests.set(instanceId, request)
    const mine = generation
    entries.value[instanceId] = {
      instance: existing?.instance ?? null,
      loadedAt: existing?.loadedAt ?? null,
      loading: true,
      error: null
    }
    const result = await callApi((bridge) => bridge.getInstance({ instanceId }))
    if (mine !== generation || requests.get(instanceId) !== request) return
    const current = entries.value[instanceId]
    entries.value[instanceId] = result.ok
      ? { instance: result.data, loadedAt: Date.now(), loading: false, error: null }
      : { instance: current?.instance ?? null, loadedAt: current?.loadedAt ?? null, loading: false, error: result.error }
  }

  /** Forgets every instance: another profile may see other data under the same IDs. */
  function clear(): void {
    generation++
    requests.clear()
    entries.value = {}
  }

  useSessionStore().onChange(clear)

  /** Opens the instance's page in the CCC console, in the user's browser. */
  async function openConsole(instanceId: string): Promise<Result<void>> {
    const url = entries.value[instanceId]?.instance?.ConsoleUrl
    if (!url) return { ok: false, error: { code: 'Renderer.NoConsoleUrl', message: 'GetInstance returned no console link for this instance.', params: {} } }
    return callApi((bridge) => bridge.openExternal({ url }))
  }

  return { entries, load, clear, openConsole }
})
