/**
 * What the user chose for this computer: language, theme, refresh period, each report table's
 * columns and each instance's "my queues", remembered in localStorage.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, watch } from 'vue'
import { LOCALES, pickLocale, type Locale } from '../i18n'
import type { ReportColumnsKey } from '../model/report-columns'
import { emptyMyQueues, sanitizeMyQueues, type MyQueues } from '../model/my-queues'
import { readStored, readStoredPerInstance, writeStored } from '../platform/local-storage'
import { REFRESH_PERIODS, type RefreshPeriod } from '@shared/ccc/refresh-plan'

export type ThemePreference = 'system' | 'light' | 'dark'
export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark']

// The refresh planner plans for exactly the intervals offered, so they are written once, beside it.
export { REFRESH_PERIODS, type RefreshPeriod }
export const DEFAULT_REFRESH_PERIOD: RefreshPeriod = 15

const STORAGE_KEY = 'preferences'
const MY_QUEUES_KEY = 'myQueues'

interface StoredPreferences {
  locale?: unknown
  theme?: unknown
  refreshPeriod?: unknown
  reportColumns?: unknown
}

const COLUMNS_KEY = /^(interval|trend|queue|agent)\.[A-Za-z0-9]{1,32}$/
const MAX_COLUMN_NAMES = 100

/**
 * Remembered table columns as read back from storage, kept to their shape: a key of no report, a
 * non-list and a non-name are dropped without a word. Which names a group still has is the report
 * page's to check (the catalogue loads with it, not with the first page).
 */
function columnChoicesOf(stored: unknown): Record<string, string[]> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {}
  const out: Record<string, string[]> = {}
  for (const [key, names] of Object.entries(stored as Record<string, unknown>)) {
    if (!COLUMNS_KEY.test(key) || !Array.isArray(names)) continue
    out[key] = [...new Set(names.filter((name): name is string => typeof name === 'string' && /^[A-Za-z0-9]{1,64}$/.test(name)))].slice(0, MAX_COLUMN_NAMES)
  }
  return out
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language]
}

function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : null
}

export const usePreferencesStore = defineStore('preferences', () => {
  const stored = (readStored(STORAGE_KEY) ?? {}) as StoredPreferences

  const locale = ref<Locale>(
    LOCALES.includes(stored.locale as Locale) ? (stored.locale as Locale) : pickLocale(browserLanguages())
  )
  const theme = ref<ThemePreference>(
    THEME_PREFERENCES.includes(stored.theme as ThemePreference) ? (stored.theme as ThemePreference) : 'system'
  )
  const refreshPeriod = ref<RefreshPeriod>(
    REFRESH_PERIODS.includes(stored.refreshPeriod as RefreshPeriod)
      ? (stored.refreshPeriod as RefreshPeriod)
      : DEFAULT_REFRESH_PERIOD
  )

  /** Per report kind and group (`interval.Inbound`), the table's columns the user chose. */
  const reportColumns = ref<Record<string, string[]>>(columnChoicesOf(stored.reportColumns))

  // Follow the OS while the preference is "system", including changes made while the app runs.
  const query = darkQuery()
  const systemDark = ref(query?.matches ?? false)
  const onSchemeChange = (event: MediaQueryListEvent): void => {
    systemDark.value = event.matches
  }
  query?.addEventListener('change', onSchemeChange)
  onScopeDispose(() => query?.removeEventListener('change', onSchemeChange))

  const effectiveTheme = computed<'light' | 'dark'>(() =>
    theme.value === 'system' ? (systemDark.value ? 'dark' : 'light') : theme.value
  )

  watch([locale, theme, refreshPeriod, reportColumns], () => {
    writeStored(STORAGE_KEY, { locale: locale.value, theme: theme.value, refreshPeriod: refreshPeriod.value, reportColumns: reportColumns.value })
  })

  function setLocale(next: Locale): void {
    locale.value = next
  }
  function toggleLocale(): void {
    locale.value = locale.value === 'zh-CN' ? 'en-US' : 'zh-CN'
  }
  function setTheme(next: ThemePreference): void {
    theme.value = next
  }
  /**
   * The theme switch's next step, so its first press always changes what is seen: from "system"
   * to the opposite of the OS's scheme, then to the other one, then back to "system".
   */
  const nextTheme = computed<ThemePreference>(() => {
    const opposite = systemDark.value ? 'light' : 'dark'
    if (theme.value === 'system') return opposite
    if (theme.value === opposite) return opposite === 'light' ? 'dark' : 'light'
    return 'system'
  })
  function cycleTheme(): void {
    theme.value = nextTheme.value
  }
  function setRefreshPeriod(next: RefreshPeriod): void {
    refreshPeriod.value = next
  }
  /** The columns chosen for a report table; null: none chosen, the report's main ones. */
  function reportColumnsOf(key: ReportColumnsKey): readonly string[] | null {
    return reportColumns.value[key] ?? null
  }
  /** Remembers a table's columns (as the chooser lists them); null forgets them, back to the main ones. */
  function setReportColumns(key: ReportColumnsKey, names: readonly string[] | null): void {
    const { [key]: _dropped, ...rest } = reportColumns.value
    reportColumns.value = names === null ? rest : { ...rest, ...columnChoicesOf({ [key]: names }) }
  }

  /** Per instance ID. */
  const myQueues = ref<Record<string, MyQueues>>(readStoredPerInstance(MY_QUEUES_KEY, sanitizeMyQueues))
  const myQueuesFor = (instanceId: string): MyQueues => myQueues.value[instanceId] ?? emptyMyQueues()
  function setMyQueues(instanceId: string, next: MyQueues): void {
    const { [instanceId]: _old, ...others } = myQueues.value
    const mine = sanitizeMyQueues(next)
    // Nothing chosen is not remembered, so the stored list only holds instances with a choice.
    myQueues.value = mine.picked.length + mine.hidden.length === 0 ? others : { ...others, [instanceId]: mine }
    writeStored(MY_QUEUES_KEY, myQueues.value)
  }

  return {
    locale,
    theme,
    refreshPeriod,
    reportColumns,
    systemDark,
    effectiveTheme,
    nextTheme,
    setLocale,
    toggleLocale,
    setTheme,
    cycleTheme,
    setRefreshPeriod,
    reportColumnsOf,
    setReportColumns,
    myQueues,
    myQueuesFor,
    setMyQueues
  }
})
