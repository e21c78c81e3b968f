/**
 * The language sweep: every route, and the error states the simulator can provoke, read in zh-CN
 * and in en-US. On each page it collects what a supervisor reads or hears: the visible text, every
 * aria-label, title and placeholder, and the window title. In zh-CN none may hold a phrase of the
 * en-US catalogue, nor three English words in a row outside the data and the allow-list; in en-US
 * none may hold a phrase of the zh-CN catalogue. Every control must have a name a screen reader
 * can say (from Chromium's accessibility tree). A page left half in the other language, or a
 * control left nameless, fails here, whichever route it is on.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI_TEXTS } from '../../src/cli/cli-texts'
import { runCli } from '../../src/cli/run'
import { CccClient } from '../../src/core/ccc/client'
import { exportSnapshot } from '../../src/core/export/export-snapshot'
import { buildSnapshot } from '../../src/core/export/snapshot-builder'
import { presetRange } from '../../src/shared/ccc/report-range'
import enUS from '../../src/renderer/src/i18n/en-US'
import definitionsEN from '../../src/renderer/src/i18n/metric-definitions/en-US'
import definitionsZH from '../../src/renderer/src/i18n/metric-definitions/zh-CN'
import zhCN from '../../src/renderer/src/i18n/zh-CN'
import { ENUM_WORDS } from '../../src/shared/messages/enum-texts'
import { EN_ERRORS, ZH_ERRORS } from '../../src/shared/messages/error-texts'
import { METRIC_LABELS } from '../../src/shared/messages/metric-labels'
import { EN_EXPORT_TEXTS, ZH_EXPORT_TEXTS } from '../../src/shared/messages/export-texts'
import type { Snapshot } from '../../src/shared/snapshot'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { parseCsv } from '../core/export/csv-parse'
import { ENGLISH_RUN, proseOf } from '../helpers/zh-prose'
import { testClock } from '../helpers/test-clock'
import { e2eReady, SCREENSHOTS, startConsole, type Console } from './harness'

type Locale = 'zh-CN' | 'en-US'

/** Every leaf text of a catalogue, by its dotted key. */
function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  if (typeof tree === 'string') out.set(prefix, tree)
  else if (tree !== null && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree)) for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v)
  return out
}

/**
 * The phrases of a catalogue that would give a page away in the other language: the parts of each
 * text between its parameters and plural branches, long enough to be a phrase, left out where the
 * other catalogue says the same itself (product names, codes, and the en-US metric definitions,
 * which quote the Chinese docs' own term for a field in parentheses, as the docs are its source).
 */
function phrasesOf(own: Map<string, string>, other: Map<string, string>, isPhrase: (part: string) => boolean): Set<string> {
  const otherTexts = [...other.values()]
  const phrases = new Set<string>()
  for (const text of own.values())
    for (const part of text.split(/\{[^}]*\}|\|/).map((p) => p.trim()))
      if (isPhrase(part) && !otherTexts.some((o) => o.includes(part))) phrases.add(part)
  return phrases
}
// Every catalogue a page, a file or the CLI draws on: the app's texts, the figures' labels and
// definitions, the errors, the enum words, the files' words and the CLI's.
const EN = leaves({
  ui: enUS,
  metrics: METRIC_LABELS['en-US'],
  definitions: definitionsEN,
  errors: EN_ERRORS,
  enums: ENUM_WORDS['en-US'],
  files: EN_EXPORT_TEXTS,
  cli: CLI_TEXTS['en-US']
})
const ZH = leaves({
  ui: zhCN,
  metrics: METRIC_LABELS['zh-CN'],
  definitions: definitionsZH,
  errors: ZH_ERRORS,
  enums: ENUM_WORDS['zh-CN'],
  files: ZH_EXPORT_TEXTS,
  cli: CLI_TEXTS['zh-CN']
})
// Two English words or more (a lone word like "Ready" may be data: an agent's name, a code).
const EN_PHRASES = phrasesOf(EN, ZH, (part) => /[A-Za-z]{2,}[\s,-]+[A-Za-z]{2,}/.test(part) && part.length >= 8)
// Four Chinese characters or more (a lone 的 or 中 is not a phrase).
const ZH_PHRASES = phrasesOf(ZH, EN, (part) => (part.match(/\p{Script=Han}/gu) ?? []).length >= 4)

/**
 * What a page says, in the browser: its visible text outside CCC's own words (its message beside
 * ours, codes), the same outside any data too (table cells and rows hold the instance's own names,
 * which may be in any language), and every accessible name, hint and placeholder, with the window title.
 */
