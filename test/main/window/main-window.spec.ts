/** The Electron wiring, against a stand-in `electron` module: no binary is needed or loaded. */
import { EventEmitter } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from '../../../src/core/security-policy'

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = []
    readonly events = new Map<string, () => void>()
    readonly show = vi.fn()
    readonly loadFile = vi.fn(() => Promise.resolve())
    readonly loadURL = vi.fn(() => Promise.resolve())
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this)
    }
    once(event: string, listener: () => void): this {
      this.events.set(event, listener)
      return this
    }
  }
  type HeadersListener = (
    details: { responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void
  ) => void
  type ProtocolHandler = (request: Request) => Promise<Response>
  // A session per test, as the protocol handler is installed once per session.
  const newSession = () => ({
    webRequest: {
      onHeadersReceived: (listener: HeadersListener) => {
        state.headersListener.current = listener
      }
    },
    protocol: { handle: vi.fn((_scheme: string, _handler: ProtocolHandler) => {}) }
  })
  const state = {
    FakeBrowserWindow,
    newSession,
    defaultSession: undefined as unknown as ReturnType<typeof newSession>,
    registerSchemesAsPrivileged: vi.fn(),
    headersListener: { current: undefined as HeadersListener | undefined },
    openExternal: vi.fn((_url: string) => Promise.resolve()),
    app: { isPackaged: false },
    nativeTheme: { shouldUseDarkColors: false }
  }
  return state
})

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.FakeBrowserWindow,
  nativeTheme: electron.nativeTheme,
  shell: { openExternal: electron.openExternal },
  protocol: { registerSchemesAsPrivileged: electron.registerSchemesAsPrivileged },
  session: {
    get defaultSession() {
      return electron.defaultSession
    }
  }
}))

const { createMainWindow, installAppGuards, openExternalSafely, registerAppScheme, resolveAppLocation } = await import(
  '../../../src/main/window/main-window'
)

const options = { preloadPath: '/app/out/preload/index.js', rendererIndexPath: '/app/out/renderer/index.html' }
const indexUrl = 'app://renderer/index.html'
/** Where the page was loaded from before it was served from app://renderer. */
const indexFileUrl = pathToFileURL(options.rendererIndexPath).href

beforeEach(() => {
  electron.FakeBrowserWindow.created.length = 0
  electron.defaultSession = electron.newSession()
  electron.headersListener.current = undefined
  electron.openExternal.mockReset()
  electron.openExternal.mockImplementation(() => Promise.resolve())
  electron.app.isPackaged = false
})

describe('resolveAppLocation', () => {
  it('is the packaged index file when there is no dev server', () => {
    expect(resolveAppLocation(options, false)).toEqual({ rendererIndexUrl: indexUrl })
  })

  it('uses a loopback dev server in development', () => {
    expect(resolveAppLocation({ ...options, devServerUrl: 'http://localhost:5173' }, false)).toEqual({
      rendererIndexUrl: indexUrl,
      devServerUrl: 'http://localhost:5173'
    })
  })

  it('ignores any dev server in a packaged app', () => {
    expect(resolveAppLocation({ ...options, devServerUrl: 'http://localhost:5173' }, true)).toEqual({
      rendererIndexUrl: indexUrl
    })
  })

  it('refuses a dev server that is not on loopback', () => {
    expect(() => resolveAppLocation({ ...options, devServerUrl: 'https://evil.example/' }, false)).toThrow(/loopback/)
  })
})

