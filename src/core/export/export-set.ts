/**
 * An export's files as one set. Its names are reserved by creating `<stem>.incomplete`, a folder
 * beside them that only one run can create; the files are written into it, then published under
 * their names with links that never replace a file, and the folder's `run.json` is removed only
 * once every file is in place. So a set is complete exactly when no `.incomplete` folder of its
 * name is left, and the next export into the folder clears what a killed run left behind.
 */
import { constants } from 'node:fs'
import { copyFile, link, lstat, mkdir, open, readdir, readFile, rename, rm, rmdir, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, join } from 'node:path'
import { ExportError } from './errors'

export const STAGING_SUFFIX = '.incomplete'
const RUN_FILE = 'run.json'
/** Longer than any export runs (fetching included): a reservation older than this is a leftover. */
export const STALE_AFTER_MS = 6 * 3_600_000
/** A run record is a few hundred bytes; a larger one is not ours. */
const RUN_FILE_LIMIT = 64 * 1024
/** The temporary files earlier versions wrote beside an export: `.<name>.<pid>.<8 hex>.tmp`. */
const LEGACY_TEMP = /^\.ccc-.+\.\d+\.[0-9a-f]{8}\.tmp$/
/** Errors of a file system without hard links (FAT, exFAT, some network shares). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'])

interface RunRecord {
  app: 'ccc-supervisor'
  pid: number
  host: string
  startedAt: number
  /** Every name the run may publish. */
  files: string[]
}

/** A set a killed run left incomplete, found (and cleared) by a later export into the folder. */
export interface InterruptedExport {
  stem: string
  /** Its files that had been published and were removed. */
  removed: number
}

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code

const exists = (path: string): Promise<boolean> =>
  lstat(path).then(
    () => true,
    () => false
  )

async function syncFolder(dir: string): Promise<void> {
  // Persists the new names; not every platform lets a directory be fsynced.
  try {
    const handle = await open(dir, 'r')
    await handle.sync().finally(() => handle.close())
  } catch {
    /* best effort */
  }
}

async function writeExclusive(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o600)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Publishes `staged` as `final` unless a file of that name exists; never replaces one. */
async function publishFile(staged: string, final: string): Promise<void> {
  try {
    await link(staged, final)
    return
  } catch (error) {
    if (!NO_LINKS.has(errnoOf(error) ?? '')) throw error
  }
  await copyFile(staged, final, constants.COPYFILE_EXCL)
  const handle = await open(final, 'r+')
  await handle.sync().finally(() => handle.close())
}

/** The run a staging folder belongs to, or null when its record is missing or not one of ours. */
async function readRun(staging: string): Promise<RunRecord | null> {
  const path = join(staging, RUN_FILE)
  try {
    const info = await lstat(path)
    if (!info.isFile() || info.size > RUN_FILE_LIMIT) return null
    const run = JSON.parse(await readFile(path, 'utf8')) as Partial<RunRecord> | null
    if (run?.app !== 'ccc-supervisor' || !Number.isSafeInteger(run.pid) || (run.pid ?? 0) <= 0) return null
    if (typeof run.host !== 'string' || typeof run.startedAt !== 'number' || !Array.isArray(run.files)) return null
    return run as RunRecord
  } catch {
    return null
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoOf(error) === 'EPERM'
  }
}

/** A run that was killed on this machine, or that started longer ago than any run lasts. */
function isStale(run: RunRecord, now: number): boolean {
  return (run.host === hostname() && !processAlive(run.pid)) || now - run.startedAt > STALE_AFTER_MS
}

/** Whether `final` is the file staged as `staged` (a link of it, or a copy, perhaps cut short). */
async function isPublishedFrom(final: string, staged: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([lstat(final), lstat(staged)])
    if (!a.isFile() || !b.isFile()) return false
    if (a.dev === b.dev && a.ino === b.ino) return true
    if (a.size > b.size) return false
    const [mine, theirs] = await Promise.all([readFile(staged), readFile(final)])
    return mine.subarray(0, theirs.length).equals(theirs)
  } catch {
    return false
  }
}

/** Clears one staging folder a killed run left: the files it had published, then the folder. */
async function clearStaging(dir: string, stem: string, run: RunRecord | null): Promise<InterruptedExport> {
  const staging = join(dir, stem + STAGING_SUFFIX)
  let removed = 0
  // A hostile record could name any path: only plain names of this set are looked at.
  const names = (run?.files ?? []).filter((name): name is string => typeof name === 'string' && basename(name) === name && name.startsWith(stem))
  for (const name of names) {
    const final = join(dir, name)
    if (await isPublishedFrom(final, join(staging, name))) {
      await unlink(final).catch(() => {})
      removed++
    }
  }
  await rm(staging, { recursive: true, force: true })
  return { stem, removed }
}

