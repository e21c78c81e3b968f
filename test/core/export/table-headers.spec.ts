/**
 * A file's headers say what each column is: in a `words` file no two columns of a table read alike
 * (a spreadsheet's filter or a pivot would merge them), each names its figure's group where a table
 * has several, and a `fields` file's headers are the documented field names.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { snapshotTables } from '../../../src/core/export/tables'
import type { Snapshot } from '../../../src/shared/snapshot'
import { demoSnapshot } from '../../helpers/demo-snapshot'

let snapshot: Snapshot

beforeAll(async () => {
  snapshot = await demoSnapshot(15, { groupReports: true })
}, 60_000)

describe.each(['en-US', 'zh-CN'] as const)('%s headers', (language) => {
  it('no two columns of a table read alike, and none is a bare field name', () => {
    const tables = snapshotTables(snapshot, { language })
    expect(tables.map((table) => table.name)).toContain('agent-report')
    for (const table of tables) {
      const labels = table.columns.map((column) => column.label)
      expect(new Set(labels).size, `${table.name}: ${labels.filter((label, i) => labels.indexOf(label) !== i).join(', ')}`).toBe(labels.length)
      // `Inbound.CallsOffered`, `SkillGroupId`: a field's name, not a label (Name, Email may be both).
      for (const column of table.columns) expect(column.label, `${table.name}.${column.key}`).not.toMatch(/\.\w|[a-z][A-Z]/)
    }
  })

  it('a sheet name fits Excel: at most 31 characters, none of []:*?/\\, no two alike', () => {
    const sheets = snapshotTables(snapshot, { language }).map((table) => table.sheet)
    expect(new Set(sheets).size).toBe(sheets.length)
    for (const sheet of sheets) {
      expect(sheet.length).toBeLessThanOrEqual(31)
      expect(sheet).not.toMatch(/[[\]:*?/\\]/)
    }
  })
})

describe('fields headers', () => {
  it('are the documented field names, group and field joined by a dot', () => {
    const interval = snapshotTables(snapshot, { language: 'zh-CN', headers: 'fields' }).find((table) => table.name === 'interval')!
    expect(interval.columns.map((column) => column.label)).toEqual(interval.columns.map((column) => column.key))
    expect(interval.columns.map((column) => column.key)).toContain('Inbound.CallsOffered')
  })
})