describe('createMainWindow', () => {
  it('builds a hidden window with the secure preferences and shows it when ready', () => {
    const window = createMainWindow(options) as unknown as InstanceType<typeof electron.FakeBrowserWindow>
    expect(window.options).toMatchObject({
      title: 'CCC Supervisor',
      show: false,
      webPreferences: secureWebPreferences(options.preloadPath)
    })
    // Throttled in the background unless the page has alerts to tell (main's desktop alerts turn it off then).
    expect((window.options.webPreferences as { backgroundThrottling?: boolean }).backgroundThrottling).toBeUndefined()
    expect(window.options.minWidth).toBeGreaterThanOrEqual(800)
    expect(window.options.minHeight).toBeGreaterThanOrEqual(500)
    expect(window.options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
    expect(window.show).not.toHaveBeenCalled()
    window.events.get('ready-to-show')?.()
    expect(window.show).toHaveBeenCalledOnce()
  })

  it('has DevTools in development only', () => {
    const dev = createMainWindow(options) as unknown as InstanceType<typeof electron.FakeBrowserWindow>
    expect((dev.options.webPreferences as { devTools?: boolean }).devTools).toBe(true)
    electron.app.isPackaged = true
    const packaged = createMainWindow(options) as unknown as InstanceType<typeof electron.FakeBrowserWindow>
    expect((packaged.options.webPreferences as { devTools?: boolean }).devTools).toBe(false)
  })

  it('loads the packaged page from app://renderer, never from its file', () => {
    const window = createMainWindow(options) as unknown as InstanceType<typeof electron.FakeBrowserWindow>
    expect(window.loadURL).toHaveBeenCalledWith(indexUrl)
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('loads the dev server in development only', () => {
    const dev = createMainWindow({ ...options, devServerUrl: 'http://localhost:5173' }) as unknown as InstanceType<
      typeof electron.FakeBrowserWindow
    >
    expect(dev.loadURL).toHaveBeenCalledWith('http://localhost:5173')

    electron.app.isPackaged = true
    const packaged = createMainWindow({ ...options, devServerUrl: 'http://localhost:5173' }) as unknown as InstanceType<
      typeof electron.FakeBrowserWindow
    >
    expect(packaged.loadURL).not.toHaveBeenCalledWith('http://localhost:5173')
    expect(packaged.loadURL).toHaveBeenCalledWith(indexUrl)
  })

  it('registers app: as a standard, secure scheme that may fetch, before any window exists', () => {
    registerAppScheme()
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
  })

  describe('serving the packaged renderer', () => {
    let folder: string
    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'ccc-window-'))
      await writeFile(join(folder, 'index.html'), '<!doctype html><title>CCC Supervisor</title>')
    })
    afterAll(() => rm(folder, { recursive: true, force: true }))

    const handlerOf = () => {
      const calls = electron.defaultSession.protocol.handle.mock.calls
      expect(calls.map(([scheme]) => scheme)).toEqual(['app'])
      return calls[0]![1]
    }

    it("answers app://renderer from the page's folder, with the page's CSP, once per session", async () => {
      createMainWindow({ ...options, rendererIndexPath: join(folder, 'index.html') })
      createMainWindow({ ...options, rendererIndexPath: join(folder, 'index.html') })
      const page = await handlerOf()(new Request(indexUrl))
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      await expect(page.text()).resolves.toBe('<!doctype html><title>CCC Supervisor</title>')
      const missing = await handlerOf()(new Request('app://renderer/assets/missing.js'))
      expect(missing.status).toBe(404)
    })

    it('leaves the scheme unanswered in development, where the dev server is the app', () => {
      createMainWindow({ ...options, rendererIndexPath: join(folder, 'index.html'), devServerUrl: 'http://localhost:5173' })
      expect(electron.defaultSession.protocol.handle).not.toHaveBeenCalled()
    })
  })

  it('adds the CSP header to every response', () => {
    createMainWindow(options)
    const respond = vi.fn()
    electron.headersListener.current?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, respond)
    expect(respond).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })

  it("lets the dev server's websocket through the header policy in development", () => {
    createMainWindow({ ...options, devServerUrl: 'http://localhost:5173' })
    const respond = vi.fn()
    electron.headersListener.current?.({}, respond)
    const [policy] = respond.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy'] as string[]
    expect(policy).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173")
  })
})

describe('openExternalSafely', () => {
  it('opens an allowed https URL, in its canonical form', async () => {
    await expect(openExternalSafely('HTTPS://CCC-V2.ALIYUN.COM:443/#/workbench/ccc-test')).resolves.toBe(true)
    expect(electron.openExternal).toHaveBeenCalledWith('https://ccc-v2.aliyun.com/#/workbench/ccc-test')
  })

  it.each([
    'http://ccc-v2.aliyun.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://ccc-v2.aliyun.com.evil.com/',
    'https://user:pw@ccc-v2.aliyun.com/',
    'ms-msdt:/id PCWDiagnostic',
    undefined,
    42
  ])('refuses %s without touching the shell', async (url) => {
    await expect(openExternalSafely(url)).resolves.toBe(false)
    expect(electron.openExternal).not.toHaveBeenCalled()
  })

  it('answers false when the OS cannot open it', async () => {
    electron.openExternal.mockImplementation(() => Promise.reject(new Error('no handler')))
    await expect(openExternalSafely('https://help.aliyun.com/')).resolves.toBe(false)
  })
})

