/** The loopback test host as a Node script (out/test-host), for `npm run demo:web`. Never packaged. */
import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = import.meta.dirname
const pkg = await import(resolve(root, 'package.json'), { with: { type: 'json' } })
const dependencies = Object.keys((pkg.default as { dependencies?: Record<string, string> }).dependencies ?? {})

export default defineConfig({
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
  build: {
    ssr: resolve(root, 'src/test-host/demo-web.ts'),
    outDir: resolve(root, 'out/test-host'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...dependencies, 'electron'],
      output: { format: 'cjs', entryFileNames: '[name].js' }
    }
  },
  logLevel: 'warn'
})
