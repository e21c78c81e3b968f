/**
 * End-to-end harness: main's real services behind the loopback test host, the browser build of the
 * renderer in Debian's Chromium (playwright-core, never a downloaded browser), a private keyring,
 * and a simulator the tests can inject faults into.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { CccClientOptions } from '../../src/core/ccc/client'
import { createServices, type Services } from '../../src/core/services'
import { isSafeExternalUrl } from '../../src/core/security-policy'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../src/simulator'
import { startTestHost, type TestHost } from '../../src/test-host/server'
import { chromiumPdfPrinter } from '../helpers/chromium-pdf'
import { startPrivateKeyring, useKeyring, type PrivateKeyring } from '../helpers/private-keyring'
import { testClock } from '../helpers/test-clock'

export const CHROMIUM = '/usr/bin/chromium'
export const WEB_ROOT = process.env.CCC_WEB_OUT ? join(__dirname, '../..', process.env.CCC_WEB_OUT) : join(__dirname, '../../out/web')
export const SCREENSHOTS = join(__dirname, '../../test-results/screenshots')

/** E2E needs the browser and the web build; CI installs and builds both, so there they must run. */
export const e2eReady = (existsSync(CHROMIUM) && existsSync(join(WEB_ROOT, 'index.html'))) || process.env.CI === 'true'

export interface Console {
  host: TestHost
  services: Services
  sim: Simulator
  browser: Browser
  page: Page
  /** The data folder, where the (stand-in) export dialog points unless `exportFolder` says otherwise. */
  exportDir: string
  /** The folder the stand-in export dialog answers with next (null: the user cancels); `exportDir` by default. */
  exportFolder: string | null
  /** The file the stand-in open dialog answers with next (null: the user cancels). */
  snapshotToOpen: string | null
  /** URLs the app asked to open externally. */
  opened: string[]
  /** Errors the page threw or logged: a test can assert there were none. */
  pageErrors: string[]
  open(route: string): Promise<void>
  /**
   * Playwright's clock, installed at `time` for this context's pages (a spec with `clock: 'manual'`);
   * its Date made subclassable first, as the native one is, so zoned dates work under it.
   */
  installClock(time: number): Promise<void>
  /**
   * Stops the test host and main's services and starts them again on the same data folder (as
   * quitting and starting the app would); the page must be opened again, at the new host's URL.
   */
  restart(): Promise<void>
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

export interface ConsoleOptions {
  locale?: string
  colorScheme?: 'light' | 'dark'
  /** Main's CCC client: short retries by default; the soak also shortens the timeout. */
  clientOptions?: Partial<CccClientOptions>
  /**
   * `pinned` (default): the page, main and the simulated instances all start at the spec's pinned
   * day and run at real speed. `manual`: the spec installs and drives the page's clock itself.
   */
  clock?: 'pinned' | 'manual'
  /** The pinned clock itself: testClock unless a spec needs another moment of the pinned day (it runs at real speed too). */
  now?: () => number
  /** The clock the simulator's request log stamps arrivals with (the soak's simulated clock); default the instances'. */
  requestClock?: () => number
  /** Browser permissions the page has from the start (`notifications` for the alert specs). */
  permissions?: string[]
  /** Main keeps the day so far in the data folder, as the app and the web demo do. */
  history?: boolean
  /** The browser's own zone (the machine's by default): a spec of zoned times sets one unlike the instance's. */
  timezoneId?: string
}

/**
 * Runs in the page before its scripts: Date reads the pinned day, offset from the real clock, and
 * timers keep real time. Playwright's own clock returns plain Dates from its Date constructor,
 * which breaks subclasses such as date-fns' TZDate (every zoned time would read as UTC).
 */
function pinPageClock(offsetMs: number): void {
  const NativeDate = Date
  function PinnedDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new NativeDate(NativeDate.now() + offsetMs).toString()
    return Reflect.construct(NativeDate, args.length === 0 ? [NativeDate.now() + offsetMs] : args, new.target)
  }
  PinnedDate.prototype = NativeDate.prototype
  Object.setPrototypeOf(PinnedDate, NativeDate)
  PinnedDate.now = (): number => NativeDate.now() + offsetMs
  globalThis.Date = PinnedDate as unknown as DateConstructor
}

/**
 * Runs after Playwright's clock is installed: its Date constructor returns plain Dates whatever
 * class is being built, so `class TZDate extends Date` (date-fns' zoned dates) would build a plain
 * Date that has none of TZDate's methods and reads every time as UTC. This one builds the class
 * asked for on the clock's time. (Playwright 1.65's ClockDate ignores `new.target`.)
 */
function subclassableClockDate(): void {
  const ClockDate = Date
  function SubclassableDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return (ClockDate as unknown as () => string)()
    const date = Reflect.construct(ClockDate, args) as object
    if (new.target !== SubclassableDate) Object.setPrototypeOf(date, (new.target as { prototype: object }).prototype)
    return date
  }
  SubclassableDate.prototype = ClockDate.prototype
  Object.setPrototypeOf(SubclassableDate, ClockDate)
  globalThis.Date = SubclassableDate as unknown as DateConstructor
}

