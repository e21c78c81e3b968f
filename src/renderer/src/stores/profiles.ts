/** Saved profiles, the keychain's health, connection tests, imports, and switching the session to a profile. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { SessionInfo } from '@shared/ipc/contract'
import {
  DEMO_PROFILE_ID,
  type ConnectionTest,
  type ImportReport,
  type KeychainStatus,
  type ProfileSummary,
  type SecretStorage
} from '@shared/profiles'
import type { AppError, Result } from '@shared/result'
import { callApi } from '../api/supervisor-api'
import type { SaveProfileInput } from '../model/profile-form'
import { useSessionStore } from './session'

export interface TestEntry {
  running: boolean
  result: ConnectionTest | null
  error: AppError | null
}

export type ImportSource = 'aliyun-cli' | 'environment'

export const useProfilesStore = defineStore('profiles', () => {
  /** As listProfiles answers: the built-in demo first, then the saved profiles. */
  const profiles = ref<ProfileSummary[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const error = ref<AppError | null>(null)
  const keychain = ref<KeychainStatus | null>(null)
  const keychainError = ref<AppError | null>(null)
  const tests = ref<Record<string, TestEntry>>({})
  /** The profile being switched to, while activateProfile runs. */
  const activating = ref<string | null>(null)

  const demo = computed(() => profiles.value.find((p) => p.id === DEMO_PROFILE_ID) ?? null)
  const saved = computed(() => profiles.value.filter((p) => !p.builtIn))
  /** Nothing configured yet: only the demo is listed. */
  const onlyDemo = computed(() => loaded.value && saved.value.length === 0)
  const keychainAvailable = computed(() => keychain.value?.state === 'available')

  let listRequest = 0

  async function loadList(): Promise<void> {
    const mine = ++listRequest
    loading.value = true
    error.value = null
    const result = await callApi((bridge) => bridge.listProfiles())
    if (mine !== listRequest) return
    loading.value = false
    if (result.ok) {
      profiles.value = result.data
      loaded.value = true
    } else error.value = result.error
  }

  async function loadKeychain(): Promise<void> {
    const result = await callApi((bridge) => bridge.getKeychainStatus())
    if (result.ok) {
      keychain.value = result.data
      keychainError.value = null
    } else keychainError.value = result.error
  }

  /** The list and the keychain's status, side by side. */
  async function load(): Promise<void> {
    await Promise.all([loadList(), loadKeychain()])
  }

  async function save(input: SaveProfileInput): Promise<Result<ProfileSummary>> {
    const result = await callApi((bridge) => bridge.saveProfile(input))
    if (result.ok) {
      const savedProfile = result.data
      const index = profiles.value.findIndex((p) => p.id === savedProfile.id)
      if (index >= 0) profiles.value.splice(index, 1, savedProfile)
      else profiles.value.push(savedProfile)
      // A test of the old settings says nothing about the new ones.
      delete tests.value[savedProfile.id]
    }
    return result
  }

  async function remove(id: string): Promise<Result<void>> {
    const result = await callApi((bridge) => bridge.deleteProfile({ id }))
    if (result.ok) {
      profiles.value = profiles.value.filter((p) => p.id !== id)
      delete tests.value[id]
    }
    return result
  }

  async function test(id: string): Promise<void> {
    tests.value[id] = { running: true, result: tests.value[id]?.result ?? null, error: null }
    const result = await callApi((bridge) => bridge.testProfile({ id }))
    tests.value[id] = result.ok
      ? { running: false, result: result.data, error: null }
      : { running: false, result: null, error: result.error }
  }

  /** Switches main to the profile; what was shown of the previous session is dropped. */
  async function activate(id: string): Promise<Result<SessionInfo>> {
    activating.value = id
    const result = await callApi((bridge) => bridge.activateProfile({ id }))
    activating.value = null
    // Every store of the previous session resets itself on the switch (the session store's onChange).
    if (result.ok) useSessionStore().replace(result.data)
    return result
  }

  async function importFrom(source: ImportSource, storage: SecretStorage): Promise<Result<ImportReport>> {
    const result = await callApi((bridge) => bridge.importProfiles({ source, storage }))
    if (result.ok) await loadList()
    return result
  }

  return {
    profiles,
    loaded,
    loading,
    error,
    keychain,
    keychainError,
    tests,
    activating,
    demo,
    saved,
    onlyDemo,
    keychainAvailable,
    load,
    loadKeychain,
    save,
    remove,
    test,
    activate,
    importFrom
  }
})
