/** Composition root: builds main's services, registers the IPC handlers, opens the window. */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, type OpenDialogOptions } from 'electron'
import { defaultDataDir, KEYCHAIN_SERVICE } from '../core/credentials/data-dir'
import { redact } from '../core/ccc/redact'
import { createDispatch } from '../core/ipc/dispatch'
import { registerIpc } from './ipc/register-ipc'
import { forwardEvents, sendEvent } from './ipc/send-events'
import { menuTemplate } from './menu/app-menu'
import { exportFolderDialog, snapshotFileDialog } from './dialogs/open-dialogs'
import { createShellLanguage } from './shell-language'
import { createDesktopAlerts } from './alerts/desktop-alerts'
import { boundedClose } from '../core/bounded-close'
import { createServices } from '../core/services'
import { createPdfPrinter } from './window/pdf-printer'
import { createMainWindow, installAppGuards, openExternalSafely, registerAppScheme, resolveAppLocation } from './window/main-window'
import { isTrustedIpcSender } from '../core/security-policy'

const log = (line: string): void => console.warn(redact(line))
const QUIT_CLOSE_MS = 3_000

/** The path picked in a native open dialog, on the focused window when there is one; null when cancelled. */
async function choosePath(options: OpenDialogOptions): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow()
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return choice.canceled ? null : (choice.filePaths[0] ?? null)
}

function main(): void {
  // Every renderer sandboxed, even one a future window forgets to configure.
  app.enableSandbox()
  // The same folder the CLI uses, so both see one profile list (set before the lock, which lives there).
  app.setPath('userData', defaultDataDir())
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // Before ready, as Electron requires: the packaged renderer is served from app://renderer.
  registerAppScheme()
  // The menu and the dialogs speak the page's language once it has said which; the OS's until then.
  const language = createShellLanguage(() => app.getLocale())
  // Events go to the app's own windows, never to the hidden print window.
  const appWindows = new Set<BrowserWindow>()
  // Replaces Electron's default menu, whose Reload and Toggle Developer Tools every build would have.
  const installMenu = (): void => {
    const menu = menuTemplate({
      packaged: app.isPackaged,
      locale: language.current(),
      platform: process.platform,
      actions: {
        command: (command) => {
          const focused = BrowserWindow.getFocusedWindow()
          const window = focused && appWindows.has(focused) ? focused : [...appWindows][0]
          if (window) sendEvent(window, 'menuCommand', { command })
        },
        openExternal: (url) => void openExternalSafely(url)
      }
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu))
  }
  const paths = {
    preloadPath: join(__dirname, '../preload/index.js'),
    rendererIndexPath: join(__dirname, '../renderer/index.html'),
    devServerUrl: process.env.ELECTRON_RENDERER_URL
  }
  const desktopAlerts = createDesktopAlerts(() => [...appWindows])
  const services = createServices({
    dataDir: app.getPath('userData'),
    keychain: KEYCHAIN_SERVICE,
    env: process.env,
    appInfo: { version: app.getVersion(), platform: process.platform },
    openExternal: openExternalSafely,
    chooseExportFolder: () => choosePath(exportFolderDialog(language.current())),
    chooseSnapshotFile: () => choosePath(snapshotFileDialog(language.current())),
    // Rebuilt only when the language changes; before ready there is no menu, and the first one takes the choice.
    setUiLanguage: (locale) => {
      if (language.choose(locale) && app.isReady()) installMenu()
    },
    printPdf: createPdfPrinter(),
    // The day so far: every live answer kept in the data folder, a month by default.
    history: {},
    log,
    // A click on an alert raises the first of the app's windows (there is one, with the single-instance lock).
    desktopAlerts
  })

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Quitting waits (a few seconds at most) for the history's last write and lock to be let go.
  let closed = false
  let closing: Promise<unknown> | null = null
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closing ??= boundedClose(() => services.close(), QUIT_CLOSE_MS, log).then(() => {
      closed = true
      app.quit()
    })
  })

  void app.whenReady().then(() => {
    const location = resolveAppLocation(paths)
    installAppGuards(app, location)
    registerIpc(createDispatch(services.handlers, { isTrustedSender: (sender) => isTrustedIpcSender(sender, location), log }))
    const openWindow = (): void => {
      const window = createMainWindow(paths)
      appWindows.add(window)
      window.on('closed', () => {
        appWindows.delete(window)
        // The dock keeps a badge after its window is gone: nobody is watching those alerts now.
        if (appWindows.size === 0) desktopAlerts.setBadgeCount(0)
      })
    }
    forwardEvents(services.events, () => [...appWindows])
    installMenu()
    openWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
  })
}

main()
