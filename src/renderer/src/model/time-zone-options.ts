/** The zones the profile form offers for an instance: every IANA zone this browser knows. */
import { isIanaTimeZone } from '@shared/ccc/instance-zone'

/** Every zone Intl knows, UTC and `current` (a zone already set) included, sorted by name. */
export function ianaTimeZones(current: readonly string[] = []): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...new Set([...known, 'UTC', ...current])].filter(isIanaTimeZone).sort()
}
