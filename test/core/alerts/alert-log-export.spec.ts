/**
 * The alert log as a CSV file, through main's handler: the page's words as headers, times in the
 * instance's zone with its offset, durations as h:mm:ss, a hostile queue name neutralised, a new
 * file beside an existing one of the same second (never over it), nothing written when the user
 * cancels, and malformed tables refused.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatch, type SenderInfo } from '../../../src/core/ipc/dispatch'
import { isTrustedIpcSender } from '../../../src/core/security-policy'
import type { Services } from '../../../src/core/services'
import { testServices } from '../../helpers/test-services'

const app: SenderInfo = { frameUrl: 'app://renderer/index.html#/instances/ccc-a/realtime', isMainFrame: true }
// 2026-06-17 14:37:05 in Shanghai.
const NOW = Date.UTC(2026, 5, 17, 6, 37, 5)

let dir: string
let folder: string | null
let services: Services
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-alert-log-'))
  folder = join(dir, 'out')
  await writeFile(join(dir, 'placeholder'), '')
  services = testServices(join(dir, 'data'), { chooseExportFolder: async () => folder, now: () => NOW })
  const { mkdir } = await import('node:fs/promises')
  await mkdir(join(dir, 'out'))
})
afterAll(async () => {
  await services.close()
  await rm(dir, { recursive: true, force: true })
})

const gate = () => createDispatch(services.handlers, { isTrustedSender: (s) => isTrustedIpcSender(s, { rendererIndexUrl: 'app://renderer/index.html' }), log: () => {} })
const table = {
  instanceId: 'ccc-a',
  timeZone: 'Asia/Shanghai',
  columns: [
    { label: '指标', kind: 'text' },
    { label: '开始', kind: 'epochMs' },
    { label: '持续', kind: 'seconds' },
    { label: '解除', kind: 'epochMs' }
  ],
  rows: [
    ['=HYPERLINK("http://127.0.0.1/x","升级") · 最长等待', Date.UTC(2026, 5, 17, 6, 0, 0), 450, null],
    ['排队来电 ≥ 10', Date.UTC(2026, 5, 16, 15, 50, 0), 3_725, Date.UTC(2026, 5, 16, 16, 52, 5)]
  ]
}

describe('exporting the alert log', () => {
  it('writes the page\'s table as CSV in the instance\'s zone, then a second file beside the first', async () => {
    const first = await gate()('exportAlertLog', table, app)
    expect(first).toEqual({ ok: true, data: { path: join(folder!, 'alert-log-ccc-a-20260617-143705.csv') } })
    const text = await readFile(join(folder!, 'alert-log-ccc-a-20260617-143705.csv'), 'utf8')
    expect(text.split('\r\n')).toEqual([
      '\uFEFF指标,开始,持续,解除',
      `"'=HYPERLINK(""http://127.0.0.1/x"",""升级"") · 最长等待",2026-06-17T14:00:00+08:00,0:07:30,`,
      '排队来电 ≥ 10,2026-06-16T23:50:00+08:00,1:02:05,2026-06-17T00:52:05+08:00',
      ''
    ])
    // The same second again: a new name, the first file untouched.
    expect(await gate()('exportAlertLog', table, app)).toEqual({ ok: true, data: { path: join(folder!, 'alert-log-ccc-a-20260617-143705-2.csv') } })
    expect(await readFile(join(folder!, 'alert-log-ccc-a-20260617-143705.csv'), 'utf8')).toBe(text)
  })

  it('writes nothing when the user closes the folder dialog', async () => {
    const before = await readdir(join(dir, 'out'))
    folder = null
    expect(await gate()('exportAlertLog', table, app)).toEqual({ ok: true, data: null })
    folder = join(dir, 'out')
    expect(await readdir(join(dir, 'out'))).toEqual(before)
  })

  it('says which folder refused, as the other exports do', async () => {
    folder = join(dir, 'placeholder')
    expect(await gate()('exportAlertLog', table, app)).toMatchObject({ ok: false, error: { code: 'Export.NotAFolder' } })
    folder = join(dir, 'out')
  })

  it('refuses a table that is not one', async () => {
    const refused = [
      { ...table, rows: [['one cell']] },
      { ...table, timeZone: 'Mars/Olympus' },
      { ...table, columns: [{ label: 'x', kind: 'formula' }] },
      { ...table, columns: [] },
      { ...table, rows: [[{ nested: 1 }, 1, 2, 3]] },
      { ...table, rows: Array.from({ length: 5_001 }, () => ['a', 1, 2, 3]) },
      { ...table, instanceId: '../x' }
    ]
    for (const input of refused) expect(await gate()('exportAlertLog', input, app)).toMatchObject({ ok: false, error: { code: 'Input.Invalid' } })
  })
})