export async function startConsole(options: ConsoleOptions = {}): Promise<Console> {
  const keyring: PrivateKeyring = await startPrivateKeyring('unlocked')
  useKeyring(keyring)
  const dataDir = await mkdtemp(join(tmpdir(), 'ccc-e2e-'))
  const browserHome = await mkdtemp(join(tmpdir(), 'ccc-e2e-chromium-'))
  // The instances live on the pinned day; the gateway checks the real clock pop-core signs with.
  const now = options.now ?? testClock
  const sim = await startSimulator({ seed: 2026, now, gatewayNow: Date.now, ...(options.requestClock ? { requestClock: options.requestClock } : {}) })
  const opened: string[] = []
  const state: { snapshotToOpen: string | null; exportFolder: string | null } = { snapshotToOpen: null, exportFolder: dataDir }
  // The browser starts below; the printer only needs it once an export runs.
  // eslint-disable-next-line prefer-const
  let browser: Browser
  const makeServices = (): Services => createServices({
    dataDir,
    keychain: 'CCC Supervisor (e2e)',
    env: {},
    appInfo: { version: 'e2e', platform: 'linux' },
    // The app's allow-list decides; only the hand-off to the OS browser is recorded instead.
    openExternal: async (url) => {
      if (!isSafeExternalUrl(url)) return false
      opened.push(url)
      return true
    },
    chooseExportFolder: async () => state.exportFolder,
    // What the stand-in open dialog answers: a test sets `console.snapshotToOpen`.
    chooseSnapshotFile: async () => state.snapshotToOpen,
    printPdf: chromiumPdfPrinter(() => browser),
    now,
    clientOptions: { retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 }, ...options.clientOptions },
    ...(options.history ? { history: {} } : {})
  })
  let services = makeServices()
  let host = await startTestHost({ webRoot: WEB_ROOT, services })
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage'
    ],
    env: { ...process.env, XDG_CONFIG_HOME: browserHome, XDG_CACHE_HOME: browserHome, HOME: browserHome }
  })
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    permissions: options.permissions ?? [],
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {})
  })
  if ((options.clock ?? 'pinned') === 'pinned') await context.addInitScript(pinPageClock, now() - Date.now())
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await mkdir(SCREENSHOTS, { recursive: true })
  return {
    get snapshotToOpen() {
      return state.snapshotToOpen
    },
    set snapshotToOpen(path: string | null) {
      state.snapshotToOpen = path
    },
    get exportFolder() {
      return state.exportFolder
    },
    set exportFolder(path: string | null) {
      state.exportFolder = path
    },
    get host() {
      return host
    },
    get services() {
      return services
    },
    sim,
    browser,
    page,
    opened,
    exportDir: dataDir,
    pageErrors,
    open: async (route) => {
      await page.goto(`${host.url}${route}`)
      // vue-router ignores hash changes until its first navigation is done (and then rewrites the
      // hash to that first page), so the next open waits for it. A string, since the page's CSP
      // refuses waitForFunction's evaluation; watched, not polled, since the soak fakes the timers.
      await page.evaluate(`new Promise((resolve) => {
        const root = document.querySelector('#app')
        const routed = () => {
          const router = root?.__vue_app__?.config.globalProperties.$router
          if (router) void router.isReady().then(resolve, resolve)
          return Boolean(router)
        }
        if (routed()) return
        const mounting = new MutationObserver(() => routed() && mounting.disconnect())
        mounting.observe(root ?? document.documentElement, { childList: true, subtree: true })
      })`)
    },
    installClock: async (time) => {
      await page.clock.install({ time })
      // For the pages loaded from now on (after the clock's own script), and for this one, whose
      // later chunks (the zoned-date code among them) have yet to load.
      await context.addInitScript(subclassableClockDate)
      await page.evaluate(subclassableClockDate)
    },
    restart: async () => {
      await host.close()
      await services.close()
      services = makeServices()
      host = await startTestHost({ webRoot: WEB_ROOT, services })
    },
    screenshot: async (name) => {
      const path = join(SCREENSHOTS, `${name}.png`)
      await page.screenshot({ path, fullPage: true })
      return path
    },
    close: async () => {
      await browser.close()
      await host.close()
      await services.close()
      await sim.close()
      await keyring.stop()
      await rm(dataDir, { recursive: true, force: true })
      await rm(browserHome, { recursive: true, force: true })
    }
  }
}

/** A keychain profile of the demo account on the console's own simulator, made the session. */
export async function activateSimProfile(app: Console, name: string, instanceIds: string[]): Promise<void> {
  const profile = await app.services.profiles.save({
    name,
    accessKeyId: DEMO_CREDENTIALS.accessKeyId,
    accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
    endpoint: app.sim.url,
    instanceIds,
    storage: 'keychain'
  })
  await app.services.sessions.activate(profile.id)
}
