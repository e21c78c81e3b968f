/**
 * A page's own texts (i18n/page-texts.ts), loaded on its first show: the page renders once they
 * are there. A failed load (a damaged install) is said, with a retry, rather than left spinning.
 */
import { ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { localeOf } from '../i18n'
import { ensurePageTexts, hasPageTexts, type TextsPage } from '../i18n/page-texts'

export interface PageTexts {
  ready: Ref<boolean>
  failed: Ref<boolean>
  retry: () => void
}

export function usePageTexts(page: TextsPage): PageTexts {
  const i18n = useI18n({ useScope: 'global' })
  const ready = ref(false)
  const failed = ref(false)

  function load(): void {
    const locale = localeOf(i18n.locale.value)
    ready.value = hasPageTexts(i18n, page, locale)
    failed.value = false
    if (ready.value) return
    ensurePageTexts(i18n, page, locale).then(
      () => {
        if (localeOf(i18n.locale.value) === locale) ready.value = true
      },
      (error: unknown) => {
        console.error(`Could not load the ${page} page's ${locale} texts:`, error)
        if (localeOf(i18n.locale.value) === locale) failed.value = true
      }
    )
  }
  // A switch normally finds the texts loaded (ensureMessages); this covers a page opened mid-switch.
  watch(i18n.locale, load, { immediate: true })
  return { ready, failed, retry: load }
}
