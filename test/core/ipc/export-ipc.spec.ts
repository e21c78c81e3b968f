/** The exportSnapshot channel: a folder from the (injected) dialog, files written, bad input refused. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatch, type Dispatch } from '../../../src/core/ipc/dispatch'
import type { Services } from '../../../src/core/services'
import type { SnapshotExportResult } from '../../../src/shared/ipc/contract'
import type { Result } from '../../../src/shared/result'
import { DEMO_CREDENTIALS } from '../../../src/simulator'
import { testClock } from '../../helpers/test-clock'
import { testServices } from '../../helpers/test-services'

const app = { frameUrl: 'file:///app/index.html', isMainFrame: true }
let dir: string
let services: Services
let dispatch: Dispatch
// What the folder dialog answers next: a folder, or null as when the user cancels.
let chosen: string | null = null

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-export-ipc-'))
  services = testServices(join(dir, 'data'), { chooseExportFolder: async () => chosen, now: testClock })
  dispatch = createDispatch(services.handlers, { isTrustedSender: (s) => s.isMainFrame })
})
afterAll(async () => {
  await services.close()
  await rm(dir, { recursive: true, force: true })
})

const request = (patch: Record<string, unknown> = {}) => ({
  instanceIds: ['ccc-demo'],
  timeZone: 'Asia/Shanghai',
  formats: ['json', 'html'],
  interval: { startTime: testClock() - 86_400_000, endTime: testClock(), interval: 'Hourly' },
  trend: null,
  ...patch
})

describe('exportSnapshot over IPC', () => {
  it('writes the snapshot into the folder the user picked, on the demo', async () => {
    chosen = join(dir)
    const result = (await dispatch('exportSnapshot', request(), app)) as Result<SnapshotExportResult>
    expect(result.ok).toBe(true)
    if (!result.ok || !result.data) throw new Error('export failed')
    expect(result.data.folder).toBe(dir)
    expect(result.data.files.map((f) => f.slice(f.lastIndexOf('.')))).toEqual(['.json', '.html'])
    const files = (await readdir(dir)).filter((f) => f.startsWith('ccc-'))
    expect(files).toHaveLength(2)
    for (const file of files) expect(await readFile(join(dir, file), 'utf8')).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
  })

  it('writes each instance of a session-wide export in the zone it keeps its days in, unless one zone is asked for', async () => {
    const zonesOf = async (patch: Record<string, unknown>): Promise<Record<string, string>> => {
      chosen = await mkdtemp(join(dir, 'zones-'))
      const result = (await dispatch('exportSnapshot', request({ instanceIds: ['ccc-demo', 'ccc-night'], formats: ['json'], ...patch }), app)) as Result<SnapshotExportResult>
      if (!result.ok || !result.data) throw new Error('export failed')
      const zones: Record<string, string> = {}
      for (const path of result.data.snapshots) {
        const snapshot = JSON.parse(await readFile(path, 'utf8')) as { instance: { Id: string }; timeZone: string }
        zones[snapshot.instance.Id] = snapshot.timeZone
      }
      return zones
    }
    expect(await zonesOf({ timeZone: undefined })).toEqual({ 'ccc-demo': 'Asia/Shanghai', 'ccc-night': 'Europe/London' })
    expect(await zonesOf({ timeZone: 'Asia/Tokyo' })).toEqual({ 'ccc-demo': 'Asia/Tokyo', 'ccc-night': 'Asia/Tokyo' })
  })

  it('writes the files in the language asked for', async () => {
    const folder = await mkdtemp(join(dir, 'zh-'))
    chosen = folder
    const result = (await dispatch('exportSnapshot', request({ formats: ['html'], language: 'zh-CN' }), app)) as Result<SnapshotExportResult>
    if (!result.ok || !result.data) throw new Error('export failed')
    const html = await readFile(result.data.files[0]!, 'utf8')
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('<h2>区间报表（按小时）</h2>')
  })

  it('writes CSV for scripts when asked: the documented fields, whatever the language', async () => {
    const header = async (patch: Record<string, unknown>): Promise<string> => {
      const folder = await mkdtemp(join(dir, 'headers-'))
      chosen = folder
      const result = (await dispatch('exportSnapshot', request({ formats: ['csv'], language: 'zh-CN', ...patch }), app)) as Result<SnapshotExportResult>
      if (!result.ok || !result.data) throw new Error('export failed')
      const interval = result.data.files.find((file) => file.endsWith('-interval.csv'))!
      return (await readFile(interval, 'utf8')).slice(1).split('\r\n')[0]!
    }
    expect(await header({ headers: 'fields' })).toMatch(/^StatsTime,Inbound\./)
    expect(await header({})).toMatch(/^统计时段开始,呼入 · /)
  })

  it('answers null and writes nothing when the dialog is cancelled', async () => {
    chosen = null
    const before = await readdir(dir)
    expect(await dispatch('exportSnapshot', request(), app)).toEqual({ ok: true, data: null })
    expect(await readdir(dir)).toEqual(before)
  })

  it.each([
    ['an unknown format', { formats: ['docx'] }, /formats/],
    ['no format', { formats: [] }, /formats/],
    ['an unknown time zone', { timeZone: 'Mars/Base' }, /IANA time zone/],
    ['a language the files are not written in', { language: 'fr-FR' }, /language/],
    ['headers neither for people nor for scripts', { headers: 'raw' }, /headers/]
  ])('refuses %s before asking for a folder', async (_label, patch, message) => {
    chosen = dir
    const result = await dispatch('exportSnapshot', request(patch), app)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('Input.Invalid')
      expect(result.error.message).toMatch(message)
    }
  })
})
