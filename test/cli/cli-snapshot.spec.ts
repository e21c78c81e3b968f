/** `ccc-supervisor snapshot` for scheduled exports: every format written, bad usage refused. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run'
import { readSnapshot } from '../../src/core/export/read-snapshot'
import { DAY_MS, HOUR_MS } from '../../src/shared/ccc/range-split'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../src/simulator'
import { onPinnedDay, testClock } from '../helpers/test-clock'

let sim: Simulator
let dir: string
const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret }

beforeAll(async () => {
  sim = await startSimulator({ seed: 8, ...onPinnedDay })
  dir = await mkdtemp(join(tmpdir(), 'ccc-cli-snapshot-'))
})
afterAll(async () => {
  await sim.close()
  await rm(dir, { recursive: true, force: true })
})

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli([...args, '--endpoint', sim.url], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    clientOptions: { now: testClock }
  })
  return { code, stdout, stderr }
}

describe('ccc-supervisor snapshot', () => {
  it('writes the snapshot in every format and prints the paths', async () => {
    const to = testClock()
    const from = to - 2 * DAY_MS
    const result = await cli(['snapshot', '--instance', 'ccc-demo', '--out', dir, '--from', String(from), '--to', String(to), '--interval', 'Hourly'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const printed = result.stdout.trim().split('\n')
    expect(printed.some((p) => p.endsWith('.json'))).toBe(true)
    expect(printed.some((p) => p.endsWith('.xlsx'))).toBe(true)
    expect(printed.some((p) => p.endsWith('.html'))).toBe(true)
    // A CSV for each table, the skill-group and agent states included.
    const csv = printed.filter((p) => p.endsWith('.csv'))
    expect(csv.length).toBe(9)
    expect(csv.some((p) => p.endsWith('-skill-groups.csv'))).toBe(true)
    expect(csv.some((p) => p.endsWith('-agents.csv'))).toBe(true)
    expect((await readdir(dir)).sort()).toEqual(printed.map((p) => p.slice(dir.length + 1)).sort())

    const { snapshot } = await readSnapshot(printed.find((p) => p.endsWith('.json')) ?? '')
    expect(snapshot.instance.Id).toBe('ccc-demo')
    expect(snapshot.interval?.items.length).toBeGreaterThanOrEqual(48)
    expect(snapshot.skillGroups?.items.length).toBeGreaterThan(0)
    expect(snapshot.agents?.items.length).toBeGreaterThan(0)
    for (const path of printed) expect(await readFile(path, 'latin1')).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
  })

  it('writes the files in the language of --lang, or of the locale', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ccc-cli-snapshot-lang-'))
    try {
      const zh = await cli(['snapshot', '--instance', 'ccc-demo', '--out', out, '--format', 'html', '--lang', 'zh-CN'])
      expect(zh.code).toBe(0)
      const zhHtml = await readFile(zh.stdout.trim(), 'utf8')
      expect(zhHtml).toContain('<html lang="zh-CN">')
      expect(zhHtml).toContain('<h2>管理员</h2>')
      const en = await cli(['snapshot', '--instance', 'ccc-demo', '--out', out, '--format', 'html', '--lang', 'en-US'])
      expect(await readFile(en.stdout.trim(), 'utf8')).toContain('<h2>Administrators</h2>')
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })

  it('writes CSV headers as labels in --lang, and the documented fields with --headers fields', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ccc-cli-snapshot-headers-'))
    try {
      const words = await cli(['snapshot', '--instance', 'ccc-demo', '--out', out, '--format', 'csv', '--lang', 'zh-CN'])
      expect(words.code).toBe(0)
      const header = async (stdout: string): Promise<string> => {
        const text = await readFile(stdout.trim().split('\n').find((p) => p.endsWith('-interval.csv')) ?? '', 'utf8')
        return text.slice(1).split('\r\n')[0]!
      }
      expect(await header(words.stdout)).toMatch(/^统计时段开始,呼入 · /)
      const fields = await cli(['snapshot', '--instance', 'ccc-demo', '--out', out, '--format', 'csv', '--lang', 'zh-CN', '--headers', 'fields'])
      expect(fields.code).toBe(0)
      expect(await header(fields.stdout)).toMatch(/^StatsTime,Inbound\./)
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })

  it('writes only the formats asked for', async () => {
    const only = await mkdtemp(join(tmpdir(), 'ccc-cli-snapshot-json-'))
    try {
      const result = await cli(['snapshot', '--instance', 'ccc-demo', '--out', only, '--format', 'json'])
      expect(result.code).toBe(0)
      expect((await readdir(only)).every((f) => f.endsWith('.json'))).toBe(true)
    } finally {
      await rm(only, { recursive: true, force: true })
    }
  })

  it('with --reports, adds the skill group and agent reports over the same range, totals rows last', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ccc-cli-snapshot-reports-'))
    try {
      const to = testClock() - DAY_MS
      const from = to - DAY_MS
      const result = await cli(['snapshot', '--instance', 'ccc-demo', '--out', out, '--from', String(from), '--to', String(to), '--format', 'json,csv', '--reports', 'queues,agents'])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      const printed = result.stdout.trim().split('\n')
      const { snapshot } = await readSnapshot(printed.find((p) => p.endsWith('.json')) ?? '')
      // Recorded as CCC counts it: whole hours, from the one the range starts in to the one it ends in.
      expect(snapshot.queueReport?.query).toEqual({ startTime: Math.floor(from / HOUR_MS) * HOUR_MS, endTime: Math.ceil(to / HOUR_MS) * HOUR_MS })
      expect(snapshot.agentReport?.items.length).toBeGreaterThan(0)
      for (const table of ['queue-report', 'agent-report']) {
        const text = await readFile(printed.find((p) => p.endsWith(`-${table}.csv`)) ?? '', 'utf8')
        expect(text.trimEnd().split('\r\n').at(-1)).toMatch(/^Total,/)
      }
      // Without it, a scheduled snapshot spends no call on them.
      const plain = await cli(['snapshot', '--instance', 'ccc-demo', '--out', out, '--format', 'json'])
      const { snapshot: without } = await readSnapshot(plain.stdout.trim())
      expect(without.queueReport).toBeNull()
      expect(without.agentReport).toBeNull()
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })

  it.each([
    [['snapshot', '--instance', 'ccc-demo'], /--out DIR/],
    [['snapshot', '--instance', 'ccc-demo', '--out', '/tmp', '--format', 'json,doc'], /--format takes/],
    [['snapshot', '--instance', 'ccc-demo', '--out', '/tmp', '--reports', 'queues,trend'], /--reports takes a comma-separated list of queues, agents/],
    // The CLI has no browser engine: it says where a PDF comes from instead.
    [['snapshot', '--instance', 'ccc-demo', '--out', '/tmp', '--format', 'json,pdf'], /PDF is printed by the CCC Supervisor app/],
    [['snapshot', '--instance', 'ccc-demo', '--out', '/tmp', '--time-zone', 'Mars/Base'], /not an IANA time zone/],
    [['snapshot', '--instance', 'ccc-demo', '--out', '/tmp', '--headers', 'raw'], /--headers is words \(labels, for people\) or fields/]
  ])('refuses %j as bad usage', async (args, message) => {
    const result = await cli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  it('creates a missing --out folder, parents included, as a cron job\'s first night needs', async () => {
    const out = join(dir, 'first-night', 'ccc', 'daily')
    const result = await cli(['snapshot', '--instance', 'ccc-demo', '--out', out, '--format', 'json,csv'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const files = await readdir(out)
    expect(files.some((f) => f.endsWith('.json'))).toBe(true)
    expect(files.filter((f) => f.endsWith('.csv')).length).toBe(9)
  })

  it('refuses a file where the folder should be with Export.NotAFolder and exit 3, before any call', async () => {
    const blocker = join(dir, 'a-file')
    await writeFile(blocker, 'x')
    sim.clearRequests()
    for (const out of [blocker, join(blocker, 'reports')]) {
      const result = await cli(['snapshot', '--instance', 'ccc-demo', '--out', out])
      expect(result.code).toBe(3)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('Export.NotAFolder')
      expect(result.stderr).toContain(out)
      expect(result.stderr).toMatch(/is not a folder/)
    }
    expect(sim.requests).toHaveLength(0)
    expect(await readFile(blocker, 'utf8')).toBe('x')
  })

  it('stamps the snapshot with the zone the instance keeps its days in: the demo\'s ccc-night keeps London\'s', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ccc-cli-snapshot-zone-'))
    try {
      const result = await cli(['snapshot', '--demo', '--instance', 'ccc-night', '--out', out, '--format', 'json'])
      expect(result.code).toBe(0)
      const { snapshot } = await readSnapshot(result.stdout.trim())
      expect(snapshot.timeZone).toBe('Europe/London')
      // The file's name is the time it was taken on London's clock.
      const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
      expect(result.stdout).toContain(`ccc-ccc-night-${london.format(Date.parse(snapshot.createdAt)).replaceAll('-', '')}-`)
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })

  it('takes --time-zone over the instance\'s own zone', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ccc-cli-snapshot-zone-'))
    try {
      const result = await cli(['snapshot', '--demo', '--instance', 'ccc-night', '--out', out, '--format', 'json', '--time-zone', 'Asia/Tokyo'])
      expect(result.code).toBe(0)
      expect((await readSnapshot(result.stdout.trim())).snapshot.timeZone).toBe('Asia/Tokyo')
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })

  it.each(['Mars/Base', '+08:00', 'asia/shanghai'])('refuses --time-zone %s naming it, before any call and without writing', async (zone) => {
    const out = join(dir, `never-${zone.replace(/\W/g, '')}`)
    sim.clearRequests()
    const result = await cli(['snapshot', '--instance', 'ccc-demo', '--out', out, '--time-zone', zone])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`--time-zone "${zone}" is not an IANA time zone`)
    expect(sim.requests).toHaveLength(0)
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
