/**
 * Reads the aliyun CLI's ~/.aliyun/config.json. Only modes that carry an AccessKey the app can sign
 * with are importable; every other mode is listed with the reason it was skipped.
 */
import { InputError } from '../errors'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { FileReadError, readBoundedText } from '../bounded-file'

/** The aliyun CLI writes a few KB per profile. */
const MAX_ALIYUN_CONFIG_BYTES = 4 * 1024 * 1024

export interface AliyunCliCredential {
  name: string
  mode: 'AK' | 'StsToken'
  accessKeyId: string
  accessKeySecret: string
  securityToken: string | undefined
  region: string | undefined
}

export interface AliyunCliConfig {
  current: string | undefined
  importable: AliyunCliCredential[]
  skipped: Array<{ name: string; mode: string; reason: string }>
}

const SKIP_REASONS: Record<string, string> = {
  RamRoleArn: 'it assumes a RAM role through STS at run time, which CCC Supervisor does not do; import the underlying AK profile or add a profile for a RAM user',
  ChainableRamRoleArn: 'it chains RAM role assumptions through STS at run time, which CCC Supervisor does not do',
  EcsRamRole: 'its credentials come from an ECS instance\'s metadata service and exist only on that instance',
  External: 'its credentials come from running an external program, which CCC Supervisor will not run',
  CredentialsURI: 'its credentials are fetched from a URL at run time',
  OIDC: 'it exchanges an OIDC token through STS at run time',
  CloudSSO: 'it needs an interactive CloudSSO sign-in in a browser',
  OAuth: 'it needs an interactive OAuth sign-in in a browser',
  BearerToken: 'a bearer token cannot sign CCC\'s RPC requests',
  Anonymous: 'it has no credentials'
}

export function defaultAliyunCliConfigPath(home = homedir()): string {
  return join(home, '.aliyun', 'config.json')
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)

export function parseAliyunCliConfig(json: unknown): AliyunCliConfig {
  const root = (json ?? {}) as { current?: unknown; profiles?: unknown }
  if (typeof root !== 'object' || !Array.isArray(root.profiles)) {
    throw new InputError('Import.Malformed', 'This is not an aliyun CLI configuration: it has no "profiles" list.')
  }
  const result: AliyunCliConfig = { current: text(root.current), importable: [], skipped: [] }
  root.profiles.forEach((entry: unknown, index) => {
    const p = (entry ?? {}) as Record<string, unknown>
    const name = text(p.name) ?? `profile ${index + 1}`
    const mode = text(p.mode) ?? 'AK'
    if (mode !== 'AK' && mode !== 'StsToken') {
      result.skipped.push({ name, mode, reason: SKIP_REASONS[mode] ?? `the "${mode.slice(0, 40)}" mode is not one CCC Supervisor knows` })
      return
    }
    const accessKeyId = text(p.access_key_id)
    const accessKeySecret = text(p.access_key_secret)
    const securityToken = text(p.sts_token)
    if (!accessKeyId || !accessKeySecret) {
      result.skipped.push({ name, mode, reason: 'it has no AccessKey ID or secret' })
      return
    }
    if (mode === 'StsToken' && !securityToken) {
      result.skipped.push({ name, mode, reason: 'it is an STS profile without its token' })
      return
    }
    result.importable.push({ name, mode, accessKeyId, accessKeySecret, securityToken: mode === 'StsToken' ? securityToken : undefined, region: text(p.region_id) })
  })
  return result
}

export async function readAliyunCliConfig(path = defaultAliyunCliConfigPath()): Promise<AliyunCliConfig> {
  let raw: string
  try {
    raw = await readBoundedText(path, { maxBytes: MAX_ALIYUN_CONFIG_BYTES, file: { kind: 'aliyunConfig', path } })
  } catch (error) {
    if (!(error instanceof FileReadError) || error.code === 'File.NotRegular' || error.code === 'File.TooLarge') throw error
    const code = error.errno
    throw new InputError(
      code === 'ENOENT' ? 'Import.NotFound' : 'Import.Unreadable',
      code === 'ENOENT' ? `There is no aliyun CLI configuration at ${path}.` : `The aliyun CLI configuration at ${path} cannot be read (${code ?? 'error'}).`,
      { path, errno: code ?? 'error' }
    )
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    // Never quote the content: it holds secrets.
    throw new InputError('Import.Malformed', `The aliyun CLI configuration at ${path} is not valid JSON.`)
  }
  return parseAliyunCliConfig(json)
}
