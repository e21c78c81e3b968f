/** Zones as the boundaries parse them: IANA names only, and at most one per watched instance. */
import { z } from 'zod'
import { INSTANCE_ID_PATTERN } from './ids'
import { isIanaTimeZone, MAX_TIME_ZONE_LENGTH } from './instance-zone'

/** The most instances a profile watches, and so the most zones it sets. */
export const MAX_WATCHED_INSTANCES = 50

export const timeZoneName = z.string().max(MAX_TIME_ZONE_LENGTH).refine(isIanaTimeZone, 'An IANA time zone such as Asia/Shanghai.')

/** Instance ID → the zone set for it. */
export const instanceTimeZones = z
  .record(z.string().regex(INSTANCE_ID_PATTERN), timeZoneName)
  .refine((zones) => Object.keys(zones).length <= MAX_WATCHED_INSTANCES, `At most ${MAX_WATCHED_INSTANCES} time zones, one per instance.`)
