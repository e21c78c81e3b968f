/**
 * Fields no one here knows, from an endpoint that sends them: a real instance may answer with
 * fields newer than the docs and the SDK models. They are kept under their own names (bounded),
 * appear in `--json` and in snapshots, and break no export; what cannot be kept faithfully (lists,
 * objects, long texts, names that are not names) is left out, and nothing known is disturbed.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { CccClient } from '../../../src/core/ccc/client'
import { normaliseIntervalReport, UNKNOWN_FIELD_LIMITS } from '../../../src/core/ccc/normalise'
import { exportSnapshot } from '../../../src/core/export/export-snapshot'
import { readSnapshot } from '../../../src/core/export/read-snapshot'
import { buildSnapshot } from '../../../src/core/export/snapshot-builder'
import { DEMO_CREDENTIALS } from '../../../src/simulator'
import { docExample, listExample, type DocAction, type ListAction } from '../../fixtures/doc-examples'
import { testClock } from '../../helpers/test-clock'
import { xlsxXmlErrors } from '../../helpers/xlsx-xml'

/** The documented interval example with fields no catalogue knows, some keepable and some not. */
function withUnknownFields(): Record<string, unknown> {
  const example = docExample('ListIntervalInstanceReport')
  const [item] = example.Data as Array<Record<string, Record<string, unknown>>>
  Object.assign(item!.Inbound!, {
    CallsCallbackRequested: '3',
    CallbackRate: 0.25,
    FeatureFlag: true,
    NotYetMeasured: null,
    Nested: { a: 1 },
    Listed: [1, 2],
    LongText: 'x'.repeat(UNKNOWN_FIELD_LIMITS.textLength + 1),
    'bad name': 1,
    ...Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`Extra${String(i).padStart(3, '0')}`, i]))
  })
  return example
}

describe('the normaliser', () => {
  it('keeps scalar fields it does not know, under their own names, and leaves the rest out', () => {
    const data = withUnknownFields().Data
    const [item] = normaliseIntervalReport(data)
    const inbound = item!.Inbound as Record<string, unknown>
    expect(inbound).toMatchObject({ CallsCallbackRequested: '3', CallbackRate: 0.25, FeatureFlag: true, NotYetMeasured: null })
    for (const gone of ['Nested', 'Listed', 'LongText', 'bad name']) expect(inbound).not.toHaveProperty([gone])
    // Known figures are read as ever; unknown ones are bounded per object.
    expect(inbound.CallsOffered).toBe(7)
    const unknown = Object.keys(inbound).filter((k) => !(k in normaliseIntervalReport(docExample('ListIntervalInstanceReport').Data)[0]!.Inbound))
    expect(unknown.length).toBe(UNKNOWN_FIELD_LIMITS.fields)
  })

  it('never lets a field named __proto__ reach an object\'s prototype', () => {
    const [item] = normaliseIntervalReport(JSON.parse('[{"StatsTime":"1","Inbound":{"__proto__":{"polluted":"yes"},"CallsOffered":"2"}}]'))
    expect(item?.Inbound.CallsOffered).toBe(2)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(item?.Inbound)).toBe(Object.prototype)
  })
})

describe('an endpoint that sends fields no one knows', () => {
  let server: Server
  let endpoint: string
  let dir: string
  beforeAll(async () => {
    // Any signed request gets the documented example of its action; the interval one with extras.
    server = createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const action = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('Action') as DocAction | ListAction
        const body =
          action === 'ListIntervalInstanceReport'
            ? withUnknownFields()
            : action === 'ListRealtimeSkillGroupStates' || action === 'ListRealtimeAgentStates' || action === 'ListSkillGroups'
              ? listExample(action)
              : docExample(action)
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify(body))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    dir = await mkdtemp(join(tmpdir(), 'ccc-unknown-fields-'))
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await rm(dir, { recursive: true, force: true })
  })

  const range = (): { startTime: number; endTime: number } => ({ startTime: testClock() - 86_400_000, endTime: testClock() })

  it('shows them in the CLI\'s --json', async () => {
    let stdout = ''
    const { startTime, endTime } = range()
    const code = await runCli(['interval', '--instance', 'ccc-test', '--interval', 'Hourly', '--from', String(startTime), '--to', String(endTime), '--endpoint', endpoint, '--json'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret },
      clientOptions: { now: testClock }
    })
    expect(code).toBe(0)
    const [item] = JSON.parse(stdout) as Array<{ Inbound: Record<string, unknown> }>
    expect(item?.Inbound).toMatchObject({ CallsCallbackRequested: '3', CallbackRate: 0.25, CallsOffered: 7 })
  })

  it('keeps them in a snapshot that reopens, and every format is written', async () => {
    const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint, now: testClock })
    const snapshot = await buildSnapshot(client, {
      instanceId: 'ccc-test',
      profileName: null,
      timeZone: 'Asia/Shanghai',
      interval: { ...range(), interval: 'Hourly' },
      now: testClock
    })
    const written = await exportSnapshot(snapshot, dir, ['json', 'csv', 'xlsx', 'html'])
    expect(written.filter((p) => p.endsWith('.csv')).length).toBeGreaterThanOrEqual(6)
    expect(await xlsxXmlErrors(await readFile(written.find((p) => p.endsWith('.xlsx'))!))).toEqual([])
    const json = written.find((p) => p.endsWith('.json'))!
    expect(JSON.parse(await readFile(json, 'utf8')).interval.items[0].Inbound).toMatchObject({ CallsCallbackRequested: '3', FeatureFlag: true })
    const { snapshot: reopened } = await readSnapshot(json)
    expect(reopened.interval?.items[0]?.Inbound).toMatchObject({ CallsCallbackRequested: '3', CallsOffered: 7 })
  })
})
