/**
 * CCC instance IDs are short slugs (`ccc-test`) or UUIDs; anything else is refused before a call
 * is signed, so a typo gets a clear message instead of a round trip and an API error.
 */
export const INSTANCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

export function isInstanceId(value: unknown): value is string {
  return typeof value === 'string' && INSTANCE_ID_PATTERN.test(value)
}

export const INSTANCE_ID_HINT =
  'An instance ID is 1–64 letters, digits, "-" or "_" (for example ccc-test or a UUID), as shown in the CCC console.'
