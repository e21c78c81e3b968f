/**
 * The CCC client: the five documented APIs over @alicloud/pop-core, with range splitting, retries,
 * per-API rate limits and in-flight coalescing. Knows nothing of Electron; the app, the CLI and
 * the tests all use it as it is.
 */
import { InputError } from '../errors'
import RPCClient from '@alicloud/pop-core'
import { isInstanceId, INSTANCE_ID_HINT } from '../../shared/ccc/ids'
import { AGENT_STATE_NAMES, isAgentState } from '../../shared/ccc/agent-states'
import { isListFilterText, LIST_FILTER_HINT, LIST_FILTER_MAX_CHARS, type AgentStateFilter, type AnswerClock, type LiveList } from '../../shared/ccc/list-filters'
import * as shapes from '../../shared/ccc/shapes'
import type {
  AgentHistoricalRow,
  AgentIntervalItem,
  AgentState,
  Shape,
  ShapeValue,
  SkillGroupHistoricalRow,
  SkillGroupIntervalItem,
  SkillGroupListItem,
  SkillGroupState
} from '../../shared/ccc/shapes'
import { planRange, reportKind, type ReportKind } from '../../shared/ccc/range-split'
import type {
  Instance,
  InstanceSummaryReport,
  InstanceTrendingReport,
  IntervalGranularity,
  IntervalReportItem,
  RealtimeInstanceStates,
  TimeRange
} from '../../shared/ccc/types'
import { DEFAULT_REGION, endpointForRegion, parseEndpoint } from '../../shared/ccc/endpoint'
import { boundedReader, DEFAULT_MAX_RESPONSE_BYTES } from './bounded-response'
import { checkAnswer } from './answer-check'
import { CccError } from './errors'
import { parseCccBody, readExactly } from './json-body'
import { mergeByStatsTime } from '../../shared/ccc/report-range'
import {
  readShape,
  normaliseBuckets,
  normaliseInstance,
  normaliseIntervalReport,
  normaliseRealtimeStates,
  normaliseSummaryReport,
  normaliseTrendingReport
} from './normalise'
import { InFlight, SlidingWindowLimiter } from './rate-limit'
import { DEFAULT_RATE_LIMITS, LIST_PAGE_SIZE, MAX_REPORT_AGENT_IDS, type CccAction, type RateLimit } from '../../shared/ccc/api-budget'
import { redact } from './redact'
import { answerClock } from './answer-clock'
import { DEFAULT_RETRY, withRetry, type RetryHooks, type RetryPolicy } from './retry'

export type { AgentStateFilter, CccAction }
export { DEFAULT_RATE_LIMITS, LIST_PAGE_SIZE }

export interface CccCredentials {
  accessKeyId: string
  accessKeySecret: string
  securityToken?: string | undefined
}

export const API_VERSION: Record<CccAction, '2020-07-01' | '2017-07-05'> = {
  GetInstance: '2020-07-01',
  GetRealtimeInstanceStates: '2020-07-01',
  GetInstanceTrendingReport: '2020-07-01',
  ListIntervalInstanceReport: '2020-07-01',
  GetInstanceSummaryReportSinceMidnight: '2017-07-05',
  ListRealtimeSkillGroupStates: '2020-07-01',
  ListRealtimeAgentStates: '2020-07-01',
  ListSkillGroups: '2020-07-01',
  ListIntervalSkillGroupReport: '2020-07-01',
  ListIntervalAgentReport: '2020-07-01',
  ListHistoricalSkillGroupReport: '2020-07-01',
  ListHistoricalAgentReport: '2020-07-01'
}

/**
 * Pages one list reads at most (2,000 rows by default): a server that claims millions of rows, or
 * pages on for ever, meets List.TooLong instead of spending the account's quota.
 */
export const DEFAULT_MAX_LIST_PAGES = 20

export interface CccClientOptions {
  credentials: CccCredentials
  /** Region ID (default cn-shanghai); ignored when `endpoint` is given. */
  region?: string | undefined
  /** An http(s) origin such as `http://127.0.0.1:8080` (the simulator) or a regional host. */
  endpoint?: string | undefined
  /** Per attempt. CCC's backend gives up after 10 s; pop-core's 3 s default is too short for reports. */
  timeoutMs?: number
  /** The largest answer body read, in bytes (default 16 MB); a larger one is refused as Response.TooLarge. */
  maxResponseBytes?: number
  retry?: Partial<RetryPolicy>
  retryHooks?: RetryHooks
  rateLimits?: Partial<Record<CccAction, RateLimit>>
  /** The most pages one list is read in (default 20, so 2,000 rows). */
  maxListPages?: number
  /** Clock for range rules and rate limits. */
  now?: () => number
  /** How the rate limiter waits for its window to pass: on `now`'s clock (the soak's is simulated). */
  sleep?: (ms: number) => Promise<void>
}

