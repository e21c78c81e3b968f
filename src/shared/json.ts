/** JSON text for normalised data: bigints (Longs beyond 2^53) are written as plain JSON numbers. */
const MARK = '\u0000bigint:'

export function stringifyJson(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${MARK}${v.toString()}` : v), indent)
  return text.replace(/"\\u0000bigint:(-?\d+)"/g, '$1')
}
