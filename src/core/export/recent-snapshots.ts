/**
 * The recent-snapshots list, kept in the data folder: the files the user opened or exported, newest
 * first. It is also the allow-list of paths the renderer may ask main to read again.
 */
import { mkdir } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import type { RecentSnapshot } from '../../shared/ipc/contract'
import type { Snapshot } from '../../shared/snapshot'
import { writeFileAtomic } from '../atomic-file'
import { readBoundedText } from '../bounded-file'

export const MAX_RECENT_SNAPSHOTS = 12
const FILE_NAME = 'recent-snapshots.json'
/** Twelve entries take a few KB; anything near this is not the app's list. */
const MAX_LIST_BYTES = 1024 * 1024

const entrySchema = z.object({
  path: z.string(),
  name: z.string(),
  instanceId: z.string(),
  instanceName: z.string(),
  createdAt: z.string(),
  // Lists written before the field existed read as UTC rather than being thrown away.
  timeZone: z.string().default('UTC'),
  openedAt: z.string()
})

export class RecentSnapshots {
  private readonly file: string
  // One change at a time, so two quick opens cannot lose each other's entry.
  private queue: Promise<unknown> = Promise.resolve()

  constructor(dataDir: string, private readonly now: () => number = Date.now) {
    this.file = join(dataDir, FILE_NAME)
  }

  /**
   * A damaged, missing or unreadable list (a pipe, a device, a huge file) is an empty one: it only
   * ever holds what can be found again, and the next change replaces it.
   */
  async list(): Promise<RecentSnapshot[]> {
    try {
      const text = await readBoundedText(this.file, { maxBytes: MAX_LIST_BYTES, file: { kind: 'recentSnapshots' } })
      const parsed = z.array(entrySchema).safeParse(JSON.parse(text))
      return parsed.success ? parsed.data.slice(0, MAX_RECENT_SNAPSHOTS) : []
    } catch {
      return []
    }
  }

  async has(path: string): Promise<boolean> {
    const wanted = resolve(path)
    return (await this.list()).some((entry) => entry.path === wanted)
  }

  /** Puts the file first (moving it if it was listed already). */
  remember(path: string, snapshot: Pick<Snapshot, 'instance' | 'createdAt' | 'timeZone'>): Promise<RecentSnapshot[]> {
    const full = resolve(path)
    const entry: RecentSnapshot = {
      path: full,
      name: basename(full),
      instanceId: snapshot.instance.Id,
      instanceName: snapshot.instance.Name,
      createdAt: snapshot.createdAt,
      timeZone: snapshot.timeZone,
      openedAt: new Date(this.now()).toISOString()
    }
    return this.change((entries) => [entry, ...entries.filter((e) => e.path !== full)])
  }

  forget(path: string): Promise<RecentSnapshot[]> {
    const full = resolve(path)
    return this.change((entries) => entries.filter((e) => e.path !== full))
  }

  private change(edit: (entries: RecentSnapshot[]) => RecentSnapshot[]): Promise<RecentSnapshot[]> {
    const next = this.queue.then(async () => {
      const entries = edit(await this.list()).slice(0, MAX_RECENT_SNAPSHOTS)
      await mkdir(dirname(this.file), { recursive: true, mode: 0o700 })
      await writeFileAtomic(this.file, `${JSON.stringify(entries, null, 2)}\n`)
      return entries
    })
    this.queue = next.catch(() => {})
    return next
  }
}
