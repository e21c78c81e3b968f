import { TZDate } from '@date-fns/tz'

/**
 * Times on the command line: epoch milliseconds, an ISO 8601 date-time (with or without a zone;
 * without one it is the wall time of `timeZone`, the zone the instance keeps its days in), or a
 * date, meaning that day's midnight in `timeZone`.
 */
export function parseTimeArg(value: string, name: string, timeZone: string): number {
  const text = value.trim()
  if (/^\d{10,16}$/.test(text)) return Number(text)
  const wall = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/.exec(text)
  if (wall) {
    const [y, m, d, hh, mm, ss] = wall.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number]
    const at = new TZDate(y, m - 1, d, hh, mm, ss, Number((wall[7] ?? '0').padEnd(3, '0')), timeZone)
    // A date the calendar does not have (2026-02-30) or a wall time a clock change skips is refused, not moved.
    if (at.getFullYear() === y && at.getMonth() === m - 1 && at.getDate() === d && at.getHours() === hh && at.getMinutes() === mm) return at.getTime()
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const t = Date.parse(text)
    if (Number.isFinite(t)) return t
  }
  throw new UsageError(
    `${name} "${text.slice(0, 40)}" is not a time: use epoch milliseconds, 2026-11-01, or 2026-11-01T08:00:00+08:00.`,
    'Usage.Time',
    { option: name, value: text.slice(0, 40) }
  )
}

/** Bad usage (exit 2): `message` in English for logs, the code's text (src/shared/messages) for the terminal. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code: string = 'Usage.Invalid',
    readonly params: Record<string, string | number> = {}
  ) {
    super(message)
    this.name = 'UsageError'
  }
}
