/**
 * Writing a snapshot to a folder in the chosen formats. Every file is written atomically; a run
 * that is cancelled or fails removes the files it wrote and never overwrites an older export.
 */
import { constants } from 'node:fs'
import { access, mkdir, rm, rmdir, stat } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/ipc/contract'
import type { Snapshot } from '../../shared/snapshot'
import { writeFileAtomic } from '../atomic-file'
import { tableToCsv } from './csv'
import { ExportError, type ExportErrorCode } from './errors'
import { snapshotToHtml } from './html'
import { snapshotToJson } from './json'
import { localTime, snapshotTables } from './tables'
import { snapshotToXlsx } from './xlsx'

export { EXPORT_FORMATS, type ExportFormat }

/** Prints the self-contained HTML report to PDF: Electron's printToPDF in the app, Chromium in tests. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>

export interface ExportOptions {
  /** Called after each file is written: `done` of `total` files. */
  onProgress?: (done: number, total: number, path: string) => void
  signal?: AbortSignal
  /** Needed for `pdf`; without it a PDF export is refused before anything is written. */
  printPdf?: PdfPrinter
  /** Creates a missing folder, parents included (the CLI's `--out`); removed again if the export fails. */
  createFolder?: boolean
}

interface PlannedFile {
  name: string
  content: () => string | Promise<Uint8Array>
}

/** `ccc-<instanceId>-<yyyyMMdd-HHmm>`, the time in the snapshot's zone. */
export function exportBaseName(snapshot: Snapshot): string {
  const safeId = snapshot.instance.Id.replace(/[^A-Za-z0-9._-]/g, '_')
  return `ccc-${safeId}-${localTime(Date.parse(snapshot.createdAt), snapshot.timeZone, 'yyyyMMdd-HHmm')}`
}

function plan(snapshot: Snapshot, base: string, formats: readonly ExportFormat[], printPdf?: PdfPrinter): PlannedFile[] {
  const files: PlannedFile[] = []
  // The PDF is printed from the very HTML the .html file holds; render it once for both.
  let html: string | undefined
  const reportHtml = (): string => (html ??= snapshotToHtml(snapshot))
  for (const format of EXPORT_FORMATS.filter((f) => formats.includes(f))) {
    switch (format) {
      case 'json':
        files.push({ name: `${base}.json`, content: () => snapshotToJson(snapshot) })
        break
      case 'csv':
        for (const table of snapshotTables(snapshot)) files.push({ name: `${base}-${table.name}.csv`, content: () => tableToCsv(table) })
        break
      case 'xlsx':
        files.push({ name: `${base}.xlsx`, content: () => snapshotToXlsx(snapshot) })
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

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false
  )

/**
 * Errors that say the folder itself cannot take the files, each with its own advice. `where` is
 * the folder that refused: `dir` itself, or the existing parent a missing `dir` would be made in.
 */
function folderError(dir: string, code: string | undefined, where: string = dir): ExportError {
  const making = where === dir ? '' : ` (to create ${dir})`
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return new ExportError('Export.NotAFolder', `${dir} is not a folder: a file of that name, or of one of its parents, is in the way. Choose another folder.`)
    case 'EACCES':
    case 'EPERM':
      return new ExportError('Export.PermissionDenied', `You have no permission to write in ${where}${making}: choose another folder, or ask for write access.`)
    case 'EROFS':
      return new ExportError('Export.ReadOnly', `${where} is on a read-only file system${making}, such as a mounted image or a read-only share: choose another folder.`)
    default:
      return new ExportError('Export.Unwritable', `The folder ${dir} cannot be written to${code ? ` (${code})` : ''}: choose another folder.`)
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

/** Writes the snapshot in each format; returns the paths written. */
export async function exportSnapshot(
  snapshot: Snapshot,
  dir: string,
  formats: readonly ExportFormat[],
  { onProgress, signal, printPdf, createFolder = false }: ExportOptions = {}
): Promise<string[]> {
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

  const written: string[] = []
  try {
    // A second export in the same minute gets its own name rather than replacing the first.
    const stem = exportBaseName(snapshot)
    const anyTaken = async (planned: PlannedFile[]): Promise<boolean> =>
      (await Promise.all(planned.map((f) => exists(join(dir, f.name))))).some(Boolean)
    let files = plan(snapshot, stem, formats, printPdf)
    for (let n = 2; await anyTaken(files); n++) files = plan(snapshot, `${stem}-${n}`, formats, printPdf)

    for (const file of files) {
      if (signal?.aborted) throw cancelled()
      const path = join(dir, file.name)
      let content: string | Uint8Array
      try {
        content = await file.content()
      } catch (error) {
        if (error instanceof ExportError) throw error
        throw new ExportError('Export.RenderFailed', `Could not produce ${file.name}: ${(error as Error).message}`)
      }
      if (signal?.aborted) throw cancelled()
      try {
        await writeFileAtomic(path, content)
      } catch (error) {
        const code = errnoOf(error)
        if (code && FOLDER_CODES.has(code)) throw folderError(dir, code)
        throw new ExportError('Export.WriteFailed', `Could not write ${path}${code ? ` (${code})` : ''}.`)
      }
      written.push(path)
      onProgress?.(written.length, files.length, path)
    }
    if (signal?.aborted) throw cancelled()
  } catch (error) {
    await Promise.all(written.map((path) => rm(path, { force: true }).catch(() => {})))
    if (created) await removeCreated(resolve(dir), created)
    throw error
  }
  return written
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
