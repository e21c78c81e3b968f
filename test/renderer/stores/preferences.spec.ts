import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePreferencesStore } from '@renderer/stores/preferences'
import { memoryStorage } from '../fake-bridge'

function fakeSystemScheme(dark: boolean) {
  const query = Object.assign(new EventTarget(), { matches: dark })
  vi.stubGlobal('window', { matchMedia: () => query })
  return {
    set(next: boolean) {
      query.matches = next
      query.dispatchEvent(Object.assign(new Event('change'), { matches: next }))
    }
  }
}

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage())
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('preferences store', () => {
  it('starts in the OS language, following the theme of the OS, refreshing every 15 s', () => {
    vi.stubGlobal('navigator', { languages: ['zh-TW', 'en-US'], language: 'zh-TW' })
    fakeSystemScheme(true)
    const store = usePreferencesStore()
    expect(store.locale).toBe('zh-CN')
    expect(store.theme).toBe('system')
    expect(store.effectiveTheme).toBe('dark')
    expect(store.refreshPeriod).toBe(15)
  })

  it('follows an OS theme change while the preference is "system"', () => {
    const scheme = fakeSystemScheme(false)
    const store = usePreferencesStore()
    expect(store.effectiveTheme).toBe('light')
    scheme.set(true)
    expect(store.effectiveTheme).toBe('dark')
    store.setTheme('light')
    expect(store.effectiveTheme).toBe('light')
  })

  it('makes the first press of the theme switch always change what is seen', () => {
    const seen = (dark: boolean) => {
      fakeSystemScheme(dark)
      setActivePinia(createPinia())
      const store = usePreferencesStore()
      const steps: string[] = [store.effectiveTheme]
      for (let i = 0; i < 3; i++) {
        store.cycleTheme()
        steps.push(`${store.theme}:${store.effectiveTheme}`)
      }
      return steps
    }
    expect(seen(false)).toEqual(['light', 'dark:dark', 'light:light', 'system:light'])
    expect(seen(true)).toEqual(['dark', 'light:light', 'dark:dark', 'system:dark'])
  })

  it('remembers the choices for the next start, and ignores stored values it does not know', async () => {
    vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' })
    const store = usePreferencesStore()
    store.toggleLocale()
    store.setTheme('dark')
    store.setRefreshPeriod(60)
    await nextTick()

    setActivePinia(createPinia())
    const next = usePreferencesStore()
    expect([next.locale, next.theme, next.refreshPeriod]).toEqual(['zh-CN', 'dark', 60])

    localStorage.setItem('ccc-supervisor.preferences', JSON.stringify({ locale: 'fr-FR', theme: 'neon', refreshPeriod: 7 }))
    setActivePinia(createPinia())
    const fallback = usePreferencesStore()
    expect([fallback.locale, fallback.theme, fallback.refreshPeriod]).toEqual(['en-US', 'system', 15])
  })

  it('remembers each report table\'s columns apart, for the next start, main metrics first', async () => {
    const store = usePreferencesStore()
    expect(store.reportColumnsOf('interval.Inbound')).toBeNull()
    // Ticked in any order; the table's order is the chooser's, not the ticking's.
    store.setReportColumns('interval.Inbound', ['TotalHoldTime', 'CallsOffered'])
    store.setReportColumns('trend.Inbound', ['TotalCalls'])
    await nextTick()

    setActivePinia(createPinia())
    const next = usePreferencesStore()
    expect(next.reportColumnsOf('interval.Inbound')).toEqual(['TotalHoldTime', 'CallsOffered'])
    expect(next.reportColumnsOf('trend.Inbound')).toEqual(['TotalCalls'])
    // Another group, or the other report's same-named group, keeps its own (here: none, the main ones).
    expect(next.reportColumnsOf('interval.Outbound')).toBeNull()
    expect(next.reportColumnsOf('trend.Outbound')).toBeNull()
    next.setReportColumns('interval.Inbound', null)
    expect(next.reportColumnsOf('interval.Inbound')).toBeNull()
    expect(next.reportColumnsOf('trend.Inbound')).toEqual(['TotalCalls'])
  })

  it('drops remembered columns of no report, and what is not a list of names, without a word', () => {
    localStorage.setItem(
      'ccc-supervisor.preferences',
      JSON.stringify({
        locale: 'en-US',
        reportColumns: {
          'interval.Inbound': ['CallsOffered', 42, '<img src=x>', 'TotalTalkTime', 'CallsOffered'],
          'wallboard.Inbound': ['CallsOffered'],
          'trend.Outbound': 'TotalCalls',
          'interval.Inbound.extra': ['CallsOffered']
        }
      })
    )
    const store = usePreferencesStore()
    expect(store.locale).toBe('en-US')
    expect(store.reportColumns).toEqual({ 'interval.Inbound': ['CallsOffered', 'TotalTalkTime'] })
  })
})
