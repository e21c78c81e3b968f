/**
 * A moment on a zone's wall clock as `HH:mm:ss`, by one Intl formatter per zone kept for the next
 * call: a TZDate and date-fns' format cost some 40 µs a moment, and a day's lists of periods,
 * gaps and peaks format hundreds of them at each refresh of the Today page.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()
/** Zones kept at most (a session watches a handful): more start the cache again. */
const MAX_ZONES = 32

export function zonedClock(ms: number, timeZone: string): string {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    if (formatters.size >= MAX_ZONES) formatters.clear()
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    formatters.set(timeZone, formatter)
  }
  return formatter.format(ms)
}
