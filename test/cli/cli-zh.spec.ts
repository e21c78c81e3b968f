/** The CLI says its errors in Chinese under --lang zh-CN or a zh_CN locale, keeping the code, CCC's text and the RequestId. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../src/simulator'
import { onPinnedDay } from '../helpers/test-clock'
import { cli, demoEnv } from './cli-harness'

let sim: Simulator

beforeAll(async () => {
  sim = await startSimulator({ seed: 3, ...onPinnedDay })
})
afterAll(() => sim.close())

const zhLocales: Array<[string, string[], Record<string, string>]> = [
  ['--lang zh-CN', ['--lang', 'zh-CN'], {}],
  ['LANG=zh_CN.UTF-8', [], { LANG: 'zh_CN.UTF-8' }]
]

describe.each(zhLocales)('the CLI in Chinese (%s)', (_label, lang, localeEnv) => {
  it('an unknown instance: our text, the code, the RequestId and CCC\'s own text', async () => {
    const { code, stderr } = await cli(['instance', '--instance', 'ccc-gone', '--endpoint', sim.url, ...lang], { ...demoEnv, ...localeEnv })
    expect(code).toBe(1)
    expect(stderr).toMatch(/^错误：CCC 中没有此实例：请在 CCC 控制台核对实例 ID。（错误码: NotExists\.InstanceId，RequestId: [0-9A-F-]{36}）\n/)
    expect(stderr).toMatch(/\n {2}CCC 返回的信息：\S/)
  })

  it('a throttled call', async () => {
    sim.faults.inject({ kind: 'throttle', code: 'Throttling.User', times: 20 })
    try {
      const { code, stderr } = await cli(['realtime', '--instance', 'ccc-demo', '--endpoint', sim.url, ...lang], { ...demoEnv, ...localeEnv })
      expect(code).toBe(1)
      expect(stderr).toContain('错误：CCC 正在限制此阿里云账号的请求；请稍候重试。（错误码: Throttling.User')
      expect(stderr).toContain('RequestId: ')
      expect(stderr).toContain('CCC 返回的信息：')
    } finally {
      sim.faults.clear()
    }
  })

  it('a future range start, in the instance\'s zone', async () => {
    const { code, stderr } = await cli(
      ['trend', '--instance', 'ccc-demo', '--endpoint', sim.url, '--time-zone', 'Asia/Shanghai', '--from', '2099-12-01T21:11', '--to', '2099-12-02', ...lang],
      { ...demoEnv, ...localeEnv }
    )
    expect(code).toBe(2)
    expect(stderr).toBe('错误：开始时间（2099-12-01 21:11（Asia/Shanghai））在未来：还没有数据。（错误码: Range.InFuture）\n')
  })

  it('--help in Chinese, the states --state takes with their words', async () => {
    const { code, stdout } = await cli(['--help', ...lang], localeEnv)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^用法：ccc-supervisor <命令> \[选项\]\n/)
    expect(stdout).toMatch(/^ {2}queues {4}--instance ID {20}各技能组的实时状态，排队来电最多的在前$/m)
    expect(stdout).toContain('Ready（就绪）、Ringing（振铃）、Dialing（外呼中）、Talking（通话中）、ACW（话后处理）、Break（小休）、Offline（离线）')
    expect(stdout).toMatch(/^ {2}--lang LOCALE {5}zh-CN 或 en-US：消息、表格、此帮助及快照文件标题所用的语言$/m)
    expect(stdout).not.toMatch(/Usage:|Commands:|live state per/)
  })

  it('queues: Chinese headers', async () => {
    const { code, stdout, stderr } = await cli(['queues', '--instance', 'ccc-demo', '--endpoint', sim.url, ...lang], { ...demoEnv, ...localeEnv })
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout.split('\n')[0]).toMatch(/^技能组\s+ID\s+排队中\s+最长等待\s+登录\s+就绪\s+通话中\s+话后处理\s+小休\s+总数\s+小休原因$/)
  })

  it('realtime and summary: each figure by its Chinese label, its field beside it', async () => {
    const realtime = await cli(['realtime', '--instance', 'ccc-demo', '--endpoint', sim.url, ...lang], { ...demoEnv, ...localeEnv })
    expect(realtime.code).toBe(0)
    const lines = realtime.stdout.split('\n')
    expect(lines[1]).toMatch(/^指标\s+字段\s+值$/)
    expect(lines).toContainEqual(expect.stringMatching(/^正在IVR中\s+InteractiveCalls\s+\d+$/))
    const summary = await cli(['summary', '--instance', 'ccc-demo', '--endpoint', sim.url, ...lang], { ...demoEnv, ...localeEnv })
    expect(summary.code).toBe(0)
    // The summary's handle rate is of offered calls, told apart from the interval report's.
    expect(summary.stdout).toMatch(/^应答率（占呼入）\s+HandleRate\s+\d+\.\d%$/m)
  })

  it('queues: the note that the display names could not be read, in Chinese', async () => {
    sim.faults.inject({ kind: 'internalError', times: 5, action: 'ListSkillGroups' })
    try {
      const { code, stderr } = await cli(['queues', '--instance', 'ccc-demo', '--endpoint', sim.url, ...lang], { ...demoEnv, ...localeEnv })
      expect(code).toBe(0)
      expect(stderr).toMatch(/^注意：无法读取技能组的显示名称（错误码: [\w.]+）；改为显示 CCC 的 SkillGroupName。\n$/)
    } finally {
      sim.faults.clear()
    }
  })

  it('agents: Chinese headers, states and call types as words, the counts in Chinese', async () => {
    const { code, stdout } = await cli(['agents', '--instance', 'ccc-demo', '--endpoint', sim.url, ...lang], { ...demoEnv, ...localeEnv })
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^坐席\s+ID\s+状态\s+状态时长\s+小休原因\s+呼叫类型\s+分机号\s+技能组$/)
    const rows = lines.slice(2, lines.indexOf(''))
    expect(rows).toHaveLength(60)
    // Each row's state is a word, never CCC's code.
    for (const row of rows) expect(row).toMatch(/\s(就绪|振铃|外呼中|通话中|话后处理|小休|离线)(\s|$)/)
    expect(rows.join('\n')).not.toMatch(/\s(Ready|Ringing|Dialing|Talking|ACW|Break|Offline|Inbound|Outbound)(\s|$)/)
    const summary = lines.at(-1)!
    expect(summary).toMatch(/^60 名坐席：.*。状态时长按联络中心的时钟计算。$/)
    const counted = [...summary.matchAll(/(就绪|振铃|外呼中|通话中|话后处理|小休|离线) (\d+)/g)].reduce((n, m) => n + Number(m[2]), 0)
    expect(counted).toBe(60)
  })

  it('interval: Chinese headers, the zone named', async () => {
    const { code, stdout } = await cli(
      ['interval', '--instance', 'ccc-demo', '--interval', 'Hourly', '--endpoint', sim.url, '--time-zone', 'Asia/Shanghai', ...lang],
      { ...demoEnv, ...localeEnv }
    )
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toMatch(/^开始时间（Asia\/Shanghai）\s+呼入总量\s+已接听\s+放弃量\s+接听率\s+服务水平（20 秒）\s+平均等待\s+平均通话\s+外呼总量\s+已接通\s+占用率$/)
    expect(stdout.split('\n').filter((line) => /^\d{4}-\d\d-\d\d \d\d:00/.test(line)).length).toBeGreaterThan(1)
  })

  it('--json keeps the documented field names and CCC\'s own values', async () => {
    const { stdout } = await cli(['agents', '--instance', 'ccc-demo', '--endpoint', sim.url, '--json', ...lang], { ...demoEnv, ...localeEnv })
    const agents = JSON.parse(stdout) as Array<{ State: string }>
    expect(agents.every((a) => ['Ready', 'Ringing', 'Dialing', 'Talking', 'ACW', 'Break', 'Offline'].includes(a.State))).toBe(true)
  })

  it('a usage error', async () => {
    const { code, stderr } = await cli(['realtime', '--endpoint', sim.url, ...lang], { ...demoEnv, ...localeEnv })
    expect(code).toBe(2)
    expect(stderr).toBe('错误：realtime 需要 --instance ID。\n')
  })
})

describe('the CLI\'s language', () => {
  it('is English under LANG=en_US.UTF-8 or the C locale, and --lang wins over the locale', async () => {
    for (const env of [{ LANG: 'en_US.UTF-8' }, { LC_ALL: 'C', LANG: 'C' }]) {
      const { stderr } = await cli(['realtime', '--endpoint', sim.url], { ...demoEnv, ...env })
      expect(stderr).toBe('error: realtime needs --instance ID.\n')
    }
    const { stderr } = await cli(['realtime', '--endpoint', sim.url, '--lang', 'en-US'], { ...demoEnv, LANG: 'zh_CN.UTF-8' })
    expect(stderr).toBe('error: realtime needs --instance ID.\n')
  })

  it('refuses an unknown --lang', async () => {
    const { code, stderr } = await cli(['realtime', '--lang', 'fr-FR'])
    expect(code).toBe(2)
    expect(stderr).toContain('--lang is zh-CN or en-US.')
  })
})
