import { describe, expect, it } from 'vitest'
import {
  isPermissionAllowed,
  CONTENT_SECURITY_POLICY,
  EXTERNAL_HOSTS,
  contentSecurityPolicy,
  isAppUrl,
  isLoopbackDevServerUrl,
  isSafeExternalUrl,
  isTrustedIpcSender,
  metaContentSecurityPolicy,
  secureWebPreferences,
  withContentSecurityPolicy,
  type AppLocation
} from '../../src/core/security-policy'

/** A policy string as a map of directive -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    expect(directives.has(name), `${name} appears once`).toBe(false)
    directives.set(name, sources)
  }
  return directives
}

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js')

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false]
  ] as const)('sets %s to %s', (flag, value) => {
    expect(prefs[flag]).toBe(value)
  })

  it('passes the preload path through and sets nothing else', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js')
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag'
      ].sort()
    )
  })

  it('returns a fresh object each time, so one window cannot loosen another', () => {
    expect(secureWebPreferences('a')).not.toBe(secureWebPreferences('a'))
  })
})

describe('contentSecurityPolicy', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY)

  it('is the production policy by default', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY)
    expect(contentSecurityPolicy({})).toBe(CONTENT_SECURITY_POLICY)
  })

  it('spells out the exact production policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'none'; frame-src 'none'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
  })

  it("denies by default: default-src 'none'", () => {
    expect(policy.get('default-src')).toEqual(["'none'"])
  })

  it('lets scripts come only from the app itself', () => {
    expect(policy.get('script-src')).toEqual(["'self'"])
  })

  it('never allows eval, inline scripts, wasm eval or a remote script origin anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/)
        expect(source, name).not.toMatch(/^(https?|wss?):|^\*|\*/)
        if (name !== 'style-src') expect(source, name).not.toBe("'unsafe-inline'")
      }
    }
  })

  it('allows inline styles only (Vue style bindings, ECharts)', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
  })

  it.each([
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]]
  ])('sets %s to %j', (name, sources) => {
    expect(policy.get(name)).toEqual(sources)
  })

  it('lets the dev server and its hot-reload socket in, and nothing else changes', () => {
    const dev = parsePolicy(contentSecurityPolicy({ devServerUrl: 'http://localhost:5173/' }))
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173'])
    for (const [name, sources] of policy) {
      if (name !== 'connect-src') expect(dev.get(name), name).toEqual(sources)
    }
  })

  it('uses wss: for an https dev server', () => {
    const dev = parsePolicy(contentSecurityPolicy({ devServerUrl: 'https://127.0.0.1:5443' }))
    expect(dev.get('connect-src')).toEqual(["'self'", 'https://127.0.0.1:5443', 'wss://127.0.0.1:5443'])
  })

  it.each(['http://evil.example:5173', 'file:///tmp/x', 'not a url', 'http://user:pw@localhost:5173'])(
    'refuses a dev server that is not on loopback: %s',
    (devServerUrl) => {
      expect(() => contentSecurityPolicy({ devServerUrl })).toThrow(/loopback/)
    }
  )

  it('builds the meta policy from the same directives, minus frame-ancestors', () => {
    const meta = parsePolicy(metaContentSecurityPolicy())
    expect(meta.has('frame-ancestors')).toBe(false)
    const expected = new Map(policy)
    expected.delete('frame-ancestors')
    expect(meta).toEqual(expected)
  })
})

describe('withContentSecurityPolicy', () => {
  it('adds the policy to headers that have none', () => {
    expect(withContentSecurityPolicy({ 'Content-Type': ['text/html'] }, 'P')).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ['P']
    })
  })

  it('keeps a policy the server sent (policies intersect) under its own spelling', () => {
    expect(withContentSecurityPolicy({ 'content-security-policy': ["default-src 'self'"] }, 'P')).toEqual({
      'content-security-policy': ["default-src 'self'", 'P']
    })
  })

  it('copies, never mutates, and copes with missing headers', () => {
    const original = { a: ['1'] }
    const result = withContentSecurityPolicy(original, 'P')
    expect(original).toEqual({ a: ['1'] })
    expect(result.a).not.toBe(original.a)
    expect(withContentSecurityPolicy(undefined, 'P')).toEqual({ 'Content-Security-Policy': ['P'] })
  })
})

