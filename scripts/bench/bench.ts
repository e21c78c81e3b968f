/**
 * `npm run bench`: prints the figures the README records. Not a test: nothing here passes or
 * fails, it measures. Everything runs on loopback against the built-in simulator, with Debian's
 * Chromium for the renderer and the PDF.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { Agent, createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { serialize } from 'node:v8'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from 'playwright-core'
import OpenApi, { Config, OpenApiRequest, Params } from '@alicloud/openapi-client'
import RPCClient from '@alicloud/pop-core'
import { CccClient, DEFAULT_RATE_LIMITS } from '../../src/core/ccc/client'
import { parseCccBody } from '../../src/core/ccc/json-body'
import { MemorySecretStore } from '../../src/core/credentials/memory-secret-store'
import { exportSnapshot, EXPORT_FORMATS } from '../../src/core/export/export-snapshot'
import { buildSnapshot } from '../../src/core/export/snapshot-builder'
import { createServices, type Services } from '../../src/core/services'
import { HistoryStore } from '../../src/core/history/history-store'
import { DAY_MS } from '../../src/shared/ccc/range-split'
import { packTables, unpackTables } from '../../src/shared/ipc/wire-tables'
import { reportPresetRange } from '../../src/shared/ccc/report-range'
import { DEMO_CREDENTIALS, signedQuery, startSimulator } from '../../src/simulator'
import { startTestHost } from '../../src/test-host/server'
// The tests' printer: the same HTML the app prints with printToPDF, printed by Chromium.
import { chromiumPdfPrinter } from '../../test/helpers/chromium-pdf'
import { call, commonParams } from '../../test/simulator/signed-call'
import { firstLoadFiles, gzipBytes, readManifest } from '../../test/helpers/first-load'

const ROOT = resolve(__dirname, '../..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

interface Row {
  section: string
  measure: string
  value: string
  goal?: string
}
const rows: Row[] = []
const record = (section: string, measure: string, value: string, goal?: string): void => {
  rows.push({ section, measure, value, ...(goal ? { goal } : {}) })
  process.stderr.write(`  ${section}: ${measure} = ${value}\n`)
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`
const us = (value: number): string => `${(value * 1000).toFixed(1)} µs`
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

/**
 * Medians of `rounds` timings of each of `fns`, taken in turn (raw, then client, then raw…) so that
 * each sees the same machine: GC, JIT and the other core's load fall on all of them alike.
 */
async function timeInTurn<K extends string>(fns: Record<K, () => Promise<unknown>>, rounds: number, warm = 200): Promise<Record<K, number>> {
  const names = Object.keys(fns) as K[]
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>
  for (let i = 0; i < warm; i++) for (const name of names) await fns[name]()
  for (let i = 0; i < rounds; i++) {
    for (const name of names) {
      const start = performance.now()
      await fns[name]()
      samples[name].push(performance.now() - start)
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])])) as Record<K, number>
}

/** Median of `rounds` timings of `fn` (after `warm` unmeasured runs). */
async function timeIt(fn: () => unknown, rounds: number, warm = Math.min(20, rounds)): Promise<number> {
  for (let i = 0; i < warm; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

function listen(server: Server): Promise<string> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))
}

// Kept alive, as pop-core's own agent is: the comparison is of the work per call, not of connects.
const rawAgent = new Agent({ keepAlive: true })

function rawGet(url: string): Promise<unknown> {
  return new Promise((done, fail) => {
    const req = request(url, { agent: rawAgent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => done(JSON.parse(Buffer.concat(chunks).toString('utf8'))))
      res.on('error', fail)
    })
    req
      .on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed as it was reused (idle for its 5 s on a loaded
        // machine): asked again on a new one, as Node's docs for reusedSocket do.
        if (req.reusedSocket && error.code === 'ECONNRESET') rawGet(url).then(done, fail)
        else fail(error)
      })
      .end()
  })
}

const UNLIMITED = Object.fromEntries(Object.keys(DEFAULT_RATE_LIMITS).map((action) => [action, { limit: 1e9, windowMs: 1000 }]))

/** openapi-client as the generated SDKs call it (signature v3, POST, parameters in the query, JSON body). */
function openApiCall(client: OpenApi, action: string, version: string, query: Record<string, string>): Promise<unknown> {
  const params = new Params({ action, version, protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' })
  return client.callApi(params, new OpenApiRequest({ query }), OPENAPI_RUNTIME)
}
const OPENAPI_RUNTIME = { autoretry: false, readTimeout: 10_000, connectTimeout: 5_000 } as unknown as Parameters<OpenApi['callApi']>[2]

const BODIES = [
  { label: 'GetRealtimeInstanceStates ccc-demo', action: 'GetRealtimeInstanceStates', version: '2020-07-01', instanceId: 'ccc-demo', rounds: 3000 },
  { label: 'GetInstance ccc-demo', action: 'GetInstance', version: '2020-07-01', instanceId: 'ccc-demo', rounds: 2000 },
  { label: 'GetInstance ccc-large', action: 'GetInstance', version: '2020-07-01', instanceId: 'ccc-large', rounds: 300 }
] as const

/**
 * The client's own cost per call: the same answer body served by a server that does no work, and
 * four callers timed in turn — a keep-alive raw GET with JSON.parse, pop-core alone (with the
 * client's parser), Alibaba's openapi-client (the generated SDKs' core, signature v3), and CccClient
 * (pop-core, then normalising). Each is printed as a ratio to openapi-client, the peer to beat.
 */
async function benchClient(): Promise<void> {
  const sim = await startSimulator({ seed: 3 })
  try {
    for (const { label, action, version, instanceId, rounds } of BODIES) {
      // The real answer, fetched once with a hand-signed request.
      const body = (await call(sim, action, { params: { InstanceId: instanceId } })).text
      const fixed = createServer((req, res) => {
        req.resume()
        req.on('end', () => res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' }).end(body))
      })
      const url = await listen(fixed)
      try {
        // The per-API limit (a few calls a second) would measure waiting, not the client's own work.
        const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: url, retry: { maxAttempts: 1 }, rateLimits: UNLIMITED })
        const rpc = new RPCClient({ endpoint: url, apiVersion: version, ...DEMO_CREDENTIALS, parse: parseCccBody })
        const openApi = new OpenApi(new Config({ ...DEMO_CREDENTIALS, endpoint: new URL(url).host, protocol: 'HTTP' }))
        const ccc = action === 'GetInstance' ? () => client.getInstance(instanceId) : () => client.getRealtimeInstanceStates(instanceId)
        const t = await timeInTurn(
          {
            raw: () => rawGet(`${url}/?Action=${action}`),
            popCore: () => rpc.request(action, { InstanceId: instanceId }, { method: 'POST', timeout: 10_000, formatParams: false }),
            openApi: () => openApiCall(openApi, action, version, { InstanceId: instanceId }),
            client: ccc
          },
          rounds
        )
        const ratio = (value: number): string => `${(value / t.openApi).toFixed(2)}×`
        record('client', `${label} (${kb(body.length)} body): raw keep-alive GET + JSON.parse`, `${ms(t.raw)} (${ratio(t.raw)})`)
        record('client', `${label}: pop-core alone (sign v1, send, parse)`, `${ms(t.popCore)} (${ratio(t.popCore)})`)
        record('client', `${label}: openapi-client (sign v3, send, parse)`, ms(t.openApi))
        record('client', `${label}: CccClient (pop-core, normalise)`, ms(t.client))
        record('client', `${label}: CccClient / openapi-client`, ratio(t.client), '≤ 1.00×')
      } finally {
        fixed.close()
      }
    }
    const end2end = await timeIt(
      () => new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, retry: { maxAttempts: 1 }, rateLimits: UNLIMITED }).getInstance('ccc-large'),
      100
    )
    record('client', 'GetInstance ccc-large: round trip to the simulator (its work included)', ms(end2end))
    const signParams = {
      Action: 'ListIntervalInstanceReport', Format: 'JSON', Version: '2020-07-01', AccessKeyId: DEMO_CREDENTIALS.accessKeyId,
      SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', SignatureNonce: '3f2a9c1e-0000-4000-8000-000000000000',
      Timestamp: '2026-11-29T08:00:00Z', InstanceId: 'ccc-demo', StartTime: '1764000000000', EndTime: '1764864000000', Interval: 'Hourly'
    }
    const signing = await timeIt(() => signedQuery(signParams, DEMO_CREDENTIALS.accessKeySecret, 'POST'), 20_000, 2_000)
    record('client', 'signing alone (canonical query + HMAC-SHA1)', us(signing))
  } finally {
    await sim.close()
  }
}

