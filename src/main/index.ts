/** Composition root: builds main's services, registers the IPC handlers, opens the window. */
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { toAppError } from './ccc/errors'
import { redact } from './ccc/redact'
import { createDispatch } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register-ipc'
import { openDemoSession, openEnvironmentSession, readEnvironmentCredentials, type Session } from './session'
import { createMainWindow, installAppGuards, openExternalSafely, resolveAppLocation } from './window/main-window'
import { isTrustedIpcSender } from './window/security-policy'

const log = (line: string): void => console.warn(redact(line))

/** The environment's AccessKey when set, else the built-in demo; a failed start may be retried. */
function sessionProvider(): { get: () => Promise<Session>; close: () => Promise<void> } {
  let current: Promise<Session> | undefined
  return {
    get: () => {
      current ??= (async () => {
        const found = readEnvironmentCredentials(process.env)
        return found ? openEnvironmentSession(found) : openDemoSession()
      })().catch((error: unknown) => {
        current = undefined
        log(`session: could not start (${toAppError(error).code})`)
        throw error
      })
      return current
    },
    close: async () => {
      const session = await current?.catch(() => undefined)
      await session?.close()
    }
  }
}

function main(): void {
  // Every renderer sandboxed, even one a future window forgets to configure.
  app.enableSandbox()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  const paths = {
    preloadPath: join(__dirname, '../preload/index.js'),
    rendererIndexPath: join(__dirname, '../renderer/index.html'),
    devServerUrl: process.env.ELECTRON_RENDERER_URL
  }
  const sessions = sessionProvider()

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
      session: sessions.get,
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
