/**
 * The app's export runs over the simulator: progress a bar can follow, "export everything" across
 * instances, and a cancel or a failure that leaves no file of the run behind.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../../src/core/ccc/client'
import { ExportError } from '../../../src/core/export/errors'
import { ExportRunner, type ExportRequest } from '../../../src/core/export/export-job'
import type { SnapshotClient } from '../../../src/core/export/snapshot-builder'
import { DAY_MS, HOUR_MS } from '../../../src/shared/ccc/range-split'
import type { ExportProgress } from '../../../src/shared/ipc/contract'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { onPinnedDay, testClock } from '../../helpers/test-clock'
import { exportFailure } from '../../helpers/export-failure'

let sim: Simulator
let client: CccClient
let root: string

beforeAll(async () => {
  sim = await startSimulator({ seed: 11, ...onPinnedDay })
  client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock, retry: { maxAttempts: 1 } })
  root = await mkdtemp(join(tmpdir(), 'ccc-export-job-'))
})
afterAll(async () => {
  await sim.close()
  await rm(root, { recursive: true, force: true })
})

/** The run's request and its folder dialog's answer, spread into `run`. */
const request = (folder: string, patch: Partial<ExportRequest> = {}): [ExportRequest, () => Promise<string>] => {
  const now = testClock()
  return [{
    instanceIds: ['ccc-demo'],
    formats: ['json', 'csv'],
    timeZone: 'Asia/Shanghai',
    profileName: 'Demo',
    interval: { startTime: now - 12 * DAY_MS, endTime: now, interval: 'Hourly' },
    trend: { startTime: now - 8 * DAY_MS, endTime: now },
    ...patch
  }, async () => folder]
}

/** The real client, with a hook that runs when a given call is made (to cancel mid-run). */
function clientCalling(hook: { on: keyof SnapshotClient; run: () => void }): SnapshotClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        if (key === hook.on) hook.run()
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    }
  }) as SnapshotClient
}

