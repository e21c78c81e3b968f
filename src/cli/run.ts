/**
 * The headless CLI: the same client, normalisation and range rules as the app, for scripts and
 * scheduled jobs. `runCli` takes its streams and environment as arguments so tests run it in-process.
 */
import { InputError, PresentableError, toAppError } from '../core/errors'
import type { AppError } from '../shared/result'
import { parseArgs } from 'node:util'
import { INSTANCE_ID_HINT, isInstanceId } from '../shared/ccc/ids'
import { AGENT_STATE_NAMES, isAgentState } from '../shared/ccc/agent-states'
import { isListFilterText, LIST_FILTER_HINT, LIST_FILTER_MAX_CHARS, type AgentStateFilter } from '../shared/ccc/list-filters'
import { RangeRuleError } from '../shared/ccc/range-split'
import { DEFAULT_REGION } from '../shared/ccc/endpoint'
import { instanceTimeZone, isIanaTimeZone, type InstanceZones } from '../shared/ccc/instance-zone'
import { presetRange } from '../shared/ccc/report-range'
import type { IntervalGranularity } from '../shared/ccc/types'
import { stringifyJson } from '../shared/json'
import { EXPORT_HEADERS, type ExportHeaders } from '../shared/export-formats'
import { displayNamesOf, type SkillGroupDisplayNames } from '../shared/ccc/skill-group-names'
import type { CccClient, CccClientOptions } from '../core/ccc/client'
import { CccError } from '../core/ccc/errors'
import { terminalSafeJson, terminalSafeLines } from '../core/ccc/endpoint-text'
import { openDemoSession } from '../core/demo'
import { openEnvironmentSession, readEnvironmentCredentials, type Session } from '../core/session'
import { DEMO_CREDENTIALS, DEMO_INSTANCE_IDS, DEMO_INSTANCE_TIME_ZONES } from '../simulator/demo-account'
import { defaultDataDir, KEYCHAIN_SERVICE } from '../core/credentials/data-dir'
import { KeytarSecretStore } from '../core/credentials/keytar-secret-store'
import { MemorySecretStore } from '../core/credentials/memory-secret-store'
import { importAliyunCliProfiles } from '../core/credentials/profile-import'
import { ProfileService } from '../core/credentials/profile-service'
import { EXPORT_FORMATS, isFolderErrorCode, reserveExport, type ExportFormat, type InterruptedExport } from '../core/export/export-snapshot'

/** `snapshot --out` names a folder the files cannot go into: exit status 3, whatever the reason. */
const EXIT_FOLDER = 3

/** The CLI has no browser engine to print with: every format but PDF. */
const CLI_FORMATS = EXPORT_FORMATS.filter((format) => format !== 'pdf')
/** What `snapshot --reports` adds over its range: the skill group and the agent report. */
const SNAPSHOT_REPORTS = ['queues', 'agents'] as const
import { buildSnapshot } from '../core/export/snapshot-builder'
import { abortable } from '../core/export/export-job'
import {
  formatAgentBuckets,
  formatAgentReport,
  formatAgentStates,
  formatQueueBuckets,
  formatQueueReport,
  formatInstance,
  formatInterval,
  formatRealtime,
  formatSkillGroupStates,
  formatSummary,
  formatTrend,
  table
} from './format'
import { parseTimeArg, UsageError } from './time-arg'
import { cliLocale, errorLines } from './error-text'
import { cliTexts, STEP_KEYS, type CliSay } from './cli-texts'
import type { ErrorLocale } from '../shared/messages/errors'
import { enumWord } from '../shared/messages/enum-texts'
import { importSkipText } from '../shared/messages/import-texts'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Record<string, string | undefined>
  /**
   * Aborted when the user or the system asks to stop (SIGINT, SIGTERM), with the signal's name as
   * its reason: every command stops at once, and the exit status is 128 + the signal's number.
   */
  signal?: AbortSignal
  /**
   * Client settings for tests (short retry delays, a pinned clock); not reachable from the command
   * line. Its `now` is also the CLI's clock for default ranges and snapshot times.
   */
  clientOptions?: Partial<CccClientOptions>
  /** Whether progress lines may be drawn on stderr. */
  interactive?: boolean
  /** All of standard input, for secrets piped in (`profiles add`). */
  readStdin?: () => Promise<string>
  /** Asks on the terminal without echoing; present only when stdin is a terminal. */
  promptHidden?: (question: string) => Promise<string>
  /** Asks on the terminal, echoing the answer (the AccessKey ID); present only when stdin is a terminal. */
  prompt?: (question: string) => Promise<string>
}

