/**
 * Writing a snapshot to a folder in the chosen formats. The set's names are reserved atomically
 * and its files published only once all are written (export-set.ts): a run that is cancelled or
 * fails removes the files it wrote, never overwrites an older export, and one killed on the way
 * is cleared by the next export into that folder.
 */
import { constants } from 'node:fs'
import { access, mkdir, rmdir, stat } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/ipc/contract'
import type { ExportHeaders } from '../../shared/export-formats'
import type { ErrorLocale } from '../../shared/messages/error-texts'
import type { Snapshot } from '../../shared/snapshot'
import { tableToCsv } from './csv'
import { ExportError, type ExportErrorCode } from './errors'
import { clearInterruptedExports, ExportSet, type InterruptedExport } from './export-set'
import { snapshotToHtml } from './html'
import { snapshotToJson } from './json'
import { localTime, snapshotTables, TABLE_NAMES, type TableOptions } from './tables'
import { snapshotToXlsx } from './xlsx'

export { EXPORT_FORMATS, type ExportFormat, type InterruptedExport }

/** Prints the self-contained HTML report to PDF: Electron's printToPDF in the app, Chromium in tests. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>

export interface WriteOptions {
  /** The language of the files' headings, headers, enums, totals rows and yes/no; en-US unless said. */
  language?: ErrorLocale
  /** CSV and XLSX headers and values for people (`words`, the default) or for scripts (`fields`); HTML and PDF are for people. */
  headers?: ExportHeaders
  /** Called after each file is written: `done` of `total` files. */
  onProgress?: (done: number, total: number, path: string) => void
  signal?: AbortSignal
}

export interface ReserveOptions {
  /** Needed for `pdf`; without it a PDF export is refused before anything is written. */
  printPdf?: PdfPrinter
  /** Creates a missing folder, parents included (the CLI's `--out`); removed again if the export fails. */
  createFolder?: boolean
  signal?: AbortSignal
  /** Told of the sets killed runs left incomplete in the folder, which were just cleared. */
  onInterrupted?: (sets: InterruptedExport[]) => void
  /** The clock a reservation's age is told by; default Date.now. */
  now?: () => number
}

export type ExportOptions = WriteOptions & ReserveOptions

/** What an export's names are made of: the instance, when it was taken and the zone it shows. */
export interface ExportNaming {
  instanceId: string
  createdAt: number
  timeZone: string
}

interface PlannedFile {
  name: string
  content: () => string | Promise<Uint8Array>
}

/** `ccc-<instanceId>-<yyyyMMdd-HHmm>`, the time in the snapshot's zone. */
export function exportBaseName(snapshot: Snapshot): string {
  return exportStem(namingOf(snapshot))
}

const namingOf = (snapshot: Snapshot): ExportNaming => ({
  instanceId: snapshot.instance.Id,
  createdAt: Date.parse(snapshot.createdAt),
  timeZone: snapshot.timeZone
})

function exportStem({ instanceId, createdAt, timeZone }: ExportNaming): string {
  const safeId = instanceId.replace(/[^A-Za-z0-9._-]/g, '_')
  return `ccc-${safeId}-${localTime(createdAt, timeZone, 'yyyyMMdd-HHmm')}`
}

/** Every name a set may have before its snapshot is known: one CSV for each table there can be. */
function possibleNames(base: string, formats: readonly ExportFormat[], printPdf?: PdfPrinter): string[] {
  const names: string[] = []
  for (const format of EXPORT_FORMATS.filter((f) => formats.includes(f))) {
    if (format === 'csv') names.push(...TABLE_NAMES.map((table) => `${base}-${table}.csv`))
    else if (format !== 'pdf' || printPdf) names.push(`${base}.${format}`)
  }
  return names
}

