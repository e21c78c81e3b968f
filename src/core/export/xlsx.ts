/**
 * The workbook: one sheet per table, numbers as numbers with a format by unit (durations as
 * day fractions shown `[h]:mm:ss`, rates as `0.0%`), so a supervisor can sum and chart them.
 */
import { TZDate } from '@date-fns/tz'
import ExcelJS from 'exceljs'
import { formatMetric } from '../../shared/ccc/format'
import { textWidth } from '../../shared/text-width'
import { xmlSafe } from '../../shared/xml-safe'
import type { Snapshot } from '../../shared/snapshot'
import { neutraliseFormula, snapshotTables, timeText, type Cell, type Column, type Table, type TableOptions } from './tables'

export const DURATION_FORMAT = '[h]:mm:ss'
export const RATE_FORMAT = '0.0%'
const SCORE_FORMAT = '0.00'
export const TIME_FORMAT = 'yyyy-mm-dd hh:mm'
export const TIME_SECONDS_FORMAT = 'yyyy-mm-dd hh:mm:ss'
const SECONDS_PER_DAY = 86_400
/** The widest a header alone makes its column, in characters; a longer one wraps. */
const HEADER_WIDTH = 24

interface XlsxCell {
  value: string | number | boolean | Date | null
  numFmt?: string
}

export { xmlSafe }

/**
 * A time as an Excel date cell. Excel's dates have no zone, so the cell holds the wall-clock time in
 * the table's zone (the zone the file names), as a person there reads it; in the hour a zone's
 * clocks go back, two instants read alike (only the CSV's offsets tell them apart).
 */
function dateCell(epochMs: number, timeZone: string, seconds: boolean): XlsxCell {
  const local = new TZDate(epochMs, timeZone)
  const wall = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds())
  return { value: new Date(wall), numFmt: seconds ? TIME_SECONDS_FORMAT : TIME_FORMAT }
}

/** One table cell as the value Excel stores and its number format. */
export function xlsxCell(cell: Cell, column: Pick<Column, 'kind' | 'seconds'>, timeZone: string): XlsxCell {
  if (cell === null) return { value: null }
  if (typeof cell === 'boolean') return { value: cell }
  if (typeof cell === 'string') return { value: xmlSafe(neutraliseFormula(cell)) }
  const n = Number(cell)
  switch (column.kind) {
    case 'epochMs':
      return dateCell(n, timeZone, column.seconds === true)
    case 'seconds':
      return { value: n / SECONDS_PER_DAY, numFmt: DURATION_FORMAT }
    case 'ratio':
      return { value: n, numFmt: RATE_FORMAT }
    case 'percent':
      return { value: n / 100, numFmt: RATE_FORMAT }
    case 'score':
      return { value: n, numFmt: SCORE_FORMAT }
    default:
      return { value: n }
  }
}

/** Shown width of a cell, in characters (CJK counts double). */
function shownWidth(cell: Cell, column: Column, timeZone: string): number {
  const { kind } = column
  const shown =
    cell === null ? '' : typeof cell === 'string' ? cell : kind === 'text' ? String(cell) : kind === 'epochMs' ? timeText(Number(cell), column, timeZone) : formatMetric(Number(cell), { unit: kind })
  return textWidth(shown)
}

function addSheet(workbook: ExcelJS.Workbook, table: Table): void {
  const sheet = workbook.addWorksheet(xmlSafe(table.sheet), { views: [{ state: 'frozen', ySplit: 1 }] })
  const header = sheet.addRow(table.columns.map((c) => xmlSafe(neutraliseFormula(c.label))))
  header.font = { bold: true }
  // A long label (`Inbound · Average time to abandon while ringing`) wraps instead of widening its column.
  header.alignment = { wrapText: true, vertical: 'top' }
  const body = [...table.rows, ...(table.totals ? [table.totals] : [])]
  for (const [r, cells] of body.entries()) {
    const row = sheet.addRow([])
    table.columns.forEach((column, i) => {
      const { value, numFmt } = xlsxCell(cells[i] ?? null, column, table.timeZone)
      const target = row.getCell(i + 1)
      target.value = value
      if (numFmt) target.numFmt = numFmt
    })
    if (table.totals && r === body.length - 1) row.font = { bold: true }
  }
  table.columns.forEach((column, i) => {
    const widest = Math.max(Math.min(HEADER_WIDTH, textWidth(column.label)), ...body.map((cells) => shownWidth(cells[i] ?? null, column, table.timeZone)))
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, widest + 2))
  })
}

/** The snapshot as the bytes of an .xlsx file: sheets, headers, enums and totals rows in the options' language, or the fields'. */
export async function snapshotToXlsx(snapshot: Snapshot, options: TableOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'CCC Supervisor'
  workbook.created = new Date(snapshot.createdAt)
  for (const table of snapshotTables(snapshot, options)) addSheet(workbook, table)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
