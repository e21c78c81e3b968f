/**
 * The Electron side of the window's security: builds the main window and installs the guards.
 * Every decision is made by the pure predicates in `security-policy.ts`; this file only wires them
 * to Electron's events.
 */
import { basename, dirname } from 'node:path'
import { app as electronApp, BrowserWindow, nativeTheme, protocol, session, shell, type App, type Session, type WebContents } from 'electron'
import { answerRendererRequest } from '../../core/renderer-protocol'
import {
  APP_ORIGIN,
  APP_SCHEME,
  contentSecurityPolicy,
  isAppUrl,
  isLoopbackDevServerUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  secureWebPreferences,
  withContentSecurityPolicy,
  type AppLocation
} from '../../core/security-policy'

export interface MainWindowOptions {
  /** Absolute path of the built preload script (`out/preload/index.js`). */
  preloadPath: string
  /** Absolute path of the built renderer page (`out/renderer/index.html`); its folder is what `app://renderer` serves. */
  rendererIndexPath: string
  /** The Vite dev server (electron-vite's ELECTRON_RENDERER_URL); ignored in a packaged app. */
  devServerUrl?: string | undefined
}

/** Matches the renderer's page background, so the window does not flash white before it paints. */
const BACKGROUND = { light: '#f5f7fa', dark: '#14171c' } as const

/**
 * Where the app's own pages are. A packaged app never loads a dev server, whatever the
 * environment says, and a dev server that is not on loopback is a configuration error.
 */
export function resolveAppLocation(
  options: Pick<MainWindowOptions, 'rendererIndexPath' | 'devServerUrl'>,
  isPackaged: boolean = electronApp.isPackaged
): AppLocation {
  // The packaged page is served by serveRenderer from its folder, at the app's own origin.
  const rendererIndexUrl = `${APP_ORIGIN}/${encodeURIComponent(basename(options.rendererIndexPath))}`
  const devServerUrl = isPackaged ? undefined : options.devServerUrl || undefined
  if (devServerUrl === undefined) return { rendererIndexUrl }
  const shown = JSON.stringify(devServerUrl.slice(0, 100))
  if (!isLoopbackDevServerUrl(devServerUrl)) {
    throw new Error(`Refusing to load the renderer from a dev server that is not on loopback: ${shown}`)
  }
  return { rendererIndexUrl, devServerUrl }
}

/**
 * Makes `app:` a standard, secure scheme that may use fetch, so `app://renderer` is an origin of
 * its own ('self' in the CSP, module scripts, no mixed content). corsEnabled stays unset, so no
 * other origin can read the renderer's files. Electron takes this once, before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

const servingSessions = new WeakSet<object>()

/**
 * Answers `app://renderer/…` in `target` from the built renderer folder, through core's bounded,
 * folder-confined reader; a scheme has one handler per session, so this installs it once.
 */
export function serveRenderer(target: Pick<Session, 'protocol'>, rendererDir: string): void {
  if (servingSessions.has(target)) return
  servingSessions.add(target)
  target.protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerRendererRequest({ method: request.method, url: request.url }, rendererDir)
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  })
}

/** Sends the policy with every response of the default session (dev server pages included). */
function installContentSecurityPolicy(location: AppLocation): void {
  const policy = contentSecurityPolicy({ devServerUrl: location.devServerUrl })
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
  })
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const location = resolveAppLocation(options)
  installContentSecurityPolicy(location)

  const window = new BrowserWindow({
    title: 'CCC Supervisor',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    // No DevTools in a packaged app: with them, anyone at the keyboard (or a page tricking them)
    // gets a console with the app's API.
    // Background throttling stays on: the page turns it off while it has alerts to tell (setBackgroundRefresh).
    webPreferences: { ...secureWebPreferences(options.preloadPath), devTools: !electronApp.isPackaged }
  })
  window.once('ready-to-show', () => window.show())

  if (location.devServerUrl === undefined) serveRenderer(session.defaultSession, dirname(options.rendererIndexPath))
  const loading = window.loadURL(location.devServerUrl ?? location.rendererIndexUrl)
  loading.catch((error: unknown) => {
    // The window stays hidden if its page never loads; say why rather than fail silently.
    console.error(`CCC Supervisor: the main window failed to load: ${error instanceof Error ? error.message : String(error)}`)
  })
  return window
}

/**
 * Opens `url` in the user's browser if, and only if, `isSafeExternalUrl` allows it. The one
 * caller of `shell.openExternal` in the codebase (lint enforces it). Resolves whether it opened.
 */
export async function openExternalSafely(url: unknown): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  try {
    // The parser's canonical form, so the OS handler sees exactly the URL that was checked.
    await shell.openExternal(new URL(url).href)
    return true
  } catch {
    return false
  }
}

function guardWebContents(contents: WebContents, location: AppLocation): void {
  const stayInApp = (event: { url: string; preventDefault: () => void }): void => {
    if (!isAppUrl(event.url, location)) event.preventDefault()
  }
  contents.on('will-navigate', stayInApp)
  // Also covers sub-frames, which will-navigate does not see (CSP's frame-src 'none' is the first wall).
  contents.on('will-frame-navigate', stayInApp)
  contents.on('will-redirect', stayInApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())

  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternalSafely(url)
    return { action: 'deny' }
  })

  // Full screen and clipboard writes for the app's own page; no camera, microphone, notifications,
  // clipboard reads or devices for anyone.
  contents.session.setPermissionRequestHandler((webContents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl ?? webContents?.getURL(), location))
  )
  contents.session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, location)
  )
  contents.session.setDevicePermissionHandler(() => false)
  refuseDownloads(contents.session)
}

const downloadGuarded = new WeakSet<object>()

/**
 * The app offers nothing to download (exports are written by main through a folder dialog), so
 * any download a page starts, by a link, a redirect or a blob, is refused: nothing lands on disk
 * on a page's word. Once per session, however many web contents share it.
 */
export function refuseDownloads(target: Pick<Session, 'on'>): void {
  if (downloadGuarded.has(target)) return
  downloadGuarded.add(target)
  target.on('will-download', (event) => event.preventDefault())
}

/**
 * Guards every web contents the app ever creates, windows and anything they spawn. Call it before
 * the first window is created.
 */
export function installAppGuards(app: App, location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location))
}
