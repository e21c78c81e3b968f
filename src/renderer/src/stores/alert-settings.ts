/**
 * Each instance's alert settings (model/alert-settings), remembered in localStorage, and the
 * snoozes under way, which are not. The alerts store reads its silence and reminder times here.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { NO_SILENCE, snoozeFigure, snoozeInstance, type AlertSilence } from '@shared/alert-engine'
import { DEFAULT_ALERT_SETTINGS, isDefaultAlertSettings, sanitizeAlertSettings, type AlertChannel, type InstanceAlertSettings } from '../model/alert-settings'
import { readStored, writeStored } from '../platform/local-storage'
import { useSessionStore } from './session'

const STORAGE_KEY = 'alertSettings'

function readAll(): Record<string, InstanceAlertSettings> {
  const raw = readStored(STORAGE_KEY)
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
  return Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, sanitizeAlertSettings(value, id)]))
}

export const useAlertSettingsStore = defineStore('alert-settings', () => {
  /** Null until main has said which (alert delivery asks). */
  const channel = ref<AlertChannel | null>(null)
  const byInstance = ref<Record<string, InstanceAlertSettings>>(readAll())
  // Only the snoozes are read from here; the mutes are the settings'.
  const snoozes = shallowRef<AlertSilence>(NO_SILENCE)

  const of = (instanceId: string): InstanceAlertSettings => byInstance.value[instanceId] ?? { ...DEFAULT_ALERT_SETTINGS, mutedFigures: [] }

  function update(instanceId: string, change: Partial<InstanceAlertSettings>): void {
    const { [instanceId]: _old, ...others } = byInstance.value
    const next = sanitizeAlertSettings({ ...of(instanceId), ...change }, instanceId)
    // Only instances with a choice are kept, so the stored map stays small.
    byInstance.value = isDefaultAlertSettings(next) ? others : { ...others, [instanceId]: next }
    writeStored(STORAGE_KEY, byInstance.value)
  }

  function setFigureMuted(instanceId: string, key: string, muted: boolean): void {
    const others = of(instanceId).mutedFigures.filter((k) => k !== key)
    update(instanceId, { mutedFigures: muted ? [...others, key] : others })
  }

  /** Snoozes one figure until `until` (epoch ms); a time already past lifts it. */
  const snoozeFigureUntil = (key: string, until: number): void => void (snoozes.value = snoozeFigure(snoozes.value, key, until))
  /** Snoozes all of an instance's figures until `until`. */
  const snoozeInstanceUntil = (instanceId: string, until: number): void => void (snoozes.value = snoozeInstance(snoozes.value, instanceId, until))

  // Snoozes are for the figures on screen now; another account's are not these.
  useSessionStore().onChange(() => void (snoozes.value = NO_SILENCE))

  /** Who is not to be told, for the engine. */
  const silence = computed<AlertSilence>(() => {
    const settings = Object.entries(byInstance.value)
    return {
      snoozedUntil: snoozes.value.snoozedUntil,
      instancesSnoozedUntil: snoozes.value.instancesSnoozedUntil ?? {},
      mutedKeys: settings.flatMap(([, s]) => s.mutedFigures),
      mutedInstances: settings.filter(([, s]) => s.muted).map(([id]) => id)
    }
  })

  /** Reminder times of the instances that set their own, ms (null: never). */
  const reminderMsByInstance = computed<Record<string, number | null>>(() =>
    Object.fromEntries(Object.entries(byInstance.value).map(([id, s]) => [id, s.reminderMinutes === 0 ? null : s.reminderMinutes * 60_000]))
  )

  return { channel, byInstance, snoozes, of, update, setFigureMuted, snoozeFigureUntil, snoozeInstanceUntil, silence, reminderMsByInstance }
})
