/**
 * The wallboard's alert log as a CSV file (#19). The page words the table in its language (its
 * catalogues name the figures and states) and sends it as columns and cells; here it is written
 * as the snapshot exports write CSV — text neutralised against formulas, times in ISO 8601 with
 * the instance's offset, durations as h:mm:ss — into the folder the user chose, never over a file.
 */
import { lstat } from 'node:fs/promises'
import { join } from 'node:path'
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import type { AlertLogColumnKind } from '../../shared/ipc/contract'
import { writeFileAtomic } from '../atomic-file'
import { tableToCsv } from '../export/csv'
import { ExportError } from '../export/errors'
import { folderError } from '../export/export-snapshot'
import type { Cell } from '../export/tables'

export interface AlertLogTable {
  instanceId: string
  timeZone: string
  columns: ReadonlyArray<{ label: string; kind: AlertLogColumnKind }>
  rows: ReadonlyArray<readonly (string | number | null)[]>
}

/** Files of the same name tried before giving up: an export a second for a minute and more. */
const MAX_SUFFIX = 99

/** Whether a file of that name is there; a folder that cannot be looked into says why. */
async function exists(folder: string, path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return false
    throw folderError(folder, code)
  }
}

/** `alert-log-ccc-a-20260617-143700.csv`, the time the instance's; `-2`… when that name is taken. */
async function freeName(folder: string, instanceId: string, timeZone: string, now: number): Promise<string> {
  const stem = `alert-log-${instanceId}-${format(new TZDate(now, timeZone), 'yyyyMMdd-HHmmss')}`
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const path = join(folder, `${stem}${n === 1 ? '' : `-${n}`}.csv`)
    if (!(await exists(folder, path))) return path
  }
  throw new ExportError('Export.WriteFailed', `Could not write ${join(folder, `${stem}.csv`)}.`, { path: join(folder, `${stem}.csv`) })
}

/** Writes the table into `folder`; answers the file's path. */
export async function writeAlertLog(folder: string, table: AlertLogTable, now: number): Promise<string> {
  const csv = tableToCsv({
    headers: 'words',
    timeZone: table.timeZone,
    columns: table.columns.map((column) => ({ key: column.label, label: column.label, kind: column.kind, seconds: true })),
    rows: table.rows as Cell[][]
  })
  const path = await freeName(folder, table.instanceId, table.timeZone, now)
  try {
    await writeFileAtomic(path, csv, 0o644)
  } catch (error) {
    throw folderError(folder, (error as NodeJS.ErrnoException).code)
  }
  return path
}
