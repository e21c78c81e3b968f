/**
 * The totals row of a report table, by the catalogue's rule for each metric: counts summed,
 * averages and rates recomputed from summed totals and counts, maxima as maxima — never an
 * average of averages. A figure that cannot be recomputed (no calls, or no rule) is null.
 */
import type { MetricDef } from './catalogue'
import type { Long, MetricRow } from './types'

type Value = Long | number | null

const toNumber = (v: Value | undefined): number | null => (v === null || v === undefined ? null : Number(v))

function sumOf(values: readonly Value[]): Long | null {
  const present = values.filter((v): v is Long => v !== null)
  if (present.length === 0) return null
  if (present.some((v) => typeof v === 'bigint')) return present.reduce<bigint>((a, v) => a + BigInt(v), 0n)
  return present.reduce<number>((a, v) => a + (v as number), 0)
}

export function totalsRow<G extends Readonly<Record<string, MetricDef>>>(rows: readonly MetricRow<G>[], group: G): MetricRow<G> {
  const column = (name: string): Value[] => rows.map((r) => (r as Record<string, Value>)[name] ?? null)
  // Each column summed once: rates and averages divide the same counts (a 180-day trend has 17,280 rows).
  const sums = new Map<string, Long | null>()
  const sumOfColumn = (name: string): Long | null => {
    if (!sums.has(name)) sums.set(name, sumOf(column(name)))
    return sums.get(name)!
  }
  const summed = (name: string): number | null => toNumber(sumOfColumn(name))
  const total: Record<string, Value> = {}
  for (const [name, def] of Object.entries(group)) {
    const agg = def.aggregate
    switch (agg.kind) {
      case 'sum':
        total[name] = sumOfColumn(name)
        break
      case 'max':
      case 'min': {
        const present = column(name).map(toNumber).filter((v): v is number => v !== null)
        total[name] = present.length === 0 ? null : agg.kind === 'max' ? Math.max(...present) : Math.min(...present)
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