const READ_PAGE = `(() => {
  const CCC_OWN = '[data-testid="error-api-message"], code, kbd, pre'
  const DATA = CCC_OWN + ', td, [role="cell"], [data-subject-id], [data-testid="instance-name"], .n-base-selection-label, .n-base-select-option'
  const shown = []
  const chrome = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement
    if (!element || !node.nodeValue.trim() || element.closest('script, style, [hidden], [aria-hidden="true"]')) continue
    if (!element.checkVisibility()) continue
    if (!element.closest(CCC_OWN)) shown.push(node.nodeValue.trim())
    if (!element.closest(DATA)) chrome.push(node.nodeValue.trim())
  }
  const names = [...document.querySelectorAll('[aria-label], [title], [placeholder], [aria-roledescription]')].flatMap((e) =>
    ['aria-label', 'title', 'placeholder', 'aria-roledescription'].map((a) => e.getAttribute(a) ?? '').filter((v) => v.trim())
  )
  return { shown, chrome, names: [...names, document.title] }
})()`

/**
 * What an exported HTML report says, in the browser: its text, and apart the words the file adds
 * (title, headings, column headers, chart titles, legends and axes) from the data (cells, and the
 * names on a top-N chart's bars, told by `names`: each drawn line is part of a row's name).
 */
const READ_FILE = `((names) => {
  const shown = []
  const chrome = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim()
    const element = node.parentElement
    if (!element || !text || element.closest('style')) continue
    shown.push(text)
    if (element.closest('td, p.meta')) continue
    const drawn = text.replace(/(?:\\.\\.\\.|…)$/, '')
    if (element.closest('svg') && names.some((name) => name.includes(drawn))) continue
    chrome.push(text)
  }
  const titles = [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title'))
  return { shown, chrome, names: [...titles, document.title] }
})`

/** Each route a supervisor can open, and what shows it has arrived. */
const ROUTES: Array<{ route: string; ready: readonly string[] }> = [
  { route: '#/instances/ccc-demo/overview', ready: ['overview-view', 'number-row'] },
  { route: '#/instances/ccc-demo/realtime', ready: ['realtime-view', 'last-updated'] },
  { route: '#/instances/ccc-demo/realtime/queues', ready: ['queues-view', 'last-updated'] },
  { route: '#/instances/ccc-demo/realtime/agents', ready: ['agents-view', 'agent-row'] },
  { route: '#/instances/ccc-demo/reports/interval', ready: ['interval-view', 'report-totals'] },
  { route: '#/instances/ccc-demo/reports/trend', ready: ['trend-view', 'report-chart'] },
  { route: '#/instances/ccc-demo/reports/queues', ready: ['report-totals'] },
  { route: '#/instances/ccc-demo/reports/agents', ready: ['report-totals'] },
  { route: '#/snapshots', ready: ['snapshots-view'] },
  { route: '#/profiles', ready: ['profiles-view'] },
  { route: '#/no-such-page', ready: ['not-found-view'] },
  // An instance the account does not have: CCC's own error, shown in ours.
  { route: '#/instances/ccc-nope/overview', ready: ['overview-view', 'overview-retry'] }
]

/** Roles a supervisor operates: each needs a name a screen reader can say. */
const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'switch', 'slider', 'spinbutton', 'menuitem', 'tab'])

/** The controls on the page without an accessible name, from Chromium's own accessibility tree. */
async function unnamedControls(app: Console, route: string): Promise<Finding[]> {
  const cdp = await app.page.context().newCDPSession(app.page)
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ ignored?: boolean; role?: { value?: string }; name?: { value?: string }; backendDOMNodeId?: number }>
    }
    const found: Finding[] = []
    for (const node of nodes) {
      const role = String(node.role?.value ?? '')
      if (node.ignored || !CONTROL_ROLES.has(role) || String(node.name?.value ?? '').trim() !== '') continue
      const { outerHTML } = node.backendDOMNodeId === undefined ? { outerHTML: '' } : ((await cdp.send('DOM.getOuterHTML', { backendNodeId: node.backendDOMNodeId })) as { outerHTML: string })
      found.push({ route, what: `a ${role} without a name`, text: outerHTML.slice(0, 200) })
    }
    return found
  } finally {
    await cdp.detach()
  }
}

interface Finding {
  route: string
  what: string
  text: string
}

/** What the page says that is in the other language. */
function foreignIn(locale: Locale, route: string, page: { shown: string[]; chrome: string[]; names: string[] }): Finding[] {
  const found: Finding[] = []
  const phrases = locale === 'zh-CN' ? EN_PHRASES : ZH_PHRASES
  for (const text of [page.shown.join('\n'), ...page.names])
    for (const phrase of phrases) if (text.includes(phrase)) found.push({ route, what: 'a phrase of the other catalogue', text: phrase })
  if (locale === 'zh-CN')
    for (const text of [...page.chrome, ...page.names]) {
      const run = proseOf(text).match(ENGLISH_RUN)
      if (run) found.push({ route, what: 'English words', text: `${run[0]} (in "${text.slice(0, 120)}")` })
    }
  return found
}

