/**
 * Which zone a CCC instance keeps its days in (its reports' days, "since midnight"): the zone the
 * profile sets for it, else the one its region's city keeps. The one place every side asks. A
 * module without date code, so what needs only the names loads none.
 */

/** Where a region says nothing better: CCC's home, and most accounts' region. */
export const DEFAULT_INSTANCE_TIME_ZONE = 'Asia/Shanghai'

/** Regions outside China by the city their data centre is in; `cn-*` and the rest keep China's days. */
const REGION_TIME_ZONES: Readonly<Record<string, string>> = {
  'ap-southeast-1': 'Asia/Singapore',
  'ap-southeast-2': 'Australia/Sydney',
  'ap-southeast-3': 'Asia/Kuala_Lumpur',
  'ap-southeast-5': 'Asia/Jakarta',
  'ap-southeast-6': 'Asia/Manila',
  'ap-southeast-7': 'Asia/Bangkok',
  'ap-northeast-1': 'Asia/Tokyo',
  'ap-northeast-2': 'Asia/Seoul',
  'ap-south-1': 'Asia/Kolkata',
  'eu-central-1': 'Europe/Berlin',
  'eu-west-1': 'Europe/London',
  'us-east-1': 'America/New_York',
  'us-west-1': 'America/Los_Angeles',
  'me-east-1': 'Asia/Dubai',
  'me-central-1': 'Asia/Riyadh'
}

/** The zone an instance of `region` keeps its days in unless the profile says otherwise. */
export function regionTimeZone(region: string): string {
  return Object.hasOwn(REGION_TIME_ZONES, region) ? REGION_TIME_ZONES[region]! : DEFAULT_INSTANCE_TIME_ZONE
}

/** Longer than any IANA name (the longest is 32): a cap before Intl sees the text. */
export const MAX_TIME_ZONE_LENGTH = 64
/** IANA names are `Area/Location[/Sub]` (or `UTC`): letters, digits, `_`, `-`, `+`; no offsets, no paths. */
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/

// Asked on every render of a board's heading: building an Intl formatter each time cost a millisecond.
const checkedZones = new Map<string, boolean>()
const MAX_CHECKED_ZONES = 64

/** True for an IANA zone name this runtime knows, spelt as IANA does (`Asia/Shanghai`, not `asia/shanghai`). */
export function isIanaTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > MAX_TIME_ZONE_LENGTH || !IANA_NAME.test(value)) return false
  let known = checkedZones.get(value)
  if (known === undefined) {
    known = resolvesAsIana(value)
    if (checkedZones.size >= MAX_CHECKED_ZONES) checkedZones.clear()
    checkedZones.set(value, known)
  }
  return known
}

function resolvesAsIana(value: string): boolean {
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone
    // Intl matches names case-insensitively and answers with the canonical spelling: a different
    // case is a typo, while a link (Asia/Kolkata → Asia/Calcutta) keeps its own case.
    return resolved.toLowerCase() !== value.toLowerCase() || resolved === value
  } catch {
    return false
  }
}

/** What a session knows of its instances' zones: those the profile sets, and the region for the rest. */
export interface InstanceZones {
  region: string
  /** Instance ID → IANA zone, for the instances whose profile (or the demo's data) names one. */
  timeZones: Readonly<Record<string, string>>
}

/** The zone `instanceId` keeps its days in: the one set for it, else its region's. */
export function instanceTimeZone(zones: InstanceZones, instanceId: string): string {
  const set = Object.hasOwn(zones.timeZones, instanceId) ? zones.timeZones[instanceId] : undefined
  return set !== undefined && isIanaTimeZone(set) ? set : regionTimeZone(zones.region)
}