/** Main's services on the built-in demo, with no keychain, dialogs or links. */
const benchServices = (dataDir: string, clientOptions?: Parameters<typeof createServices>[0]['clientOptions']): Services =>
  createServices({
    dataDir,
    ...(clientOptions ? { clientOptions } : {}),
    keychain: new MemorySecretStore(),
    env: {},
    appInfo: { version: 'bench', platform: process.platform },
    openExternal: async () => false,
    chooseExportFolder: async () => null,
    chooseSnapshotFile: async () => null
  })

/**
 * What crosses IPC for the biggest replies: bytes and structured-clone time as rows, and as the
 * tables ipcMain sends (packing in main and unpacking in the page counted in), side by side.
 */
async function benchIpc(dataDir: string): Promise<void> {
  const services = benchServices(dataDir)
  try {
    const now = Date.now()
    const cases = [
      ['10-day hourly interval report', () => services.handlers.listIntervalInstanceReport({ instanceId: 'ccc-demo', startTime: now - 10 * DAY_MS + 60_000, endTime: now, interval: 'Hourly' })],
      ['7-day trend report', () => services.handlers.getInstanceTrendingReport({ instanceId: 'ccc-demo', startTime: now - 7 * DAY_MS + 60_000, endTime: now })],
      ['180-day trend report', () => services.handlers.getInstanceTrendingReport({ instanceId: 'ccc-demo', startTime: now - 180 * DAY_MS + 60_000, endTime: now })],
      ['1,200 agents\' states', () => services.handlers.listRealtimeAgentStates({ instanceId: 'ccc-large' })]
    ] as const
    for (const [name, fetchIt] of cases) {
      const reply = { ok: true, data: await (fetchIt as () => Promise<unknown>)() }
      const clone = await timeIt(() => structuredClone(reply), 50)
      const tables = await timeIt(() => unpackTables(structuredClone(packTables(reply))), 50)
      record('ipc', `${name}: structured-clone payload, as rows / as tables`, `${kb(serialize(reply).byteLength)} / ${kb(serialize(packTables(reply)).byteLength)}`)
      record('ipc', `${name}: structured clone as rows`, ms(clone))
      record('ipc', `${name}: as tables (pack, clone, unpack) / as rows`, `${(tables / clone).toFixed(2)}×`)
    }
  } finally {
    await services.close()
  }
}

const gzipped = async (path: string): Promise<number> => gzipSync(await readFile(path)).byteLength

/** The app's renderer bundle as shipped (out/renderer): everything, gzip. */
async function benchBundle(): Promise<void> {
  const dir = join(ROOT, 'out/renderer/assets')
  let total = 0
  const assets = (await readdir(dir)).filter((f) => /\.(js|css)$/.test(f))
  for (const file of assets) total += await gzipped(join(dir, file))
  record('bundle', `all JS and CSS (${assets.length} files) gzip`, kb(total))
  // What the app loads for its first page (the demo's overview), from the build's manifest.
  const renderer = join(ROOT, 'out/renderer')
  const manifest = readManifest(renderer)
  for (const locale of ['en-US', 'zh-CN']) {
    const files = firstLoadFiles(manifest, 'src/views/InstanceOverviewView.vue', `src/i18n/${locale}.ts`)
    record('bundle', `initial route in the app: the overview in ${locale} (${files.size} files) gzip`, kb(gzipBytes(renderer, files)), '≤ 250 KB')
  }
  // A page that starts dark loads the dark theme before its first paint (main.ts).
  const dark = firstLoadFiles(manifest, 'src/views/InstanceOverviewView.vue', 'src/i18n/en-US.ts', 'src/styles/dark-theme.ts')
  record('bundle', `initial route in the app, dark theme, en-US (${dark.size} files) gzip`, kb(gzipBytes(renderer, dark)), '≤ 250 KB')
}

// Page-side code as text: this file is type-checked for Node, which has no DOM.
const NEXT_FRAME = 'new Promise((done) => requestAnimationFrame(done))'
/** Clicks a report group and times it to the second frame after: Vue patches, then ECharts paints. */
const switchGroup = (name: string): string => `(async () => {
  const button = document.querySelector('[data-testid="group-${name}"] input') ?? document.querySelector('[data-testid="group-${name}"]')
  const start = performance.now()
  button.click()
  await ${NEXT_FRAME}
  await ${NEXT_FRAME}
  return performance.now() - start
})()`

