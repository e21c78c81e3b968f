/**
 * The app's data folder, computed the way Electron's app.getPath('userData') does for this app,
 * so the CLI and the app share one profile list. CCC_SUPERVISOR_DATA_DIR overrides it.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_FOLDER = 'ccc-supervisor'
/** The keychain service name secrets are filed under. */
export const KEYCHAIN_SERVICE = 'CCC Supervisor'

export function defaultDataDir(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir()
): string {
  if (env.CCC_SUPERVISOR_DATA_DIR) return env.CCC_SUPERVISOR_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER)
}
