/**
 * `npm run demo:web`: the console in a browser on the built-in demo, until stopped. Uses its own
 * temporary data folder and keychain service, so it never touches the app's profiles.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { redact } from '../core/ccc/redact'
import { createServices } from '../core/services'
import { startTestHost } from './server'

async function main(): Promise<void> {
  const dataDir = process.env.CCC_SUPERVISOR_DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'ccc-supervisor-web-')))
  const services = createServices({
    dataDir,
    keychain: 'CCC Supervisor (web demo)',
    // The demo, whatever credentials this shell happens to carry.
    env: {},
    appInfo: { version: 'web-demo', platform: process.platform },
    openExternal: async () => false,
    // A browser has no folder dialog: exports land in the demo's own data folder.
    chooseExportFolder: async () => {
      const folder = join(dataDir, 'exports')
      await mkdir(folder, { recursive: true })
      return folder
    },
    // Nor a file dialog: the page opens snapshots by drop or its own file picker.
    chooseSnapshotFile: async () => null,
    // The demo's day so far, in its own (temporary) data folder.
    history: {},
    log: (line) => console.error(redact(line))
  })
  const port = Number(process.env.PORT ?? 0)
  const host = await startTestHost({
    webRoot: resolve(__dirname, '../web'),
    services,
    port: Number.isInteger(port) ? port : 0,
    log: (line) => console.error(redact(line))
  })
  console.log(`CCC Supervisor web demo: ${host.url}#/profiles`)
  const stop = async (): Promise<void> => {
    await host.close()
    await services.close()
    if (!process.env.CCC_SUPERVISOR_DATA_DIR) await rm(dataDir, { recursive: true, force: true })
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
}

void main()