/** The renderer in Chromium: overview of 600 numbers, and a report chart update. */
async function benchRenderer(browser: Browser, dataDir: string): Promise<void> {
  const services = benchServices(dataDir)
  const host = await startTestHost({ webRoot: join(ROOT, 'out/web'), services })
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } })
  try {
    const page = await context.newPage()
    // What the first page a user sees (the demo's overview) loads: the initial route.
    const loaded = new Set<string>()
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname
      if (/\.(js|css)$/.test(path)) loaded.add(path)
    })
    await page.goto(`${host.url}#/instances/ccc-large/overview`)
    await page.getByTestId('number-count').filter({ hasText: '600' }).waitFor()
    let initial = 0
    for (const path of loaded) initial += await gzipped(join(ROOT, 'out/web', path))
    if (process.env.BENCH_DEBUG) process.stderr.write(`  loaded: ${[...loaded].join(' ')}\n`)
    // The web build (the app's renderer behind a fetch bridge, as the E2E tests and demo:web serve
    // it), as Chromium loads it: a cross-check of the figure above.
    record('bundle', `initial route in Chromium, web build (${loaded.size} files) gzip`, kb(initial), '≤ 250 KB')
    const overview: number[] = []
    for (let i = 0; i < 5; i++) {
      await page.goto('about:blank')
      const start = performance.now()
      await page.goto(`${host.url}#/instances/ccc-large/overview`)
      await page.getByTestId('number-count').filter({ hasText: '600' }).waitFor()
      await page.evaluate(NEXT_FRAME)
      overview.push(performance.now() - start)
    }
    record('renderer', 'navigation to the overview with 600 numbers rendered', ms(median(overview)))

    await page.goto(`${host.url}#/instances/ccc-demo/reports/interval`)
    await page.locator('.report-chart canvas, .report-chart svg').first().waitFor()
    const switches: number[] = []
    for (let i = 0; i < 10; i++) {
      const group = i % 2 === 0 ? 'Outbound' : 'Inbound'
      switches.push(await page.evaluate<number>(switchGroup(group)))
    }
    record('renderer', 'interval report: switch group (chart and table update)', ms(median(switches)))
  } finally {
    await context.close()
    await host.close()
    await services.close()
  }
}

/**
 * In the page, before its scripts: every long task (over 50 ms) and every click's Event Timing
 * entry (input to the next paint, as the browser measures it), kept for the bench to read.
 */
const OBSERVE_TASKS = `(() => {
  const seen = { tasks: [], clicks: [] }
  window.__benchSeen = seen
  new PerformanceObserver((list) => { for (const e of list.getEntries()) seen.tasks.push({ start: e.startTime, duration: e.duration }) }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'click' || e.name === 'pointerup' || e.name === 'pointerdown') seen.clicks.push({ start: e.startTime, duration: e.duration, name: e.name }) }).observe({ type: 'event', durationThreshold: 0, buffered: true })
  // The rAF-after-click measure, for a browser without Event Timing: the task after the next frame.
  seen.frames = []
  document.addEventListener('click', (event) => {
    const at = event.timeStamp
    requestAnimationFrame(() => setTimeout(() => seen.frames.push({ start: at, paint: performance.now() - at }), 0))
  }, true)
})()`

interface SwitchFigures {
  longest: number
  over50: number
  nextPaint: number
  /** From the click to the task after its next frame, in the page (requestAnimationFrame, then a task). */
  nextFrame: number
  /** From the click to the frame showing the new figures (table and chart). */
  drawn: number
}

/**
 * One switch: clicks `testId`, waits until `ready` (page-side, a state only the new figures
 * produce) and two frames more, then reads what the observers saw from the click on.
 */
async function measureSwitch(page: import('playwright-core').Page, target: string | import('playwright-core').Locator, ready: string): Promise<SwitchFigures> {
  const from = await page.evaluate<number>('performance.now()')
  await (typeof target === 'string' ? page.getByTestId(target) : target).click()
  // Polled every frame, so the time to drawn is the frame that shows the new figures.
  await page.waitForFunction(ready, undefined, { timeout: 120_000, polling: 'raf' })
  const readyAt = await page.evaluate<number>('performance.now()')
  await page.evaluate(`${NEXT_FRAME}.then(() => ${NEXT_FRAME})`)
  // The browser hands Event Timing entries to observers some time after the paint: a switch that
  // is ready at once would otherwise be read before its click's entry came.
  await page
    .waitForFunction(`window.__benchSeen.clicks.some((click) => click.name === 'click' && click.start >= ${from})`, undefined, { timeout: 1_000 })
    .catch(() => undefined)
  const seen = await page.evaluate<{ tasks: Array<{ start: number; duration: number }>; clicks: Array<{ start: number; duration: number }>; frames: Array<{ start: number; paint: number }> }>('window.__benchSeen')
  const tasks = seen.tasks.filter((task) => task.start >= from)
  const clicks = seen.clicks.filter((click) => click.start >= from)
  const frames = seen.frames.filter((frame) => frame.start >= from)
  const nextPaint = clicks.length > 0 ? Math.max(...clicks.map((c) => c.duration)) : Math.max(0, ...frames.map((f) => f.paint))
  const clickedAt = frames[0]?.start ?? from
  return {
    longest: Math.max(0, ...tasks.map((task) => task.duration)),
    over50: tasks.filter((task) => task.duration > 50).length,
    nextPaint,
    nextFrame: frames[0]?.paint ?? Number.NaN,
    drawn: readyAt - clickedAt
  }
}

function recordSwitches(name: string, runs: SwitchFigures[]): void {
  // Median and worst: the machine is shared, and one run's worst says as much about the neighbours.
  const both = (values: number[]): string => `${ms(median(values))}, ${ms(Math.max(...values))}`
  // The long-task API sees only tasks of 50 ms or more: a switch without one has no length to print.
  const longest = (values: number[]): string => (Math.max(...values) === 0 ? 'none of 50 ms or more' : both(values))
  record('reports', `${name}: longest task of 50 ms or more (median, worst of ${runs.length})`, longest(runs.map((r) => r.longest)), '≤ 50 ms')
  record('reports', `${name}: tasks over 50 ms (median, worst)`, `${median(runs.map((r) => r.over50))}, ${Math.max(...runs.map((r) => r.over50))}`, '0')
  record('reports', `${name}: next paint (median, worst)`, both(runs.map((r) => r.nextPaint)), '≤ 100 ms')
  record('reports', `${name}: click to new figures drawn (median, worst)`, both(runs.map((r) => r.drawn)))
}

/** Page-side: the chart's series as drawn, to tell one set of figures from the next. */
const DRAWN = `document.querySelector('[data-testid="report-chart"]')?.getAttribute('data-series-points') ?? ''`
const drawnChanged = (before: string): string => `(${DRAWN}) !== '' && (${DRAWN}) !== ${JSON.stringify(before)}`
const IDLE = `document.querySelector('[aria-busy="true"]') === null`

/**
 * The report switches of issue 14 in Chromium, long tasks and next paint as the page's own
 * PerformanceObserver sees them: the interval report over 7 days hourly (group switched), the
 * trend switched to 180 days, and a group switch on that trend.
 */
