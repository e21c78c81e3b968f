import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Component specs import .vue files. The texts stay as written here, compiled by vue-i18n when
  // shown, since specs read the message files as plain strings; the builds compile them beforehand
  // (build-renderer.ts), checked by test/build/i18n-precompiled.spec.ts and the E2E tests.
  plugins: [vue()],
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src')
    }
  },
  test: {
    include: ['test/**/*.spec.ts'],
    environment: 'node',
    // Renderer specs start with the error catalogue loaded (see the file).
    setupFiles: ['test/renderer/setup.ts'],
    // One process per file: libsecret keeps its D-Bus connection for the life of a process, and
    // the keychain specs each point it at a different private bus.
    pool: 'forks',
    isolate: true,
    testTimeout: 20_000,
    hookTimeout: 20_000
  }
})
