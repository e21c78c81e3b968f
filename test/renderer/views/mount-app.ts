/** Mounts the app's pages as the app does: pinia, the hash-less router, i18n and naive-ui's providers. */
import { mount } from '@vue/test-utils'
import { afterEach } from 'vitest'
import { NMessageProvider } from 'naive-ui'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, RouterView } from 'vue-router'
import { createAppI18n } from '@renderer/i18n'
import enUS from '@renderer/i18n/en-US'
import { createAppRouter } from '@renderer/router'
import AppShell from '@renderer/views/AppShell.vue'
import { removeFakeBridge } from '../fake-bridge'
import { settle } from '../mount'

const inProviders = (content: Component) =>
  defineComponent({
    setup: () => () => h(NMessageProvider, null, { default: () => h(content) })
  })

const Root = inProviders(RouterView)
/** The page inside the shell (navigation, top bar, drops, menu commands), as App.vue renders it. */
const ShellRoot = inProviders(AppShell)

async function mountWith(root: Component, path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  const wrapper = mount(root, { attachTo: document.body, global: { plugins: [pinia, router, createAppI18n('en-US', enUS)] } })
  await settle()
  return { wrapper, router, pinia }
}

export const mountApp = (path: string) => mountWith(Root, path)
export const mountShell = (path: string) => mountWith(ShellRoot, path)

/**
 * For a spec of pages in the shell: `open(path)` mounts one, and after each test it is unmounted,
 * the fake bridge removed and the document emptied.
 */
export const shellPages = (): MountedPages => mountedPages(mountShell)

/** As shellPages, for pages mounted alone (no shell: the spec loads the session itself if it needs one). */
export const appPages = (): MountedPages => mountedPages(mountApp)

interface MountedPages {
  open: typeof mountShell
  unmount(): void
}

function mountedPages(mountPage: typeof mountShell): MountedPages {
  let current: (() => void) | null = null
  const unmount = (): void => {
    current?.()
    current = null
  }
  afterEach(() => {
    unmount()
    removeFakeBridge()
    document.body.innerHTML = ''
  })
  return {
    open: async (path) => {
      const app = await mountPage(path)
      current = () => app.wrapper.unmount()
      return app
    },
    unmount
  }
}