describe('export runs', () => {
  it('reports progress that only moves forward, through fetching and writing, to the end', async () => {
    const folder = await mkdtemp(join(root, 'progress-'))
    const seen: ExportProgress[] = []
    const look = (): void => {
      const progress = runner.progress()
      if (progress) seen.push(progress)
    }
    // Looked at as the renderer polls, but at every call the run makes: no timers.
    const runner: ExportRunner = new ExportRunner({
      printPdf: async () => {
        look()
        return new Uint8Array([0x25, 0x50, 0x44, 0x46])
      }
    })
    const watched = new Proxy(client, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown
        return typeof value === 'function'
          ? (...args: unknown[]) => {
              look()
              return (value as (...a: unknown[]) => unknown).apply(target, args)
            }
          : value
      }
    })
    const result = await runner.run(watched, ...request(folder, { instanceIds: ['ccc-demo', 'ccc-night'], formats: ['json', 'pdf'] }))
    expect(runner.progress()).toBeNull()
    if (!result) throw new Error('the dialog was answered')
    const fractions = seen.map((p) => p.fraction)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(new Set(seen.map((p) => `${p.instanceId}:${p.phase}`))).toEqual(
      new Set(['ccc-demo:fetch', 'ccc-demo:write', 'ccc-night:fetch', 'ccc-night:write'])
    )
    expect(seen.every((p) => p.instanceCount === 2 && !p.cancelling)).toBe(true)
    // The second instance starts past the halfway mark: the bar is per run, not per instance.
    expect(Math.min(...seen.filter((p) => p.instanceIndex === 1).map((p) => p.fraction))).toBeGreaterThanOrEqual(0.5)
    expect(result.snapshots.map((s) => s.snapshot.instance.Id)).toEqual(['ccc-demo', 'ccc-night'])
    expect((await readdir(folder)).filter((f) => f.endsWith('.pdf'))).toHaveLength(2)
  })

  it('exports every instance at once, one JSON and one set of CSVs each', async () => {
    const folder = await mkdtemp(join(root, 'all-'))
    const result = await new ExportRunner().run(client, ...request(folder, { instanceIds: ['ccc-demo', 'ccc-large', 'ccc-night'] }))
    if (!result) throw new Error('the dialog was answered')
    const names = await readdir(folder)
    for (const id of ['ccc-demo', 'ccc-large', 'ccc-night']) {
      expect(names.filter((n) => n.startsWith(`ccc-${id}-`) && n.endsWith('.json'))).toHaveLength(1)
      expect(names.filter((n) => n.startsWith(`ccc-${id}-`) && n.endsWith('-numbers.csv'))).toHaveLength(1)
    }
    expect(result.files).toHaveLength(names.length)
  })

  it('writes the files in the language and for the readers asked for', async () => {
    const header = async (patch: Partial<ExportRequest>): Promise<string> => {
      const folder = await mkdtemp(join(root, 'words-'))
      const result = await new ExportRunner().run(client, ...request(folder, { formats: ['csv'], ...patch }))
      const path = result!.files.find((file) => file.endsWith('-numbers.csv'))!
      return (await readFile(path, 'utf8')).slice(1).split('\r\n')[0]!
    }
    expect(await header({ language: 'zh-CN' })).toBe('号码,省份,城市,用途,已启用,联系流程,用户 ID,技能组')
    expect(await header({ language: 'zh-CN', headers: 'fields' })).toBe('Number,Province,City,Usage,Active,ContactFlowId,UserId,SkillGroups')
    expect(await header({})).toBe('Number,Province,City,Usage,Active,Contact flow,User ID,Skill groups')
  })

  it('cancelled while fetching the second instance, keeps nothing of the first', async () => {
    const folder = await mkdtemp(join(root, 'cancel-fetch-'))
    const runner = new ExportRunner()
    let summaries = 0
    const cancelling = clientCalling({
      on: 'getInstanceSummaryReportSinceMidnight',
      run: () => {
        if (++summaries === 2) expect(runner.cancel()).toBe(true)
      }
    })
    const error = await exportFailure(runner.run(cancelling, ...request(folder, { instanceIds: ['ccc-demo', 'ccc-night'] })))
    expect(error.code).toBe('Export.Cancelled')
    expect(await readdir(folder)).toEqual([])
    expect(runner.progress()).toBeNull()
    expect(runner.cancel()).toBe(false)
  })

  it('the queue and agent reports: the agent pages move the bar, and a cancel between them keeps nothing', async () => {
    const folder = await mkdtemp(join(root, 'group-reports-'))
    const runner = new ExportRunner()
    const now = testClock()
    const fractions: number[] = []
    // ccc-large's 1,200 agents are 12 pages: the bar is read after each, and the run stopped after the eleventh.
    const watched = new Proxy(client, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown
        if (key !== 'listHistoricalAgentReport' || typeof value !== 'function') return value
        return (instanceId: string, range: unknown, filter: unknown, options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }) =>
          (value as (...a: unknown[]) => unknown).call(target, instanceId, range, filter, {
            ...options,
            onProgress: (done: number, total: number) => {
              options.onProgress?.(done, total)
              fractions.push(runner.progress()?.fraction ?? -1)
              if (done === 11) runner.cancel()
            }
          })
      }
    }) as SnapshotClient
    const range = { startTime: now - 3 * DAY_MS, endTime: now - DAY_MS }
    const error = await exportFailure(
      runner.run(watched, ...request(folder, { instanceIds: ['ccc-large'], interval: null, trend: null, queueReport: range, agentReport: range }))
    )
    expect(error.code).toBe('Export.Cancelled')
    expect(fractions.length).toBe(12) // the first call's guess, then 11 pages
    // Never backwards, and the pages move it: a long agent report is not a frozen bar.
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(fractions.at(-1)!).toBeGreaterThan(fractions[0]!)
    expect(fractions.every((f) => f > 0 && f < 0.75)).toBe(true)
    expect(await readdir(folder)).toEqual([])
    expect(runner.progress()).toBeNull()
  })

  it('the queue and agent reports are written for each instance of an "export everything"', async () => {
    const folder = await mkdtemp(join(root, 'group-reports-all-'))
    const now = testClock()
    const range = { startTime: now - 2 * DAY_MS, endTime: now - DAY_MS }
    const result = await new ExportRunner().run(client, ...request(folder, { instanceIds: ['ccc-demo', 'ccc-night'], interval: null, trend: null, queueReport: range, agentReport: range }))
    if (!result) throw new Error('the dialog was answered')
    const names = await readdir(folder)
    for (const id of ['ccc-demo', 'ccc-night']) {
      expect(names.filter((n) => n.startsWith(`ccc-${id}-`) && (n.endsWith('-queue-report.csv') || n.endsWith('-agent-report.csv')))).toHaveLength(2)
      expect(names.some((n) => n.startsWith(`ccc-${id}-`) && n.endsWith('-interval.csv'))).toBe(false)
    }
    const night = result.snapshots.find((s) => s.snapshot.instance.Id === 'ccc-night')?.snapshot
    // Recorded as CCC counts it: from the hour below the start to the hour above the end.
    expect(night?.queueReport?.query).toEqual({ startTime: Math.floor(range.startTime / HOUR_MS) * HOUR_MS, endTime: Math.ceil(range.endTime / HOUR_MS) * HOUR_MS })
    expect(night?.agentReport?.items.length).toBeGreaterThan(0)
  })

  it('cancelled while printing the PDF, removes the files already written', async () => {
    const folder = await mkdtemp(join(root, 'cancel-write-'))
    const runner = new ExportRunner({
      printPdf: async () => {
        runner.cancel()
        return new Uint8Array([0x25, 0x50, 0x44, 0x46])
      }
    })
    const error = await exportFailure(runner.run(client, ...request(folder, { formats: ['json', 'csv', 'html', 'pdf'] })))
    expect(error.code).toBe('Export.Cancelled')
    expect(await readdir(folder)).toEqual([])
  })

  it('one run at a time: a second is refused while the first runs, then allowed', async () => {
    const folder = await mkdtemp(join(root, 'busy-'))
    const runner = new ExportRunner()
    let second: Promise<ExportError> | undefined
    const starting = clientCalling({ on: 'getInstance', run: () => (second ??= exportFailure(runner.run(client, ...request(folder)))) })
    await runner.run(starting, ...request(folder, { formats: ['json'] }))
    expect((await second!).code).toBe('Export.Busy')
    await expect(runner.run(client, ...request(folder, { formats: ['json'] }))).resolves.toBeDefined()
    expect((await readdir(folder)).filter((f) => f.endsWith('.json'))).toHaveLength(2)
  })

  it('a failing instance fails the whole run with the API error, and nothing is kept', async () => {
    const folder = await mkdtemp(join(root, 'fail-'))
    const runner = new ExportRunner()
    let caught: unknown
    try {
      await runner.run(client, ...request(folder, { instanceIds: ['ccc-demo', 'ccc-nosuch'] }))
    } catch (error) {
      caught = error
    }
    expect(caught).toMatchObject({ code: expect.stringMatching(/Instance|NotExist|NotFound/i) })
    expect(await readdir(folder)).toEqual([])
    expect(runner.progress()).toBeNull()
  })

  it('does nothing when the folder dialog is closed, and checks the folder before any CCC call', async () => {
    const before = sim.requests.length
    expect(await new ExportRunner().run(client, request(root)[0], async () => null)).toBeNull()
    const notAFolder = join(root, 'a-file')
    await writeFile(notAFolder, '')
    const error = await exportFailure(new ExportRunner().run(client, ...request(notAFolder)))
    expect(error.code).toBe('Export.NotAFolder')
    expect(sim.requests.length).toBe(before)
  })

  it('is busy from the folder dialog on, so a second export cannot open a second dialog', async () => {
    const folder = await mkdtemp(join(root, 'dialog-'))
    const runner = new ExportRunner()
    let answer!: (folder: string | null) => void
    const first = runner.run(client, request(folder)[0], () => new Promise((resolve) => (answer = resolve)))
    const second = await exportFailure(runner.run(client, ...request(folder)))
    expect(second.code).toBe('Export.Busy')
    answer(null)
    expect(await first).toBeNull()
    await expect(runner.run(client, ...request(folder, { formats: ['json'] }))).resolves.not.toBeNull()
  })

  it('a cancel answers at once, without waiting for the call in flight', async () => {
    const folder = await mkdtemp(join(root, 'in-flight-'))
    const runner = new ExportRunner()
    sim.faults.inject({ kind: 'latency', latencyMs: 30_000, action: 'GetInstanceSummaryReportSinceMidnight' })
    let inFlight: Promise<unknown> | undefined
    const slow = new Proxy(client, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown
        if (key !== 'getInstanceSummaryReportSinceMidnight' || typeof value !== 'function') return value
        return (...args: unknown[]) => {
          inFlight = (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)
          inFlight.catch(() => {})
          queueMicrotask(() => runner.cancel())
          return inFlight
        }
      }
    })
    const error = await exportFailure(runner.run(slow, ...request(folder)))
    expect(error.code).toBe('Export.Cancelled')
    // The slow call is still on its way: the run did not wait for it.
    const settled = await Promise.race([inFlight!.then(() => true, () => true), Promise.resolve(false)])
    expect(settled).toBe(false)
    expect(await readdir(folder)).toEqual([])
    sim.faults.clear()
  })
})
