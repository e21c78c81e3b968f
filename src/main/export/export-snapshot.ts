/**
 * Writing a snapshot to a folder in the chosen formats. Every file is written atomically; a run
 * that is cancelled or fails removes the files it wrote and never overwrites an older export.
 */
import { constants } from 'node:fs'
import { access, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/ipc/contract'
import type { Snapshot } from '../../shared/snapshot'
import { writeFileAtomic } from '../atomic-file'
import { tableToCsv } from './csv'
import { ExportError } from './errors'
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

const UNWRITABLE_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'EISDIR'])

function unwritable(dir: string): ExportError {
  return new ExportError('Export.Unwritable', `The folder ${dir} cannot be written to: choose another folder.`)
}

/** Refuses PDF where no printer is wired (the CLI, the browser demo), before any work is done. */
export function checkPrinter(formats: readonly ExportFormat[], printPdf: PdfPrinter | undefined): void {
  if (formats.includes('pdf') && !printPdf) {
    throw new ExportError('Export.PdfUnavailable', 'PDF is printed by the CCC Supervisor app; here choose json, csv, xlsx or html.')
  }
}

/** Refuses a folder that is missing, not a folder, or not writable, before any work is done. */
export async function checkFolder(dir: string): Promise<void> {
  try {
    const info = await stat(dir)
    if (!info.isDirectory()) throw unwritable(dir)
    await access(dir, constants.W_OK)
  } catch (error) {
    if (error instanceof ExportError) throw error
    throw unwritable(dir)
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
  { onProgress, signal, printPdf }: ExportOptions = {}
): Promise<string[]> {
  if (signal?.aborted) throw cancelled()
  checkPrinter(formats, printPdf)
  await checkFolder(dir)

  // A second export in the same minute gets its own name rather than replacing the first.
  const stem = exportBaseName(snapshot)
  const anyTaken = async (planned: PlannedFile[]): Promise<boolean> =>
    (await Promise.all(planned.map((f) => exists(join(dir, f.name))))).some(Boolean)
  let files = plan(snapshot, stem, formats, printPdf)
  for (let n = 2; await anyTaken(files); n++) files = plan(snapshot, `${stem}-${n}`, formats, printPdf)

  const written: string[] = []
  try {
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
        const code = (error as NodeJS.ErrnoException).code
        if (code && UNWRITABLE_CODES.has(code)) throw unwritable(dir)
        throw new ExportError('Export.WriteFailed', `Could not write ${path}${code ? ` (${code})` : ''}.`)
      }
      written.push(path)
      onProgress?.(written.length, files.length, path)
    }
    if (signal?.aborted) throw cancelled()
  } catch (error) {
    await Promise.all(written.map((path) => rm(path, { force: true }).catch(() => {})))
    throw error
  }
  return written
}