async function benchReports(browser: Browser, dataDir: string): Promise<void> {
  // The per-API limit would measure waiting for the limiter, not the page.
  const services = benchServices(dataDir, { rateLimits: UNLIMITED })
  const host = await startTestHost({ webRoot: resolve(ROOT, process.env.BENCH_WEB ?? 'out/web'), services })
  // Playwright evaluates a string predicate as script, which the page's CSP refuses.
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-US', bypassCSP: true })
  await context.addInitScript(OBSERVE_TASKS)
  const ROUNDS = 6
  try {
    const page = await context.newPage()
    await page.goto(`${host.url}#/instances/ccc-demo/reports/interval`)
    await page.locator('[data-testid="report-chart"]').waitFor()
    let drawn = await page.evaluate<string>(DRAWN)
    await page.getByTestId('granularity-Hourly').click()
    await page.waitForFunction(`${drawnChanged(drawn)} && ${IDLE}`, undefined, { timeout: 60_000 })
    const interval: SwitchFigures[] = []
    const groups = ['Outbound', 'Overall', 'Inbound']
    for (let i = 0; i < ROUNDS; i++) {
      drawn = await page.evaluate<string>(DRAWN)
      interval.push(await measureSwitch(page, `group-${groups[i % groups.length]}`, drawnChanged(drawn)))
    }
    recordSwitches('interval, 7 days hourly: switch group', interval)

    await page.goto(`${host.url}#/instances/ccc-demo/reports/trend`)
    await page.locator('[data-testid="report-chart"]').waitFor()
    const toLong: SwitchFigures[] = []
    const trendGroups: SwitchFigures[] = []
    for (let i = 0; i < 3; i++) {
      drawn = await page.evaluate<string>(DRAWN)
      // 180 days drawn day by day, by default: a state only the long range produces.
      toLong.push(await measureSwitch(page, 'range-preset-last180Days', `document.querySelector('[data-testid="trend-bucket"]')?.getAttribute('data-bucket-ms') === '86400000' && ${drawnChanged(drawn)} && ${IDLE}`))
      for (let j = 0; j < 2; j++) {
        drawn = await page.evaluate<string>(DRAWN)
        trendGroups.push(await measureSwitch(page, `group-${(i * 2 + j) % 2 === 0 ? 'Outbound' : 'Inbound'}`, drawnChanged(drawn)))
      }
      drawn = await page.evaluate<string>(DRAWN)
      await page.getByTestId('range-preset-last7Days').click()
      await page.waitForFunction(drawnChanged(drawn), undefined, { timeout: 60_000 })
    }
    recordSwitches('trend: switch range to 180 days (click to drawn)', toLong)
    recordSwitches('trend, 180 days: switch group', trendGroups)
  } finally {
    await context.close()
    await host.close()
    await services.close()
  }
}

const BOARD_INSTANCE = 'ccc-large'
const BOARD_LISTS = ['ListRealtimeSkillGroupStates', 'ListRealtimeAgentStates'] as const

/**
 * A paged list as every caller must read it: the first page says how many rows there are, the
 * rest are asked for at once. Answers the pages read.
 */
async function pagesOf(fetchPage: (page: number) => Promise<unknown>): Promise<number> {
  const first = (await fetchPage(1)) as { Data?: { TotalCount?: number }; body?: { Data?: { TotalCount?: number } } }
  const total = (first.Data ?? first.body?.Data)?.TotalCount ?? 0
  const pages = Math.max(1, Math.ceil(total / 100))
  await Promise.all(Array.from({ length: pages - 1 }, (_, i) => fetchPage(i + 2)))
  return pages
}

/**
 * One full refresh of ccc-large's boards (its skill groups and its agents, every page) on
 * loopback against the simulator: CccClient against two peers doing the same pages in the same
 * order — hand-signed keep-alive GETs with JSON.parse, and openapi-client as the client section's
 * peer to beat. The simulator's own work is in all three alike.
 */
async function benchBoardRefresh(): Promise<void> {
  const sim = await startSimulator({ seed: 3 })
  try {
    const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, retry: { maxAttempts: 1 }, rateLimits: UNLIMITED })
    const openApi = new OpenApi(new Config({ ...DEMO_CREDENTIALS, endpoint: new URL(sim.url).host, protocol: 'HTTP' }))
    const page = (action: string, n: number): Record<string, string> => ({ InstanceId: BOARD_INSTANCE, PageNumber: String(n), PageSize: '100' })
    const rawPage = (action: string, n: number): Promise<unknown> =>
      rawGet(`${sim.url}/?${signedQuery(commonParams(action, { params: page(action, n) }), DEMO_CREDENTIALS.accessKeySecret, 'GET')}`)
    let pages = 0
    const both = async (one: (action: string) => Promise<number>): Promise<void> => {
      pages = (await Promise.all(BOARD_LISTS.map(one))).reduce((a, b) => a + b, 0)
    }
    const t = await timeInTurn(
      {
        raw: () => both((action) => pagesOf((n) => rawPage(action, n))),
        openApi: () => both((action) => pagesOf((n) => openApiCall(openApi, action, '2020-07-01', page(action, n)))),
        client: async () => {
          const [groups, agents] = await Promise.all([client.listRealtimeSkillGroupStates(BOARD_INSTANCE), client.listRealtimeAgentStates(BOARD_INSTANCE)])
          if (groups.length !== 150 || agents.length !== 1200) throw new Error(`ccc-large answered ${groups.length} skill groups and ${agents.length} agents`)
        }
      },
      15,
      3
    )
    const ratio = (value: number): string => `${(value / t.openApi).toFixed(2)}×`
    record('boards', `full refresh of ccc-large (150 skill groups + 1,200 agents, ${pages} pages): hand-signed keep-alive GETs + JSON.parse`, `${ms(t.raw)} (${ratio(t.raw)})`)
    record('boards', 'full refresh of ccc-large: openapi-client (sign v3, send, parse)', ms(t.openApi))
    record('boards', 'full refresh of ccc-large: CccClient (pop-core, every page, merge, normalise)', ms(t.client))
    record('boards', 'full refresh of ccc-large: CccClient / openapi-client', ratio(t.client), '≤ 1.00×')
  } finally {
    await sim.close()
  }
}

