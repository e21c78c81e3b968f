/**
 * Deterministic randomness: every simulated figure is a pure function of (seed, what, when), so two
 * simulators with one seed agree and a restarted demo shows the same history.
 */

/** 32-bit FNV-1a over the parts, finished with murmur3's avalanche so near keys spread apart. */
export function hash32(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5
  const text = parts.join('\u241f')
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export type Random = () => number

/** mulberry32: small, fast, and good enough for plausible demo data. Returns [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const randomFor = (...parts: ReadonlyArray<string | number>): Random => mulberry32(hash32(...parts))

/** A uniform [0, 1) value for a key, without keeping a generator. */
export const unitHash = (...parts: ReadonlyArray<string | number>): number => hash32(...parts) / 4294967296

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

export function pickWeighted<T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0)
  let r = random() * total
  for (const [item, weight] of items) {
    r -= weight
    if (r < 0) return item
  }
  const last = items[items.length - 1]
  if (last === undefined) throw new Error('pick from an empty list')
  return last[0]
}

/** Standard normal by Box–Muller. */
export function gaussian(random: Random): number {
  const u = Math.max(random(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** Poisson count: exact inversion for small means, a rounded normal for large ones. */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)))
  const limit = Math.exp(-mean)
  let k = 0
  let p = random()
  while (p > limit) {
    k++
    p *= random()
  }
  return k
}

/** How many of `n` trials succeed with probability `p`; normal approximation for large `n`. */
export function binomial(random: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0
  if (p >= 1) return n
  if (n <= 60) {
    let k = 0
    for (let i = 0; i < n; i++) if (random() < p) k++
    return k
  }
  const k = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * gaussian(random))
  return Math.min(n, Math.max(0, k))
}