export interface ProgressOptions {
  /** Called after each call of a split range: `done` of `total` calls finished. */
  onProgress?: (done: number, total: number) => void
  /** Stops a split range between calls (a long export the user cancels); throws the signal's reason. */
  signal?: AbortSignal
}

type Params = Record<string, string | number>

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'Network.Unreachable',
  ENOTFOUND: 'Network.Unreachable',
  EAI_AGAIN: 'Network.Unreachable',
  ENETUNREACH: 'Network.Unreachable',
  EHOSTUNREACH: 'Network.Unreachable',
  ECONNRESET: 'Network.ConnectionReset',
  EPIPE: 'Network.ConnectionReset',
  ECONNABORTED: 'Network.ConnectionReset',
  ETIMEDOUT: 'Network.Timeout'
}

const NETWORK_MESSAGES: Record<string, string> = {
  'Network.Unreachable': 'Could not reach CCC.',
  'Network.ConnectionReset': 'The connection to CCC was closed before it answered.',
  'Network.Timeout': 'CCC did not answer in time.'
}

export class CccClient {
  readonly endpoint: string
  private readonly rpc: Record<'2020-07-01' | '2017-07-05', RPCClient>
  private readonly secrets: string[]
  private readonly retryPolicy: RetryPolicy
  private readonly limiter: SlidingWindowLimiter
  private readonly inFlight = new InFlight()
  private readonly now: () => number

