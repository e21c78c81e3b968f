/**
 * Build settings the app's renderer and its web build (out/web) share: features and fallbacks the
 * app never uses are left out of the first download.
 */
import { resolve } from 'node:path'

/** Compile-time switches for the renderer's libraries. */
export const RENDERER_FLAGS: Record<string, string> = {
  // Every component (ours, naive-ui's, vueuc's) is written with setup(); none uses data, methods,
  // computed or lifecycle options.
  __VUE_OPTIONS_API__: 'false',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  // vue-i18n in composition mode only (useI18n): no legacy API, no global <i18n-t>, v-t or $t.
  __VUE_I18N_LEGACY_API__: 'false',
  __VUE_I18N_FULL_INSTALL__: 'false',
  __INTLIFY_PROD_DEVTOOLS__: 'false'
}

/** Module replacements, from the project root `root`. */
export function rendererAliases(root: string): Record<string, string> {
  return {
    // vueuc falls back to this polyfill only where ResizeObserver is missing, never in Chromium.
    '@juggle/resize-observer': resolve(root, 'src/renderer/src/platform/native-resize-observer.ts')
  }
}
