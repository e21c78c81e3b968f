/** Mounting for component tests: the app's i18n (English unless asked), attached to the document. */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createAppI18n, type Locale } from '@renderer/i18n'
import enUS from '@renderer/i18n/en-US'
import zhCN from '@renderer/i18n/zh-CN'

export function mountWithI18n<T>(component: T, options: ComponentMountingOptions<T> = {}, locale: Locale = 'en-US') {
  const global = options.global ?? {}
  return mount(component, {
    attachTo: document.body,
    ...options,
    global: { ...global, plugins: [createAppI18n(locale, locale === 'zh-CN' ? zhCN : enUS), ...(global.plugins ?? [])] }
  } as ComponentMountingOptions<T>)
}

/** Lets naive-ui's deferred renders (virtual list measurement, transitions) settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
