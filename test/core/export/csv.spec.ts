/** CSV writing rules on hand-made tables: quoting, line ends, BOM and formula neutralisation. */
import { describe, expect, it } from 'vitest'
import { isoTime, tableToCsv } from '../../../src/core/export/csv'
import { xlsxCell } from '../../../src/core/export/xlsx'
import type { Table } from '../../../src/core/export/tables'
import { parseCsv } from './csv-parse'

const table: Table = {
  name: 'admins',
  sheet: 'admins',
  title: 'T',
  headers: 'fields',
  timeZone: 'UTC',
  columns: [
    { key: 'Text', label: 'Text', kind: 'text' },
    { key: 'Count', label: 'Count', kind: 'count' }
  ],
  rows: [
    ['a,b', -3],
    ['say "hi"', 12345678901234567890n],
    ['line\nbreak', null],
    ['=1+1', 0.5],
    ['-2', -0.25],
    ['@cmd', 1],
    ['\tx', 1],
    ['\rx', 1],
    ['+1-2', 1],
    ['中文 名称', 2]
  ]
}

describe('tableToCsv', () => {
  const csv = tableToCsv(table)

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('quotes per RFC 4180 and parses back', () => {
    expect(csv).toContain('"a,b",-3\r\n')
    expect(csv).toContain('"say ""hi""",12345678901234567890\r\n')
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]).toEqual(['Text', 'Count'])
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'a,b',
      'say "hi"',
      'line\nbreak',
      "'=1+1",
      "'-2",
      "'@cmd",
      "'\tx",
      "'\rx",
      "'+1-2",
      '中文 名称'
    ])
  })

  it('writes typed numbers, negatives included, as numbers', () => {
    const rows = parseCsv(csv.slice(1))
    expect(rows.slice(1).map((r) => r[1])).toEqual(['-3', '12345678901234567890', '', '0.5', '-0.25', '1', '1', '1', '1', '2'])
  })
})

describe('times in a zone with summer time', () => {
  // London, 2026-10-25: clocks go back at 02:00 BST to 01:00 GMT, so 01:30 happens twice.
  const first = Date.UTC(2026, 9, 25, 0, 30)
  const second = Date.UTC(2026, 9, 25, 1, 30)
  const winter = Date.UTC(2026, 11, 1, 9, 0)

  it('CSV writes each instant with its own offset, +00:00 rather than Z, so the repeated hour stays apart', () => {
    expect([first, second, winter].map((t) => isoTime(t, 'Europe/London'))).toEqual([
      '2026-10-25T01:30:00+01:00',
      '2026-10-25T01:30:00+00:00',
      '2026-12-01T09:00:00+00:00'
    ])
    expect([first, second].map((t) => Date.parse(isoTime(t, 'Europe/London')))).toEqual([first, second])
  })

  it('XLSX writes the wall clock, the same for both halves of the repeated hour (Excel has no zones)', () => {
    const wall = (t: number) => (xlsxCell(t, { kind: 'epochMs' }, 'Europe/London').value as Date).toISOString()
    expect(wall(first)).toBe('2026-10-25T01:30:00.000Z')
    expect(wall(second)).toBe('2026-10-25T01:30:00.000Z')
    expect(wall(winter)).toBe('2026-12-01T09:00:00.000Z')
  })
})
