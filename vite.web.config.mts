/**
 * The renderer built for a plain browser (out/web), served by the loopback test host for E2E
 * tests and `npm run demo:web`. Never packaged: the app's renderer is electron.vite.config.ts's.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import { naiveComponentImports } from './build-naive-imports'
import { RENDERER_FLAGS, rendererAliases, rendererI18n } from './build-renderer'

const root = import.meta.dirname

/** Serves the app's own index.html (its CSP included) with the entry swapped for web-main.ts. */
function rendererPage(): Plugin {
  return {
    name: 'ccc-renderer-page',
    transformIndexHtml: {
      order: 'pre',
      handler: () => {
        const html = readFileSync(resolve(root, 'src/renderer/index.html'), 'utf8')
        if (!html.includes('src="/src/main.ts"')) throw new Error('src/renderer/index.html no longer loads /src/main.ts')
        return html.replace('src="/src/main.ts"', 'src="./web-main.ts"')
      }
    }
  }
}

export default defineConfig({
  root: resolve(root, 'src/test-host/web'),
  base: './',
  resolve: {
    alias: { '@shared': resolve(root, 'src/shared'), '@renderer': resolve(root, 'src/renderer/src'), ...rendererAliases(root) }
  },
  plugins: [naiveComponentImports(), vue(), ...rendererI18n(root), rendererPage()],
  define: RENDERER_FLAGS,
  // CCC_WEB_OUT lets two checkouts' builds (or two people's) run side by side; CI uses out/web.
  build: { outDir: resolve(root, process.env.CCC_WEB_OUT ?? 'out/web'), emptyOutDir: true, minify: true, reportCompressedSize: false },
  logLevel: 'warn'
})
