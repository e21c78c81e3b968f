import { existsSync } from 'node:fs'

/**
 * "Now" for every spec whose answer depends on the date: never today's. `npm run test:dates` sets
 * CCC_TEST_NOW to each instant of its sweep (month ends, DST changes, New Year, 29 February, a
 * Sunday); otherwise the specs run at DEFAULT_TEST_NOW. Specs pass the clock to the simulator's
 * instances, the client, the services, the CLI and the page, so all of them agree on the day.
 */

/** An ordinary Wednesday afternoon in Shanghai. */
export const DEFAULT_TEST_NOW = '2026-06-17T14:37:12+08:00'

function pinnedInstant(): number {
  const text = process.env.CCC_TEST_NOW?.trim() || DEFAULT_TEST_NOW
  const at = Date.parse(text)
  if (!Number.isFinite(at) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    throw new Error(`CCC_TEST_NOW="${text}" is not an ISO 8601 instant with a zone, such as ${DEFAULT_TEST_NOW}`)
  }
  return at
}

/** The pinned instant this run of the specs takes as the moment they start. */
export const TEST_NOW = pinnedInstant()

const startedAt = performance.now()

/**
 * Starts at TEST_NOW and runs at real speed, so rate limits, retries and timeouts behave as they
 * do for real while the calendar is the pinned one.
 */
export const testClock = (): number => TEST_NOW + Math.floor(performance.now() - startedAt)

/**
 * Simulator options for a spec that signs with a real client (pop-core, openapi-client): the
 * instances live on the pinned day, the gateway checks Timestamps against the real clock.
 */
export const onPinnedDay = { now: testClock, gatewayNow: Date.now } as const

/** libfaketime, from Debian's `faketime` package; undefined where it is not installed. */
export const LIBFAKETIME = ['x86_64-linux-gnu', 'aarch64-linux-gnu']
  .map((arch) => `/usr/lib/${arch}/faketime/libfaketime.so.1`)
  .find((path) => existsSync(path))

/**
 * The environment under which a child process sees the pinned clock (libfaketime preloaded, for a
 * child that must see it). The offset is relative, so the child's clock runs on; and the child is
 * the process itself, not a wrapper, so signals reach it.
 */
export function pinnedClockEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!LIBFAKETIME) throw new Error('libfaketime is missing: install Debian\'s faketime (scripts/install-system-deps.sh)')
  const offsetSeconds = Math.round((testClock() - Date.now()) / 1000)
  return { ...env, LD_PRELOAD: LIBFAKETIME, FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}` }
}