// Page-side code as text (the bench is type-checked for Node). The agent board's rows and cells:
const AGENT_ROWS = `[...document.querySelectorAll('[data-testid="agent-table"] [data-testid="agent-row"]')]`
/** Rows drawn, and of them those inside the table's scrolled viewport. */
const ROWS_ON_SCREEN = `(() => {
  const rows = ${AGENT_ROWS}
  const body = document.querySelector('[data-testid="agent-table"] .v-vl') ?? document.querySelector('[data-testid="agent-table"]')
  const box = body.getBoundingClientRect()
  const inView = rows.filter((row) => { const r = row.getBoundingClientRect(); return r.bottom > box.top && r.top < box.bottom }).length
  return { rendered: rows.length, inView }
})()`
/**
 * Waits for the next second's tick (a time-in-state cell changing), then counts what the
 * following tick changes: the rows any DOM mutation fell in, and the time from the tick's first
 * mutation to the frame after.
 */
const NEXT_TICK = `new Promise((done) => {
  const table = document.querySelector('[data-testid="agent-table"]')
  const observer = new MutationObserver(() => { observer.disconnect(); done() })
  observer.observe(table, { subtree: true, characterData: true, childList: true, attributes: true })
})`
/**
 * Installed on the page once, before any trace: a trace then holds the tick and the counting
 * observer, not the compiling of this script each round. The rows it saw are read after the trace.
 */
const INSTALL_WATCH_TICK = `window.__benchWatchTick = () => new Promise((done) => {
  const table = document.querySelector('[data-testid="agent-table"]')
  const touched = new Set()
  let first = null
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const node = record.target.nodeType === 1 ? record.target : record.target.parentElement
      const row = node && node.closest('[data-testid="agent-row"]')
      touched.add(row ? row.getAttribute('data-agent') : '(outside a row)')
    }
    if (first === null) {
      first = performance.now()
      // Everything one tick changes lands before the next frame.
      requestAnimationFrame(() => setTimeout(() => { observer.disconnect(); window.__benchTouched = [...touched]; done() }, 0))
    }
  })
  observer.observe(table, { subtree: true, characterData: true, childList: true, attributes: true })
})`
const WATCH_TICK = 'window.__benchWatchTick()'
/**
 * Ten seconds and a bit with nothing of the bench's but one timer: the ticks that fell in it are
 * read from the first row's time in state (refresh is off, so it only counts up), and the
 * scripting is shared among them, the bench's one timer with them.
 */
const QUIET_TICKS = `(async () => {
  const cell = () => document.querySelector('[data-testid="agent-table"] [data-testid="time-in-state"]')?.textContent ?? ''
  const seconds = (text) => text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0)
  const before = cell()
  await new Promise((done) => setTimeout(done, 10_050))
  return seconds(cell()) - seconds(before)
})()`
const TOUCHED = 'window.__benchTouched'


/** Takes the agent list from a queue of answers fetched beforehand, so a refresh costs the page only its own work. */
const SERVE_PREFETCHED = (count: number): string => `(async () => {
  const bridge = window.api
  const answers = []
  for (let i = 0; i < ${count}; i++) {
    answers.push(await bridge.listRealtimeAgentStates({ instanceId: '${BOARD_INSTANCE}' }))
    await new Promise((done) => setTimeout(done, 1100))
  }
  window.__benchServed = 0
  window.api = { ...bridge, listRealtimeAgentStates: async () => answers[window.__benchServed++ % answers.length] }
  // As main sends it: the list as a table (callApi makes rows of it on each refresh, as in the app).
  return answers.filter((a) => a.ok && (a.data.items.rows ?? a.data.items.length) === 1200).length
})()`
const REFRESH_NOW = `window.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true }))`
const refreshed = (served: number): string =>
  `window.__benchServed === ${served} && document.querySelector('[data-testid="agents-view"]')?.getAttribute('aria-busy') === 'false'`

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** CPU time of the thread, µs: on a shared machine, what the page itself spent. */
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string }
}
// What DevTools' summary counts as Scripting, and the rendering work a script may force inside it.
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback', 'v8.compile', 'v8.run', 'v8.callFunction', 'V8.Execute', 'MinorGC', 'MajorGC', 'v8.evaluateModule'])
const RENDER_EVENTS = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles', 'PrePaint', 'Paint', 'Layerize'])

/** The events of `events` not inside another of them (by wall clock). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const top: TraceEvent[] = []
  for (const event of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const last = top.at(-1)
    if (last && event.ts < last.ts + (last.dur ?? 0)) continue
    top.push(event)
  }
  return top
}
const cpuOf = (events: TraceEvent[]): number => events.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0)

/**
 * Scripting on the renderer's main thread in a Chromium trace, ms of that thread's CPU time, as
 * DevTools sums it: the outermost script events, less the layout and style they force.
 */
function scriptingIn(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }
  const mains = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const onMain = traceEvents.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
  const scripts = outermost(onMain.filter((e) => SCRIPT_EVENTS.has(e.name)))
  const inside = (e: TraceEvent): boolean => scripts.some((s) => e.ts >= s.ts && e.ts < s.ts + (s.dur ?? 0))
  const forced = outermost(onMain.filter((e) => RENDER_EVENTS.has(e.name) && inside(e)))
  return (cpuOf(scripts) - cpuOf(forced)) / 1000
}
// The light categories: the detailed timeline's own bookkeeping would be counted as the page's.
const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute']

/**
 * With BENCH_PROFILE=<dir>, a CPU profile of every measured round, one file per measure
 * (`<name>-<n>.cpuprofile`, for DevTools' Performance panel): where the time goes, not how much.
 * A build with `--minify false` (BENCH_WEB=<its out dir>) keeps the functions' names.
 */
async function profilerFor(page: Page): Promise<{ start: () => Promise<void>; stop: (name: string) => Promise<void> }> {
  const dir = process.env.BENCH_PROFILE
  if (!dir) return { start: async () => {}, stop: async () => {} }
  await mkdir(dir, { recursive: true })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
  const rounds = new Map<string, number>()
  return {
    start: async () => void (await cdp.send('Profiler.start')),
    stop: async (name) => {
      const { profile } = await cdp.send('Profiler.stop')
      if (name === '') return
      const n = (rounds.get(name) ?? 0) + 1
      rounds.set(name, n)
      await writeFile(join(dir, `${name}-${n}.cpuprofile`), JSON.stringify(profile))
    }
  }
}

/**
 * The agent board of ccc-large open in Chromium (1,200 agents, the virtual list): the scripting
 * that applying a new answer costs, and that the once-a-second time-in-state tick costs, each from
 * a Chromium trace of it alone. (CDP's Performance.getMetrics ScriptDuration leaves microtasks out,
 * and Vue patches in microtasks: it read 1 ms where the main thread was busy for 40.)
 */
