/**
 * Reopening snapshots over IPC: the open dialog, a dropped file's text, the recent list (which is
 * also the only paths main will read on the renderer's word), and export progress and cancel.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatch, type Dispatch } from '../../../src/core/ipc/dispatch'
import type { Services } from '../../../src/core/services'
import type { AppInfo, OpenedSnapshot, RecentSnapshot, SnapshotExportResult } from '../../../src/shared/ipc/contract'
import type { Result } from '../../../src/shared/result'
import { SNAPSHOT_VERSION } from '../../../src/shared/snapshot'
import { testClock } from '../../helpers/test-clock'
import { testServices } from '../../helpers/test-services'

const app = { frameUrl: 'file:///app/index.html', isMainFrame: true }
let dir: string
let services: Services
let dispatch: Dispatch
let chosenFile: string | null = null

async function ok<T>(channel: string, input?: unknown): Promise<T> {
  const result = (await dispatch(channel, input, app)) as Result<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.data
}
async function failed(channel: string, input?: unknown): Promise<{ code: string; message: string }> {
  const result = (await dispatch(channel, input, app)) as Result<unknown>
  if (result.ok) throw new Error(`${channel} succeeded`)
  return result.error
}

let exported: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-snapshot-ipc-'))
  services = testServices(join(dir, 'data'), { chooseExportFolder: async () => dir, chooseSnapshotFile: async () => chosenFile, now: testClock })
  dispatch = createDispatch(services.handlers, { isTrustedSender: (s) => s.isMainFrame })
  const now = testClock()
  const result = await ok<SnapshotExportResult>('exportSnapshot', {
    instanceIds: ['ccc-demo'],
    timeZone: 'Asia/Shanghai',
    formats: ['json'],
    interval: { startTime: now - 86_400_000, endTime: now, interval: 'Hourly' },
    trend: null
  })
  exported = result!.snapshots[0]!
})
afterAll(async () => {
  await services.close()
  await rm(dir, { recursive: true, force: true })
})

describe('opening snapshots over IPC', () => {
  it('lists an exported snapshot as recent, and reopens it from there', async () => {
    const recent = await ok<RecentSnapshot[]>('listRecentSnapshots')
    expect(recent[0]).toMatchObject({ path: exported, instanceId: 'ccc-demo' })
    const opened = await ok<OpenedSnapshot>('openRecentSnapshot', { path: exported })
    expect(opened.path).toBe(exported)
    expect(opened.snapshot.instance.Id).toBe('ccc-demo')
    expect(opened.snapshot.interval?.query.interval).toBe('Hourly')
  })

  it('opens what the dialog picks and puts it first on the list; a closed dialog opens nothing', async () => {
    const copy = join(dir, 'copied.json')
    await writeFile(copy, await readFile(exported))
    chosenFile = copy
    expect((await ok<OpenedSnapshot>('openSnapshotFile'))?.name).toBe('copied.json')
    expect((await ok<RecentSnapshot[]>('listRecentSnapshots')).map((r) => r.path)).toEqual([copy, exported])
    chosenFile = null
    expect(await ok('openSnapshotFile')).toBeNull()
  })

  it('refuses to read a path that is not on the recent list', async () => {
    const error = await failed('openRecentSnapshot', { path: '/etc/passwd' })
    expect(error.code).toBe('Snapshot.NotRecent')
    expect(error.message).not.toContain('root:')
  })

  it('opens a dropped file from its text, and refuses corrupt, truncated and newer ones by name', async () => {
    const text = await readFile(exported, 'utf8')
    expect((await ok<OpenedSnapshot>('openSnapshotText', { name: 'dropped.json', text })).path).toBeNull()

    const corrupt = await failed('openSnapshotText', { name: 'bad.json', text: 'PK\u0003\u0004 not json' })
    expect(corrupt).toMatchObject({ code: 'Snapshot.Corrupt', message: expect.stringContaining('bad.json') })
    const cut = await failed('openSnapshotText', { name: 'cut.json', text: text.slice(0, text.length / 2) })
    expect(cut.code).toBe('Snapshot.Corrupt')
    const newer = await failed('openSnapshotText', { name: 'new.json', text: text.replace(`"version": ${SNAPSHOT_VERSION}`, `"version": ${SNAPSHOT_VERSION + 1}`) })
    expect(newer).toMatchObject({ code: 'Snapshot.NewerVersion', message: expect.stringMatching(/update CCC Supervisor/) })
    // A dropped path cannot smuggle a folder into the name shown back.
    const sneaky = await failed('openSnapshotText', { name: '../../etc/x.json', text: '{' })
    expect(sneaky.message).toContain('x.json')
    expect(sneaky.message).not.toContain('../')
  })

  it('says a listed file that has gone missing is missing, and takes it off the list', async () => {
    const gone = join(dir, 'gone.json')
    await writeFile(gone, await readFile(exported))
    chosenFile = gone
    await ok('openSnapshotFile')
    await rm(gone)
    expect((await ok<RecentSnapshot[]>('listRecentSnapshots'))[0]).toMatchObject({ path: gone, timeZone: 'Asia/Shanghai' })
    expect((await failed('openRecentSnapshot', { path: gone })).code).toBe('Snapshot.NotFound')
    expect((await ok<RecentSnapshot[]>('listRecentSnapshots')).map((r) => r.path)).not.toContain(gone)
    const after = await ok<RecentSnapshot[]>('forgetRecentSnapshot', { path: exported })
    expect(after.map((r) => r.path)).not.toContain(exported)
  })
})

describe('export progress and cancel over IPC', () => {
  it('has no progress and nothing to cancel when idle', async () => {
    expect(await ok('getExportProgress')).toBeNull()
    expect(await ok('cancelExport')).toBe(false)
  })

  it('offers no PDF without a printer, and refuses one before asking for a folder', async () => {
    expect((await ok<AppInfo>('getAppInfo')).exportFormats).toEqual(['json', 'csv', 'xlsx', 'html'])
    const error = await failed('exportSnapshot', {
      instanceIds: ['ccc-demo'],
      timeZone: 'Asia/Shanghai',
      formats: ['pdf'],
      interval: null,
      trend: null
    })
    expect(error.code).toBe('Export.PdfUnavailable')
  })
})
