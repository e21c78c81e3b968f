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

describe('a CSV for people', () => {
  const figures: Table = {
    name: 'interval',
    sheet: 'interval',
    title: 'T',
    headers: 'words',
    timeZone: 'Asia/Shanghai',
    columns: [
      { key: 'StatsTime', label: 'Period start', kind: 'epochMs' },
      { key: 'Calls', label: 'Calls', kind: 'count' },
      { key: 'Rate', label: 'Rate', kind: 'ratio' },
      { key: 'Level', label: 'Level', kind: 'percent' },
      { key: 'Talk', label: 'Talk', kind: 'seconds' },
      { key: 'Score', label: 'Score', kind: 'score' }
    ],
    rows: [
      [Date.UTC(2026, 5, 16, 1), 12345678901234567890n, 0.0625, 95.25, 344, 4.256],
      [Date.UTC(2026, 5, 16, 2), 3, 1, 100, 59.6, 5],
      [Date.UTC(2026, 5, 16, 3), 0, 1.25, 0, 90_061, 0],
      [Date.UTC(2026, 5, 16, 4), -2, -0.05, null, -344, null]
    ]
  }
  const rows = parseCsv(tableToCsv(figures).slice(1))

  it('writes rates as the app rounds them, ratio and percent alike, a rate past 100 % as it is', () => {
    expect(rows.slice(1).map((row) => row[2])).toEqual(['6.3%', '100.0%', '125.0%', "'-5.0%"])
    expect(rows.slice(1).map((row) => row[3])).toEqual(['95.3%', '100.0%', '0.0%', ''])
  })

  it('writes durations with their hours always, rounded to the second, a day and more in hours', () => {
    expect(rows.slice(1).map((row) => row[4])).toEqual(['0:05:44', '0:01:00', '25:01:01', "'-0:05:44"])
  })

  it('keeps counts exact and scores to two decimals, times as ISO 8601 with the offset', () => {
    expect(rows.slice(1).map((row) => row[1])).toEqual(['12345678901234567890', '3', '0', '-2'])
    expect(rows.slice(1).map((row) => row[5])).toEqual(['4.26', '5.00', '0.00', ''])
    expect(rows[1]![0]).toBe('2026-06-16T09:00:00+08:00')
  })

  it('writes the same figures raw for scripts', () => {
    const raw = parseCsv(tableToCsv({ ...figures, headers: 'fields' }).slice(1))
    expect(raw[1]!.slice(1)).toEqual(['12345678901234567890', '0.0625', '95.25', '344', '4.256'])
    expect(raw[4]!.slice(1, 5)).toEqual(['-2', '-0.05', '', '-344'])
  })
})