async function benchAgentBoard(browser: Browser, dataDir: string): Promise<void> {
  const services = benchServices(dataDir, { rateLimits: UNLIMITED })
  const host = await startTestHost({ webRoot: resolve(ROOT, process.env.BENCH_WEB ?? 'out/web'), services })
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-US', bypassCSP: true })
  try {
    // Automatic refresh off: only the refreshes measured here run, and none lands in a tick's second.
    await context.addInitScript(`localStorage.setItem('ccc-supervisor.preferences', JSON.stringify({ refreshPeriod: 0 }))`)
    const page = await context.newPage()
    /** Scripting while `during` runs, from a Chromium trace of it alone. */
    const profiler = await profilerFor(page)
    const traced = async (during: () => Promise<unknown>, profileName: string): Promise<number> => {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES })
      await profiler.start()
      await during()
      await profiler.stop(profileName)
      return scriptingIn(await browser.stopTracing())
    }
    await page.goto(`${host.url}#/instances/${BOARD_INSTANCE}/realtime/agents`)
    await page.getByTestId('agent-count-shown').filter({ hasText: /of 1,?200/ }).waitFor({ timeout: 60_000 })
    const ROUNDS = 12
    // Answers a second or more apart, as the simulator's agents move on: each refresh is news.
    const fresh = await page.evaluate<number>(SERVE_PREFETCHED(6))
    if (fresh !== 6) throw new Error(`only ${fresh} of 6 answers held 1,200 agents`)

    const apply: number[] = []
    const whole: number[] = []
    for (let i = 1; i <= ROUNDS + 2; i++) {
      // Just after a tick, so the next one (a second away) falls outside the measure.
      await page.evaluate(NEXT_TICK)
      const start = performance.now()
      const took = await traced(() => page.evaluate(`(async () => {
        ${REFRESH_NOW}
        while (!(${refreshed(i)})) await ${NEXT_FRAME}
        await ${NEXT_FRAME}
        await ${NEXT_FRAME}
      })()`), i > 2 ? 'apply' : '')
      // The first two warm the code paths up.
      if (i > 2) {
        apply.push(took)
        whole.push(performance.now() - start)
      }
    }
    record('boards', `agent board, 1,200 agents: apply a new answer — scripting from the refresh to two frames after (main thread's CPU time in a Chromium trace, as DevTools sums it; median, worst of ${ROUNDS})`, `${ms(median(apply))}, ${ms(Math.max(...apply))}`, '< 8 ms')
    record('boards', 'agent board: apply a new answer — refresh key to two frames after, wall clock (median)', ms(median(whole)))

    const ticks: number[] = []
    const touched: number[] = []
    const screen = await page.evaluate<{ rendered: number; inView: number }>(ROWS_ON_SCREEN)
    await page.evaluate(INSTALL_WATCH_TICK)
    for (let i = 0; i < ROUNDS + 2; i++) {
      await page.evaluate(NEXT_TICK)
      await page.evaluate(NEXT_FRAME)
      const took = await traced(() => page.evaluate(WATCH_TICK), i >= 2 ? 'tick' : '')
      if (i >= 2) {
        ticks.push(took)
        touched.push((await page.evaluate<string[]>(TOUCHED)).length)
      }
    }
    // No observer: what a tick costs the page, less the bench's counting, over ten of them at a time.
    const perTick: number[] = []
    for (let i = 0; i < 3; i++) {
      let ticks = 0
      const took = await traced(async () => (ticks = await page.evaluate<number>(QUIET_TICKS)), '')
      if (ticks > 0) perTick.push(took / ticks)
    }
    record('boards', `agent board: once-a-second time-in-state tick — scripting per tick, 10 s traced with nothing of the bench's but a timer (CPU time, Chromium trace; median, worst of ${perTick.length} traces)`, `${ms(median(perTick))}, ${ms(Math.max(...perTick))}`, '< 2 ms')
    record('boards', `agent board: once-a-second time-in-state tick — scripting in a second holding one tick, the counting observer included (CPU time, Chromium trace; median, worst of ${ROUNDS})`, `${ms(median(ticks))}, ${ms(Math.max(...ticks))}`)
    record(
      'boards',
      'agent board: rows a tick changes (MutationObserver; median, most) vs rows drawn / in view, of 1,200',
      `${median(touched)}, ${Math.max(...touched)} vs ${screen.rendered} / ${screen.inView}`,
      'only visible rows'
    )
  } finally {
    await context.close()
    await host.close()
    await services.close()
  }
}

const AGENT_REPORT_INSTANCE = 'ccc-large'
const AGENT_REPORT_ACTION = 'ListHistoricalAgentReport'

/**
 * ccc-large's agent report over the page's "Last 30 days" (1,200 agents, one row each, 12 pages)
 * on loopback against the simulator, as the page's store asks main for it: CccClient unlimited and
 * with the real per-API budget, each against hand-signed keep-alive GETs and openapi-client
 * reading the same pages in the same order, every client kept alive between fetches. The
 * simulator's work (the month of 1,200 agents' figures) is in all of them alike.
 */
async function benchAgentReportFetch(): Promise<void> {
  const sim = await startSimulator({ seed: 3 })
  try {
    const zone = sim.instanceTimeZones[AGENT_REPORT_INSTANCE] ?? 'Asia/Shanghai'
    const range = reportPresetRange('last30Days', Date.now(), zone)
    const fetchWith = (rateLimits: typeof UNLIMITED) => {
      const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, retry: { maxAttempts: 1 }, rateLimits })
      return async (): Promise<number> => {
        let pages = 0
        const rows = await client.listHistoricalAgentReport(AGENT_REPORT_INSTANCE, range, {}, { onProgress: (_done, total) => (pages = total) })
        if (rows.length !== 1200) throw new Error(`ccc-large's agent report answered ${rows.length} agents`)
        return pages
      }
    }
    // What one fetch costs in requests, counted where they arrive.
    sim.clearRequests()
    const pages = await fetchWith(UNLIMITED)()
    const requests = sim.requests.filter((r) => r.action === AGENT_REPORT_ACTION).length

    const openApi = new OpenApi(new Config({ ...DEMO_CREDENTIALS, endpoint: new URL(sim.url).host, protocol: 'HTTP' }))
    const page = (n: number): Record<string, string> => ({
      InstanceId: AGENT_REPORT_INSTANCE, StartTime: String(range.startTime), StopTime: String(range.endTime), PageNumber: String(n), PageSize: '100'
    })
    const rawPage = (n: number): Promise<unknown> =>
      rawGet(`${sim.url}/?${signedQuery(commonParams(AGENT_REPORT_ACTION, { params: page(n) }), DEMO_CREDENTIALS.accessKeySecret, 'GET')}`)
    const peer = async (): Promise<void> => {
      const read = await pagesOf((n) => openApiCall(openApi, AGENT_REPORT_ACTION, '2020-07-01', page(n)))
      if (read !== pages) throw new Error(`openapi-client read ${read} pages, the client ${pages}`)
    }
    const name = `${AGENT_REPORT_ACTION} ccc-large, the page's Last 30 days (1,200 agents)`
    const t = await timeInTurn({ raw: () => pagesOf(rawPage), openApi: peer, client: fetchWith(UNLIMITED) }, 10, 2)
    const ratio = (value: number, peerMs: number): string => `${(value / peerMs).toFixed(2)}×`
    record('agent report', `${name}: pages, requests a fetch`, `${pages} pages, ${requests} requests`)
    record('agent report', `${name}, unlimited: hand-signed keep-alive GETs + JSON.parse`, `${ms(t.raw)} (${ratio(t.raw, t.openApi)})`)
    record('agent report', `${name}, unlimited: openapi-client (sign v3, send, parse)`, ms(t.openApi))
    record('agent report', `${name}, unlimited: CccClient (pop-core, every page, merge, normalise)`, ms(t.client))
    record('agent report', `${name}, unlimited: CccClient / openapi-client`, ratio(t.client, t.openApi), '≤ 1.00×')
    // The real budget, 60 a minute: five fetches of 12 pages fill one client's minute, so the
    // budget is kept only to them (one unmeasured); a sixth would wait for the window to move.
    const budget = DEFAULT_RATE_LIMITS[AGENT_REPORT_ACTION]
    const real = await timeInTurn({ openApi: peer, client: fetchWith(DEFAULT_RATE_LIMITS) }, Math.floor(budget.limit / pages) - 1, 1)
    record('agent report', `${name}, the real budget (${budget.limit} a minute): CccClient`, `${ms(real.client)} (openapi-client ${ms(real.openApi)})`)
    record('agent report', `${name}, the real budget: CccClient / openapi-client`, ratio(real.client, real.openApi), '≤ 1.00×')
  } finally {
    await sim.close()
  }
}

