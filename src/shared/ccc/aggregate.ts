/**
 * The totals row of a report table, by the catalogue's rule for each metric: counts summed,
 * averages and rates recomputed from summed totals and counts, maxima as maxima — never an
 * average of averages. A figure that cannot be recomputed (no calls, or no rule) is null.
 */
import type { MetricDef } from './catalogue'
import type { Long, MetricRow } from './types'

type Value = Long | number | null

const toNumber = (v: Value | undefined): number | null => (v === null || v === undefined ? null : Number(v))

/**
 * One column's sum, read in place: a 180-day trend's 17,280 rows once or twice per column, with no
 * copy of the column (the copies were most of a report switch's totals). Added in row order, as
 * before, so a total is the same to the last bit.
 */
function sumOfColumn(rows: readonly Readonly<Record<string, Value | undefined>>[], name: string): Long | null {
  let present = false
  let big = false
  let sum = 0
  for (const row of rows) {
    const v = row[name] ?? null
    if (v === null) continue
    present = true
    if (typeof v === 'bigint') {
      big = true
      break
    }
    sum += v as number
  }
  if (!present) return null
  if (!big) return sum
  let bigSum = 0n
  for (const row of rows) {
    const v = row[name] ?? null
    if (v !== null) bigSum += BigInt(v)
  }
  return bigSum
}

export function totalsRow<G extends Readonly<Record<string, MetricDef>>>(rows: readonly MetricRow<G>[], group: G): MetricRow<G> {
  const cells = rows as readonly Readonly<Record<string, Value | undefined>>[]
  // Each column summed once: rates and averages divide the same counts (a 180-day trend has 17,280 rows).
  const sums = new Map<string, Long | null>()
  const summedColumn = (name: string): Long | null => {
    if (!sums.has(name)) sums.set(name, sumOfColumn(cells, name))
    return sums.get(name)!
  }
  const summed = (name: string): number | null => toNumber(summedColumn(name))
  const total: Record<string, Value> = {}
  for (const [name, def] of Object.entries(group)) {
    const agg = def.aggregate
    switch (agg.kind) {
      case 'sum':
        total[name] = summedColumn(name)
        break
      case 'max':
      case 'min': {
        let extreme: number | null = null
        for (const row of cells) {
          const v = toNumber(row[name])
          if (v !== null) extreme = extreme === null ? v : agg.kind === 'max' ? Math.max(extreme, v) : Math.min(extreme, v)
        }
        total[name] = extreme
        break
      }
      case 'quotient': {
        const denominator = summed(agg.denominator)
        const numerators = agg.numerator.map(summed)
        total[name] =
          denominator === null || denominator === 0 || numerators.some((n) => n === null)
            ? null
            : (numerators.reduce<number>((a, n) => a + (n ?? 0), 0) / denominator) * (def.unit === 'percent' ? 100 : 1)
        break
      }
      case 'weighted': {
        let weighted = 0
        let weights = 0
        for (const row of rows) {
          const value = toNumber((row as Record<string, Value>)[name])
          const weight = toNumber((row as Record<string, Value>)[agg.weight])
          if (value === null || weight === null || weight === 0) continue
          weighted += value * weight
          weights += weight
        }
        total[name] = weights === 0 ? null : weighted / weights
        break
      }
      case 'none':
        total[name] = null
    }
  }
  return total as MetricRow<G>
}
