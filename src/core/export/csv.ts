/**
 * RFC 4180 CSV, UTF-8 with a BOM (so Excel reads Chinese right), formula-like text neutralised.
 * A `words` file writes its figures as the app shows them (6.3%, 0:05:44), which spreadsheets read
 * back as numbers; a `fields` file writes them as CCC sent them (0.063, 344), for scripts.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { formatClockDuration, formatMetric } from '../../shared/ccc/format'
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

/**
 * A figure as a person reads it, in the app's rounding; a count as it is (a count beyond 2^53 stays
 * exact). A negative duration or rate (CCC should send none) would be no number to a spreadsheet,
 * which has no negative times: it is written as text, neutralised like any text beginning with `-`.
 */
function shownFigure(value: number | bigint, kind: Column['kind']): string {
  if (kind === 'seconds') return neutraliseFormula(formatClockDuration(Number(value)))
  if (kind === 'ratio' || kind === 'percent' || kind === 'score') return neutraliseFormula(formatMetric(value, { unit: kind }))
  return String(value)
}

function csvField(cell: Cell, column: Column | undefined, table: Pick<Table, 'timeZone' | 'headers'>): string {
  if (cell === null) return ''
  if (column?.kind === 'epochMs' && typeof cell === 'number') return isoTime(cell, table.timeZone)
  // Typed numbers are data, never formulas: a negative number keeps its minus sign.
  if (typeof cell === 'number' || typeof cell === 'bigint') return table.headers === 'words' && column ? shownFigure(cell, column.kind) : String(cell)
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  const text = neutraliseCells(cell)
  // `;` and tab are quoted too, so a reader that splits on them still sees one field.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One table as the text of a CSV file, header first, totals (if any) last. */
export function tableToCsv(table: Pick<Table, 'columns' | 'rows' | 'totals' | 'timeZone' | 'headers'>): string {
  const header = table.columns.map((c) => csvField(c.label, undefined, table)).join(',')
  const body = [...table.rows, ...(table.totals ? [table.totals] : [])].map((row) => row.map((cell, i) => csvField(cell, table.columns[i], table)).join(','))
  return BOM + [header, ...body].join('\r\n') + '\r\n'
}
