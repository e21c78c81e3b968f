/**
 * naive-ui writes `aria-label="close"` into every close button and `aria-label="loading"` into every
 * spinner, in English whatever its locale: a screen reader in zh-CN would read them so. This puts
 * the page's own words there, for what is on the page and for whatever appears later (dialogs and
 * popovers mount under <body>). Vue leaves them alone afterwards: naive-ui's value never changes,
 * so a re-render has nothing to patch. A filterable select's search box, where focus goes while it
 * is open, gets no name at all from naive-ui: it takes its select's.
 */
import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useI18n } from 'vue-i18n'

const CLOSE = 'n-base-close'
const LOADING = 'n-base-loading'
const SELECT_SEARCH = 'n-base-selection-input'
const SELECTOR = `.${CLOSE}, .${LOADING}, .${SELECT_SEARCH}`

export function useNaiveAriaLabels(): void {
  const { t, locale } = useI18n()
  const nameOf = (element: Element): string | null => {
    if (element.classList.contains(CLOSE)) return t('common.close')
    if (element.classList.contains(LOADING)) return t('common.loading')
    return element.closest('.n-select')?.getAttribute('aria-label') ?? null
  }
  const label = (element: Element): void => {
    const text = nameOf(element)
    if (text !== null && element.getAttribute('aria-label') !== text) element.setAttribute('aria-label', text)
  }
  const labelWithin = (root: ParentNode): void => root.querySelectorAll(SELECTOR).forEach(label)

  let observer: MutationObserver | null = null
  onMounted(() => {
    labelWithin(document.body)
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue
          if (node.matches(SELECTOR)) label(node)
          if (node.firstElementChild) labelWithin(node)
        }
      }
    })
    observer.observe(document.body, { childList: true, subtree: true })
  })
  onBeforeUnmount(() => observer?.disconnect())
  watch(locale, () => labelWithin(document.body), { flush: 'post' })
}
