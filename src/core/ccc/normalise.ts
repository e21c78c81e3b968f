/**
 * Turns raw CCC bodies into the typed shapes of src/shared/ccc/types.ts. The wire is loose: the
 * docs quote every number, the SDKs send real numbers, json-bigint hands back BigNumber objects
 * above 2^53 and null-prototype objects, and some fields have two spellings.
 */
import {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  REALTIME_STATES,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  TREND_INBOUND,
  TREND_OUTBOUND,
  wireNames,
  type MetricDef
} from '../../shared/ccc/catalogue'
import { checkExact } from './json-body'
import type {
  Instance,
  InstanceSummaryReport,
  InstanceTrendingReport,
  IntervalReportItem,
  Long,
  MetricRow,
  PhoneNumber,
  RealtimeInstanceStates,
  SkillGroup,
  User
} from '../../shared/ccc/types'

type Raw = Record<string, unknown>

function asRecord(value: unknown): Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {}
}

/** A list field; a single object is accepted too, as XML-to-JSON conversions produce it. */
function asList(value: unknown): Raw[] {
  if (Array.isArray(value)) return value.map(asRecord)
  return value !== null && typeof value === 'object' ? [asRecord(value)] : []
}

function isBigNumber(value: unknown): value is { toFixed(): string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    // bignumber.js (json-bigint's number type) marks its instances with _isBigNumber
    (value as { _isBigNumber?: unknown })._isBigNumber === true &&
    typeof (value as { toFixed?: unknown }).toFixed === 'function'
  )
}

/** A documented Long: a number while exact, a bigint beyond 2^53; null when absent or not a number. */
export function readLong(value: unknown): Long | null {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value
  if (isBigNumber(value)) return readLong(value.toFixed())
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(checkExact(value)) : null
  if (typeof value === 'string' && /^\s*-?\d+(\.0+)?\s*$/.test(value)) {
    const digits = value.trim().replace(/\.0+$/, '')
    const n = Number(digits)
    return Number.isSafeInteger(n) ? n : BigInt(digits)
  }
  if (typeof value === 'string') {
    const n = readFloat(value)
    return n === null ? null : Math.trunc(n)
  }
  return null
}

export function readFloat(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'bigint') return Number(value)
  if (isBigNumber(value)) return Number(value.toFixed())
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : null
  }
  return null
}

export function readBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 1 || value === '1') return true
  if (value === 'false' || value === 0 || value === '0') return false
  return null
}

export function readString(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(checkExact(value))
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (isBigNumber(value)) return value.toFixed()
  return ''
}

/** A field no catalogue knows, kept as sent: a scalar a person could read, within bounds. */
export type UnknownValue = number | string | boolean | null

/** Unknown fields kept per object at most, and how long a name or a text may be. */
export const UNKNOWN_FIELD_LIMITS = { fields: 64, nameLength: 64, textLength: 256 } as const
const UNKNOWN_NAME = /^[A-Za-z][A-Za-z0-9_]*$/