/**
 * Clears what killed runs left in `dir`: staging folders whose run is over (the files they had
 * published go too: an incomplete set is never left looking whole), and earlier versions'
 * temporary files older than any run. Returns the sets found incomplete.
 */
export async function clearInterruptedExports(dir: string, now: number): Promise<InterruptedExport[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return []
  }
  const found: InterruptedExport[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && entry.name.startsWith('ccc-') && entry.name.endsWith(STAGING_SUFFIX)) {
      const run = await readRun(path)
      if (run ? !isStale(run, now) : !(await olderThanAnyRun(path))) continue
      const stem = entry.name.slice(0, -STAGING_SUFFIX.length)
      // A folder without a record is a finished run's last step or a run killed as it began: no set.
      const cleared = await clearStaging(dir, stem, run)
      if (run) found.push(cleared)
    } else if (entry.isFile() && LEGACY_TEMP.test(entry.name) && (await olderThanAnyRun(path))) {
      await unlink(path).catch(() => {})
    }
  }
  return found
}

/** By the file system's own clock, which wrote the time it is compared with. */
async function olderThanAnyRun(path: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > STALE_AFTER_MS
  } catch {
    return false
  }
}

/** Names held for one run: files are staged, then published together. */
export class ExportSet {
  private readonly published: string[] = []
  private done = false

  private constructor(
    readonly dir: string,
    readonly stem: string,
    private readonly staging: string,
    private readonly names: ReadonlySet<string>
  ) {}

  /**
   * Holds the first of `stem`, `stem-2`, `stem-3`… whose staging folder this run creates and whose
   * names are all free: two runs wanting the same names get different ones, and an existing file
   * is never replaced.
   */
  static async reserve(dir: string, stem: string, namesFor: (stem: string) => string[], now: number): Promise<ExportSet> {
    for (let n = 1; n <= 1000; n++) {
      const candidate = n === 1 ? stem : `${stem}-${n}`
      const staging = join(dir, candidate + STAGING_SUFFIX)
      try {
        await mkdir(staging)
      } catch (error) {
        if (errnoOf(error) === 'EEXIST') continue
        throw error
      }
      const names = namesFor(candidate)
      // Checked after the folder is ours: a run that held these names published them before letting go.
      if ((await Promise.all(names.map((name) => exists(join(dir, name))))).some(Boolean)) {
        await rmdir(staging).catch(() => {})
        continue
      }
      const run: RunRecord = { app: 'ccc-supervisor', pid: process.pid, host: hostname(), startedAt: now, files: names }
      try {
        // Written whole under another name, then renamed: a run killed while writing leaves no
        // half record that would hide its folder from the next run's clean-up.
        await writeExclusive(join(staging, RUN_FILE + '.partial'), `${JSON.stringify(run)}\n`)
        await rename(join(staging, RUN_FILE + '.partial'), join(staging, RUN_FILE))
      } catch (error) {
        await rm(staging, { recursive: true, force: true })
        throw error
      }
      return new ExportSet(dir, candidate, staging, new Set(names))
    }
    throw new ExportError('Export.WriteFailed', `Could not find a free name for ${stem} in ${dir}.`, { path: join(dir, stem) })
  }

  /** Writes one file of the set where no one sees it yet. */
  async stage(name: string, data: string | Uint8Array): Promise<void> {
    if (!this.names.has(name)) throw new Error(`${name} was not reserved`)
    await writeExclusive(join(this.staging, name), data)
  }

  /**
   * Publishes the staged files under their names, in order, then marks the set complete. A name
   * taken meanwhile (by something that does not reserve) fails the run and replaces nothing.
   */
  async publish(names: readonly string[]): Promise<string[]> {
    for (const name of names) {
      const final = join(this.dir, name)
      try {
        await publishFile(join(this.staging, name), final)
      } catch (error) {
        if (errnoOf(error) !== 'EEXIST') throw error
        throw new ExportError('Export.WriteFailed', `${final} appeared while the export ran; it was left as it was. Export again.`, { path: final })
      }
      this.published.push(final)
    }
    await syncFolder(this.dir)
    // The moment the set is complete: from here on no later run takes these files for leftovers.
    await unlink(join(this.staging, RUN_FILE))
    this.done = true
    await rm(this.staging, { recursive: true, force: true }).catch(() => {})
    return [...this.published]
  }

  /** Removes what this run staged and published; nothing once the set is complete. */
  async discard(): Promise<void> {
    if (this.done) return
    this.done = true
    await Promise.all(this.published.map((path) => rm(path, { force: true }).catch(() => {})))
    await rm(this.staging, { recursive: true, force: true }).catch(() => {})
  }
}
