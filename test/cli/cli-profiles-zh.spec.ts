/** `profiles` in Chinese under --lang zh-CN or a zh_CN locale: what it saved, the list, and why an import skipped a profile. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { useProfileCli } from '../helpers/profile-cli'

const context = useProfileCli({ keychainService: 'CCC Supervisor (cli zh test)', simulator: { seed: 9 }, client: { retry: { maxAttempts: 1 } } })
const { cli } = context

describe.each([
  ['--lang zh-CN', ['--lang', 'zh-CN'], {}],
  ['LANG=zh_CN.UTF-8', [], { LANG: 'zh_CN.UTF-8' }]
] as Array<[string, string[], Record<string, string>]>)('ccc-supervisor profiles in Chinese (%s)', (_label, lang, localeEnv) => {
  it('says what it saved, lists it under Chinese headers, and removes it', async () => {
    expect((await cli(['profiles', 'list', ...lang], '', localeEnv)).stdout).toBe('还没有配置。请用“profiles add”或“profiles import-aliyun-cli”添加。\n')
    const added = await cli(
      ['profiles', 'add', '--name', 'ops', '--access-key-id', DEMO_CREDENTIALS.accessKeyId, '--endpoint', context.sim.url, '--instances', 'ccc-demo', ...lang],
      `${DEMO_CREDENTIALS.accessKeySecret}\n`,
      localeEnv
    )
    expect(added).toMatchObject({ code: 0, stderr: '' })
    expect(added.stdout).toMatch(/^已保存配置“ops”（LTAI\*{4}\w{4}）；其密钥在系统钥匙串中。\n$/)
    const listed = await cli(['profiles', 'list', ...lang], '', localeEnv)
    const [header, , row] = listed.stdout.split('\n')
    expect(header).toMatch(/^名称\s+AccessKey ID\s+地域 \/ 接入点\s+实例\s+密钥$/)
    expect(row).toMatch(/^ops\s+LTAI\*{4}\w{4}\s+http:\/\/127\.0\.0\.1:\d+\s+ccc-demo\s+钥匙串$/)
    expect((await cli(['profiles', 'remove', 'ops', ...lang], '', localeEnv)).stdout).toBe('已删除配置“ops”及其钥匙串条目。\n')
  })

  it('imports from an aliyun CLI config and says why it skipped each profile, in Chinese', async () => {
    const config = join(__dirname, '../fixtures/aliyun-cli/config.json')
    const result = await cli(['profiles', 'import-aliyun-cli', config, ...lang], '', localeEnv)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^已导入 {2}default（LTAI\*{4}\w{4}，cn-shanghai）$/m)
    expect(result.stdout).toMatch(/^已跳过 {2}role \[RamRoleArn\]：它在运行时通过 STS 扮演 RAM 角色/m)
    expect(result.stdout).toMatch(/^已跳过 {2}half \[AK\]：它没有 AccessKey ID 或密钥$/m)
    const again = await cli(['profiles', 'import-aliyun-cli', config, ...lang], '', localeEnv)
    expect(again.stdout).toMatch(/^已跳过 {2}default \[AK\]：已有同名配置$/m)
    expect(again.stdout).not.toMatch(/skipped|imported|already exists/)
    for (const name of ['default', 'prod', 'temp']) expect((await cli(['profiles', 'remove', name], '', localeEnv)).code).toBe(0)
  })
})
