/**
 * Why a profile of the aliyun CLI's configuration (or the environment) was not imported, by code,
 * in en-US and zh-CN. Core sends the code (and the en-US text as `reason`, which the page shows
 * today); the CLI says it in its locale. Both tables hold the same codes with the same parameters.
 */
import type { ErrorLocale } from './error-texts'
import { fillText, type TextParams } from './fill'

/** `Mode.<mode>`: an aliyun CLI mode that carries no AccessKey the app can sign with. */
export const EN_IMPORT_SKIPS = {
  'Mode.RamRoleArn': 'it assumes a RAM role through STS at run time, which CCC Supervisor does not do; import the underlying AK profile or add a profile for a RAM user',
  'Mode.ChainableRamRoleArn': 'it chains RAM role assumptions through STS at run time, which CCC Supervisor does not do',
  'Mode.EcsRamRole': "its credentials come from an ECS instance's metadata service and exist only on that instance",
  'Mode.External': 'its credentials come from running an external program, which CCC Supervisor will not run',
  'Mode.CredentialsURI': 'its credentials are fetched from a URL at run time',
  'Mode.OIDC': 'it exchanges an OIDC token through STS at run time',
  'Mode.CloudSSO': 'it needs an interactive CloudSSO sign-in in a browser',
  'Mode.OAuth': 'it needs an interactive OAuth sign-in in a browser',
  'Mode.BearerToken': "a bearer token cannot sign CCC's RPC requests",
  'Mode.Anonymous': 'it has no credentials',
  UnknownMode: 'the "{mode}" mode is not one CCC Supervisor knows',
  NoAccessKey: 'it has no AccessKey ID or secret',
  NoStsToken: 'it is an STS profile without its token',
  NameTaken: 'a profile with this name already exists'
} as const

export type ImportSkipCode = keyof typeof EN_IMPORT_SKIPS

export const ZH_IMPORT_SKIPS: Record<ImportSkipCode, string> = {
  'Mode.RamRoleArn': '它在运行时通过 STS 扮演 RAM 角色，CCC Supervisor 不这样做；请导入其所依据的 AK 配置，或为 RAM 用户添加配置',
  'Mode.ChainableRamRoleArn': '它在运行时通过 STS 链式扮演 RAM 角色，CCC Supervisor 不这样做',
  'Mode.EcsRamRole': '它的凭据来自 ECS 实例的元数据服务，只存在于该实例上',
  'Mode.External': '它的凭据来自运行外部程序，CCC Supervisor 不会运行该程序',
  'Mode.CredentialsURI': '它的凭据在运行时从网址获取',
  'Mode.OIDC': '它在运行时通过 STS 交换 OIDC 令牌',
  'Mode.CloudSSO': '它需要在浏览器中交互式登录 CloudSSO',
  'Mode.OAuth': '它需要在浏览器中交互式登录 OAuth',
  'Mode.BearerToken': '持有者令牌无法为 CCC 的 RPC 请求签名',
  'Mode.Anonymous': '它没有凭据',
  UnknownMode: 'CCC Supervisor 不认识“{mode}”模式',
  NoAccessKey: '它没有 AccessKey ID 或密钥',
  NoStsToken: '它是缺少令牌的 STS 配置',
  NameTaken: '已有同名配置'
}

const TABLES: Record<ErrorLocale, Record<ImportSkipCode, string>> = { 'en-US': EN_IMPORT_SKIPS, 'zh-CN': ZH_IMPORT_SKIPS }

export const isImportSkipCode = (code: unknown): code is ImportSkipCode => typeof code === 'string' && Object.hasOwn(EN_IMPORT_SKIPS, code)

/** The reason for `code` in `locale`, its parameters filled. */
export function importSkipText(code: ImportSkipCode, locale: ErrorLocale, params: TextParams = {}): string {
  return fillText(TABLES[locale][code], params)
}
