/**
 * A successful answer must be the documented envelope: an object with a `Code` and the payload the
 * action serves (`Data`, or the 2017 summary's `InstanceSummaryReport`) carrying at least one field
 * the action's shape knows. Anything else — a bare `5`, `{"Code":null,"Data":null}`, an array — is
 * `Response.Malformed`: a scheduled export must fail loudly rather than "succeed" on nothing.
 */
import { wireNames } from '../../shared/ccc/catalogue'
import * as shapes from '../../shared/ccc/shapes'
import type { Shape } from '../../shared/ccc/shapes'
import type { CccAction } from './client'
import { CccError } from './errors'


interface Payload {
  key: string
  shape: Shape
  /** A list of rows (an empty list is an answer: no buckets in the range). */
  list: boolean
}

const PAYLOADS: Record<CccAction, Payload> = {
  GetInstance: { key: 'Data', shape: shapes.INSTANCE, list: false },
  GetRealtimeInstanceStates: { key: 'Data', shape: shapes.REALTIME_INSTANCE_STATES, list: false },
  GetInstanceSummaryReportSinceMidnight: { key: 'InstanceSummaryReport', shape: shapes.INSTANCE_SUMMARY_REPORT, list: false },
  GetInstanceTrendingReport: { key: 'Data', shape: shapes.INSTANCE_TRENDING_REPORT, list: false },
  ListIntervalInstanceReport: { key: 'Data', shape: shapes.INTERVAL_REPORT_ITEM, list: true },
  ListRealtimeSkillGroupStates: { key: 'Data', shape: shapes.SKILL_GROUP_STATES_PAGE, list: false },
  ListRealtimeAgentStates: { key: 'Data', shape: shapes.AGENT_STATES_PAGE, list: false },
  ListSkillGroups: { key: 'Data', shape: shapes.SKILL_GROUPS_PAGE, list: false },
  ListIntervalSkillGroupReport: { key: 'Data', shape: shapes.SKILL_GROUP_INTERVAL_ITEM, list: true },
  ListIntervalAgentReport: { key: 'Data', shape: shapes.AGENT_INTERVAL_ITEM, list: true },
  ListHistoricalSkillGroupReport: { key: 'Data', shape: shapes.SKILL_GROUP_HISTORICAL_PAGE, list: false },
  ListHistoricalAgentReport: { key: 'Data', shape: shapes.AGENT_HISTORICAL_PAGE, list: false }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Every spelling of every field the shape reads, its figures' included. */
function knownNames(shape: Shape): Set<string> {
  const names = new Set<string>()
  for (const [name, spec] of Object.entries(shape.fields)) {
    names.add(name)
    if (spec.sdkName !== undefined) names.add(spec.sdkName)
  }
  for (const [name, def] of Object.entries(shape.metrics ?? {})) for (const spelling of wireNames(name, def)) names.add(spelling)
  return names
}
const KNOWN = new Map(Object.entries(PAYLOADS).map(([action, payload]) => [action, knownNames(payload.shape)]))

const notAnObject = (body: unknown): string =>
  `the body is ${Array.isArray(body) ? 'a list' : body === null ? 'null' : `a ${typeof body}`}, not an object`

/** Why the body is not the action's answer, or null when it is. */
function problemOf(action: CccAction, body: unknown): string | null {
  if (!isObject(body)) return notAnObject(body)
  if (typeof body.Code !== 'string' || body.Code.trim() === '') return 'it has no Code'
  const { key, list } = PAYLOADS[action]
  const payload = body[key]
  if (list && Array.isArray(payload)) return payload.every(isObject) ? null : `${key} holds something other than rows`
  if (!isObject(payload)) return `it has no ${key} object`
  const known = KNOWN.get(action)!
  return Object.keys(payload).some((name) => known.has(name)) ? null : `${key} has none of the fields ${action} answers with`
}

function malformed(what: string, problem: string, body: unknown): CccError {
  const requestId = isObject(body) && typeof body.RequestId === 'string' ? body.RequestId : undefined
  return new CccError({
    code: 'Response.Malformed',
    message: `CCC answered ${what} with success, but not with its documented answer: ${problem}. Nothing was read from it.`,
    requestId,
    kind: 'service'
  })
}

export function checkAnswer(action: CccAction, body: unknown): void {
  const problem = problemOf(action, body)
  if (problem !== null) throw malformed(action, problem, body)
}

/**
 * The first check, as the body is parsed: pop-core reads `Code` off whatever the parser returns,
 * so `null` would otherwise fail inside it as a TypeError.
 */
export function checkEnvelopeObject(body: unknown): void {
  if (!isObject(body)) throw malformed('the request', notAnObject(body), body)
}
