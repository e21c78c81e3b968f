import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { naiveComponentImports } from './build-naive-imports'
import { RENDERER_FLAGS, rendererAliases, rendererI18n } from './build-renderer'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        // The CLI is built beside main so both share the same service chunks without Electron.
        input: { index: resolve(__dirname, 'src/main/index.ts'), cli: resolve(__dirname, 'src/cli/index.ts') }
      }
    }
  },
  preload: {
    resolve: { alias: shared }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src'), ...rendererAliases(__dirname) } },
    plugins: [naiveComponentImports(), vue(), ...rendererI18n(__dirname)],
    define: RENDERER_FLAGS,
    // The manifest lets test/build/first-page-size.spec.ts weigh what the first page loads; it is not shipped.
    build: { minify: true, manifest: true, rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } }
  }
})