describe('isSafeExternalUrl', () => {
  it.each([
    'https://ccc-v2.aliyun.com/#/workbench/ccc-test',
    'https://ccc-v2.aliyun.com',
    'https://ccc-v2.aliyun.com/',
    'https://ccc.console.aliyun.com/overview?region=cn-shanghai',
    'https://help.aliyun.com/zh/ccc/developer-reference/api-ccc-2020-07-01-getinstance',
    'https://www.alibabacloud.com/help/en/contact-center',
    'https://api.aliyun.com/api/CCC/2020-07-01/GetInstance',
    'https://ram.console.aliyun.com/users',
    'HTTPS://HELP.ALIYUN.COM/document',
    'https://help.aliyun.com:443/document',
    'https://help.aliyun.com/search?q=%E5%91%BC%E5%8F%AB%E4%B8%AD%E5%BF%83'
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    // Wrong scheme
    ['plain http', 'http://ccc-v2.aliyun.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with a host-like comment', 'javascript://ccc-v2.aliyun.com/%0aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['file: with an allowed host', 'file://ccc-v2.aliyun.com/etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['ftp:', 'ftp://help.aliyun.com/'],
    ['wss:', 'wss://ccc-v2.aliyun.com/'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://help.aliyun.com/share'],
    ['scheme-relative', '//ccc-v2.aliyun.com/'],
    ['no scheme', 'ccc-v2.aliyun.com'],
    ['https without slashes', 'https:ccc-v2.aliyun.com'],
    ['https with one slash', 'https:/ccc-v2.aliyun.com'],
    // Look-alike hosts
    ['allowed host as a subdomain of another', 'https://ccc-v2.aliyun.com.evil.com/'],
    ['allowed host in the path', 'https://evil.com/ccc-v2.aliyun.com'],
    ['allowed host in the query', 'https://evil.com/?next=https://ccc-v2.aliyun.com'],
    ['allowed host as the user name', 'https://ccc-v2.aliyun.com@evil.com/'],
    ['allowed host as user and password', 'https://ccc-v2.aliyun.com:443@evil.com/'],
    ['a sibling subdomain', 'https://evil.aliyun.com/'],
    ['the parent domain', 'https://aliyun.com/'],
    ['a prefix of an allowed host', 'https://v2.aliyun.com/'],
    ['a suffix match', 'https://xccc-v2.aliyun.com/'],
    ['trailing dot', 'https://ccc-v2.aliyun.com./'],
    ['punycode look-alike', 'https://xn--ccc-v2-9ve.aliyun.com/'],
    ['Cyrillic look-alike', 'https://ссс-v2.aliyun.com/'],
    ['fullwidth dots', 'https://ccc-v2．aliyun．com/'],
    ['percent-encoded dot', 'https://ccc-v2%2ealiyun.com/'],
    ['an IP address', 'https://47.96.0.1/'],
    ['localhost', 'https://localhost/'],
    // Credentials and ports
    ['credentials', 'https://user:password@ccc-v2.aliyun.com/'],
    ['a user name only', 'https://user@ccc-v2.aliyun.com/'],
    ['an empty user info', 'https://@ccc-v2.aliyun.com/'],
    ['a non-default port', 'https://ccc-v2.aliyun.com:8443/'],
    ['port 80 on https', 'https://ccc-v2.aliyun.com:80/'],
    ['an empty port', 'https://ccc-v2.aliyun.com:/'],
    // Parser differentials
    ['a backslash authority trick', 'https://ccc-v2.aliyun.com\\@evil.com/'],
    ['a backslash instead of slashes', 'https:\\\\ccc-v2.aliyun.com\\'],
    ['a tab in the host', 'https://ccc-v2.aliyun\t.com/'],
    ['a newline in the host', 'https://ccc-v2.aliyun.com\n.evil.com/'],
    ['leading whitespace', ' https://ccc-v2.aliyun.com/'],
    ['trailing whitespace', 'https://ccc-v2.aliyun.com/ '],
    ['a NUL byte', 'https://ccc-v2.aliyun.com/\u0000'],
    ['a right-to-left override', 'https://ccc-v2.aliyun.com/\u202egpj.exe'],
    ['a zero-width space', 'https://ccc-v2.aliyun.com\u200b/'],
    ['a space in the path', 'https://ccc-v2.aliyun.com/a b'],
    // Not a usable string
    ['empty', ''],
    ['too long', `https://ccc-v2.aliyun.com/${'a'.repeat(2048)}`],
    ['not a URL', 'not a url']
  ])('refuses %s', (_why, url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })

  it.each([undefined, null, 42, {}, [], ['https://ccc-v2.aliyun.com/'], new URL('https://ccc-v2.aliyun.com/')])(
    'refuses a non-string: %j',
    (value) => {
      expect(isSafeExternalUrl(value)).toBe(false)
    }
  )

  it('allows every listed host at its root, and the list is exactly the documented one', () => {
    for (const host of EXTERNAL_HOSTS) expect(isSafeExternalUrl(`https://${host}/`), host).toBe(true)
    expect([...EXTERNAL_HOSTS].sort()).toEqual(
      [
        'api.aliyun.com',
        'ccc-v2.aliyun.com',
        'ccc.console.aliyun.com',
        'help.aliyun.com',
        'ram.console.aliyun.com',
        'www.alibabacloud.com'
      ].sort()
    )
    expect(Object.isFrozen(EXTERNAL_HOSTS)).toBe(true)
  })
})

describe('isLoopbackDevServerUrl', () => {
  it.each(['http://localhost:5173', 'http://127.0.0.1:5173/', 'http://[::1]:5173', 'https://localhost:5443'])(
    'accepts %s',
    (url) => expect(isLoopbackDevServerUrl(url)).toBe(true)
  )
  it.each([
    'http://evil.com:5173',
    'http://localhost.evil.com:5173',
    'http://127.0.0.2.nip.io',
    'http://user@localhost:5173',
    'ws://localhost:5173',
    'file:///index.html',
    '',
    undefined,
    42
  ])('refuses %s', (url) => expect(isLoopbackDevServerUrl(url)).toBe(false))
})

describe('isAppUrl', () => {
  const packaged: AppLocation = { rendererIndexUrl: 'app://renderer/index.html' }
  const dev: AppLocation = { ...packaged, devServerUrl: 'http://localhost:5173/' }

  it.each([
    'app://renderer/index.html',
    'app://renderer/./index.html',
    'app://renderer/index.html#/instances/ccc-test',
    'app://renderer/index.html?view=reports'
  ])('packaged: accepts the index page %s', (url) => {
    expect(isAppUrl(url, packaged)).toBe(true)
  })

  it.each([
    ['another file', 'file:///etc/passwd'],
    ['the renderer page as a file', 'file:///opt/CCC%20Supervisor/resources/app.asar/out/renderer/index.html'],
    ['a sibling file', 'app://renderer/other.html'],
    ['a path climbing out', 'app://renderer/index.html/../../x.html'],
    ['another host of the scheme', 'app://evil-host/index.html'],
    ['a port on the app host', 'app://renderer:8080/index.html'],
    ['user info before the app host', 'app://evil@renderer/index.html'],
    ['the dev server', 'http://localhost:5173/'],
    ['a website', 'https://ccc-v2.aliyun.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
    ['about:blank', 'about:blank'],
    ['empty', ''],
    ['garbage', 'not a url']
  ])('packaged: refuses %s', (_why, url) => {
    expect(isAppUrl(url, packaged)).toBe(false)
  })

  it.each(['http://localhost:5173/', 'http://localhost:5173/index.html', 'http://localhost:5173/src/main.ts?t=1#x'])(
    'dev: accepts the dev server origin %s',
    (url) => {
      expect(isAppUrl(url, dev)).toBe(true)
    }
  )

  it.each([
    ['another port', 'http://localhost:5174/'],
    ['another loopback name', 'http://127.0.0.1:5173/'],
    ['https instead of http', 'https://localhost:5173/'],
    ['a look-alike host', 'http://localhost.evil.com:5173/'],
    ['the packaged page, which dev does not load', packaged.rendererIndexUrl],
    ['a website', 'https://ccc-v2.aliyun.com/']
  ])('dev: refuses %s', (_why, url) => {
    expect(isAppUrl(url, dev)).toBe(false)
  })

  it('trusts nothing when the dev server is not on loopback', () => {
    const tampered: AppLocation = { ...packaged, devServerUrl: 'https://evil.example/' }
    expect(isAppUrl('https://evil.example/', tampered)).toBe(false)
    expect(isAppUrl(packaged.rendererIndexUrl, tampered)).toBe(false)
  })

  it('trusts nothing when the index is not on the app origin', () => {
    expect(isAppUrl('https://evil.example/index.html', { rendererIndexUrl: 'https://evil.example/index.html' })).toBe(false)
    expect(isAppUrl('file:///app/index.html', { rendererIndexUrl: 'file:///app/index.html' })).toBe(false)
  })

  it.each([undefined, null, 42, {}])('refuses a non-string: %j', (url) => {
    expect(isAppUrl(url, packaged)).toBe(false)
  })
})

describe('isTrustedIpcSender', () => {
  const location: AppLocation = { rendererIndexUrl: 'app://renderer/index.html' }
  const appPage = 'app://renderer/index.html'

  it("trusts the app's own top-level page", () => {
    expect(isTrustedIpcSender({ frameUrl: appPage, isMainFrame: true }, location)).toBe(true)
    expect(isTrustedIpcSender({ frameUrl: `${appPage}#/reports`, isMainFrame: true }, location)).toBe(true)
  })

  it('refuses a sub-frame, even one showing the app page', () => {
    expect(isTrustedIpcSender({ frameUrl: appPage, isMainFrame: false }, location)).toBe(false)
  })

  it.each([
    ['a foreign website', 'https://evil.example/'],
    ['an allowed external host', 'https://ccc-v2.aliyun.com/'],
    ['another local file', 'file:///tmp/evil.html'],
    ['the renderer page as a file', 'file:///app/out/renderer/index.html'],
    ['a data: page', 'data:text/html,<script>api.getSession()</script>'],
    ['about:blank', 'about:blank'],
    ['the dev server when not in dev', 'http://localhost:5173/']
  ])('refuses %s', (_why, frameUrl) => {
    expect(isTrustedIpcSender({ frameUrl, isMainFrame: true }, location)).toBe(false)
  })

  it('refuses a sender whose frame has gone (no URL)', () => {
    expect(isTrustedIpcSender({ frameUrl: undefined, isMainFrame: true }, location)).toBe(false)
    expect(isTrustedIpcSender({ frameUrl: '', isMainFrame: true }, location)).toBe(false)
  })

  it('in dev, trusts the dev server page and nothing else', () => {
    const dev: AppLocation = { ...location, devServerUrl: 'http://localhost:5173' }
    expect(isTrustedIpcSender({ frameUrl: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true)
    expect(isTrustedIpcSender({ frameUrl: 'http://localhost:5173/', isMainFrame: false }, dev)).toBe(false)
    expect(isTrustedIpcSender({ frameUrl: 'http://localhost:9999/', isMainFrame: true }, dev)).toBe(false)
  })
})

describe('isPermissionAllowed', () => {
  const location = { rendererIndexUrl: 'app://renderer/index.html' }
  const app = `${location.rendererIndexUrl}#/instances/ccc-demo/realtime`

  it.each(['fullscreen', 'clipboard-sanitized-write'])('allows %s to the app page only', (permission) => {
    expect(isPermissionAllowed(permission, app, location)).toBe(true)
    expect(isPermissionAllowed(permission, 'https://evil.example/', location)).toBe(false)
    expect(isPermissionAllowed(permission, undefined, location)).toBe(false)
  })

  it.each(['media', 'clipboard-read', 'notifications', 'geolocation', 'openExternal', 'hid', '', undefined])('denies %s even to the app', (permission) => {
    expect(isPermissionAllowed(permission, app, location)).toBe(false)
  })
})