/** Page-side: the sort order naive-ui shows on a column's header ('descend', 'ascend' or ''). */
const sortShown = (field: string): string => `(() => {
  const sorter = document.querySelector('[data-testid="report-table"] th[data-col-key="${field}"] .n-data-table-sorter')
  return sorter?.classList.contains('n-data-table-sorter--desc') ? 'descend' : sorter?.classList.contains('n-data-table-sorter--asc') ? 'ascend' : ''
})()`
const FIRST_ROW = `(document.querySelector('[data-testid="report-table"] tbody tr:not([data-testid="report-totals"]) [data-subject-id]')?.getAttribute('data-subject-id') ?? '')`

/**
 * The agent report page of ccc-large over the last 30 days in Chromium (1,200 rows, drawn
 * virtually): a click on a column's header sorts the rows (most first, then fewest, then as
 * served: naive-ui's cycle), timed by the page's own observers from the click (Event Timing's
 * input to next paint, the frame after it, long tasks) and until the sorted rows are drawn.
 */
async function benchAgentReportSort(browser: Browser, dataDir: string): Promise<void> {
  // The budget is the fetch's figure, above; here it would only make the page wait.
  const services = benchServices(dataDir, { rateLimits: UNLIMITED })
  const host = await startTestHost({ webRoot: join(ROOT, 'out/web'), services })
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-US', bypassCSP: true })
  await context.addInitScript(OBSERVE_TASKS)
  try {
    const page = await context.newPage()
    await page.goto(`${host.url}#/instances/${AGENT_REPORT_INSTANCE}/reports/agents`)
    await page.getByTestId('agent-report-view').waitFor({ timeout: 60_000 })
    await page.getByTestId('range-preset-last30Days').click()
    await page.waitForFunction(`document.querySelector('[data-testid="agent-report-view"]')?.getAttribute('aria-busy') === 'false' && ${FIRST_ROW} !== ''`, undefined, { timeout: 120_000 })
    const field = 'CallsHandled'
    const header = page.locator(`[data-testid="report-table"] th[data-col-key="${field}"]`)
    const ORDERS = ['descend', 'ascend', ''] as const
    const ROUNDS = 9
    const sorts: SwitchFigures[] = []
    for (let i = 0; i < ROUNDS + 3; i++) {
      const order = ORDERS[i % ORDERS.length]!
      const first = await page.evaluate<string>(FIRST_ROW)
      const figures = await measureSwitch(page, header, `${sortShown(field)} === '${order}' && ${FIRST_ROW} !== ${JSON.stringify(first)}`)
      // The first cycle warms the code paths up.
      if (i >= 3) sorts.push(figures)
    }
    // The same sorts' scripting as the main thread's CPU time in a Chromium trace, which the
    // neighbours on a shared machine hurt far less than the clock: a click in the page, two frames.
    const scripting: number[] = []
    for (let i = 0; i < ROUNDS + 3; i++) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES })
      await page.evaluate(`(async () => {
        document.querySelector('[data-testid="report-table"] th[data-col-key="${field}"]').click()
        await ${NEXT_FRAME}
        await ${NEXT_FRAME}
      })()`)
      const took = scriptingIn(await browser.stopTracing())
      if (i >= 3) scripting.push(took)
    }
    const both = (values: number[]): string => `${ms(median(values))}, ${ms(Math.max(...values))}`
    // The issue's goal, judged on the median (the worst is as much the neighbours' on a shared machine).
    const under50 = (values: number[]): string => `< 50 ms (${median(values) < 50 ? 'met' : 'not met'})`
    const name = `agent report page, 1,200 rows: sort by a column (header click)`
    record('agent report', `${name}: input to next paint, Event Timing (median, worst of ${ROUNDS})`, both(sorts.map((s) => s.nextPaint)), under50(sorts.map((s) => s.nextPaint)))
    record('agent report', `${name}: click to the task after the next frame (median, worst)`, both(sorts.map((s) => s.nextFrame)), under50(sorts.map((s) => s.nextFrame)))
    record('agent report', `${name}: longest task (median, worst)`, both(sorts.map((s) => s.longest)), under50(sorts.map((s) => s.longest)))
    record('agent report', `${name}: click to sorted rows drawn, polled each frame over CDP (median, worst)`, both(sorts.map((s) => s.drawn)))
    record('agent report', `${name}: scripting from the click to two frames after (main thread's CPU time in a Chromium trace; median, worst of ${ROUNDS})`, both(scripting), under50(scripting))
  } finally {
    await context.close()
    await host.close()
    await services.close()
  }
}