/** The parts of an open snapshot, each a route of its own. */
const SNAPSHOT_PARTS: Array<{ route: string; ready: readonly string[] }> = [
  { route: '#/snapshots/view/overview', ready: ['snapshot-overview', 'snapshot-banner'] },
  { route: '#/snapshots/view/realtime', ready: ['snapshot-realtime', 'snapshot-agents'] },
  { route: '#/snapshots/view/interval', ready: ['snapshot-interval', 'report-totals'] },
  { route: '#/snapshots/view/trend', ready: ['snapshot-trend', 'report-chart'] },
  { route: '#/snapshots/view/queues', ready: ['snapshot-queue-report', 'report-totals'] },
  { route: '#/snapshots/view/agents', ready: ['snapshot-agent-report', 'report-totals'] }
]

// One console per language, both up before either closes: they share the private keyring.
const apps = new Map<Locale, Console>()
let snapshotDir = ''
let snapshotPath = ''
let built: Snapshot

describe.runIf(e2eReady)('the language sweep', () => {
  beforeAll(async () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const app = await startConsole({ locale })
      apps.set(locale, app)
      const profile = await app.services.profiles.save({
        name: locale === 'zh-CN' ? '运营' : 'Ops',
        accessKeyId: DEMO_CREDENTIALS.accessKeyId,
        accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
        endpoint: app.sim.url,
        instanceIds: ['ccc-demo', 'ccc-large', 'ccc-night'],
        storage: 'keychain'
      })
      await app.services.sessions.activate(profile.id)
    }
    // A snapshot as the app exports one: yesterday hour by hour, the trend over the same day, the live lists.
    snapshotDir = await mkdtemp(join(tmpdir(), 'ccc-e2e-sweep-'))
    const sim = apps.get('zh-CN')!.sim
    const yesterday = presetRange('yesterday', testClock(), 'Asia/Shanghai')
    built = await buildSnapshot(new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock }), {
      instanceId: 'ccc-demo',
      profileName: 'Ops',
      timeZone: 'Asia/Shanghai',
      now: testClock,
      interval: { ...yesterday, interval: 'Hourly' },
      trend: yesterday,
      queueReport: yesterday,
      agentReport: yesterday
    })
    snapshotPath = (await exportSnapshot(built, snapshotDir, ['json']))[0]!
  }, 90_000)
  afterAll(async () => {
    for (const app of [...apps.values()].reverse()) await app.close()
    if (snapshotDir) await rm(snapshotDir, { recursive: true, force: true })
  })

  const read = async (locale: Locale, route: string, ready: readonly string[]): Promise<Finding[]> => {
    const app = apps.get(locale)!
    await app.open(route)
    for (const testid of ready) await app.page.getByTestId(testid).first().waitFor({ timeout: 30_000 })
    // Settled: nothing on the page still says it is loading.
    await expect.poll(() => app.page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0)
    return [...foreignIn(locale, route, await app.page.evaluate(READ_PAGE)), ...(await unnamedControls(app, route))]
  }

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`finds every page in ${locale} alone`, async () => {
      const found: Finding[] = []
      for (const { route, ready } of ROUTES) found.push(...(await read(locale, route, ready)))
      expect(found).toEqual([])
      expect(apps.get(locale)!.pageErrors).toEqual([])
    }, 180_000)

    it(`finds an open snapshot's parts in ${locale} alone`, async () => {
      const app = apps.get(locale)!
      await app.open('#/snapshots')
      app.snapshotToOpen = snapshotPath
      await app.page.getByTestId('snapshot-open').click()
      await app.page.getByTestId('snapshot-banner').waitFor()
      const found: Finding[] = []
      for (const { route, ready } of SNAPSHOT_PARTS) found.push(...(await read(locale, route, ready)))
      expect(found).toEqual([])
    }, 180_000)

    it(`finds the error states in ${locale} alone: throttled, CCC failing, CCC unreachable`, async () => {
      const app = apps.get(locale)!
      // Each on a page not opened before, so no earlier answer stands in for the error.
      const faults = [
        { kind: 'throttle', action: 'GetInstance', route: '#/instances/ccc-large/overview', ready: ['overview-view', 'overview-retry'] },
        { kind: 'internalError', action: 'GetInstance', route: '#/instances/ccc-night/overview', ready: ['overview-view', 'overview-retry'] },
        { kind: 'drop', action: 'ListIntervalInstanceReport', route: '#/instances/ccc-large/reports/interval', ready: ['interval-view', 'report-retry'] }
      ] as const
      const found: Finding[] = []
      for (const { kind, action, route, ready } of faults) {
        app.sim.faults.inject({ kind, times: 1_000, action })
        try {
          found.push(...(await read(locale, route, ready)))
          await app.screenshot(`language-sweep-${locale}-${kind}`)
        } finally {
          app.sim.faults.clear()
        }
      }
      expect(found).toEqual([])
    }, 180_000)

    it(`finds the files exported in ${locale} in ${locale} alone: HTML, XLSX and CSV`, async () => {
      const app = apps.get(locale)!
      const dir = await mkdtemp(join(snapshotDir, `files-${locale}-`))
      const paths = await exportSnapshot(built, dir, ['csv', 'xlsx', 'html'], { language: locale })
      const found: Finding[] = []
      // The HTML as a browser shows it, and a screenshot of its first screen.
      const page = await app.page.context().newPage()
      try {
        await page.setContent(await readFile(paths.find((path) => path.endsWith('.html'))!, 'utf8'))
        found.push(...foreignIn(locale, 'report.html', await page.evaluate(`${READ_FILE}(${JSON.stringify(subjectNames(built))})`)))
        await page.screenshot({ path: join(SCREENSHOTS, `language-sweep-${locale}-html-export.png`) })
      } finally {
        await page.close()
      }
      // The workbook: its sheets' names and headers are the file's words; every text cell is read.
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(paths.find((path) => path.endsWith('.xlsx'))!)
      for (const sheet of workbook.worksheets) {
        const header = (sheet.getRow(1).values as unknown[]).filter((v): v is string => typeof v === 'string')
        const texts: string[] = []
        sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))))
        found.push(...foreignIn(locale, `workbook: ${sheet.name}`, { shown: texts, chrome: [sheet.name, ...header], names: [] }))
      }
      // Each CSV: its header is the file's words, every cell is read.
      for (const path of paths.filter((p) => p.endsWith('.csv'))) {
        const rows = parseCsv((await readFile(path, 'utf8')).slice(1))
        found.push(...foreignIn(locale, path.split('/').pop()!, { shown: rows.flat(), chrome: rows[0] ?? [], names: [] }))
      }
      expect(found).toEqual([])
    }, 120_000)

    it(`finds the CLI's output in ${locale} alone: help, tables, notes and an error`, async () => {
      const { sim } = apps.get(locale)!
      const found: Finding[] = []
      const commands = [
        ['--help'],
        ['instance', '--instance', 'ccc-demo'],
        ['realtime', '--instance', 'ccc-demo'],
        ['summary', '--instance', 'ccc-demo'],
        ['queues', '--instance', 'ccc-demo'],
        ['agents', '--instance', 'ccc-demo'],
        ['interval', '--instance', 'ccc-demo', '--interval', 'Hourly', '--time-zone', 'Asia/Shanghai'],
        ['instance', '--instance', 'ccc-nope'],
        ['realtime']
      ]
      for (const command of commands) {
        let out = ''
        await runCli([...command, '--endpoint', sim.url, '--lang', locale], {
          stdout: (text) => (out += text),
          stderr: (text) => (out += text),
          env: { ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret },
          clientOptions: { now: testClock }
        })
        // A table's cells are the data's; its headers, titles and notes the CLI's words. CCC's own
        // message, quoted after ours, is its own text.
        const lines = out.split('\n').filter((line) => !/^\s+(?:CCC said|CCC 返回的信息)/.test(line))
        const words = lines.map((line) => line.replace(new RegExp(subjectNames(built).map(escapeRegExp).join('|') || '$^', 'g'), ' '))
        found.push(...foreignIn(locale, `ccc-supervisor ${command.join(' ')}`, { shown: lines, chrome: command[0] === '--help' ? [] : words, names: [] }))
      }
      expect(found).toEqual([])
    }, 120_000)
  }
})

/** The names the data gives rows (agents, skill groups, admins), longest first. */
function subjectNames(snapshot: Snapshot): string[] {
  const names = [
    ...(snapshot.agents?.items.map((a) => a.AgentName) ?? []),
    ...(snapshot.skillGroups?.items.map((g) => g.SkillGroupName) ?? []),
    ...Object.values(snapshot.skillGroupNames ?? {}),
    ...(snapshot.agentReport?.items.map((a) => a.AgentName) ?? []),
    ...snapshot.instance.AdminList.map((a) => a.DisplayName),
    snapshot.instance.Name,
    snapshot.instance.Description
  ]
  return [...new Set(names.filter((name) => name.trim() !== ''))].sort((a, b) => b.length - a.length)
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