  constructor(private readonly options: CccClientOptions) {
    const { credentials } = options
    if (!credentials.accessKeyId || !credentials.accessKeySecret) {
      throw new InputError('Credentials.Missing', 'An AccessKey ID and secret are required.')
    }
    const endpoint = options.endpoint
      ? parseEndpoint(options.endpoint)
      : endpointForRegion(options.region ?? DEFAULT_REGION)
    if (!endpoint) {
      throw new InputError('Input.Endpoint', 'The endpoint must be an http(s) origin such as https://ccc.cn-shanghai.aliyuncs.com.')
    }
    this.endpoint = endpoint
    this.now = options.now ?? Date.now
    this.secrets = [credentials.accessKeyId, credentials.accessKeySecret, credentials.securityToken].filter(
      (s): s is string => typeof s === 'string' && s.length > 0
    )
    const make = (apiVersion: string): RPCClient =>
      new (RPCClient as unknown as new (config: RPCClient.Config, verbose: boolean) => RPCClient)(
        {
          endpoint,
          apiVersion,
          accessKeyId: credentials.accessKeyId,
          accessKeySecret: credentials.accessKeySecret,
          ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}),
          parse: parseCccBody
        },
        true
      )
    this.rpc = { '2020-07-01': make('2020-07-01'), '2017-07-05': make('2017-07-05') }
    this.retryPolicy = { ...DEFAULT_RETRY, ...options.retry }
    const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }
    this.limiter = new SlidingWindowLimiter((key) => limits[key as CccAction], this.now, options.sleep)
  }

  getInstance(instanceId: string): Promise<Instance> {
    return this.callForInstance('GetInstance', instanceId, {}).then((body) => readExactly(body, (b) => normaliseInstance(b.Data)))
  }

  getRealtimeInstanceStates(instanceId: string): Promise<RealtimeInstanceStates> {
    return this.callForInstance('GetRealtimeInstanceStates', instanceId, {}).then((body) =>
      readExactly(body, (b) => normaliseRealtimeStates(b.Data))
    )
  }

  getInstanceSummaryReportSinceMidnight(instanceId: string): Promise<InstanceSummaryReport> {
    return this.callForInstance('GetInstanceSummaryReportSinceMidnight', instanceId, {}).then((body) =>
      readExactly(body, (b) => normaliseSummaryReport(b.InstanceSummaryReport))
    )
  }

  /** Every skill group's live state, or those of `skillGroupIds`. */
  listRealtimeSkillGroupStates(instanceId: string, skillGroupIds?: readonly string[]): Promise<SkillGroupState[]> {
    return this.readRealtimeSkillGroupStates(instanceId, skillGroupIds).then(itemsOf)
  }

  /** The same, with when CCC answered. */
  readRealtimeSkillGroupStates(instanceId: string, skillGroupIds?: readonly string[]): Promise<LiveList<SkillGroupState>> {
    let ids: string[] | undefined
    try {
      ids = skillGroupIds?.map((id) => listText(id, 'SkillGroupId'))
    } catch (error) {
      return Promise.reject(error)
    }
    return this.everyPage('ListRealtimeSkillGroupStates', instanceId, ids && ids.length > 0 ? { SkillGroupIdList: JSON.stringify(ids) } : {}, shapes.SKILL_GROUP_STATES_PAGE)
  }

  /** Every agent's live state, filtered by CCC as asked. */
  listRealtimeAgentStates(instanceId: string, filter: AgentStateFilter = {}): Promise<AgentState[]> {
    return this.readRealtimeAgentStates(instanceId, filter).then(itemsOf)
  }

  /** The same, with when CCC answered: time in state is counted from StateTime on CCC's clock. */
  readRealtimeAgentStates(instanceId: string, filter: AgentStateFilter = {}): Promise<LiveList<AgentState>> {
    const params: Params = {}
    try {
      if (filter.skillGroupId !== undefined && filter.skillGroupId !== '') params.SkillGroupId = listText(filter.skillGroupId, 'SkillGroupId')
      if (filter.query !== undefined && filter.query !== '') params.Query = listText(filter.query, 'Query')
      if (filter.states && filter.states.length > 0) {
        const unknown = filter.states.find((state) => !isAgentState(state))
        if (unknown !== undefined) {
          throw new InputError('Input.AgentState', `"${String(unknown).slice(0, 40)}" is not an agent state; the states are ${AGENT_STATE_NAMES.join(', ')}.`, { state: String(unknown).slice(0, 40), states: AGENT_STATE_NAMES.join(', ') })
        }
        params.StateList = JSON.stringify([...new Set(filter.states)])
      }
    } catch (error) {
      return Promise.reject(error)
    }
    return this.everyPage('ListRealtimeAgentStates', instanceId, params, shapes.AGENT_STATES_PAGE)
  }

  /** Every skill group's names and size. */
  listSkillGroups(instanceId: string): Promise<SkillGroupListItem[]> {
    return this.everyPage('ListSkillGroups', instanceId, {}, shapes.SKILL_GROUPS_PAGE).then(itemsOf)
  }

  /**
   * Every row of a paged list: the first page says how many there are, the rest are asked for at
   * once and wait their turn in the API's budget. Past `maxListPages` nothing more is asked. The
   * clock is the first page's: the one answer every list has.
   */
  private async everyPage<S extends Shape>(
    action: CccAction,
    instanceId: string,
    params: Params,
    page: PageShape<S>,
    { onProgress, signal }: ProgressOptions = {}
  ): Promise<LiveList<ShapeValue<S>>> {
    const read = (body: Record<string, unknown>) => readExactly(body, (b) => readShape(b.Data, page) as unknown as Page<S>)
    signal?.throwIfAborted()
    // How many pages there are is known from the first: until it answers, it is the only one.
    onProgress?.(0, 1)
    const answered = await this.answerForInstance(action, instanceId, { ...params, PageNumber: 1, PageSize: LIST_PAGE_SIZE })
    const first = read(answered.body)
    const total = first.TotalCount ?? first.List.length
    const pages = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE))
    const maxPages = this.options.maxListPages ?? DEFAULT_MAX_LIST_PAGES
    if (!Number.isFinite(pages) || pages > maxPages) {
      throw new CccError({
        code: 'List.TooLong',
        message: `CCC says ${action} has ${String(total).slice(0, 16)} rows, more than the ${maxPages * LIST_PAGE_SIZE} this console reads in one go (${maxPages} pages). Nothing was shown; narrow the list with a filter.`,
        params: { action, total: String(total).slice(0, 16), limit: maxPages * LIST_PAGE_SIZE },
        kind: 'service'
      })
    }
    let done = 1
    onProgress?.(done, pages)
    // Every page waits its turn in the budget; a stop asked for meanwhile spares the pages not yet sent.
    const rest = await Promise.all(
      Array.from({ length: pages - 1 }, async (_, i) => {
        const answer = await this.answerForInstance(action, instanceId, { ...params, PageNumber: i + 2, PageSize: LIST_PAGE_SIZE }, signal)
        onProgress?.(++done, pages)
        return read(answer.body)
      })
    )
    // A page longer than asked for is cut: the count of rows is the one the first page promised.
    const items = [first, ...rest].flatMap((p) => p.List.slice(0, LIST_PAGE_SIZE)).slice(0, total) as ShapeValue<S>[]
    return { items, ...answered.clock }
  }

  /** Any range up to 180 days back, in 7-day calls. */
  async getInstanceTrendingReport(
    instanceId: string,
    range: TimeRange,
    options: ProgressOptions = {}
  ): Promise<InstanceTrendingReport> {
    const parts = await this.splitCalls('GetInstanceTrendingReport', 'trend', instanceId, range, {}, options, (body) => normaliseTrendingReport(body.Data))
    return {
      Inbound: mergeByStatsTime(parts.map((p) => p.Inbound)),
      Outbound: mergeByStatsTime(parts.map((p) => p.Outbound))
    }
  }

  /** Any range up to 180 days back, in 10-day (Hourly) or 180-day (Daily) calls. */
  async listIntervalInstanceReport(
    instanceId: string,
    range: TimeRange,
    interval: IntervalGranularity,
    options: ProgressOptions = {}
  ): Promise<IntervalReportItem[]> {
    const parts = await this.splitCalls('ListIntervalInstanceReport', reportKind(interval), instanceId, range, { Interval: interval }, options, (body) =>
      normaliseIntervalReport(body.Data)
    )
    return mergeByStatsTime(parts)
  }

  /** One skill group over any range up to 180 days back, Daily or Hourly, split as the instance report is. */
  listIntervalSkillGroupReport(
    instanceId: string,
    skillGroupId: string,
    range: TimeRange,
    interval: IntervalGranularity,
    options: ProgressOptions = {}
  ): Promise<SkillGroupIntervalItem[]> {
    return this.bucketsOf('ListIntervalSkillGroupReport', shapes.SKILL_GROUP_INTERVAL_ITEM, instanceId, { SkillGroupId: skillGroupId }, range, interval, options)
  }

  /** One agent over any range up to 180 days back, Daily or Hourly. */
  listIntervalAgentReport(
    instanceId: string,
    agentId: string,
    range: TimeRange,
    interval: IntervalGranularity,
    options: ProgressOptions = {}
  ): Promise<AgentIntervalItem[]> {
    return this.bucketsOf('ListIntervalAgentReport', shapes.AGENT_INTERVAL_ITEM, instanceId, { AgentId: agentId }, range, interval, options)
  }

  /** The buckets of the one group or agent `subject` names, its ID checked as a list filter is. */
  private async bucketsOf<S extends Shape>(
    action: CccAction,
    shape: S,
    instanceId: string,
    subject: { SkillGroupId: string } | { AgentId: string },
    range: TimeRange,
    interval: IntervalGranularity,
    options: ProgressOptions
  ): Promise<ShapeValue<S>[]> {
    const [[name, id]] = Object.entries(subject) as [['SkillGroupId' | 'AgentId', string]]
    const params: Params = { [name]: listText(id, name), Interval: interval }
    const parts = await this.splitCalls(action, reportKind(interval), instanceId, range, params, options, (body) => normaliseBuckets(body.Data, shape))
    return mergeByStatsTime(parts as unknown as Array<Array<ShapeValue<S> & { StatsTime: number }>>)
  }

  /** Every skill group (or those of `skillGroupIds`) over the range: one row each, every page at once. */
  async listHistoricalSkillGroupReport(
    instanceId: string,
    range: TimeRange,
    filter: { skillGroupIds?: readonly string[] } = {},
    options: ProgressOptions = {}
  ): Promise<SkillGroupHistoricalRow[]> {
    const ids = filter.skillGroupIds?.map((id) => listText(id, 'SkillGroupId')) ?? []
    const served = this.historicalRange(range)
    const params: Params = { StartTime: served.startTime, EndTime: served.endTime, ...(ids.length > 0 ? { SkillGroupIdList: JSON.stringify(ids) } : {}) }
    return (await this.everyPage('ListHistoricalSkillGroupReport', instanceId, params, shapes.SKILL_GROUP_HISTORICAL_PAGE, options)).items
  }

  /**
   * Every agent (of one skill group, or of `agentIds`) over the range, one row each. The API takes
   * 100 IDs a call, so more are asked for 100 at a time; its end is named StopTime.
   */
  async listHistoricalAgentReport(
    instanceId: string,
    range: TimeRange,
    filter: { skillGroupId?: string; agentIds?: readonly string[] } = {},
    options: ProgressOptions = {}
  ): Promise<AgentHistoricalRow[]> {
    const ids = [...new Set(filter.agentIds?.map((id) => listText(id, 'AgentId')) ?? [])]
    const served = this.historicalRange(range)
    const params: Params = { StartTime: served.startTime, StopTime: served.endTime }
    if (filter.skillGroupId !== undefined && filter.skillGroupId !== '') params.SkillGroupId = listText(filter.skillGroupId, 'SkillGroupId')
    if (ids.length === 0) return (await this.everyPage('ListHistoricalAgentReport', instanceId, params, shapes.AGENT_HISTORICAL_PAGE, options)).items
    const rows: AgentHistoricalRow[] = []
    for (let from = 0; from < ids.length; from += MAX_REPORT_AGENT_IDS) {
      const AgentIdList = JSON.stringify(ids.slice(from, from + MAX_REPORT_AGENT_IDS))
      rows.push(...(await this.everyPage('ListHistoricalAgentReport', instanceId, { ...params, AgentIdList }, shapes.AGENT_HISTORICAL_PAGE, options)).items)
    }
    return rows
  }

  /** A historical report sums its whole range in one answer: the range rules of a Daily report, never split. */
  private historicalRange(range: TimeRange): TimeRange {
    return planRange('daily', range, this.now()).range
  }

  private async splitCalls<T>(
    action: CccAction,
    kind: ReportKind,
    instanceId: string,
    range: TimeRange,
    extra: Params,
    { onProgress, signal }: ProgressOptions,
    read: (body: Record<string, unknown>) => T
  ): Promise<T[]> {
    const plan = planRange(kind, range, this.now())
    const results: T[] = []
    onProgress?.(0, plan.calls.length)
    // One call at a time: the rate limit is the real bound, and order keeps progress honest.
    for (const call of plan.calls) {
      signal?.throwIfAborted()
      const body = await this.callForInstance(action, instanceId, {
        ...extra,
        StartTime: call.startTime,
        EndTime: call.endTime
      })
      results.push(readExactly(body, read))
      onProgress?.(results.length, plan.calls.length)
    }
    return results
  }

  private callForInstance(action: CccAction, instanceId: string, params: Params): Promise<Record<string, unknown>> {
    return this.answerForInstance(action, instanceId, params).then((answer) => answer.body)
  }

  private answerForInstance(action: CccAction, instanceId: string, params: Params, signal?: AbortSignal): Promise<Answer> {
    if (!isInstanceId(instanceId)) {
      return Promise.reject(
        new InputError('Input.InstanceId', `"${String(instanceId).slice(0, 80)}" is not a valid instance ID. ${INSTANCE_ID_HINT}`, { instanceId: String(instanceId).slice(0, 80) })
      )
    }
    return this.answer(action, { InstanceId: instanceId, ...params }, signal)
  }

  /** One API call as the user sees it: coalesced, rate limited, retried, failures made safe. */
  call(action: CccAction, params: Params): Promise<Record<string, unknown>> {
    return this.answer(action, params).then((answer) => answer.body)
  }

  /** The same, with when CCC answered. */
  private answer(action: CccAction, params: Params, signal?: AbortSignal): Promise<Answer> {
    const key = `${action}?${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}`
    return this.inFlight.run(key, () =>
      withRetry(
        async () => {
          await this.limiter.acquire(action)
          // A run stopped while this call waited for its turn is not sent at all.
          signal?.throwIfAborted()
          return this.attempt(action, params)
        },
        this.retryPolicy,
        this.options.retryHooks
      )
    )
  }

  private async attempt(action: CccAction, params: Params): Promise<Answer> {
    const version = API_VERSION[action]
    let json: Record<string, unknown>
    let status: number | undefined
    let date: unknown
    try {
      // The official SDKs POST a form body, which also keeps the signed parameters out of URLs.
      const [body, entry] = await this.rpc[version].request<[Record<string, unknown>, RpcEntry]>(action, params, {
        method: 'POST',
        timeout: this.options.timeoutMs ?? 10_000,
        formatParams: false,
        readResponse: boundedReader(action, this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES)
      })
      json = body
      status = entry.response?.statusCode
      date = entry.response?.headers?.date
    } catch (error) {
      throw this.toCccError(error)
    }
    // A hostile body may be anything JSON can hold (null, 5, a list): read its fields from an object only.
    const envelope: Record<string, unknown> = json !== null && typeof json === 'object' ? json : {}
    const code = typeof envelope.Code === 'string' ? envelope.Code : undefined
    const requestId = typeof envelope.RequestId === 'string' ? envelope.RequestId : undefined
    // pop-core resolves a 5xx whose body has no Code; 2017-07-05 signals failure with Success: false.
    if ((status !== undefined && status >= 400) || envelope.Success === false || envelope.Success === 'false') {
      throw new CccError({
        code: code && code !== 'OK' ? code : `HTTP.${status ?? 'Error'}`,
        message: this.safeMessage(envelope.Message, `CCC answered ${action} with HTTP ${status ?? '?'}.`),
        apiMessage: this.apiText(envelope.Message),
        requestId,
        httpStatus: status
      })
    }
    checkAnswer(action, json)
    return { body: json, clock: answerClock(date, this.now()) }
  }

  private toCccError(error: unknown): CccError {
    if (error instanceof CccError) return error
    const e = (error ?? {}) as {
      code?: unknown
      name?: unknown
      message?: unknown
      data?: Record<string, unknown>
      entry?: RpcEntry
    }
    // An API error: pop-core puts the body in `data` and the signed URL in `message`.
    if (e.data && typeof e.code === 'string') {
      const status = e.entry?.response?.statusCode
      const retryAfter = Number(e.entry?.response?.headers?.['x-acs-retry-after'])
      return new CccError({
        code: e.code,
        message: this.safeMessage(e.data.Message, `CCC refused the request (${e.code}).`),
        apiMessage: this.apiText(e.data.Message),
        requestId: typeof e.data.RequestId === 'string' ? e.data.RequestId : undefined,
        httpStatus: status,
        retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined
      })
    }
    if (e.name === 'SyntaxError') {
      return new CccError({ code: 'Response.Malformed', message: 'CCC sent a response that is not JSON (a gateway or proxy error page, or a cut-off answer).', kind: 'transient' })
    }
    const networkCode =
      e.name === 'RequestTimeoutError' ? 'Network.Timeout' : typeof e.code === 'string' ? NETWORK_CODES[e.code] : undefined
    if (networkCode) {
      return new CccError({ code: networkCode, message: NETWORK_MESSAGES[networkCode] ?? 'Network error.', kind: 'transient' })
    }
    return new CccError({ code: 'Internal.Unexpected', message: 'The request to CCC failed unexpectedly.', kind: 'service' })
  }

  /** CCC's own Message, redacted, when it sent one. */
  private apiText(message: unknown): string | undefined {
    return typeof message === 'string' && message.trim() !== '' ? redact(message, this.secrets) : undefined
  }

  private safeMessage(message: unknown, fallback: string): string {
    const text = typeof message === 'string' && message.trim() !== '' ? message : fallback
    return redact(text, this.secrets)
  }
}

/** A text sent as a list filter: bounded, and without controls that could change its meaning. */
function listText(value: string, parameter: 'SkillGroupId' | 'AgentId' | 'Query'): string {
  if (!isListFilterText(value)) {
    throw new InputError('Input.ListFilter', `The ${parameter} filter is ${LIST_FILTER_HINT}.`, { parameter, max: LIST_FILTER_MAX_CHARS })
  }
  return value
}

const itemsOf = <T>(list: LiveList<T>): T[] => list.items

/** One answer's body, and when CCC sent it. */
interface Answer {
  body: Record<string, unknown>
  clock: AnswerClock
}

interface PageShape<S extends Shape> extends Shape {
  readonly fields: { readonly List: { readonly kind: 'list'; readonly shape: S } } & Shape['fields']
}
type Page<S extends Shape> = { List: ShapeValue<S>[]; TotalCount: number | null }

interface RpcEntry {
  response?: { statusCode?: number; headers?: Record<string, string | string[] | undefined> } | null
}
