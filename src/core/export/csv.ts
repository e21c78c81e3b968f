/** RFC 4180 CSV, UTF-8 with a BOM (so Excel reads Chinese right), formula-like text neutralised. */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { neutraliseFormula, type Cell, type Column, type Table } from './tables'

const BOM = '\uFEFF'

/**
 * Excel in `;` locales (German, French) splits a line at `;`, inside quotes or not, and some
 * importers split at tabs or line breaks: each of those can begin a cell, so each piece after one
 * is neutralised on its own, not only the field's start.
 */
function neutraliseCells(text: string): string {
  return neutraliseFormula(text).replace(/([;\t\r\n])([^;\t\r\n]*)/g, (_, separator: string, piece: string) => separator + neutraliseFormula(piece))
}

/** A time as ISO 8601 with its offset in the table's zone: exact for a script, readable for a person. */
// `xxx`, not `XXX`: always ±HH:MM, never `Z`, so one column of a zone with summer time reads alike.
export const isoTime = (epochMs: number, timeZone: string): string => format(new TZDate(epochMs, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx")

function csvField(cell: Cell, column: Column | undefined, timeZone: string): string {
  if (cell === null) return ''
  if (column?.kind === 'epochMs' && typeof cell === 'number') return isoTime(cell, timeZone)
  // Typed numbers are data, never formulas: a negative number keeps its minus sign.
  if (typeof cell === 'number' || typeof cell === 'bigint') return String(cell)
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  const text = neutraliseCells(cell)
  // `;` and tab are quoted too, so a reader that splits on them still sees one field.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One table as the text of a CSV file, header first, totals (if any) last. */
export function tableToCsv(table: Table): string {
  const header = table.columns.map((c) => csvField(c.key, undefined, table.timeZone)).join(',')
  const body = [...table.rows, ...(table.totals ? [table.totals] : [])].map((row) => row.map((cell, i) => csvField(cell, table.columns[i], table.timeZone)).join(','))
  return BOM + [header, ...body].join('\r\n') + '\r\n'
}
