/**
 * "My queues": the skill groups a supervisor picked (in the order they put them) and the ones they
 * hid, remembered per instance. With nothing picked the board shows every queue not hidden.
 */

export interface MyQueues {
  /** Skill-group IDs, in the supervisor's order. */
  picked: string[]
  hidden: string[]
}

export const emptyMyQueues = (): MyQueues => ({ picked: [], hidden: [] })

const MAX_REMEMBERED = 1_000
const ids = (raw: unknown): string[] =>
  Array.isArray(raw)
    ? [...new Set(raw.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 256))].slice(0, MAX_REMEMBERED)
    : []

/** Reads a stored choice defensively; a queue both picked and hidden stays picked. */
export function sanitizeMyQueues(raw: unknown): MyQueues {
  if (typeof raw !== 'object' || raw === null) return emptyMyQueues()
  const picked = ids((raw as Record<string, unknown>).picked)
  const hidden = ids((raw as Record<string, unknown>).hidden).filter((id) => !picked.includes(id))
  return { picked, hidden }
}

/**
 * Forgets remembered IDs the instance no longer has (a deleted group), given the full list of its
 * groups; the same object when nothing was dropped, so a caller can skip saving.
 */
export function pruneMyQueues(mine: MyQueues, knownIds: ReadonlySet<string>): MyQueues {
  const picked = mine.picked.filter((id) => knownIds.has(id))
  const hidden = mine.hidden.filter((id) => knownIds.has(id))
  return picked.length === mine.picked.length && hidden.length === mine.hidden.length ? mine : { picked, hidden }
}

/** The rows to show: the picked ones in the picked order, else all but the hidden ones. */
export function applyMyQueues<T extends { id: string }>(rows: readonly T[], mine: MyQueues): T[] {
  if (mine.picked.length > 0) {
    const byId = new Map(rows.map((row) => [row.id, row]))
    return mine.picked.map((id) => byId.get(id)).filter((row): row is T => row !== undefined)
  }
  const hidden = new Set(mine.hidden)
  return rows.filter((row) => !hidden.has(row.id))
}

export function togglePicked(mine: MyQueues, id: string): MyQueues {
  return mine.picked.includes(id)
    ? { ...mine, picked: mine.picked.filter((x) => x !== id) }
    : { picked: [...mine.picked, id], hidden: mine.hidden.filter((x) => x !== id) }
}

export function toggleHidden(mine: MyQueues, id: string): MyQueues {
  return mine.hidden.includes(id)
    ? { ...mine, hidden: mine.hidden.filter((x) => x !== id) }
    : { picked: mine.picked.filter((x) => x !== id), hidden: [...mine.hidden, id] }
}

/** Moves a picked queue one place up (-1) or down (+1); at an end it stays. */
export function movePicked(mine: MyQueues, id: string, step: -1 | 1): MyQueues {
  const from = mine.picked.indexOf(id)
  const to = from + step
  if (from < 0 || to < 0 || to >= mine.picked.length) return mine
  const picked = mine.picked.filter((x) => x !== id)
  picked.splice(to, 0, id)
  return { ...mine, picked }
}