describe('installAppGuards', () => {
  type Listener = (...args: unknown[]) => void

  function fakeWebContents() {
    const emitter = new EventEmitter()
    const contents = Object.assign(emitter, {
      windowOpenHandler: undefined as ((details: { url: string }) => { action: string }) | undefined,
      setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
        contents.windowOpenHandler = handler
      },
      session: Object.assign(new EventEmitter(), {
        permissionRequest: undefined as Listener | undefined,
        permissionCheck: undefined as ((...args: unknown[]) => boolean) | undefined,
        devicePermission: undefined as ((...args: unknown[]) => boolean) | undefined,
        setPermissionRequestHandler(handler: Listener) {
          contents.session.permissionRequest = handler
        },
        setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
          contents.session.permissionCheck = handler
        },
        setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
          contents.session.devicePermission = handler
        }
      })
    })
    return contents
  }

  function guarded(devServerUrl?: string) {
    const app = new EventEmitter()
    installAppGuards(app as never, { rendererIndexUrl: indexUrl, devServerUrl })
    const contents = fakeWebContents()
    app.emit('web-contents-created', {}, contents)
    return contents
  }

  const navigation = (url: string) => ({ url, preventDefault: vi.fn() })

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stops anything but the app', (event) => {
    const contents = guarded()
    for (const url of ['https://evil.example/', 'https://ccc-v2.aliyun.com/', 'file:///etc/passwd', indexFileUrl, 'http://localhost:5173/']) {
      const details = navigation(url)
      contents.emit(event, details)
      expect(details.preventDefault, url).toHaveBeenCalled()
    }
    const own = navigation(`${indexUrl}#/reports`)
    contents.emit(event, own)
    expect(own.preventDefault).not.toHaveBeenCalled()
  })

  it('lets the dev server navigate in development', () => {
    const contents = guarded('http://localhost:5173')
    const details = navigation('http://localhost:5173/')
    contents.emit('will-navigate', details)
    expect(details.preventDefault).not.toHaveBeenCalled()
  })

  it('refuses to attach a webview', () => {
    const contents = guarded()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' })
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('never opens a window, and sends allowed links to the browser instead', () => {
    const contents = guarded()
    expect(contents.windowOpenHandler?.({ url: 'https://help.aliyun.com/document' })).toEqual({ action: 'deny' })
    expect(electron.openExternal).toHaveBeenCalledWith('https://help.aliyun.com/document')

    electron.openExternal.mockClear()
    for (const url of ['https://evil.example/', 'javascript:alert(1)', 'file:///etc/passwd', indexUrl, 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' })
    }
    expect(electron.openExternal).not.toHaveBeenCalled()
  })

  it('refuses every download a page starts, once per session however many pages share it', () => {
    const contents = guarded()
    const download = { preventDefault: vi.fn() }
    contents.session.emit('will-download', download, { getURL: () => 'https://evil.example/payload.exe' }, contents)
    expect(download.preventDefault).toHaveBeenCalledOnce()
    const blob = { preventDefault: vi.fn() }
    contents.session.emit('will-download', blob, { getURL: () => `blob:${indexUrl}/1` }, contents)
    expect(blob.preventDefault).toHaveBeenCalledOnce()
    expect(contents.session.listenerCount('will-download')).toBe(1)
  })

  it('denies every permission but full screen and clipboard writes, and those only to the app', () => {
    const contents = guarded()
    const fromApp = { requestingUrl: `${indexUrl}#/instances/ccc-demo/realtime` }
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock']) {
      const callback = vi.fn()
      contents.session.permissionRequest?.(contents, permission, callback, fromApp)
      expect(callback, permission).toHaveBeenCalledWith(false)
      expect(contents.session.permissionCheck?.(contents, permission, 'file://', fromApp), permission).toBe(false)
    }
    for (const permission of ['fullscreen', 'clipboard-sanitized-write']) {
      const granted = vi.fn()
      contents.session.permissionRequest?.(contents, permission, granted, fromApp)
      expect(granted, permission).toHaveBeenCalledWith(true)
      const foreign = vi.fn()
      contents.session.permissionRequest?.(contents, permission, foreign, { requestingUrl: 'https://evil.example/' })
      expect(foreign, permission).toHaveBeenCalledWith(false)
      expect(contents.session.permissionCheck?.(contents, permission, 'https://evil.example', { requestingUrl: 'https://evil.example/' })).toBe(false)
    }
    expect(contents.session.devicePermission?.({ deviceType: 'usb' })).toBe(false)
  })
})
