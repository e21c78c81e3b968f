/** Comparing a secret someone presents with the one held, in time that does not tell how much matched. */
import { timingSafeEqual } from 'node:crypto'

export function sameSecret(given: string, held: string): boolean {
  const x = Buffer.from(given)
  const y = Buffer.from(held)
  return x.length === y.length && timingSafeEqual(x, y)
}