/** The help in `locale`: the states --state takes (each with its word in zh-CN) and the demo's instances filled in. */
export function usage(locale: ErrorLocale): string {
  const t = cliTexts(locale)
  const states = AGENT_STATE_NAMES.map((state) => (locale === 'en-US' ? state : `${state}（${enumWord('agentState', state, locale)}）`))
  return t('help', { states: states.join(t('list.separator')), demoInstances: DEMO_INSTANCE_IDS.join(t('list.separator')) })
}

const COMMANDS = ['instance', 'realtime', 'summary', 'interval', 'trend', 'queues', 'agents', 'queue-report', 'agent-report', 'snapshot', 'sim', 'profiles'] as const
type Command = (typeof COMMANDS)[number]

const OPTIONS = {
  instance: { type: 'string' },
  interval: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  endpoint: { type: 'string' },
  region: { type: 'string' },
  port: { type: 'string' },
  seed: { type: 'string' },
  json: { type: 'boolean' },
  demo: { type: 'boolean' },
  profile: { type: 'string' },
  name: { type: 'string' },
  'access-key-id': { type: 'string' },
  instances: { type: 'string' },
  'sts-token': { type: 'boolean' },
  out: { type: 'string' },
  format: { type: 'string' },
  reports: { type: 'string' },
  'time-zone': { type: 'string' },
  lang: { type: 'string' },
  headers: { type: 'string' },
  'skill-group': { type: 'string' },
  agent: { type: 'string' },
  state: { type: 'string' },
  query: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

type QueryCommand = Exclude<Command, 'sim' | 'profiles' | 'snapshot'>
type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let values: Values
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }))
  } catch (error) {
    const detail = (error as Error).message
    const lang = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined
    const locale = cliLocale(lang, io.env)
    io.stderr(`${errorLines({ code: 'Usage.BadOption', message: detail, params: { detail } }, locale, { showCode: false })}\n${usage(locale)}\n`)
    return 2
  }
  const locale = cliLocale(values.lang, io.env)
  if (values.lang !== undefined && values.lang !== 'zh-CN' && values.lang !== 'en-US') {
    io.stderr(errorLines({ code: 'Usage.Lang', message: '--lang is zh-CN or en-US.', params: {} }, locale, { showCode: false }))
    return 2
  }
  const command = positionals[0]
  if (values.help || command === undefined || command === 'help') {
    io.stdout(`${usage(locale)}\n`)
    return command === undefined && !values.help ? 2 : 0
  }
  const maxPositionals = command === 'profiles' ? 3 : 1
  if (!(COMMANDS as readonly string[]).includes(command) || positionals.length > maxPositionals) {
    const unknown = positionals.join(' ').slice(0, 80)
    io.stderr(`${errorLines({ code: 'Usage.UnknownCommand', message: `unknown command "${unknown}"`, params: { command: unknown } }, locale, { showCode: false })}\n${usage(locale)}\n`)
    return 2
  }
  return untilDoneOrStopped(command as Command, runCommand(command as Command, positionals, values, io), io, locale)
}

/** The exit status for each signal that stops the CLI: 128 + its number, as shells report it. */
export const STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const
export type StopSignal = keyof typeof STOP_SIGNALS

/** The status of a stopped run, said on stderr; a snapshot says no file of it was kept. */
function stopped(command: Command, io: CliIo, locale: ErrorLocale): number {
  const reason: unknown = io.signal?.reason
  const name: StopSignal = reason === 'SIGTERM' ? 'SIGTERM' : 'SIGINT'
  io.stderr(`${cliTexts(locale)(command === 'snapshot' ? 'stoppedSnapshot' : 'stopped', { signal: name })}\n`)
  return STOP_SIGNALS[name]
}

/**
 * The command's exit status, or the stop status as soon as a signal comes. A snapshot is waited
 * for, since it stops itself at once and removes what it wrote, and so is `sim`, which closes its
 * server; any other command has nothing to undo, so its call in flight is simply left behind.
 */
