/** Mounts the app's pages as the app does: pinia, the hash-less router, i18n and naive-ui's providers. */
import { mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, RouterView } from 'vue-router'
import { createAppI18n } from '@renderer/i18n'
import enUS from '@renderer/i18n/en-US'
import { createAppRouter } from '@renderer/router'
import { settle } from '../mount'

const Root = defineComponent({
  setup: () => () =>
    h(NMessageProvider, null, { default: () => h(RouterView) })
})

export async function mountApp(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  const wrapper = mount(Root, { attachTo: document.body, global: { plugins: [pinia, router, createAppI18n('en-US', enUS)] } })
  await settle()
  return { wrapper, router, pinia }
}
