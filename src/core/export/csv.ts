/** RFC 4180 CSV, UTF-8 with a BOM (so Excel reads Chinese right), formula-like text neutralised. */
import { neutraliseFormula, type Cell, type Table } from './tables'

const BOM = '\uFEFF'

/**
 * Excel in `;` locales (German, French) splits a line at `;`, inside quotes or not, and some
 * importers split at tabs or line breaks: each of those can begin a cell, so each piece after one
 * is neutralised on its own, not only the field's start.
 */
function neutraliseCells(text: string): string {
  return neutraliseFormula(text).replace(/([;\t\r\n])([^;\t\r\n]*)/g, (_, separator: string, piece: string) => separator + neutraliseFormula(piece))
}

function csvField(cell: Cell): string {
  if (cell === null) return ''
  // Typed numbers are data, never formulas: a negative number keeps its minus sign.
  if (typeof cell === 'number' || typeof cell === 'bigint') return String(cell)
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  const text = neutraliseCells(cell)
  // `;` and tab are quoted too, so a reader that splits on them still sees one field.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One table as the text of a CSV file, header first, totals (if any) last. */
export function tableToCsv(table: Table): string {
  const lines = [table.columns.map((c) => c.key), ...table.rows, ...(table.totals ? [table.totals] : [])]
  return BOM + lines.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
