/**
 * Build settings the app's renderer and its web build (out/web) share: features and fallbacks the
 * app never uses are left out of the first download.
 */
import { resolve } from 'node:path'
import vueI18n from '@intlify/unplugin-vue-i18n/vite'
import type { Plugin } from 'vite'

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

/** The catalogues' folder and each page's whose texts load with it (i18n/page-texts.ts). */
const MESSAGE_FOLDERS = ['.', 'today']

/**
 * vue-i18n without its message compiler: the message files are compiled at build time (to the
 * AST vue-i18n's runtime renders), so the first page does not download the compiler. Every message
 * must then come through these files; a string handed to vue-i18n at run time would not render.
 */
export function rendererI18n(root: string): Plugin[] {
  const plugins = vueI18n({
    include: MESSAGE_FOLDERS.flatMap((folder) =>
      ['en-US', 'zh-CN'].map((locale) => resolve(root, 'src/renderer/src/i18n', folder, `${locale}.ts`))
    ),
    // What takes the compiler out: vue-i18n 11's runtime-only file is the same code as the full one.
    dropMessageCompiler: true,
    runtimeOnly: true,
    compositionOnly: true,
    fullInstall: false,
    // A message with HTML in it fails the build, as one vue-i18n cannot compile does (no message
    // has any: parameters are shown as text).
    strictMessage: true,
    escapeHtml: false
  })
  return Array.isArray(plugins) ? plugins : [plugins]
}
