/** Composition root: builds main's services, registers the IPC handlers, opens the window. */
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { defaultDataDir, KEYCHAIN_SERVICE } from './credentials/data-dir'
import { KeytarSecretStore } from './credentials/keytar-secret-store'
import { MemorySecretStore } from './credentials/memory-secret-store'
import { ProfileService } from './credentials/profile-service'
import { redact } from './ccc/redact'
import { createDispatch } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register-ipc'
import { SessionManager } from './session'
import { createMainWindow, installAppGuards, openExternalSafely, resolveAppLocation } from './window/main-window'
import { isTrustedIpcSender } from './window/security-policy'

const log = (line: string): void => console.warn(redact(line))

function main(): void {
  // Every renderer sandboxed, even one a future window forgets to configure.
  app.enableSandbox()
  // The same folder the CLI uses, so both see one profile list (set before the lock, which lives there).
  app.setPath('userData', defaultDataDir())
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  const paths = {
    preloadPath: join(__dirname, '../preload/index.js'),
    rendererIndexPath: join(__dirname, '../renderer/index.html'),
    devServerUrl: process.env.ELECTRON_RENDERER_URL
  }
  const profiles = new ProfileService(app.getPath('userData'), new KeytarSecretStore(KEYCHAIN_SERVICE), new MemorySecretStore())
  const sessions = new SessionManager({ profiles, env: process.env })

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => {
    void sessions.close()
  })

  void app.whenReady().then(() => {
    const location = resolveAppLocation(paths)
    installAppGuards(app, location)
    const handlers = createHandlers({
      appInfo: { version: app.getVersion(), platform: process.platform },
      sessions,
      profiles,
      env: process.env,
      openExternal: openExternalSafely
    })
    registerIpc(createDispatch(handlers, { isTrustedSender: (sender) => isTrustedIpcSender(sender, location), log }))
    createMainWindow(paths)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(paths)
    })
  })
}

main()
