/**
 * The window's security decisions as plain predicates and values, free of Electron so every one of
 * them is tested directly. `main-window.ts` wires them to Electron's events.
 */

/** The `webPreferences` every window of the app gets; nothing here is ever relaxed per window. */
export function secureWebPreferences(preloadPath: string) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    preload: preloadPath
  } as const
}

export type SecureWebPreferences = ReturnType<typeof secureWebPreferences>

/** Hosts the app may hand to the system browser: the CCC consoles, RAM and Alibaba Cloud's docs. */
export const EXTERNAL_HOSTS: readonly string[] = Object.freeze([
  'ccc-v2.aliyun.com',
  'ccc.console.aliyun.com',
  'help.aliyun.com',
  'www.alibabacloud.com',
  'api.aliyun.com',
  'ram.console.aliyun.com'
])

/** Longer than any console link; also the contract's cap on `openExternal` input. */
const MAX_URL_LENGTH = 2048

// Printable ASCII only: whitespace, controls, bidi marks and look-alike Unicode are parsed differently
// by WHATWG URL and by the OS's URL handlers, and so is `\` (a path separator to one, part of the
// user info to another). Console and docs links are plain ASCII, so nothing real is lost.
const UNAMBIGUOUS_URL = /^[!-[\]-~]+$/

// The authority as written, so `user@`, `%2e`, `:8443` or a trailing dot cannot hide behind the
// parser's normalisation: it must be a bare allowed host, optionally with the default port.
const RAW_HTTPS_AUTHORITY = /^https:\/\/([^/?#]*)(?:[/?#]|$)/i

/** Whether `url` may be opened in the user's browser: https, an allowed host exactly, nothing else. */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false
  if (!UNAMBIGUOUS_URL.test(url)) return false
  const authority = RAW_HTTPS_AUTHORITY.exec(url)?.[1]?.toLowerCase()
  if (authority === undefined) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false
  if (parsed.port !== '') return false
  if (!EXTERNAL_HOSTS.includes(parsed.hostname)) return false
  return authority === parsed.hostname || authority === `${parsed.hostname}:443`
}

const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]']

/**
 * Whether `url` can be the Vite dev server: http(s) on a loopback host. Anything else in its place
 * (say a tampered ELECTRON_RENDERER_URL) would give a remote page the app's API.
 */
export function isLoopbackDevServerUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false
  try {
    const parsed = new URL(url)
    return (
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
      LOOPBACK_HOSTS.includes(parsed.hostname) &&
      parsed.username === '' &&
      parsed.password === ''
    )
  } catch {
    return false
  }
}

function devServerOrigin(devServerUrl: string): URL {
  const shown = JSON.stringify(devServerUrl.slice(0, 100))
  if (!isLoopbackDevServerUrl(devServerUrl)) throw new Error(`The dev server must be on a loopback host, not ${shown}.`)
  return new URL(devServerUrl)
}

export interface ContentSecurityPolicyOptions {
  /** Set only in development: the Vite dev server the renderer is served from. */
  devServerUrl?: string | undefined
}

type Directives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>

function directives({ devServerUrl }: ContentSecurityPolicyOptions): Directives {
  const connectSrc = ["'self'"]
  if (devServerUrl !== undefined) {
    // Vite's hot reload talks to the dev server over a websocket on the same host and port.
    const origin = devServerOrigin(devServerUrl)
    const socketScheme = origin.protocol === 'https:' ? 'wss:' : 'ws:'
    connectSrc.push(origin.origin, `${socketScheme}//${origin.host}`)
  }
  return [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    // Vue's :style bindings and ECharts write inline style attributes; without 'unsafe-inline'
    // the charts and dynamic layout break. Inline styles cannot run code, inline scripts stay banned.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connectSrc],
    ['worker-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]]
  ]
}

const serialise = (list: Directives): string => list.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')

/** The policy sent as the `Content-Security-Policy` response header. */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  return serialise(directives(options))
}

/** The production policy; `index.html` carries it too, minus what a meta tag cannot deliver. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

/** Directives that browsers ignore (with a console warning) when they come from a `<meta>` tag. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox']

/**
 * The policy for index.html's `<meta http-equiv>`: the header's, minus header-only directives.
 * A second wall behind the header: it still holds if the page is ever served without one.
 */
