/**
 * Core's services as the specs build them: a memory keychain, no environment credentials, and
 * dialogs and links that do nothing unless a spec says otherwise. The app's own wiring is in
 * src/main/index.ts; the test host's and the E2E harness's in their own files.
 */
import { MemorySecretStore } from '../../src/core/credentials/memory-secret-store'
import { createServices, type Services, type ServicesOptions } from '../../src/core/services'

export function testServices(dataDir: string, options: Partial<ServicesOptions> = {}): Services {
  return createServices({
    dataDir,
    keychain: new MemorySecretStore(),
    env: {},
    appInfo: { version: 'test', platform: 'linux' },
    openExternal: async () => false,
    chooseExportFolder: async () => null,
    chooseSnapshotFile: async () => null,
    ...options
  })
}
