import { describe, expect, it } from 'vitest'
import { distinctValues, filterBySearch, rowsToTsv, sortRows, tsvCell, type ColumnSpec } from '@renderer/model/table-query'

interface Row {
  name: string
  city: string
  calls: number | null
}
const rows: Row[] = [
  { name: '王五', city: '北京', calls: 10 },
  { name: 'Alice', city: 'Shanghai', calls: 2 },
  { name: 'bob', city: '上海', calls: null },
  { name: 'Carol', city: 'Shanghai', calls: 100 }
]
const columns: ColumnSpec<Row>[] = [
  { key: 'name', text: (r) => r.name },
  { key: 'city', text: (r) => r.city },
  { key: 'calls', text: (r) => (r.calls === null ? '' : String(r.calls)), sortValue: (r) => r.calls }
]
const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' })
const names = (list: Row[]) => list.map((r) => r.name)

describe('table search', () => {
  it('matches every term, each in any column, ignoring case', () => {
    expect(names(filterBySearch(rows, columns, 'shanghai'))).toEqual(['Alice', 'Carol'])
    expect(names(filterBySearch(rows, columns, 'SHANGHAI car'))).toEqual(['Carol'])
    expect(names(filterBySearch(rows, columns, '   '))).toEqual(names(rows))
  })

  it('finds Chinese text, and full-width input matches ASCII', () => {
    expect(names(filterBySearch(rows, columns, '上海'))).toEqual(['bob'])
    expect(names(filterBySearch(rows, columns, 'ＡＬＩＣＥ'))).toEqual(['Alice'])
  })
})

describe('table sort', () => {
  it('sorts numbers as numbers, keeps missing values last either way, and keeps ties in order', () => {
    expect(names(sortRows(rows, columns, { columnKey: 'calls', order: 'ascend' }, collator))).toEqual(['Alice', '王五', 'Carol', 'bob'])
    expect(names(sortRows(rows, columns, { columnKey: 'calls', order: 'descend' }, collator))).toEqual(['Carol', '王五', 'Alice', 'bob'])
    // Equal values keep their order: Alice was listed before Carol.
    expect(names(sortRows(rows, columns, { columnKey: 'city', order: 'ascend' }, collator)).slice(0, 2)).toEqual(['Alice', 'Carol'])
    expect(names(sortRows(rows, columns, { columnKey: 'city', order: 'descend' }, collator)).slice(-2)).toEqual(['Alice', 'Carol'])
  })

  it('leaves the order alone when no column is sorted', () => {
    expect(names(sortRows(rows, columns, { columnKey: null, order: false }, collator))).toEqual(names(rows))
  })
})

describe('copy as tab-separated text', () => {
  it('has a header row, then one line per row in the order given', () => {
    const text = rowsToTsv(
      [
        { title: 'Name', text: (r: Row) => r.name },
        { title: 'City', text: (r: Row) => r.city }
      ],
      rows.slice(0, 2)
    )
    expect(text).toBe('Name\tCity\n王五\t北京\nAlice\tShanghai')
  })

  it('keeps the grid intact and does not let a spreadsheet run a formula', () => {
    expect(tsvCell('a\tb\nc')).toBe('a b c')
    expect(tsvCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")')
    expect(tsvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(tsvCell('-2+3+cmd|x')).toBe("'-2+3+cmd|x")
    expect(tsvCell('+8613800000000')).toBe('+8613800000000')
    expect(tsvCell('+86 (21) 5555-0101')).toBe('+86 (21) 5555-0101')
  })

  it('lists the distinct values of a column for a filter', () => {
    expect(distinctValues(rows, (r) => r.city, collator)).toEqual(['Shanghai', '上海', '北京'])
  })
})