/** 180 days daily and 10 days hourly, written in every format. */
async function benchExport(browser: Browser, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  const sim = await startSimulator({ seed: 9 })
  const printPdf = chromiumPdfPrinter(() => browser)
  try {
    const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url })
    const now = Date.now()
    const cases = [
      ['180 days daily', { startTime: now - 179 * DAY_MS, endTime: now, interval: 'Daily' as const }],
      ['10 days hourly', { startTime: now - 10 * DAY_MS + 60_000, endTime: now, interval: 'Hourly' as const }]
    ] as const
    for (const [name, interval] of cases) {
      let start = performance.now()
      const snapshot = await buildSnapshot(client, {
        instanceId: 'ccc-demo',
        profileName: 'bench',
        timeZone: 'Asia/Shanghai',
        interval,
        trend: { startTime: now - 7 * DAY_MS + 60_000, endTime: now }
      })
      record('export', `${name} + 7-day trend: fetch`, ms(performance.now() - start))
      for (const format of EXPORT_FORMATS) {
        const out = await mkdtemp(join(dir, `${format}-`))
        start = performance.now()
        const files = await exportSnapshot(snapshot, out, [format], { printPdf })
        const took = performance.now() - start
        let size = 0
        for (const file of files) size += (await stat(file)).size
        record('export', `${name}: ${format} (${files.length} file${files.length > 1 ? 's' : ''}, ${kb(size)})`, ms(took))
      }
    }
  } finally {
    await sim.close()
  }
}

/**
 * The day so far: a whole day of one large instance written as the console would (every 15 s:
 * the instance's states, its summary, 150 skill groups with a third of them changing), then read
 * back; the peer is the same answers as JSON lines in one file, read and parsed.
 */
async function benchHistory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  const zone = 'Asia/Shanghai'
  const dayStart = Date.UTC(2026, 5, 16, 16, 0)
  const store = await HistoryStore.open({ location: join(dir, 'history'), zoneOf: () => zone, now: () => dayStart + 23 * 3_600_000 })
  const groups = Array.from({ length: 150 }, (_, i) => ({ SkillGroupId: `g${i}@ccc-large`, WaitingCalls: 0, LongestWaitingTime: 0, LoggedInAgents: 8, ReadyAgents: 3, TalkingAgents: 4, WorkingAgents: 1, BreakingAgents: 0, TotalAgents: 10 }))
  const summaryOf = (s: number) => ({ InstanceId: 'ccc-large', Timestamp: '', Inbound: { CallsOffered: s, CallsHandled: s - (s % 7), ServiceLevel20: 0.8 + (s % 20) / 100 }, Outbound: { CallsDialed: s >> 1 }, Overall: { Occupancy: 0.6 } })
  const lines: string[] = []
  const writes: number[] = []
  const answers = 5_760
  for (let s = 0; s < answers; s++) {
    const at = dayStart + s * 15_000
    for (let i = 0; i < groups.length; i++) if ((i + s) % 3 === 0) groups[i] = { ...groups[i]!, WaitingCalls: (s + i) % 9, LongestWaitingTime: (s * 7 + i) % 300, ReadyAgents: (s + 2 * i) % 5 }
    const states = { InstanceId: 'ccc-large', WaitingCalls: s % 10, LongestWaitingTime: (s * 3) % 200, LoggedInAgents: 900, ReadyAgents: s % 40, TalkingAgents: 600 }
    const start = performance.now()
    await store.recordStates('ccc-large', at, states as never)
    await store.recordSummary('ccc-large', at, summaryOf(s) as never)
    await store.recordQueues('ccc-large', at, groups as never)
    writes.push(performance.now() - start)
    lines.push(JSON.stringify({ at, states, summary: summaryOf(s), queues: groups }))
  }
  const jsonl = join(dir, 'day.jsonl')
  await writeFile(jsonl, lines.join('\n'))
  // 150 MB of strings held would slow every collection during the reads measured next.
  lines.length = 0
  const reads: number[] = []
  const peers: number[] = []
  // Ours first: the peer's 150 MB of JSON would leave its garbage to our reads.
  for (let k = 0; k < 15; k++) {
    const start = performance.now()
    const day = await store.readDay('ccc-large', '2026-06-17')
    reads.push(performance.now() - start)
    if (day.queues.at.length !== answers) throw new Error(`read ${day.queues.at.length} of ${answers} answers`)
  }
  for (let k = 0; k < 3; k++) {
    const start = performance.now()
    const parsed = (await readFile(jsonl, 'utf8')).split('\n').map((line) => JSON.parse(line) as unknown)
    peers.push(performance.now() - start)
    if (parsed.length !== answers) throw new Error('the peer lost answers')
  }
  const bytes = await store.approximateBytes()
  await store.close()
  const both = (values: number[]) => `${ms(median(values))}, ${ms(Math.max(...values))}`
  record('history', `read a full day of one instance: 150 skill groups, states and summary, ${answers.toLocaleString('en-US')} answers each (median, worst of ${reads.length})`, both(reads), '≤ 50 ms')
  record('history', 'the same day as JSON lines, read and parsed (median, worst)', both(peers))
  record('history', 'read a day / JSON lines', `${(median(reads) / median(peers)).toFixed(2)}×`)
  record('history', 'one answer written (states, summary, 150 skill groups; median, worst)', both(writes))
  record('history', 'the day on disk / as JSON lines', `${(bytes / 2 ** 20).toFixed(1)} MB / ${((await stat(jsonl)).size / 2 ** 20).toFixed(1)} MB`)
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ccc-bench-'))
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  try {
    process.stderr.write('Measuring…\n')
    const only = process.env.BENCH_ONLY?.split(',')
    const sections: Array<[string, () => Promise<void>]> = [
      ['client', benchClient],
      ['ipc', () => benchIpc(join(dir, 'ipc'))],
      ['bundle', benchBundle],
      ['history', () => benchHistory(join(dir, 'history'))],
      ['renderer', () => benchRenderer(browser, join(dir, 'renderer'))],
      ['reports', () => benchReports(browser, join(dir, 'reports'))],
      ['export', () => benchExport(browser, join(dir, 'export'))],
      [
        'agent-report',
        async () => {
          await benchAgentReportFetch()
          await benchAgentReportSort(browser, join(dir, 'agent-report'))
        }
      ],
      [
        'boards',
        async () => {
          await benchBoardRefresh()
          await benchAgentBoard(browser, join(dir, 'boards'))
        }
      ]
    ]
    for (const [name, run] of sections) {
      if (only && !only.includes(name)) continue
      const start = performance.now()
      await run()
      process.stderr.write(`  (${name} took ${((performance.now() - start) / 1000).toFixed(1)} s)\n`)
    }
  } finally {
    rawAgent.destroy()
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
  console.log(`\nCCC Supervisor benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`)
  console.log('| Area | Measure | Result | Goal |')
  console.log('|---|---|---|---|')
  for (const row of rows) console.log(`| ${row.section} | ${row.measure} | ${row.value} | ${row.goal ?? ''} |`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