function plan(snapshot: Snapshot, base: string, formats: readonly ExportFormat[], tables: Required<TableOptions>, printPdf?: PdfPrinter): PlannedFile[] {
  const { language } = tables
  const files: PlannedFile[] = []
  // The PDF is printed from the very HTML the .html file holds; render it once for both.
  let html: string | undefined
  const reportHtml = (): string => (html ??= snapshotToHtml(snapshot, language))
  for (const format of EXPORT_FORMATS.filter((f) => formats.includes(f))) {
    switch (format) {
      case 'json':
        files.push({ name: `${base}.json`, content: () => snapshotToJson(snapshot) })
        break
      case 'csv':
        for (const table of snapshotTables(snapshot, tables)) files.push({ name: `${base}-${table.name}.csv`, content: () => tableToCsv(table) })
        break
      case 'xlsx':
        files.push({ name: `${base}.xlsx`, content: () => snapshotToXlsx(snapshot, tables) })
        break
      case 'html':
        files.push({ name: `${base}.html`, content: reportHtml })
        break
      case 'pdf':
        if (printPdf) files.push({ name: `${base}.pdf`, content: () => printPdf(reportHtml()) })
        break
    }
  }
  return files
}

/**
 * Errors that say the folder itself cannot take the files, each with its own advice. `where` is
 * the folder that refused: `dir` itself, or the existing parent a missing `dir` would be made in.
 */
export function folderError(dir: string, code: string | undefined, where: string = dir): ExportError {
  const making = where === dir ? '' : ` (to create ${dir})`
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return new ExportError('Export.NotAFolder', `${dir} is not a folder: a file of that name, or of one of its parents, is in the way. Choose another folder.`, { dir })
    case 'EACCES':
    case 'EPERM':
      return new ExportError('Export.PermissionDenied', `You have no permission to write in ${where}${making}: choose another folder, or ask for write access.`, { where })
    case 'EROFS':
      return new ExportError('Export.ReadOnly', `${where} is on a read-only file system${making}, such as a mounted image or a read-only share: choose another folder.`, { where })
    default:
      return new ExportError('Export.Unwritable', `The folder ${dir} cannot be written to${code ? ` (${code})` : ''}: choose another folder.`, { dir, errno: code ?? 'error' })
  }
}

/** The codes folderError answers with: the folder itself cannot take the files (the CLI exits 3 on them). */
const FOLDER_ERROR_CODES: ReadonlySet<string> = new Set<ExportErrorCode>(['Export.NotAFolder', 'Export.PermissionDenied', 'Export.ReadOnly', 'Export.Unwritable'])

export function isFolderErrorCode(code: string): boolean {
  return FOLDER_ERROR_CODES.has(code)
}

/** System error codes that mean the folder, not one file, is the problem. */
const FOLDER_CODES = new Set(['ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EISDIR'])

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code

/** Refuses PDF where no printer is wired (the CLI, the browser demo), before any work is done. */
export function checkPrinter(formats: readonly ExportFormat[], printPdf: PdfPrinter | undefined): void {
  if (formats.includes('pdf') && !printPdf) {
    throw new ExportError('Export.PdfUnavailable', 'PDF is printed by the CCC Supervisor app; here choose json, csv, xlsx or html.')
  }
}

/** The nearest folder at or above `dir` that exists; `dir` itself when it exists. */
async function nearestExisting(dir: string): Promise<string> {
  for (let path = resolve(dir); ; path = dirname(path)) {
    try {
      await stat(path)
      return path
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT' || dirname(path) === path) return path
    }
  }
}

/**
 * Refuses a folder that is not a folder, not writable or on a read-only file system, before any
 * work is done. With `create`, a missing folder is fine when the folder that would hold it can be
 * written (a scheduled export's first night); without, a missing folder is refused.
 */
export async function checkFolder(dir: string, { create = false }: { create?: boolean } = {}): Promise<void> {
  const existing = create ? await nearestExisting(dir) : dir
  let info
  try {
    info = await stat(existing)
  } catch (error) {
    throw folderError(dir, errnoOf(error) === 'ENOENT' ? undefined : errnoOf(error))
  }
  if (!info.isDirectory()) throw folderError(dir, 'ENOTDIR')
  try {
    await access(existing, constants.W_OK)
  } catch (error) {
    throw folderError(dir, errnoOf(error), existing === resolve(dir) ? dir : existing)
  }
}

export function cancelled(): ExportError {
  return new ExportError('Export.Cancelled', 'The export was cancelled; no files of it were kept.')
}

/**
 * An export's names, held from before its snapshot is fetched (so a scheduled run's names are
 * claimed at its start) until `write` publishes the files or `release` gives them up.
 */
