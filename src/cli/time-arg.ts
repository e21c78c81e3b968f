/**
 * Times on the command line: epoch milliseconds, an ISO 8601 date-time (with or without a zone;
 * without one it is the local time of this machine), or a date, meaning that day's local midnight.
 */
export function parseTimeArg(value: string, name: string): number {
  const text = value.trim()
  if (/^\d{10,16}$/.test(text)) return Number(text)
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (dateOnly) {
    const [, y, m, d] = dateOnly.map(Number) as [number, number, number, number]
    const t = new Date(y, m - 1, d).getTime()
    if (new Date(t).getDate() === d) return t
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text)) {
    const t = Date.parse(text)
    if (Number.isFinite(t)) return t
  }
  throw new UsageError(
    `${name} "${text.slice(0, 40)}" is not a time: use epoch milliseconds, 2026-11-01, or 2026-11-01T08:00:00+08:00.`
  )
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