async function untilDoneOrStopped(command: Command, work: Promise<number>, io: CliIo, locale: ErrorLocale): Promise<number> {
  const signal = io.signal
  if (!signal || command === 'snapshot' || command === 'sim') return work
  const stop = new Promise<'stopped'>((resolve) => {
    if (signal.aborted) resolve('stopped')
    signal.addEventListener('abort', () => resolve('stopped'), { once: true })
  })
  const first = await Promise.race([work, stop])
  return first === 'stopped' ? stopped(command, io, locale) : first
}

async function runCommand(command: Command, positionals: string[], values: Values, io: CliIo): Promise<number> {
  const locale = cliLocale(values.lang, io.env)
  try {
    if (command === 'sim') return await runSimulator(values, io)
    if (command === 'profiles') return await runProfiles(positionals.slice(1), values, io)
    if (command === 'snapshot') return await runSnapshot(values, io)
    return await runQuery(command as QueryCommand, values, io)
  } catch (error) {
    // Whatever a stop made the work throw (a cancelled export, an abandoned call), the stop is the answer.
    if (io.signal?.aborted) return stopped(command, io, locale)
    const say = (appError: AppError, showCode = true): void =>
      io.stderr(errorLines(appError, locale, { timeZone: reportZones.get(io), showCode }))
    if (error instanceof UsageError) {
      say({ code: error.code, message: error.message, params: error.params }, false)
      return 2
    }
    if (error instanceof CccError) {
      say(error.toAppError())
      return 1
    }
    if (error instanceof InputError) {
      say(error.toAppError())
      return 2
    }
    if (error instanceof PresentableError) {
      say(error.toAppError())
      return isFolderErrorCode(error.code) ? EXIT_FOLDER : 1
    }
    if (error instanceof RangeRuleError) {
      say(toAppError(error))
      return 2
    }
    say(toAppError(error), false)
    return 1
  }
}

function parseIntOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be an integer from ${min} to ${max}.`, 'Usage.Integer', { option: name, min, max })
  return n
}

async function runSimulator(values: Values, io: CliIo): Promise<number> {
  const port = parseIntOption(values.port, '--port', 0, 65535) ?? 0
  const seed = parseIntOption(values.seed, '--seed', 0, 2 ** 31 - 1) ?? 1
  // Loaded for `sim` only: every other command starts without the simulator's code.
  const { startSimulator } = await import('../simulator')
  const simulator = await startSimulator({ port, seed })
  const credentials = DEMO_CREDENTIALS
  const locale = cliLocale(values.lang, io.env)
  const t = cliTexts(locale)
  io.stdout(
    [
      t('sim.listening', { url: simulator.url, seed }),
      t('sim.instances', { instances: DEMO_INSTANCE_IDS.join(t('list.separator')) }),
      t('sim.credentials'),
      `  ALIBABA_CLOUD_ACCESS_KEY_ID=${credentials.accessKeyId}`,
      `  ALIBABA_CLOUD_ACCESS_KEY_SECRET=${credentials.accessKeySecret}`,
      t('sim.try', { command: `ccc-supervisor realtime --endpoint ${simulator.url} --instance ${DEMO_INSTANCE_IDS[0]}` }),
      t('sim.stop'),
      ''
    ].join('\n')
  )
  const signal = io.signal
  await new Promise<void>((resolve) => {
    if (signal?.aborted) resolve()
    signal?.addEventListener('abort', () => resolve(), { once: true })
  })
  await simulator.close()
  return stopped('sim', io, locale)
}

async function openSession(values: Values, io: CliIo): Promise<Session> {
  if (values.demo) return openDemoSession({ client: io.clientOptions ?? {} })
  if (values.profile !== undefined) {
    const profiles = profileService(io)
    const found = await profiles.findByName(values.profile)
    if (!found) throw new UsageError(`there is no profile named "${values.profile.slice(0, 64)}" (see: ccc-supervisor profiles list).`, 'Usage.NoProfile', { name: values.profile.slice(0, 64) })
    const resolved = await profiles.resolve(found.id)
    return openEnvironmentSession(
      {
        credentials: resolved.credentials,
        region: values.region ?? resolved.region,
        endpoint: values.endpoint ?? resolved.endpoint,
        instanceIds: resolved.profile.instanceIds
      },
      io.clientOptions ?? {}
    )
  }
  const found = readEnvironmentCredentials(io.env)
  if (!found) {
    throw new UsageError(
      'no credentials: pass --profile NAME, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or pass --demo to use the built-in simulator.',
      'Usage.NoCredentials'
    )
  }
  if (values.region !== undefined) found.region = values.region
  if (values.endpoint !== undefined) found.endpoint = values.endpoint
  return openEnvironmentSession(found, io.clientOptions ?? {})
}

/** `--time-zone`, refused before anything else happens unless it is an IANA name. */
function timeZoneOption(values: Values): string | undefined {
  const asked = values['time-zone']
  if (asked !== undefined && !isIanaTimeZone(asked)) {
    throw new UsageError(`--time-zone "${terminalSafeLines(asked.slice(0, 64))}" is not an IANA time zone such as Asia/Shanghai or Europe/London.`, 'Usage.TimeZone', { zone: asked.slice(0, 64) })
  }
  return asked
}

/**
 * What the session the options pick says of its instances' zones, read without opening it (no
 * keychain, no call): the demo's own, the profile's, or none beside the region.
 */
async function sessionZones(values: Values, io: CliIo): Promise<InstanceZones> {
  if (values.demo) return { region: DEFAULT_REGION, timeZones: DEMO_INSTANCE_TIME_ZONES }
  const found = values.profile === undefined ? undefined : await profileService(io).findByName(values.profile)
  if (found) return { region: values.region ?? found.region, timeZones: found.timeZones }
  return { region: values.region ?? (io.env.ALIBABA_CLOUD_REGION_ID?.trim() || DEFAULT_REGION), timeZones: {} }
}

/** The app's profile list and keychain, as the CLI shares them. */
function profileService(io: CliIo): ProfileService {
  const service = io.env.CCC_SUPERVISOR_KEYCHAIN_SERVICE || KEYCHAIN_SERVICE
  return new ProfileService(defaultDataDir(io.env), new KeytarSecretStore(service), new MemorySecretStore())
}

/**
 * What `profiles add` keeps in the keychain: the AccessKey ID (unless --access-key-id gave it), the
 * secret and, with --sts-token, the token. Asked in that order on the terminal (the ID echoed, the
 * rest hidden), or read from stdin one per line in that order: none of them in the process arguments.
 */
async function readCredentials(values: Values, io: CliIo, t: CliSay): Promise<{ accessKeyId: string; secret: string; token: string | undefined }> {
  const given = values['access-key-id']
  let answers: string[] = []
  if (io.promptHidden) {
    if (given === undefined) answers.push(await (io.prompt ?? io.promptHidden)(t('prompt.accessKeyId')))
    answers.push(await io.promptHidden(t('prompt.secret')))
    if (values['sts-token']) answers.push(await io.promptHidden(t('prompt.stsToken')))
    answers = answers.map((a) => a.trim())
  } else if (io.readStdin) {
    answers = (await io.readStdin()).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')
  }
  const accessKeyId = given ?? answers.shift()
  const [secret, token] = [answers[0], values['sts-token'] ? answers[1] : undefined]
  if (!accessKeyId) {
    throw new UsageError('no AccessKey ID: type it at the prompt, or pipe it on stdin as the first line, before the secret.', 'Usage.NoAccessKeyId')
  }
  if (!secret) throw new UsageError('no secret: type it at the prompt or pipe it on stdin (never as an argument).', 'Usage.NoSecret')
  if (values['sts-token'] && !token) throw new UsageError('--sts-token: the STS token is expected on the line after the secret.', 'Usage.NoStsToken')
  return { accessKeyId, secret, token }
}

async function runProfiles(args: string[], values: Values, io: CliIo): Promise<number> {
  const [action, argument] = args
  const profiles = profileService(io)
  const locale = cliLocale(values.lang, io.env)
  const t = cliTexts(locale)
  switch (action) {
    case 'list': {
      const list = await profiles.list()
      if (values.json) io.stdout(`${stringifyJson(list, 2)}\n`)
      else if (list.length === 0) io.stdout(`${t('profiles.none')}\n`)
      else {
        io.stdout(
          `${table(
            (['profiles.name', 'profiles.accessKeyId', 'profiles.destination', 'profiles.instances', 'profiles.secret'] as const).map((key) => t(key)),
            list.map((p) => [
              p.name,
              p.accessKeyIdMasked,
              p.endpoint ?? p.region,
              p.instanceIds.map((id) => (Object.hasOwn(p.timeZones, id) ? `${id} (${p.timeZones[id]})` : id)).join(', '),
              t(p.storage === 'keychain' ? 'profiles.keychain' : 'profiles.sessionOnly')
            ])
          )}\n`
        )
      }
      return 0
    }
    case 'add': {
      if (!values.name) throw new UsageError('profiles add needs --name.', 'Usage.NeedsOption', { command: 'profiles add', option: '--name' })
      const zone = timeZoneOption(values)
      const instanceIds = (values.instances ?? '').split(/[\s,]+/).filter((id) => id !== '')
      const { accessKeyId, secret, token } = await readCredentials(values, io, t)
      const saved = await profiles.save({
        name: values.name,
        accessKeyId,
        accessKeySecret: secret,
        securityToken: token,
        region: values.region,
        endpoint: values.endpoint ?? null,
        instanceIds,
        ...(zone !== undefined ? { timeZones: Object.fromEntries(instanceIds.map((id) => [id, zone])) } : {}),
        storage: 'keychain'
      })
      io.stdout(`${t('profiles.saved', { name: saved.name, accessKeyId: saved.accessKeyIdMasked })}\n`)
      return 0
    }
    case 'remove': {
      if (!argument) throw new UsageError('profiles remove needs the profile name.', 'Usage.NeedsOption', { command: 'profiles remove', option: 'NAME' })
      const found = await profiles.findByName(argument)
      if (!found) throw new UsageError(`there is no profile named "${argument.slice(0, 64)}".`, 'Usage.NoProfile', { name: argument.slice(0, 64) })
      await profiles.remove(found.id)
      io.stdout(`${t('profiles.removed', { name: found.name })}\n`)
      return 0
    }
    case 'import-aliyun-cli': {
      const report = await importAliyunCliProfiles(profiles, { path: argument, storage: 'keychain' })
      if (values.json) {
        io.stdout(`${stringifyJson(report, 2)}\n`)
        return 0
      }
      const lines = [
        ...report.imported.map((p) => t('profiles.imported', { name: p.name, accessKeyId: p.accessKeyIdMasked, region: p.region })),
        ...report.skipped.map((s) => t('profiles.skipped', { name: s.name, mode: s.mode, reason: s.code === undefined ? s.reason : importSkipText(s.code, locale, s.params) }))
      ]
      io.stdout(`${lines.length > 0 ? lines.join('\n') : t('profiles.emptyConfig')}\n`)
      return 0
    }
    default:
      throw new UsageError('profiles needs one of: list, add, remove, import-aliyun-cli.', 'Usage.ProfilesSubcommand')
  }
}

const cliNow = (io: CliIo): number => (io.clientOptions?.now ?? Date.now)()

/**
 * The range a command asks for: --from/--to read in the instance's zone, defaulting to today's
 * midnight there and now (a cron job on a UTC server still asks for the instance's day).
 */
/** The zone a command reads its range in: its errors show their times there. */
const reportZones = new WeakMap<CliIo, string>()

function requestedRange(values: Values, io: CliIo, timeZone: string): { startTime: number; endTime: number } {
  // The app's "Today" preset, so the CLI and the page mean the same day.
  const today = presetRange('today', cliNow(io), timeZone)
  reportZones.set(io, timeZone)
  return {
    startTime: values.from !== undefined ? parseTimeArg(values.from, '--from', timeZone) : today.startTime,
    endTime: values.to !== undefined ? parseTimeArg(values.to, '--to', timeZone) : today.endTime
  }
}

async function runSnapshot(values: Values, io: CliIo): Promise<number> {
  const instanceId = values.instance
  if (instanceId === undefined || !isInstanceId(instanceId)) throw new UsageError(`snapshot needs --instance ID. ${INSTANCE_ID_HINT}`, 'Usage.NeedsOption', { command: 'snapshot', option: '--instance ID' })
  if (!values.out) throw new UsageError('snapshot needs --out DIR, the folder to write into.', 'Usage.NeedsOption', { command: 'snapshot', option: '--out DIR' })
  const formats = (values.format ?? CLI_FORMATS.join(',')).split(',').map((f) => f.trim()).filter((f) => f !== '')
  if (formats.includes('pdf')) {
    throw new UsageError(`PDF is printed by the CCC Supervisor app; the CLI writes ${CLI_FORMATS.join(', ')} (print the .html to get a PDF).`, 'Usage.PdfInCli', { formats: CLI_FORMATS.join(', ') })
  }
  const unknown = formats.find((f) => !(CLI_FORMATS as readonly string[]).includes(f))
  if (unknown !== undefined || formats.length === 0) {
    throw new UsageError(`--format takes a comma-separated list of ${CLI_FORMATS.join(', ')}.`, 'Usage.Formats', { formats: CLI_FORMATS.join(', ') })
  }
  const reports = (values.reports ?? '').split(',').map((r) => r.trim()).filter((r) => r !== '')
  if ((values.reports !== undefined && reports.length === 0) || reports.some((r) => !(SNAPSHOT_REPORTS as readonly string[]).includes(r))) {
    throw new UsageError(`--reports takes a comma-separated list of ${SNAPSHOT_REPORTS.join(', ')}.`, 'Usage.Reports', { reports: SNAPSHOT_REPORTS.join(', ') })
  }
  const headers = values.headers ?? 'words'
  if (!(EXPORT_HEADERS as readonly string[]).includes(headers)) {
    throw new UsageError('--headers is words (labels, for people) or fields (field names, for scripts).', 'Usage.Headers', {})
  }
  // The files' words are in the CLI's language: --lang, else the locale's.
  const language = cliLocale(values.lang, io.env)
  const t = cliTexts(language)
  const interval = values.interval ?? 'Hourly'
  if (interval !== 'Daily' && interval !== 'Hourly') throw new UsageError('--interval is Daily or Hourly.', 'Usage.Interval', { option: '--interval' })
  const asked = timeZoneOption(values)
  const timeZone = asked ?? instanceTimeZone(await sessionZones(values, io), instanceId)
  const range = requestedRange(values, io, timeZone)
  // Before any call: a cron job learns of a bad folder at once, spends none of the quota, and
  // holds its names from its start, so a job started beside it in the same minute takes others.
  const { signal } = io
  const reservation = await reserveExport(values.out, { instanceId, createdAt: cliNow(io), timeZone }, formats as ExportFormat[], {
    createFolder: true,
    ...(signal ? { signal } : {}),
    onInterrupted: (sets) => io.stderr(describeInterrupted(values.out ?? '', sets, t))
  })
  try {
    const session = await openSession(values, io)
    try {
      // A stop answers at once, not after the call in flight; the export then removes what it wrote.
      const snapshot = await buildSnapshot(signal ? abortable(session.client, signal) : session.client, {
        instanceId,
        profileName: values.profile ?? null,
        timeZone,
        interval: { ...range, interval },
        trend: range,
        ...(reports.includes('queues') ? { queueReport: range } : {}),
        ...(reports.includes('agents') ? { agentReport: range } : {}),
        now: () => cliNow(io),
        ...(signal ? { signal } : {}),
        onProgress: (step, done, total) => {
          if (io.interactive) io.stderr(`\r${t('progress.step', { step: t(STEP_KEYS[step]), done, total })}   `)
        }
      })
      if (io.interactive) io.stderr('\n')
      const written = await reservation.write(snapshot, { language, headers: headers as ExportHeaders })
      io.stdout(`${written.join('\n')}\n`)
      return 0
    } finally {
      await session.close()
    }
  } finally {
    // Nothing once the files are written; otherwise the names and a folder it made are given up.
    await reservation.release()
  }
}

/** The sets earlier, killed runs left incomplete in the folder, which were just cleared. */
function describeInterrupted(dir: string, sets: InterruptedExport[], t: CliSay): string {
  return sets
    .map(({ stem, removed }) => `${t(removed === 0 ? 'note.interruptedNone' : removed === 1 ? 'note.interruptedOne' : 'note.interruptedMany', { dir, stem, removed })}\n`)
    .join('')
}

/** `agents`' filters as CCC takes them; a state it does not know is refused, naming those it does. */
function agentFilter(values: Values): AgentStateFilter {
  const text = (value: string | undefined, option: string): string | undefined => {
    if (value === undefined) return undefined
    if (!isListFilterText(value)) throw new UsageError(`${option} is ${LIST_FILTER_HINT}.`, 'Usage.ListFilter', { option, max: LIST_FILTER_MAX_CHARS })
    return value.trim() === '' ? undefined : value.trim()
  }
  const states = values.state?.split(',').map((s) => s.trim()).filter((s) => s !== '')
  const unknown = states?.find((s) => !isAgentState(s))
  if (unknown !== undefined) {
    throw new UsageError(`--state: "${terminalSafeLines(unknown.slice(0, 40))}" is not an agent state; the states are ${AGENT_STATE_NAMES.join(', ')}.`, 'Usage.AgentState', { state: unknown.slice(0, 40), states: AGENT_STATE_NAMES.join(', ') })
  }
  return { skillGroupId: text(values['skill-group'], '--skill-group'), query: text(values.query, '--query'), states: states?.filter(isAgentState) }
}

/**
 * The skill groups' DisplayNames for a table (ListSkillGroups, a page per 100 groups); `--json`
 * prints the list items as CCC sent them and needs none. Without them the table shows CCC's
 * SkillGroupName and says why on stderr: the states are what was asked for.
 */
async function tableNames(values: Values, client: CccClient, instanceId: string, io: CliIo, t: CliSay): Promise<SkillGroupDisplayNames> {
  if (values.json) return {}
  try {
    return displayNamesOf(await client.listSkillGroups(instanceId))
  } catch (error) {
    io.stderr(`${error instanceof CccError ? t('note.namesUnreadableCode', { code: error.code }) : t('note.namesUnreadable')}\n`)
    return {}
  }
}

interface ReportFilter {
  skillGroupId: string | undefined
  agentIds: string[]
  /** A drill-down: one group's or agent's buckets instead of one row each. */
  interval: IntervalGranularity | undefined
}

/** `queue-report` and `agent-report`'s options, checked before any call. */
function reportFilter(command: 'queue-report' | 'agent-report', values: Values): ReportFilter {
  const id = (value: string, option: string): string => {
    if (!isListFilterText(value) || value.trim() === '') throw new UsageError(`${option} is ${LIST_FILTER_HINT}.`, 'Usage.ListFilter', { option, max: LIST_FILTER_MAX_CHARS })
    return value.trim()
  }
  const skillGroupId = values['skill-group'] === undefined ? undefined : id(values['skill-group'], '--skill-group')
  const agentIds = command === 'agent-report' && values.agent !== undefined ? values.agent.split(',').map((a) => id(a, '--agent')) : []
  if (command === 'queue-report' && values.agent !== undefined) throw new UsageError('queue-report takes no --agent; agent-report does.', 'Usage.NoAgentOption', { command })
  if (values.interval === undefined) return { skillGroupId, agentIds, interval: undefined }
  if (values.interval !== 'Daily' && values.interval !== 'Hourly') throw new UsageError('--interval is Daily or Hourly.', 'Usage.Interval', { option: '--interval' })
  const subject = command === 'queue-report' ? skillGroupId !== undefined : agentIds.length === 1
  if (!subject) {
    throw command === 'queue-report'
      ? new UsageError('queue-report --interval drills into one skill group: give --skill-group ID.', 'Usage.DrillDownGroup')
      : new UsageError('agent-report --interval drills into one agent: give one --agent ID.', 'Usage.DrillDownAgent')
  }
  return { skillGroupId, agentIds, interval: values.interval }
}

async function runQuery(command: QueryCommand, values: Values, io: CliIo): Promise<number> {
  const instanceId = values.instance
  if (instanceId === undefined) throw new UsageError(`${command} needs --instance ID.`, 'Usage.NeedsOption', { command, option: '--instance ID' })
  if (!isInstanceId(instanceId)) throw new UsageError(`"${String(instanceId).slice(0, 80)}" is not a valid instance ID. ${INSTANCE_ID_HINT}`, 'Usage.InstanceId', { instanceId: String(instanceId).slice(0, 80) })
  let interval: IntervalGranularity = 'Daily'
  if (command === 'interval') {
    if (values.interval !== 'Daily' && values.interval !== 'Hourly') {
      throw new UsageError('interval needs --interval Daily or --interval Hourly.', 'Usage.NeedsOption', { command: 'interval', option: '--interval Daily or --interval Hourly' })
    }
    interval = values.interval
  }
  // Before any call: a wrong state, filter or zone costs none of the quota.
  const filter = command === 'agents' ? agentFilter(values) : {}
  const report = command === 'queue-report' || command === 'agent-report' ? reportFilter(command, values) : undefined
  const timeZone = timeZoneOption(values) ?? instanceTimeZone(await sessionZones(values, io), instanceId)
  const range = requestedRange(values, io, timeZone)
  const locale = cliLocale(values.lang, io.env)
  const t = cliTexts(locale)
  const progress = (done: number, total: number): void => {
    if (io.interactive && total > 1) io.stderr(`\r${t('progress.calls', { done, total })}${done === total ? '\n' : ''}`)
  }
  const session = await openSession(values, io)
  try {
    const client: CccClient = session.client
    let data: unknown
    let text: string
    switch (command) {
      case 'instance': {
        const instance = await client.getInstance(instanceId)
        ;[data, text] = [instance, formatInstance(instance, locale)]
        break
      }
      case 'realtime': {
        const states = await client.getRealtimeInstanceStates(instanceId)
        ;[data, text] = [states, formatRealtime(states, locale)]
        break
      }
      case 'summary': {
        const report = await client.getInstanceSummaryReportSinceMidnight(instanceId)
        ;[data, text] = [report, formatSummary(report, locale)]
        break
      }
      case 'interval': {
        const items = await client.listIntervalInstanceReport(instanceId, range, interval, { onProgress: progress })
        ;[data, text] = [items, formatInterval(items, timeZone, locale)]
        break
      }
      case 'trend': {
        const report = await client.getInstanceTrendingReport(instanceId, range, { onProgress: progress })
        ;[data, text] = [report, formatTrend(report, timeZone, locale)]
        break
      }
      case 'queues': {
        const [groups, names] = await Promise.all([client.listRealtimeSkillGroupStates(instanceId), tableNames(values, client, instanceId, io, t)])
        ;[data, text] = [groups, formatSkillGroupStates(groups, names, locale)]
        break
      }
      case 'agents': {
        const [agents, names] = await Promise.all([client.readRealtimeAgentStates(instanceId, filter), tableNames(values, client, instanceId, io, t)])
        ;[data, text] = [agents.items, formatAgentStates(agents, names, locale)]
        break
      }
      case 'queue-report': {
        const { skillGroupId, interval: drill } = report!
        if (drill !== undefined && skillGroupId !== undefined) {
          const items = await client.listIntervalSkillGroupReport(instanceId, skillGroupId, range, drill, { onProgress: progress })
          ;[data, text] = [items, formatQueueBuckets(items, timeZone, locale)]
        } else {
          const rows = await client.listHistoricalSkillGroupReport(instanceId, range, { skillGroupIds: skillGroupId === undefined ? [] : [skillGroupId] }, { onProgress: progress })
          ;[data, text] = [rows, formatQueueReport(rows, timeZone, locale)]
        }
        break
      }
      case 'agent-report': {
        const { skillGroupId, agentIds, interval: drill } = report!
        if (drill !== undefined && agentIds[0] !== undefined) {
          const items = await client.listIntervalAgentReport(instanceId, agentIds[0], range, drill, { onProgress: progress })
          ;[data, text] = [items, formatAgentBuckets(items, timeZone, locale)]
        } else {
          const rows = await client.listHistoricalAgentReport(instanceId, range, { skillGroupId, agentIds }, { onProgress: progress })
          ;[data, text] = [rows, formatAgentReport(rows, timeZone, locale)]
        }
        break
      }
    }
    // CCC data holds what other users typed (admin and skill group names): no escape sequence of theirs reaches the terminal.
    io.stdout(values.json ? `${terminalSafeJson(stringifyJson(data, 2))}\n` : `${terminalSafeLines(text)}\n`)
    return 0
  } finally {
    await session.close()
  }
}