export function metaContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  return serialise(directives(options).filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)))
}

/**
 * Response headers with the app's policy added. A policy the server already sent is kept: several
 * policies all apply, so adding ours can only tighten what the page may do.
 */
export function withContentSecurityPolicy(
  responseHeaders: Readonly<Record<string, readonly string[] | string>> | undefined,
  policy: string
): Record<string, string[]> {
  const headers: Record<string, string[]> = {}
  let cspHeader = 'Content-Security-Policy'
  for (const [name, value] of Object.entries(responseHeaders ?? {})) {
    headers[name] = typeof value === 'string' ? [value] : [...value]
    if (name.toLowerCase() === 'content-security-policy') cspHeader = name
  }
  headers[cspHeader] = [...(headers[cspHeader] ?? []), policy]
  return headers
}

/**
 * The hidden print window's policy, sent as a header by its session: the report is one
 * self-contained page (inline styles, inline SVG, data: images), so it may load nothing at all.
 */
export const PRINT_CONTENT_SECURITY_POLICY = serialise([
  ['default-src', ["'none'"]],
  ['style-src', ["'unsafe-inline'"]],
  ['img-src', ['data:']],
  ['font-src', ['data:']],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]]
])

/** What the print session may request: its own report file (and inline data), never the network. */
export function isPrintRequestAllowed(url: unknown): boolean {
  const protocol = parseUrl(url)?.protocol
  return protocol === 'file:' || protocol === 'data:'
}

/**
 * The privileged scheme the packaged renderer is served from (`app://renderer/…`), so no page of the
 * app is a `file://` page and Electron's `grantFileProtocolExtraPrivileges` fuse can be off.
 */
export const APP_SCHEME = 'app'
/** The one host of the scheme: the built renderer folder. */
export const APP_HOST = 'renderer'
/** The app's own origin in a packaged app. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Where the app's own pages live; anything else is foreign. */
export interface AppLocation {
  /** The packaged renderer's index.html on the app's origin (`app://renderer/index.html`). */
  rendererIndexUrl: string
  /** In development the dev server is the app (and the packaged page is not loaded). */
  devServerUrl?: string | undefined
}

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * Whether `url` is one of the app's own pages: the dev server's origin in development, otherwise
 * exactly the packaged index.html on `app://renderer` (any query or fragment, as a hash router
 * would use). No `file://` URL is ever the app.
 */
export function isAppUrl(url: unknown, location: AppLocation): boolean {
  const target = parseUrl(url)
  if (target === null) return false
  if (location.devServerUrl !== undefined) {
    if (!isLoopbackDevServerUrl(location.devServerUrl)) return false
    return target.origin === new URL(location.devServerUrl).origin
  }
  const index = parseUrl(location.rendererIndexUrl)
  if (index === null || index.protocol !== `${APP_SCHEME}:` || index.host !== APP_HOST) return false
  return (
    target.protocol === index.protocol &&
    target.host === index.host &&
    target.username === '' &&
    target.password === '' &&
    target.pathname === index.pathname
  )
}

/** What main knows about an IPC message's sender frame. */
export interface IpcSender {
  /** Undefined when the frame has navigated away or been destroyed since it sent the message. */
  frameUrl: string | undefined
  isMainFrame: boolean
}

/** Whether an IPC message may reach a handler: only the app's own top-level page may call the API. */
export function isTrustedIpcSender(sender: IpcSender, appLocation: AppLocation): boolean {
  return sender.isMainFrame === true && isAppUrl(sender.frameUrl, appLocation)
}

/**
 * The only permissions the console uses: the wallboard's full-screen mode and writing copied table
 * rows to the clipboard. Both only for the app's own page; everything else is denied.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = Object.freeze(['fullscreen', 'clipboard-sanitized-write'])

export function isPermissionAllowed(permission: unknown, requestingUrl: unknown, location: AppLocation): boolean {
  return typeof permission === 'string' && ALLOWED_PERMISSIONS.includes(permission) && isAppUrl(requestingUrl, location)
}
