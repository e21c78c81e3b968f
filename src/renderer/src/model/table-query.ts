/** Search, sort and copy for the overview tables: plain functions, so the tables only render. */

export type SortOrder = 'ascend' | 'descend' | false

export interface SortState {
  columnKey: string | null
  order: SortOrder
}

/** How a table reads one column of a row: the text shown, searched and copied, and what it sorts by. */
export interface ColumnSpec<T> {
  key: string
  text: (row: T) => string
  /** Defaults to the text; numbers sort numerically, null sorts last. */
  sortValue?: (row: T) => string | number | null
}

/** Terms separated by spaces must all appear, each in any column, ignoring case and width. */
export function filterBySearch<T>(rows: readonly T[], columns: readonly ColumnSpec<T>[], query: string): T[] {
  const matches = searchMatcher(columns, query)
  return matches === null ? [...rows] : rows.filter(matches)
}

/** The test `filterBySearch` applies to each row, for a caller filtering in its own pass; null when the query has no terms. */
export function searchMatcher<T>(columns: readonly ColumnSpec<T>[], query: string): ((row: T) => boolean) | null {
  const terms = normalise(query).split(/\s+/).filter((term) => term !== '')
  if (terms.length === 0) return null
  return (row) => {
    const haystack = normalise(columns.map((column) => column.text(row)).join('\u0000'))
    return terms.every((term) => haystack.includes(term))
  }
}

// NFKC folds full-width letters and digits, common in Chinese input, to their ASCII forms.
const normalise = (value: string): string => value.normalize('NFKC').toLowerCase()

/** A stable sort by one column; rows keep their order when the column is not sorted. */
export function sortRows<T>(
  rows: readonly T[],
  columns: readonly ColumnSpec<T>[],
  sort: SortState,
  collator: Intl.Collator
): T[] {
  const column = columns.find((c) => c.key === sort.columnKey)
  if (!column || sort.order === false) return [...rows]
  const valueOf = column.sortValue ?? column.text
  const direction = sort.order === 'ascend' ? 1 : -1
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((a, b) => {
      // Missing values stay at the bottom whichever way the column is sorted.
      if (a.value === null || a.value === '') return b.value === null || b.value === '' ? a.index - b.index : 1
      if (b.value === null || b.value === '') return -1
      const compared =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value))
      return compared !== 0 ? compared * direction : a.index - b.index
    })
    .map((entry) => entry.row)
}

/**
 * One cell of tab-separated text: tabs and line breaks become spaces so the grid holds, and a cell
 * a spreadsheet would run as a formula gets a leading apostrophe. Phone numbers such as
 * +8613800000000 are left alone.
 */
export function tsvCell(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ')
  if (/^[=@]/.test(flat) || (/^[+-]/.test(flat) && !/^[+-][\d\s().-]*$/.test(flat))) return `'${flat}`
  return flat
}

/** Rows as tab-separated text with a header row, ready for a spreadsheet. */
export function rowsToTsv<T>(columns: ReadonlyArray<{ title: string; text: (row: T) => string }>, rows: readonly T[]): string {
  const lines = [columns.map((c) => tsvCell(c.title)), ...rows.map((row) => columns.map((c) => tsvCell(c.text(row))))]
  return lines.map((cells) => cells.join('\t')).join('\n')
}

/** Distinct non-empty values of a column, sorted for a filter's options. */
export function distinctValues<T>(rows: readonly T[], read: (row: T) => string, collator: Intl.Collator): string[] {
  return [...new Set(rows.map(read).filter((value) => value !== ''))].sort(collator.compare)
}
