// @vitest-environment happy-dom
/** The page tells main its language (setUiLanguage), so the app's menu and dialogs speak it: at start and on every switch. */
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref, type Ref } from 'vue'
import { createMemoryHistory } from 'vue-router'
import App from '@renderer/App.vue'
import { useMainLanguage } from '@renderer/composables/main-language'
import { createAppI18n, type Locale } from '@renderer/i18n'
import enUS from '@renderer/i18n/en-US'
import zhCN from '@renderer/i18n/zh-CN'
import { createAppRouter } from '@renderer/router'
import type { SupervisorApi } from '@shared/ipc/contract'
import { failed, installFakeBridge, ok, removeFakeBridge, session } from '../fake-bridge'
import { settle } from '../mount'

type SetUiLanguage = SupervisorApi['setUiLanguage']
const told = (bridge: SupervisorApi) => vi.mocked(bridge.setUiLanguage).mock.calls.map(([input]) => input.locale)

beforeEach(() => localStorage.clear())
afterEach(() => {
  removeFakeBridge()
  document.body.innerHTML = ''
})

describe('useMainLanguage', () => {
  const mountWith = (locale: Ref<Locale>) => mount(defineComponent({ setup: () => (useMainLanguage(locale), () => h('div')) }))

  it('tells main the language at once, then each new one, and nothing when it stays', async () => {
    const bridge = installFakeBridge({ setUiLanguage: vi.fn<SetUiLanguage>(async () => ok(undefined)) })
    const locale = ref<Locale>('zh-CN')
    const wrapper = mountWith(locale)
    expect(told(bridge)).toEqual(['zh-CN'])
    locale.value = 'en-US'
    await nextTick()
    locale.value = 'en-US'
    await nextTick()
    locale.value = 'zh-CN'
    await nextTick()
    expect(told(bridge)).toEqual(['zh-CN', 'en-US', 'zh-CN'])
    wrapper.unmount()
    locale.value = 'en-US'
    await nextTick()
    expect(told(bridge)).toHaveLength(3)
  })

  it('carries on when main refuses it or there is no bridge at all', async () => {
    const bridge = installFakeBridge({ setUiLanguage: vi.fn<SetUiLanguage>(async () => failed({ code: 'Input.Invalid', message: 'no' })) })
    const locale = ref<Locale>('en-US')
    mountWith(locale)
    locale.value = 'zh-CN'
    await nextTick()
    expect(told(bridge)).toEqual(['en-US', 'zh-CN'])
    removeFakeBridge()
    locale.value = 'en-US'
    await expect(nextTick()).resolves.toBeUndefined()
  })
})

describe('the app', () => {
  async function mountApp(locale: Locale) {
    const bridge = installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      listProfiles: vi.fn(async () => ok([])),
      setUiLanguage: vi.fn<SetUiLanguage>(async () => ok(undefined))
    })
    const pinia = createPinia()
    setActivePinia(pinia)
    const router = createAppRouter(createMemoryHistory())
    await router.push('/profiles')
    await router.isReady()
    const i18n = createAppI18n(locale, locale === 'zh-CN' ? zhCN : enUS)
    const wrapper = mount(App, { attachTo: document.body, global: { plugins: [pinia, router, i18n] } })
    await settle()
    return { bridge, wrapper }
  }
  const switchLanguage = (wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper']) => wrapper.get('[data-testid="locale-switch"]').trigger('click')

  it('tells main the language it starts in, then each one the supervisor switches to, once its texts are shown', async () => {
    const { bridge, wrapper } = await mountApp('en-US')
    expect(told(bridge)).toEqual(['en-US'])
    await switchLanguage(wrapper)
    await vi.waitFor(() => expect(told(bridge)).toEqual(['en-US', 'zh-CN']))
    expect(document.documentElement.lang).toBe('zh-CN')
    await switchLanguage(wrapper)
    await vi.waitFor(() => expect(told(bridge)).toEqual(['en-US', 'zh-CN', 'en-US']))
    expect(document.documentElement.lang).toBe('en-US')
    wrapper.unmount()
  })

  it("starts in the remembered language, whatever the OS's, and says so to main", async () => {
    localStorage.setItem('ccc-supervisor.preferences', JSON.stringify({ locale: 'zh-CN' }))
    const { bridge, wrapper } = await mountApp('zh-CN')
    expect(navigator.language).not.toMatch(/^zh/)
    expect(told(bridge)).toEqual(['zh-CN'])
    wrapper.unmount()
  })
})
