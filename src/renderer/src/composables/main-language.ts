/**
 * Tells main which language the page shows, so the app's menu and its native dialogs speak it too:
 * once at start, then on every switch. Without it main keeps to the OS's language.
 */
import { watch, type WatchSource } from 'vue'
import { callApi } from '../api/supervisor-api'
import type { Locale } from '../i18n'

export function useMainLanguage(locale: WatchSource<Locale>): void {
  // The answer is not waited for: a refusal leaves the menu as it was, and the page has nothing to show for it.
  watch(locale, (next) => void callApi((bridge) => bridge.setUiLanguage({ locale: next })), { immediate: true })
}
