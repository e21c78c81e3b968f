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
