/** `npm run bench` as a Node script (out/bench). Never packaged. */
import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = import.meta.dirname
const pkg = await import(resolve(root, 'package.json'), { with: { type: 'json' } })
const { dependencies = {}, devDependencies = {} } = pkg.default as Record<string, Record<string, string> | undefined>

export default defineConfig({
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
  build: {
    ssr: resolve(root, 'scripts/bench/bench.ts'),
    outDir: resolve(root, 'out/bench'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      external: [
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
        ...Object.keys(dependencies),
        ...Object.keys(devDependencies),
        'electron'
      ],
      output: { format: 'cjs', entryFileNames: '[name].js' }
    }
  },
  logLevel: 'warn'
})