export interface ExportReservation {
  readonly stem: string
  /** Writes the snapshot in each format under the reserved names; returns the paths written. */
  write(snapshot: Snapshot, options?: WriteOptions): Promise<string[]>
  /** Gives the names up, and the folder it created, when the export will not be written. */
  release(): Promise<void>
}

/**
 * Checks the folder (creating it when asked), clears what killed runs left there, and reserves
 * the names of an export of `naming` in `formats`.
 */
export async function reserveExport(
  dir: string,
  naming: ExportNaming,
  formats: readonly ExportFormat[],
  { printPdf, createFolder = false, signal, onInterrupted, now = Date.now }: ReserveOptions = {}
): Promise<ExportReservation> {
  if (signal?.aborted) throw cancelled()
  checkPrinter(formats, printPdf)
  await checkFolder(dir, { create: createFolder })
  let created: string | undefined
  if (createFolder) {
    try {
      // mkdir names the first folder it made as the caller spelled the path: made absolute here,
      // so the clean-up below can never climb past it into folders the user had.
      const first = await mkdir(dir, { recursive: true })
      created = first === undefined ? undefined : resolve(first)
    } catch (error) {
      throw folderError(dir, errnoOf(error))
    }
  }
  const removeFolder = async (): Promise<void> => {
    if (created) await removeCreated(resolve(dir), created)
    created = undefined
  }

  let set: ExportSet
  try {
    const interrupted = await clearInterruptedExports(dir, now())
    if (interrupted.length > 0) onInterrupted?.(interrupted)
    set = await ExportSet.reserve(dir, exportStem(naming), (stem) => possibleNames(stem, formats, printPdf), now())
  } catch (error) {
    await removeFolder()
    if (error instanceof ExportError) throw error
    throw writeError(dir, dir, error)
  }

  return {
    stem: set.stem,
    release: async () => {
      await set.discard()
      await removeFolder()
    },
    write: async (snapshot, { language = 'en-US', headers = 'words', onProgress, signal: writeSignal = signal } = {}) => {
      try {
        const files = plan(snapshot, set.stem, formats, { language, headers }, printPdf)
        for (const [index, file] of files.entries()) {
          if (writeSignal?.aborted) throw cancelled()
          let content: string | Uint8Array
          try {
            content = await file.content()
          } catch (error) {
            if (error instanceof ExportError) throw error
            throw new ExportError('Export.RenderFailed', `Could not produce ${file.name}: ${(error as Error).message}`, { file: file.name })
          }
          if (writeSignal?.aborted) throw cancelled()
          const path = join(dir, file.name)
          try {
            await set.stage(file.name, content)
          } catch (error) {
            throw writeError(dir, path, error)
          }
          onProgress?.(index + 1, files.length, path)
        }
        if (writeSignal?.aborted) throw cancelled()
        let written: string[]
        try {
          written = await set.publish(files.map((f) => f.name))
        } catch (error) {
          if (error instanceof ExportError) throw error
          throw writeError(dir, dir, error)
        }
        // The folder holds a finished export now: release() must leave it.
        created = undefined
        return written
      } catch (error) {
        await set.discard()
        await removeFolder()
        throw error
      }
    }
  }
}

/** A failed write as the folder's fault (its own advice) or as this file's. */
function writeError(dir: string, path: string, error: unknown): ExportError {
  const code = errnoOf(error)
  if (code && FOLDER_CODES.has(code)) return folderError(dir, code)
  return new ExportError('Export.WriteFailed', `Could not write ${path}${code ? ` (${code})` : ''}.`, { path })
}

/** Writes the snapshot in each format; returns the paths written. */
export async function exportSnapshot(snapshot: Snapshot, dir: string, formats: readonly ExportFormat[], options: ExportOptions = {}): Promise<string[]> {
  const reservation = await reserveExport(dir, namingOf(snapshot), formats, options)
  return reservation.write(snapshot, options)
}

/**
 * Removes the folders an export created, deepest first, up to and including the first one it
 * made and never above it; a folder something else wrote into stays (rmdir refuses it).
 */
async function removeCreated(dir: string, firstCreated: string): Promise<void> {
  const isCreated = (path: string): boolean => path === firstCreated || path.startsWith(firstCreated + sep)
  for (let path = dir; isCreated(path); path = dirname(path)) {
    try {
      await rmdir(path)
    } catch {
      return
    }
    if (path === firstCreated) return
  }
}
