/**
 * Small JSON values in localStorage (preferences, thresholds). Storage can be missing, full or
 * disabled: reads then fall back and writes are dropped, so a preference never breaks the page.
 */
const PREFIX = 'ccc-supervisor.'

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function readStored(key: string): unknown {
  try {
    const raw = storage()?.getItem(PREFIX + key)
    return raw === null || raw === undefined ? undefined : (JSON.parse(raw) as unknown)
  } catch {
    return undefined
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    /* a full or disabled storage only costs the preference */
  }
}

/** A stored map from instance ID to a value, each value read through `sanitize`; anything else reads as empty. */
export function readStoredPerInstance<T>(key: string, sanitize: (raw: unknown) => T): Record<string, T> {
  const raw = readStored(key)
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
  return Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, sanitize(value)]))
}