function unknownValue(value: unknown): UnknownValue | undefined {
  if (value === null || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? checkExact(value) : null
  // A text too long to be a figure is left out rather than cut.
  if (typeof value === 'string') return value.length <= UNKNOWN_FIELD_LIMITS.textLength ? value : undefined
  // An integer beyond 2^53 stays exact as text; lists and objects are not figures anyone reads.
  if (typeof value === 'bigint' || isBigNumber(value)) return readString(value)
  return undefined
}

interface CompiledGroup {
  fields: ReadonlyArray<readonly [name: string, type: MetricDef['type'], spellings: readonly string[]]>
  /** Every spelling the group reads. */
  known: ReadonlySet<string>
}

/** Each group's reading plan, made once: reports walk thousands of rows of the same group. */
const compiled = new WeakMap<object, CompiledGroup>()

function compile(group: Readonly<Record<string, MetricDef>>): CompiledGroup {
  let result = compiled.get(group)
  if (!result) {
    const fields = Object.entries(group).map(([name, def]) => [name, def.type, wireNames(name, def)] as const)
    result = { fields, known: new Set(fields.flatMap(([, , spellings]) => spellings)) }
    compiled.set(group, result)
  }
  return result
}

/**
 * Reads every field of a catalogue group, output under the documented names only. Fields no one
 * knows are kept under their own names (bounded), so `--json` and snapshots lose nothing; `also`
 * names fields the caller reads itself (StatsTime, InstanceId).
 */
export function readMetrics<G extends Readonly<Record<string, MetricDef>>>(value: unknown, group: G, also: readonly string[] = []): MetricRow<G> {
  const raw = asRecord(value)
  const { fields, known } = compile(group)
  const row: Record<string, Long | number | UnknownValue> = {}
  for (const [name, type, spellings] of fields) {
    let found: unknown
    for (const spelling of spellings) {
      found = raw[spelling]
      if (found !== undefined) break
    }
    row[name] = type === 'Long' ? readLong(found) : readFloat(found)
  }
  let kept = 0
  for (const key in raw) {
    if (known.has(key) || also.includes(key) || !Object.hasOwn(raw, key)) continue
    if (kept >= UNKNOWN_FIELD_LIMITS.fields) break
    if (key.length > UNKNOWN_FIELD_LIMITS.nameLength || !UNKNOWN_NAME.test(key)) continue
    const kept_ = unknownValue(raw[key])
    if (kept_ === undefined) continue
    row[key] = kept_
    kept++
  }
  return row as MetricRow<G>
}

/** StatsTime is epoch ms; a bucket without one cannot be placed and is dropped by the callers. */
function readStatsTime(raw: Raw): number | null {
  const t = readLong(raw.StatsTime)
  return typeof t === 'number' ? t : null
}

function readUser(value: unknown): User {
  const r = asRecord(value)
  return {
    DisplayName: readString(r.DisplayName),
    Email: readString(r.Email),
    Extension: readString(r.Extension),
    InstanceId: readString(r.InstanceId),
    LoginName: readString(r.LoginName),
    Mobile: readString(r.Mobile),
    RoleId: readString(r.RoleId),
    RoleName: readString(r.RoleName),
    UserId: readString(r.UserId),
    WorkMode: readString(r.WorkMode)
  }
}

function readSkillGroup(value: unknown): SkillGroup {
  const r = asRecord(value)
  return {
    Description: readString(r.Description),
    DisplayName: readString(r.DisplayName),
    InstanceId: readString(r.InstanceId),
    Name: readString(r.Name),
    PhoneNumberCount: readFloat(r.PhoneNumberCount),
    SkillGroupId: readString(r.SkillGroupId),
    UserCount: readFloat(r.UserCount)
  }
}

function readPhoneNumber(value: unknown): PhoneNumber {
  const r = asRecord(value)
  return {
    Active: readBoolean(r.Active),
    City: readString(r.City),
    ContactFlowId: readString(r.ContactFlowId),
    InstanceId: readString(r.InstanceId),
    Number: readString(r.Number),
    Province: readString(r.Province),
    SkillGroups: asList(r.SkillGroups).map(readSkillGroup),
    Usage: readString(r.Usage),
    UserId: readString(r.UserId)
  }
}

export function normaliseInstance(data: unknown): Instance {
  const r = asRecord(data)
  return {
    AdminList: asList(r.AdminList).map(readUser),
    AliyunUid: readString(r.AliyunUid),
    ConsoleUrl: readString(r.ConsoleUrl),
    Description: readString(r.Description),
    DomainName: readString(r.DomainName),
    Id: readString(r.Id),
    Name: readString(r.Name),
    NumberList: asList(r.NumberList).map(readPhoneNumber),
    Status: readString(r.Status)
  }
}

export function normaliseRealtimeStates(data: unknown): RealtimeInstanceStates {
  const r = asRecord(data)
  return { InstanceId: readString(r.InstanceId), ...readMetrics(r, REALTIME_STATES, ['InstanceId']) }
}

const byStatsTime = (a: { StatsTime: number }, b: { StatsTime: number }): number => a.StatsTime - b.StatsTime

export function normaliseTrendingReport(data: unknown): InstanceTrendingReport {
  const r = asRecord(data)
  const points = <G extends Readonly<Record<string, MetricDef>>>(list: unknown, group: G) =>
    asList(list)
      .map((p) => ({ p, t: readStatsTime(p) }))
      .filter((x): x is { p: Raw; t: number } => x.t !== null)
      .map(({ p, t }) => ({ StatsTime: t, ...readMetrics(p, group, ['StatsTime']) }))
      .sort(byStatsTime)
  return { Inbound: points(r.Inbound, TREND_INBOUND), Outbound: points(r.Outbound, TREND_OUTBOUND) }
}

export function normaliseIntervalReport(data: unknown): IntervalReportItem[] {
  const items: IntervalReportItem[] = []
  for (const r of asList(data)) {
    const t = readStatsTime(r)
    if (t === null) continue
    items.push({
      StatsTime: t,
      Inbound: readMetrics(r.Inbound, INTERVAL_INBOUND),
      Outbound: readMetrics(r.Outbound, INTERVAL_OUTBOUND),
      Overall: readMetrics(r.Overall, INTERVAL_OVERALL)
    })
  }
  return items.sort(byStatsTime)
}

export function normaliseSummaryReport(report: unknown): InstanceSummaryReport {
  const r = asRecord(report)
  return {
    InstanceId: readString(r.InstanceId),
    Timestamp: readString(r.Timestamp),
    Inbound: readMetrics(r.Inbound, SUMMARY_INBOUND),
    Outbound: readMetrics(r.Outbound, SUMMARY_OUTBOUND),
    Overall: readMetrics(r.Overall, SUMMARY_OVERALL)
  }
}
